"""Run in a child process by test_sqlite.py: the supervision pipeline on the embedded SQLite databases
(DIBAO_DATABASE_URL names them), printing what it found as one JSON line."""

import asyncio
import datetime as dt
import json
import random

from authz.scope import Scope
from bench.supervision import registry_files
from dibao.wiring import wire_credentials
from kernel.db import release, tortoise_config
from kernel.settings import DATABASES, load_settings


async def snapshot() -> list:
    from services.supervision.models import PaidLine, ProjectedHousehold, ProjectedPerson

    lines = [name for name in PaidLine._meta.db_fields if name != "id"]  # the surrogate id is new on a replay
    return [
        await ProjectedHousehold.all().order_by("household_id").values_list(),
        await ProjectedPerson.all().order_by("person_id").values_list(),
        await PaidLine.all().order_by("cursor").values_list(*lines),
    ]


async def main() -> None:
    from tortoise import Tortoise

    wire_credentials()
    await Tortoise.init(config=tortoise_config(load_settings(), list(DATABASES)))
    try:
        from services.supervision import inspection, projection
        from services.supervision.models import ProjectedPerson
        from services.supervision.registry_imports import import_registry

        applied = await projection.sync()
        first = await snapshot()
        for feed in (projection.HOUSEHOLDS_FEED, projection.PAYMENTS_FEED):
            await projection.reset(feed=feed)
        await projection.catch_up(feed=projection.HOUSEHOLDS_FEED, page=97)
        await projection.catch_up(feed=projection.PAYMENTS_FEED, page=50)
        replayed = await snapshot()
        recipients = await ProjectedPerson.all().values_list("id_number", flat=True)
        loaded = 0
        for kind, content in registry_files(6000, list(recipients), random.Random(8)).items():
            loaded += (
                await import_registry(kind=kind, file_name=f"{kind}.csv", content=content, actor="inspector")
            ).batch.rows_loaded
        run = dict(
            rule=None,
            region_code="431100000000",
            scope=Scope.of(["4311"]),
            actor="inspector",
            as_of=dt.date(2026, 11, 1),
        )
        preview = await inspection.run(preview=True, **run)
        raised = await inspection.run(**run)
        again = await inspection.run(**run)
        print(
            json.dumps(
                {
                    "applied": applied,
                    "replay_equal": first == replayed,
                    "households": len(first[0]),
                    "loaded": loaded,
                    "matched": {o.rule.name: o.matched for o in preview},
                    "raised": {o.rule.name: o.raised for o in raised},
                    "open": {o.rule.name: o.already_open for o in again},
                    "raised_again": sum(o.raised for o in again),
                }
            )
        )
    finally:
        await release()


asyncio.run(main())
