"""Households at municipal scale (DOMAIN §9): seeding, whole-city statistics, the largest township's
entitlements and draining the change feed, each against its target."""

from __future__ import annotations

import os
import time

import httpx
from asgi_lifespan import LifespanManager

from bench import harness

HOUSEHOLDS = int(os.environ.get("DIBAO_BENCH_CITY_HOUSEHOLDS", "90000"))
CITY = "431100000000"
STATISTICS = """query($r: String) { householdStatistics(regionCode: $r) {
  total { households persons monthlyAmount } byRegion { key name households persons monthlyAmount }
  byUrbanRural { key households persons } byReviewClass { key households persons } byStatus { key households persons monthlyAmount }
  perCapitaMonthly applications { state count overdue } overdueApplications } }"""
MONTHLY = "query($r: String) { householdStatistics(regionCode: $r) { monthly { month households amount } } }"
ENTITLEMENTS = """query($t: String!, $p: String!, $first: Int!, $after: String) {
  entitlements(townshipCode: $t, period: $p, first: $first, after: $after) {
    items { householdId headName monthlyAmount members { personId } parts { kind amount } } nextCursor } }"""
CHANGES = (
    "query($after: String, $first: Int!) { changes(after: $after, first: $first) {"
    " items { cursor entity entityId kind payload } nextCursor } }"
)


async def run() -> list[dict]:
    """Fresh databases of its own: the city is larger than the other benchmarks' and is seeded here, timed."""
    lines = []
    async with harness.databases("dibao_bench_hh") as settings:
        harness.cli("migrate")
        started = time.perf_counter()
        harness.cli("seed", "--households", str(HOUSEHOLDS), "--seed", "1")
        seconds = time.perf_counter() - started
        lines.append(
            {
                "name": "households_seed",
                "households": HOUSEHOLDS,
                "seconds": round(seconds, 2),
                "under_60s": seconds < 60,
            }
        )
        lines += await _measure(settings)
    return lines


async def _measure(settings) -> list[dict]:
    from dibao.system import create_system_app
    from kernel.internal import InternalClient
    from services.households import sql

    lines = []
    app = create_system_app(settings)
    async with LifespanManager(app, startup_timeout=120) as manager:
        await sql.run("ANALYZE")
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=manager.app), base_url="http://bench") as client:
            token = (
                await client.post("/auth/token", data={"username": "municipal.officer", "password": "dibao-demo-2026"})
            ).json()
            headers = {"authorization": f"Bearer {token['access_token']}"}

            for name, query in (
                ("households_city_statistics", STATISTICS),
                ("households_city_money_per_month", MONTHLY),
            ):

                async def call(query=query):
                    response = await client.post(
                        "/graphql", json={"query": query, "variables": {"r": CITY}}, headers=headers
                    )
                    assert response.status_code == 200 and "errors" not in response.json(), response.text[:300]

                await call()
                figures = await harness.timed(call, 30)
                lines.append(
                    {"name": name, "households": HOUSEHOLDS, **figures, "under_100ms": figures["p50_ms"] < 100}
                )

        township, size = (
            await sql.rows(
                "SELECT substr(region_code, 1, 9) AS township, count(*) AS n FROM household WHERE status = 'ACTIVE' "
                "GROUP BY 1 ORDER BY 2 DESC LIMIT 1"
            )
        )[0].values()
        period = f"{(await sql.rows('SELECT max(effective_month) AS m FROM household'))[0]['m']:%Y-%m}"
        disbursement = InternalClient("households", caller="disbursement", settings=settings)
        started = time.perf_counter()
        listed = [
            item
            async for page in disbursement.pages(
                ENTITLEMENTS, {"t": township.ljust(12, "0"), "p": period, "first": 5000}, "entitlements"
            )
            for item in page["items"]
        ]
        seconds = time.perf_counter() - started
        await disbursement.aclose()
        lines.append(
            {
                "name": "households_township_entitlements",
                "township": township.ljust(12, "0"),
                "active": size,
                "listed": len(listed),
                "period": period,
                "seconds": round(seconds, 3),
                "under_1s": seconds < 1,
            }
        )

        supervision = InternalClient("households", caller="supervision", settings=settings)
        started = time.perf_counter()
        events = 0
        async for page in supervision.pages(CHANGES, {"first": 10000}, "changes"):
            events += len(page["items"])
        seconds = time.perf_counter() - started
        await supervision.aclose()
        lines.append(
            {"name": "households_feed_drain", "events": events, "seconds": round(seconds, 2), "under_30s": seconds < 30}
        )
    return lines


if __name__ == "__main__":
    import asyncio

    from bench.__main__ import emit

    async def main() -> None:
        for line in await run():
            emit(line.pop("name"), **line)

    asyncio.run(main())
