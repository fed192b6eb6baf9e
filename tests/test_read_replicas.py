"""Read replicas — 只读副本: dashboards, the admin's lists and roster workbooks read a database's replica when one
is configured, writes go to the primary, and without one everything reads the primary.

The replica here is a copy of the primary made after seeding and then changed, so what a reader saw tells where it read."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import textwrap

import asyncpg
import pytest

from kernel.settings import DATABASES
from tests.conftest import ROOT, RUN_ID, SERVER, _admin, run_cli

PRIMARY = f"{RUN_ID}_rep_{{service}}"
REPLICA = f"{RUN_ID}_rep_{{service}}_replica"

READ = textwrap.dedent(
    """
    import asyncio, io, json
    import openpyxl
    from sqlalchemy import func, select, update
    from tortoise import Tortoise

    from admin import engines_for, replica_engines_for, session_maker
    from admin.tables import build_entities
    from authz.scope import Scope
    from kernel.db import MODEL_MODULES, release, tortoise_config
    from kernel.settings import DATABASES, load_settings
    from services.disbursement.exports import roster_xlsx
    from services.disbursement.models import Roster
    from services.households.statistics import statistics

    async def main():
        settings = load_settings()
        await Tortoise.init(config=tortoise_config(settings, list(DATABASES)))
        everywhere = Scope.of(["43"])
        out = {"dashboard": (await statistics(scope=everywhere, region_code="431100000000")).total.households}
        roster = await Roster.all().order_by("id").first()
        _, content = await roster_xlsx(scope=everywhere, roster_id=roster.id, accounts_scope=everywhere)
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        out["workbook_heads"] = sorted(str(row[3]) for row in sheet.iter_rows(min_row=3, values_only=True) if row[1])
        entities = [e for e in build_entities(MODEL_MODULES) if e.app == "households"]
        household = next(e for e in entities if e.table.name == "household")
        maker = session_maker(entities, engines_for(settings, {"households"}), replica_engines_for(settings, {"households"}))
        async with maker() as session:
            out["admin_list"] = (await session.execute(select(func.count()).select_from(household.table))).scalar()
            await session.execute(update(household.table).where(household.table.c.id == 1).values(address="由管理界面写入"))
            await session.commit()
        await release()
        print(json.dumps(out, ensure_ascii=False))

    asyncio.run(main())
    """
)


async def _one(database: str, query: str):
    conn = await asyncpg.connect(f"{SERVER}/{database}")
    try:
        return await conn.fetchval(query)
    finally:
        await conn.close()


@pytest.fixture(scope="module")
def replicated():
    """A seeded city, and copies of its households and disbursement databases made afterwards: the replicas."""
    names = [PRIMARY.format(service=s) for s in DATABASES] + [
        REPLICA.format(service=s) for s in ("households", "disbursement")
    ]
    asyncio.run(
        _admin(
            [f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)' for n in names]
            + [f'CREATE DATABASE "{PRIMARY.format(service=s)}"' for s in DATABASES]
        )
    )
    try:
        for args in (("migrate",), ("seed", "--households", "300", "--seed", "4")):
            done = run_cli(*args, env={"DIBAO_DATABASE_URL": f"{SERVER}/{PRIMARY}"})
            assert done.returncode == 0, done.stderr
        asyncio.run(
            _admin(
                [
                    f'CREATE DATABASE "{REPLICA.format(service=s)}" TEMPLATE "{PRIMARY.format(service=s)}"'
                    for s in ("households", "disbursement")
                ]
            )
        )
        yield
    finally:
        asyncio.run(_admin([f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)' for n in names]))


def _read(**replicas: str) -> dict:
    env = {**os.environ, "DIBAO_DATABASE_URL": f"{SERVER}/{PRIMARY}"}
    for name in ("HOUSEHOLDS", "DISBURSEMENT", "SUPERVISION"):
        env.pop(f"DIBAO_{name}_READ_DATABASE_URL", None)
    env.update({f"DIBAO_{name.upper()}_READ_DATABASE_URL": url for name, url in replicas.items()})
    done = subprocess.run([sys.executable, "-c", READ], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_reads_go_to_the_replica_and_writes_to_the_primary(replicated):
    primary_households = asyncio.run(_one(PRIMARY.format(service="households"), "SELECT count(*) FROM household"))
    # given replicas that differ from the primary: ten households fewer, and one roster line's head renamed
    replica = REPLICA.format(service="households")
    asyncio.run(
        _one(
            replica,
            "WITH gone AS (DELETE FROM household WHERE id IN (SELECT id FROM household ORDER BY id DESC LIMIT 10) "
            "RETURNING 1) SELECT count(*) FROM gone",
        )
    )
    asyncio.run(
        _one(
            REPLICA.format(service="disbursement"),
            "WITH renamed AS (UPDATE roster_line SET head_name = '副本户主' WHERE id = (SELECT min(id) FROM roster_line) "
            "RETURNING 1) SELECT count(*) FROM renamed",
        )
    )
    # when the dashboard, a roster workbook and the admin's list are read with the replicas configured
    seen = _read(households=f"{SERVER}/{replica}", disbursement=f"{SERVER}/{REPLICA.format(service='disbursement')}")
    # then each read the replica
    assert seen["dashboard"] == seen["admin_list"] == primary_households - 10
    assert "副本户主" in seen["workbook_heads"]
    # and the admin's write went to the primary, not the replica
    assert (
        asyncio.run(_one(PRIMARY.format(service="households"), "SELECT address FROM household WHERE id = 1"))
        == "由管理界面写入"
    )
    assert asyncio.run(_one(replica, "SELECT address FROM household WHERE id = 1")) != "由管理界面写入"
    # and without replicas everything reads the primary
    plain = _read()
    assert plain["dashboard"] == plain["admin_list"] == primary_households
    assert "副本户主" not in plain["workbook_heads"]


def test_a_roster_workbook_is_read_from_the_primary_while_the_replica_lacks_some_of_its_lines(replicated):
    # given a replica that has not received one of the roster's lines yet
    replica = REPLICA.format(service="disbursement")
    asyncio.run(
        _one(
            replica,
            "WITH gone AS (DELETE FROM roster_line WHERE id = (SELECT max(id) FROM roster_line) RETURNING 1) "
            "SELECT count(*) FROM gone",
        )
    )
    lines = asyncio.run(
        _one(
            PRIMARY.format(service="disbursement"),
            "SELECT line_count FROM roster WHERE id = (SELECT min(id) FROM roster)",
        )
    )
    # when the workbook is made with the replica configured
    seen = _read(disbursement=f"{SERVER}/{replica}")
    # then it holds every line of the roster, as the primary has them
    assert len(seen["workbook_heads"]) == lines > 0
    assert "副本户主" not in seen["workbook_heads"]
