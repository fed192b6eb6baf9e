"""Throwaway databases and timing helpers shared by the benchmarks."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from contextlib import asynccontextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVER = os.environ.get("DIBAO_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres").rsplit("/", 1)[0]


@asynccontextmanager
async def databases(prefix: str):
    """Fresh PostgreSQL databases for one benchmark run, dropped afterwards."""
    import asyncpg

    from dibao.wiring import wire_credentials
    from kernel.settings import DATABASES, load_settings

    wire_credentials()  # as every entry point of a process does, before a subgraph app or a service call is built
    os.environ["DIBAO_DATABASE_URL"] = f"{SERVER}/{prefix}_{{service}}"
    os.environ.setdefault("DIBAO_ENV", "bench")
    # Background syncs would catch a freshly seeded city up in the middle of other measurements; their own
    # speed is measured by calling them (bench/supervision.py), so here they wait to be asked.
    os.environ.setdefault("DIBAO_PROJECTION_SYNC_SECONDS", "0")
    os.environ.setdefault("DIBAO_REGISTRY_EVENTS_SYNC_SECONDS", "0")
    names = [f"{prefix}_{name}" for name in DATABASES]
    conn = await asyncpg.connect(f"{SERVER}/postgres")
    try:
        for name in names:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await conn.execute(f'CREATE DATABASE "{name}"')
        yield load_settings()
    finally:
        for name in names:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await conn.close()


def cli(*args: str) -> None:
    """Run `dibao ARGS`; a failure shows what the command said."""
    done = subprocess.run([sys.executable, "-m", "dibao.cli", *args], cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(
            f"dibao {' '.join(args)} exited {done.returncode}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
        )


async def timed(call, repeat: int) -> dict[str, float]:
    """p50/p99 in milliseconds over `repeat` sequential calls."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        await call()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {
        "p50_ms": round(statistics.median(samples), 2),
        "p99_ms": round(samples[min(len(samples) - 1, int(len(samples) * 0.99))], 2),
        "runs": repeat,
    }
