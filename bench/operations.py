"""Operations at city scale: supervision catching up 100,000 change events from zero, and `dibao backup` /
`dibao restore` of a 90,000-household city (DIBAO_BENCH_FEED_EVENTS, DIBAO_BENCH_BACKUP_HOUSEHOLDS)."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from bench import harness

EVENTS_PER_HOUSEHOLD = 3.4
"""A seeded household writes one event and one per member (2.4 members on average)."""


async def feed_catch_up() -> dict:
    """Seed about the wanted number of events, then time supervision's catch-up of the households feed from zero."""
    from tortoise import Tortoise

    from kernel.db import release, tortoise_config
    from kernel.settings import DATABASES
    from services.households.models import ChangeEvent
    from services.supervision import projection

    wanted = int(os.environ.get("DIBAO_BENCH_FEED_EVENTS", "100000"))
    async with harness.databases("dibao_bench_feed") as settings:
        harness.cli("migrate")
        harness.cli("seed", "--households", str(int(wanted / EVENTS_PER_HOUSEHOLD)), "--seed", "5")
        await Tortoise.init(config=tortoise_config(settings, list(DATABASES)))
        try:
            events = await ChangeEvent.all().count()
            started = time.perf_counter()
            applied = await projection.catch_up(feed=projection.HOUSEHOLDS_FEED)
            seconds = time.perf_counter() - started
        finally:
            await release()
    return {"name": "supervision_feed_catch_up", "events": events, "applied": applied, "seconds": round(seconds, 2),
            "events_per_second": round(applied / seconds), "target_events_per_second": 20000}


async def backup_and_restore() -> list[dict]:
    """A 90,000-household city dumped with `dibao backup` and put back with `dibao restore`."""
    from dibao.backup import backup, restore

    households = int(os.environ.get("DIBAO_BENCH_BACKUP_HOUSEHOLDS", "90000"))
    directory = Path(tempfile.mkdtemp(prefix="dibao-bench-backup-")) / "backup"
    try:
        async with harness.databases("dibao_bench_backup") as settings:
            harness.cli("migrate")
            harness.cli("seed", "--households", str(households), "--seed", "6")
            started = time.perf_counter()
            manifest = await backup(settings, directory)
            dumped = time.perf_counter() - started
            started = time.perf_counter()
            await restore(settings, directory)
            restored = time.perf_counter() - started
    finally:
        shutil.rmtree(directory.parent, ignore_errors=True)
    size = sum(entry["bytes"] for entry in manifest["databases"].values())
    return [{"name": "backup_city", "households": households, "bytes": size, "seconds": round(dumped, 2)},
            {"name": "restore_city", "households": households, "bytes": size, "seconds": round(restored, 2)}]


async def run() -> list[dict]:
    return [await feed_catch_up(), *await backup_and_restore()]


if __name__ == "__main__":
    import asyncio
    import json

    for line in asyncio.run(run()):
        print(json.dumps({"bench": line.pop("name"), **line}, ensure_ascii=False), flush=True)
