"""The province's jobs as the province grows: each size in its own throwaway databases, one JSON line per job.

`make bench-province` (`python -m bench.province`): DIBAO_BENCH_PROVINCE_SIZES (households, comma-separated;
90000,450000,1500000 by default), DIBAO_BENCH_PROVINCE_REGISTRY_PER_HOUSEHOLD (registry rows imported per
household before the rules run, 2 by default), DIBAO_BENCH_COMPILE_CONCURRENCY (townships compiled at once, 4).
Every line carries `households`, so docs/scaling.md's growth ratios are the ratios of `seconds` between sizes.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import random
import time
from collections.abc import AsyncIterator

import httpx
from asgi_lifespan import LifespanManager

from bench import harness

PROVINCE = "430000000000"
PASSWORD = "dibao-demo-2026"
SIZES = [
    int(size)
    for size in os.environ.get("DIBAO_BENCH_PROVINCE_SIZES", "90000,450000,1500000").split(",")
    if size.strip()
]
REGISTRY_PER_HOUSEHOLD = float(os.environ.get("DIBAO_BENCH_PROVINCE_REGISTRY_PER_HOUSEHOLD", "2"))
STATISTICS_REPEAT = 10


def _seconds(started: float) -> float:
    return round(time.perf_counter() - started, 2)


async def _statistics(client: httpx.AsyncClient) -> dict:
    """The province's statistics through the gateway, as a provincial officer: median and worst of STATISTICS_REPEAT."""
    from bench.households import STATISTICS
    from identity.service import create_user

    await create_user(username="bench.province", password=PASSWORD, grants=[("municipal_officer", PROVINCE)])
    token = (await client.post("/auth/token", data={"username": "bench.province", "password": PASSWORD})).json()[
        "access_token"
    ]
    headers = {"authorization": f"Bearer {token}"}

    async def call() -> None:
        response = await client.post(
            "/graphql", json={"query": STATISTICS, "variables": {"r": PROVINCE}}, headers=headers
        )
        body = response.json()
        assert response.status_code == 200 and "errors" not in body, response.text[:300]
        assert len(body["data"]["householdStatistics"]["byRegion"]) == 14

    await call()
    figures = await harness.timed(call, STATISTICS_REPEAT)
    return {"name": "province_statistics", **figures, "target_ms": 500}


async def _registry(households: int) -> dict:
    """Registry rows naming recipients and other residents, imported as a county would before an inspection run."""
    from bench.supervision import registry_files
    from services.supervision.models import ProjectedPerson
    from services.supervision.registry_imports import import_registry

    recipients = await ProjectedPerson.all().limit(200_000).values_list("id_number", flat=True)
    files = registry_files(int(households * REGISTRY_PER_HOUSEHOLD), list(recipients), random.Random(8))
    started, loaded = time.perf_counter(), 0
    for kind, content in files.items():
        loaded += (
            await import_registry(kind=kind, file_name=f"{kind}.csv", content=content, actor="bench")
        ).batch.rows_loaded
    return {"name": "province_registry_import", "rows": loaded, "seconds": _seconds(started)}


async def measure(settings, households: int) -> AsyncIterator[dict]:
    """Feed catch-up, rules, statistics, compile, the largest batch's CSV, on a seeded province; each line as soon
    as it is measured, so a job that fails leaves the figures of those before it."""
    from authz.scope import Scope
    from bench import dashboard
    from bench.disbursement import QUARTER, _compile_all, _download, _sign_off_all
    from bench.disbursement import _principal as principal
    from dibao.system import create_system_app
    from services.disbursement import ledger
    from services.disbursement.models import Roster
    from services.households.models import Region
    from services.supervision import inspection, projection

    app = create_system_app(settings)
    async with LifespanManager(app, startup_timeout=300) as manager:
        started = time.perf_counter()
        applied = await projection.sync()
        yield (
            {
                "name": "province_feed_catch_up",
                "events": applied[projection.HOUSEHOLDS_FEED],
                "paid_lines": applied[projection.PAYMENTS_FEED],
                "seconds": _seconds(started),
            }
        )
        yield await _registry(households)
        started = time.perf_counter()
        outcomes = await inspection.run(
            rule=None, region_code=PROVINCE, scope=Scope.of(["43"]), actor="bench", as_of=dt.date(2026, 11, 1)
        )
        yield (
            {
                "name": "province_rules",
                "rules": len(outcomes),
                "findings": sum(o.raised for o in outcomes),
                "seconds": _seconds(started),
                "target_seconds": 60,
            }
        )
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=manager.app), base_url="http://bench", timeout=600
        ) as client:
            yield await _statistics(client)
            townships = [r.code for r in await Region.filter(level="township").order_by("code")]
            approver = principal("bench.approver", "county_approver", PROVINCE)
            for county in sorted({code[:6] for code in townships}):
                await ledger.set_cycle(
                    actor=approver, county_code=county + "000000", cycle="QUARTERLY", effective_from=dt.date(2027, 1, 1)
                )
            concurrency = int(os.environ.get("DIBAO_BENCH_COMPILE_CONCURRENCY", "4"))
            seconds, phases = await _compile_all(townships, concurrency, PROVINCE)
            lines = await Roster.filter(period=QUARTER).values_list("line_count", flat=True)
            yield (
                {
                    "name": "province_compile_all_townships",
                    "townships": len(townships),
                    "lines": sum(lines),
                    "concurrency": concurrency,
                    "seconds": round(seconds, 2),
                    "target_seconds": 60,
                    "township_seconds_summed": phases,
                }
            )
            batches = sorted(await _sign_off_all(PROVINCE), key=lambda b: -b.line_count)
            from identity.service import create_user

            await create_user(
                username="bench.bank", password=PASSWORD, grants=[("bank_client", PROVINCE)], kind="machine"
            )
            token = (await client.post("/auth/token", data={"username": "bench.bank", "password": PASSWORD})).json()[
                "access_token"
            ]
            csv = await _download(client, {"authorization": f"Bearer {token}"}, batches, via="gateway")
            csv["name"] = "province_bank_csv_largest_batch"
            yield csv
    for line in await dashboard.run(settings):  # the city dashboard's query, to compare with the city-only benchmark
        page = line.pop("households")
        yield {**line, "name": "province_dashboard_query", "page": page}


async def main() -> None:
    from bench.__main__ import emit

    for households in SIZES:
        async with harness.databases(os.environ.get("DIBAO_BENCH_PROVINCE_DATABASES", "dibao_bench_prov")) as settings:
            harness.cli("migrate")
            started = time.perf_counter()
            harness.cli("seed", "--province", "--households", str(households), "--seed", "1")
            emit("province_seed", households=households, seconds=_seconds(started))
            from tortoise import Tortoise

            async for line in measure(settings, households):
                emit(line.pop("name"), households=households, **line)
            await Tortoise._reset_apps()


if __name__ == "__main__":
    asyncio.run(main())
