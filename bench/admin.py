"""Admin list latency for a county of 20,000 households, as the county auditor opens it in the browser."""

from __future__ import annotations

import os
import re

import asyncpg
import httpx
from asgi_lifespan import LifespanManager

from bench.harness import timed

COUNTY = "431102"
TARGET = int(os.environ.get("DIBAO_BENCH_COUNTY_HOUSEHOLDS", "20000"))


async def grow_county(settings, county: str = COUNTY, target: int = TARGET) -> int:
    """Copy the county's households (set-based, every column but the id) until it holds `target` of them."""
    url = settings.database_url("households").replace("postgres://", "postgresql://", 1)
    low, high = county.ljust(12, "0"), county.ljust(12, "9")
    conn = await asyncpg.connect(url)
    try:
        have = await conn.fetchval("SELECT count(*) FROM household WHERE region_code BETWEEN $1 AND $2", low, high)
        if have and have < target:
            columns = [
                row["column_name"]
                for row in await conn.fetch(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = 'household' "
                    "AND column_name <> 'id' ORDER BY ordinal_position"
                )
            ]
            listed = ", ".join(f'"{name}"' for name in columns)
            await conn.execute(
                f"INSERT INTO household ({listed}) SELECT {listed} FROM (SELECT h.* FROM household h "
                f"CROSS JOIN generate_series(1, $3) WHERE h.region_code BETWEEN $1 AND $2 LIMIT $4) copied",
                low,
                high,
                target // have + 1,
                target - have,
            )
            await conn.execute("ANALYZE household")
        return await conn.fetchval("SELECT count(*) FROM household WHERE region_code BETWEEN $1 AND $2", low, high)
    finally:
        await conn.close()


async def count_cost(settings, county: str = COUNTY) -> dict:
    """The list's count alone, as the admin issues it (region range on the indexed column), and its plan."""
    url = settings.database_url("households").replace("postgres://", "postgresql://", 1)
    low, high = county.ljust(12, "0"), county.ljust(12, "9")
    sql = "SELECT count(*) FROM (SELECT household.id FROM household WHERE household.region_code BETWEEN $1 AND $2) AS rows"
    conn = await asyncpg.connect(url)
    try:
        plan = await conn.fetchval(f"EXPLAIN (FORMAT JSON) {sql}", low, high)
        figures = await timed(lambda: conn.fetchval(sql, low, high), 20)
    finally:
        await conn.close()
    import json

    scan = json.loads(plan)[0]["Plan"]
    while scan.get("Plans"):
        scan = scan["Plans"][0]
    return {"name": "admin_household_count_sql", "scan": scan["Node Type"], **figures}


async def run(settings) -> list[dict]:
    from dibao.system import create_system_app

    households = await grow_county(settings)
    app = create_system_app(settings)
    pages = {
        "first_page": {},
        "last_page": {"page": str(households // 25)},
        "status_filter": {"status": "ACTIVE"},
        "region_filter": {"region": "431102100000"},
        "search_name": {"search": "王"},
        "sorted_desc": {"sortBy": "id", "sort": "desc"},
    }
    lines = [await count_cost(settings)]
    async with LifespanManager(app, startup_timeout=60) as manager:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=manager.app), base_url="http://bench") as client:
            # as a browser signs in: the sign-in page's CSRF token and the page's own origin on the form
            page = await client.get("/admin/login")
            token = re.search(r'<meta name="csrf-token" content="([^"]*)">', page.text)
            signed = await client.post(
                "/admin/login",
                data={"username": "county.auditor", "password": "dibao-demo-2026"},
                headers={"origin": "http://bench", "x-csrf-token": token.group(1) if token else ""},
            )
            assert signed.status_code == 302, signed.text[:300]
            for name, params in pages.items():

                async def call(params=params):
                    response = await client.get("/admin/household/list", params=params)
                    assert response.status_code == 200, response.text[:300]

                await call()  # warm connections and filter choices
                figures = await timed(call, 20)
                lines.append(
                    {
                        "name": "admin_household_list",
                        "case": name,
                        "county_households": households,
                        **figures,
                        "under_1s": figures["p99_ms"] < 1000,
                    }
                )
    return lines
