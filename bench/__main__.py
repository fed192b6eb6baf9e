"""Run every benchmark against throwaway PostgreSQL databases and print JSON lines."""

from __future__ import annotations

import asyncio
import json
import os
import time

from bench import harness


async def main() -> None:
    households = int(os.environ.get("DIBAO_BENCH_HOUSEHOLDS", "20000"))
    async with harness.databases("dibao_bench") as settings:
        started = time.perf_counter()
        harness.cli("migrate")
        harness.cli("seed", "--households", str(households), "--seed", "1")
        emit("seed_households", households=households, seconds=round(time.perf_counter() - started, 2))
        from bench import dashboard

        for line in await dashboard.run(settings):
            emit(line.pop("name"), **line)
        # --- admin UI: the county auditor's household list at 20,000 households ---
        from bench import admin

        for line in await admin.run(settings):
            emit(line.pop("name"), **line)
        # --- gateway vs @apollo/gateway ---
        from bench import gateway

        for line in await gateway.run(settings):
            emit(line.pop("name"), **line)
    # Municipal scale (about 90,000 households), each in its own throwaway databases.
    from bench import disbursement, households, operations, supervision, visits

    for line in await operations.run():
        emit(line.pop("name"), **line)
    await disbursement.main()
    for line in await households.run():
        emit(line.pop("name"), **line)
    await supervision.main()
    for line in await visits.run():
        emit(line.pop("name"), **line)


def emit(name: str, **figures) -> None:
    print(json.dumps({"bench": name, **figures}, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    asyncio.run(main())
