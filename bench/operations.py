"""Operations at city scale: supervision catching up 100,000 change events from zero, and `dibao backup` /
`dibao restore` of a 90,000-household city (DIBAO_BENCH_FEED_EVENTS, DIBAO_BENCH_BACKUP_HOUSEHOLDS).

The machine's load average is printed with the feed figure: on a shared machine it moves the figure more than
anything else does."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from bench import harness

EVENTS_PER_HOUSEHOLD = 3.4
"""A seeded household writes one event and one per member (2.4 members on average)."""


async def feed_catch_up() -> list[dict]:
    """Seed about the wanted number of events, then time supervision's catch-up of the households feed from zero:
    first as deployed (households serving its feed from a process of its own, over HTTP), then in the embedded
    system (households in supervision's process). In both the households service is up before the clock starts."""
    import dataclasses
    import sys

    from tortoise import Tortoise

    from kernel.db import release, tortoise_config
    from kernel.internal import InternalClient
    from kernel.settings import DATABASES, get_settings
    from services.households.models import ChangeEvent

    sys.path.insert(0, str(harness.ROOT))
    from tests.gateway.processes import product_subgraphs

    wanted = int(os.environ.get("DIBAO_BENCH_FEED_EVENTS", "100000"))
    lines = []
    async with harness.databases("dibao_bench_feed") as settings:
        harness.cli("migrate")
        harness.cli("seed", "--households", str(int(wanted / EVENTS_PER_HOUSEHOLD)), "--seed", "5")
        await Tortoise.init(config=tortoise_config(settings, list(DATABASES)))
        try:
            events = await ChangeEvent.all().count()
            with product_subgraphs(os.environ) as urls:
                deployed = dataclasses.replace(get_settings(), subgraph_urls=urls, embedded=False)
                lines.append(
                    await _timed_catch_up(
                        InternalClient("households", caller="supervision", settings=deployed),
                        events,
                        "separate processes over HTTP",
                    )
                )
            embedded = dataclasses.replace(get_settings(), subgraph_urls={}, embedded=True)
            lines.append(
                await _timed_catch_up(
                    InternalClient("households", caller="supervision", settings=embedded),
                    events,
                    "embedded, in one process",
                )
            )
        finally:
            await release()
    return lines


async def _timed_catch_up(client, events: int, households: str) -> dict:
    from kernel.settings import get_settings
    from services.supervision import projection

    try:
        await projection.reset(feed=projection.HOUSEHOLDS_FEED)
        started = time.perf_counter()
        applied = await projection.catch_up(feed=projection.HOUSEHOLDS_FEED, client=client)
        seconds = time.perf_counter() - started
    finally:
        await client.aclose()
    return {
        "name": "supervision_feed_catch_up",
        "households": households,
        "events": events,
        "applied": applied,
        "seconds": round(seconds, 2),
        "events_per_second": round(applied / seconds),
        "target_events_per_second": 20000,
        "page": get_settings().feed_page_size,
        "load_1m": round(os.getloadavg()[0], 1),
    }


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
    return [
        {"name": "backup_city", "households": households, "bytes": size, "seconds": round(dumped, 2)},
        {"name": "restore_city", "households": households, "bytes": size, "seconds": round(restored, 2)},
    ]


async def run() -> list[dict]:
    return [*await feed_catch_up(), *await backup_and_restore()]


if __name__ == "__main__":
    import asyncio
    import json

    for line in asyncio.run(run()):
        print(json.dumps({"bench": line.pop("name"), **line}, ensure_ascii=False), flush=True)
