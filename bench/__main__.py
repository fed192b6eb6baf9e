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
    # --- disbursement: municipal scale in its own databases (DIBAO_BENCH_DISBURSEMENT_HOUSEHOLDS) ---
    from bench import disbursement; await disbursement.main()  # noqa: E702
    # --- households: 90,000 households in its own databases (DIBAO_BENCH_CITY_HOUSEHOLDS) ---
    from bench import households; [emit(line.pop("name"), **line) for line in await households.run()]  # noqa: E702
    # --- supervision: registries, projection and rules at municipal scale in its own databases ---
    from bench import supervision; await supervision.main()  # noqa: E702


def emit(name: str, **figures) -> None:
    print(json.dumps({"bench": name, **figures}, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    asyncio.run(main())
