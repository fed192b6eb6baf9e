"""The province's two disbursement jobs alone, on a seeded province kept between runs: compile every township, then
the largest batch's CSV through the gateway (the lines `province_compile_all_townships` and
`province_bank_csv_largest_batch` of bench/province.py, measured the same way).

`python -m bench.province_compile seed N` migrates and seeds N households into `dibao_cmp_*` and keeps a copy of each
database; `python -m bench.province_compile run N` restores the copies and measures (add `--profile` for a cProfile
of the largest township's compile, `--explain` for the CSV query's plan after sign-off). The prefix is
DIBAO_BENCH_COMPILE_DATABASES.
"""

from __future__ import annotations

import asyncio
import cProfile
import datetime as dt
import os
import pstats
import sys
import time

import httpx
from asgi_lifespan import LifespanManager

from bench import harness

PREFIX = os.environ.get("DIBAO_BENCH_COMPILE_DATABASES", "dibao_cmp")
PASSWORD = "dibao-demo-2026"


async def _databases(*, fresh: bool) -> None:
    """Empty databases to seed (`fresh`), or each one restored from the copy kept after seeding."""
    import asyncpg

    from kernel.settings import DATABASES

    conn = await asyncpg.connect(f"{harness.SERVER}/postgres")
    try:
        for name in (f"{PREFIX}_{service}" for service in DATABASES):
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            if fresh:
                await conn.execute(f'DROP DATABASE IF EXISTS "{name}_kept" WITH (FORCE)')
                await conn.execute(f'CREATE DATABASE "{name}"')
            else:
                await conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{name}_kept"')
    finally:
        await conn.close()


async def _keep() -> None:
    import asyncpg

    from kernel.settings import DATABASES

    conn = await asyncpg.connect(f"{harness.SERVER}/postgres")
    try:
        for name in (f"{PREFIX}_{service}" for service in DATABASES):
            await conn.execute(f'CREATE DATABASE "{name}_kept" TEMPLATE "{name}"')
    finally:
        await conn.close()


def _environment():
    from dibao.wiring import wire_credentials
    from kernel.settings import load_settings

    wire_credentials()
    os.environ["DIBAO_DATABASE_URL"] = f"{harness.SERVER}/{PREFIX}_{{service}}"
    os.environ.setdefault("DIBAO_ENV", "bench")
    os.environ.setdefault("DIBAO_PROJECTION_SYNC_SECONDS", "0")
    os.environ.setdefault("DIBAO_REGISTRY_EVENTS_SYNC_SECONDS", "0")
    return load_settings()


async def seed(households: int) -> None:
    _environment()
    await _databases(fresh=True)
    started = time.perf_counter()
    harness.cli("migrate")
    harness.cli("seed", "--province", "--households", str(households), "--seed", "1")
    print({"seeded": households, "seconds": round(time.perf_counter() - started, 1)}, flush=True)
    await _keep()


async def _explain(batch) -> None:
    """The CSV's COPY query planned as it stands after sign-off, then without parallel workers (as it is served)."""
    from authz.scope import Scope
    from services.disbursement import sql
    from services.disbursement.bank_lines import COPY_CSV

    county = Scope.of_region(batch.region_code).sql("p.region_code", Scope.inline)
    query = COPY_CSV.format(batch=batch.id, account="p.account_number", county=county)
    async with sql.connection().acquire_connection() as raw, raw.transaction():
        for setting in ("", "SET LOCAL max_parallel_workers_per_gather = 0"):
            if setting:
                await raw.execute(setting)
            plan = [row[0] for row in await raw.fetch("EXPLAIN (ANALYZE, BUFFERS) " + query)]
            print(setting or "default settings", "\n".join(plan), sep="\n", flush=True)


async def run(households: int, *, profile: bool, explain: bool) -> None:
    from bench.__main__ import emit
    from bench.disbursement import QUARTER, _compile_all, _download, _sign_off_all
    from bench.disbursement import _principal as principal
    from bench.province import PROVINCE
    from dibao.system import create_system_app
    from services.disbursement import compile, ledger
    from services.disbursement.models import Roster
    from services.households.models import Household, Region

    settings = _environment()
    await _databases(fresh=False)
    app = create_system_app(settings)
    async with LifespanManager(app, startup_timeout=300) as manager:
        townships = [r.code for r in await Region.filter(level="township").order_by("code")]
        approver = principal("bench.approver", "county_approver", PROVINCE)
        for county in sorted({code[:6] for code in townships}):
            await ledger.set_cycle(
                actor=approver, county_code=county + "000000", cycle="QUARTERLY", effective_from=dt.date(2027, 1, 1)
            )
        if profile:
            counts: dict[str, int] = {}
            for code in await Household.all().values_list("region_code", flat=True):
                counts[code[:9]] = counts.get(code[:9], 0) + 1
            largest = max(counts, key=counts.__getitem__) + "000"
            officer = principal("bench.officer", "township_officer", PROVINCE)
            profiler = cProfile.Profile()
            started = time.perf_counter()
            profiler.enable()
            roster = await compile.compile_roster(
                actor=officer, township_code=largest, period=QUARTER, reason="基准测试"
            )
            profiler.disable()
            print({"township": largest, "lines": roster.line_count, "seconds": round(time.perf_counter() - started, 3)})
            profiler.dump_stats(os.environ.get("DIBAO_BENCH_COMPILE_PROFILE", "compile.prof"))
            pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
            townships.remove(largest)
        concurrency = int(os.environ.get("DIBAO_BENCH_COMPILE_CONCURRENCY", "4"))
        cpu = time.process_time()
        seconds, phases = await _compile_all(townships, concurrency, PROVINCE)
        cpu = time.process_time() - cpu
        lines = await Roster.filter(period=QUARTER).values_list("line_count", flat=True)
        emit(
            "province_compile_all_townships",
            households=households,
            townships=len(townships),
            lines=sum(lines),
            concurrency=concurrency,
            seconds=round(seconds, 2),
            target_seconds=60,
            township_seconds_summed=phases,
            process_cpu_seconds=round(cpu, 2),
        )
        batches = sorted(await _sign_off_all(PROVINCE), key=lambda b: -b.line_count)
        if explain:
            await _explain(batches[0])
        from identity.service import create_user

        await create_user(username="bench.bank", password=PASSWORD, grants=[("bank_client", PROVINCE)], kind="machine")
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=manager.app), base_url="http://bench", timeout=600
        ) as client:
            token = (await client.post("/auth/token", data={"username": "bench.bank", "password": PASSWORD})).json()[
                "access_token"
            ]
            csv = await _download(client, {"authorization": f"Bearer {token}"}, batches, via="gateway")
        csv.pop("name")
        emit("province_bank_csv_largest_batch", households=households, **csv)


def main() -> None:
    command, households = sys.argv[1], int(sys.argv[2])
    if command == "seed":
        asyncio.run(seed(households))
    else:
        asyncio.run(run(households, profile="--profile" in sys.argv, explain="--explain" in sys.argv))


if __name__ == "__main__":
    main()
