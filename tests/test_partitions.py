"""Partitions on PostgreSQL: a jurisdiction, a period or a registry kind reads only its partitions, a new city gets
its own partition with its rows, and a database holding data is converted without losing a row."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
import sys
import textwrap

import asyncpg

from kernel.db import MIGRATION_DIRS
from kernel.partitions import PLAN
from kernel.settings import DATABASES
from kernel.values import prefix_bounds
from tests.conftest import ROOT, RUN_ID, SERVER, _admin, database_name, run_cli


async def _plan(service: str, query: str, *params) -> str:
    conn = await asyncpg.connect(f"{SERVER}/{database_name(service)}")
    try:
        return "\n".join(row[0] for row in await conn.fetch(f"EXPLAIN {query}", *params))
    finally:
        await conn.close()


def _scanned(plan: str, table: str) -> set[str]:
    """The partitions of `table` the plan reads."""
    return {
        name for name in re.findall(r"(?<!Bitmap Index Scan) on (\w+)", plan) if name.startswith(f"{table}_")
    }  # tables, not indexes


async def _split(service: str, prefixes: list[str]) -> dict:
    from tortoise import Tortoise

    from kernel.partitions import split_default

    return await split_default(Tortoise.get_connection(service), service, prefixes)


async def test_a_county_range_reads_only_its_citys_partition_of_roster_and_payment_lines(system):
    # given city partitions for two cities (the seeded one and another)
    await _split("disbursement", ["4301", "4311"])
    low, high = prefix_bounds("431102")
    for table in ("payment_line", "roster_line"):
        # when a county's lines are read by the jurisdiction filter
        plan = await _plan("disbursement", f"SELECT * FROM {table} WHERE region_code BETWEEN $1 AND $2", low, high)
        # then only the county's city partition is scanned, not the other city nor the default partition
        assert _scanned(plan, table) == {f"{table}_p4311"}, plan
    # and the whole province's range reads every city
    plan = await _plan(
        "disbursement", "SELECT * FROM payment_line WHERE region_code BETWEEN $1 AND $2", *prefix_bounds("43")
    )
    assert {"payment_line_p4301", "payment_line_p4311"} <= _scanned(plan, "payment_line")


async def test_a_period_reads_only_its_years_payments_and_a_rule_only_its_registry_kind(system):
    plan = await _plan(
        "disbursement",
        "SELECT sum(amount) FROM payment WHERE period BETWEEN $1 AND $2 AND region_code BETWEEN $3 AND $4",
        "2026-07",
        "2026-09",
        *prefix_bounds("4311"),
    )
    assert _scanned(plan, "payment") == {"payment_y2026"}, plan
    plan = await _plan(
        "supervision",
        "SELECT id_number FROM registry_record WHERE kind = $1 AND id_number = ANY($2::text[])",
        "DEATH",
        ["431102195001011234"],
    )
    assert _scanned(plan, "registry_record") == {"registry_record_death"}, plan


async def test_a_city_that_arrives_later_is_moved_out_of_the_default_partition_with_its_rows(system):
    from tortoise import Tortoise

    connection = Tortoise.get_connection("disbursement")
    # given roster lines of a city without a partition yet (they land in the default partition)
    await connection.execute_script(
        "INSERT INTO roster_line (roster_id, household_id, region_code, head_name, members, monthly_amount, total, bank_name, "
        "account_number, holder_name) VALUES (-1, -1, '439001100200', '测试', 1, 100, 300, '农村信用社', '62210000', '测试'), "
        "(-1, -2, '439001100201', '测试', 1, 100, 300, '农村信用社', '62210001', '测试')"
    )
    try:
        _, before = await connection.execute_query(
            "SELECT tableoid::regclass::text AS part FROM roster_line WHERE roster_id = -1"
        )
        assert {row["part"] for row in before} == {"roster_line_default"}
        # when the default partitions are split (as `dibao partitions` does)
        made = await _split("disbursement", None)
        # then the city has its own partition holding both rows
        assert "roster_line_p4390" in made["roster_line"]
        _, after = await connection.execute_query(
            "SELECT tableoid::regclass::text AS part FROM roster_line WHERE roster_id = -1"
        )
        assert [row["part"] for row in after] == ["roster_line_p4390", "roster_line_p4390"]
        # and splitting again makes nothing new
        assert await _split("disbursement", None) == {}
    finally:
        await connection.execute_script("DELETE FROM roster_line WHERE roster_id = -1")


async def test_the_operator_command_gives_a_new_citys_rows_their_partition_and_says_so(system):
    from tortoise import Tortoise

    connection = Tortoise.get_connection("disbursement")
    # given a payment line of a city without a partition yet
    await connection.execute_script(
        "INSERT INTO payment_line (batch_id, roster_line_id, household_id, region_code, period, bank_name, account_number, "
        "holder_name, amount, status, reason) VALUES (-7, -7, -7, '439101100200', '2027Q1', '农村信用社', '62210000', '测试', 100, "
        "'PENDING', '')"
    )
    try:
        # when the operator runs `dibao partitions`
        done = run_cli("partitions")
        # then it names the partition it made, and the line is in it
        assert done.returncode == 0, done.stderr
        assert "disbursement.payment_line：新建分区 payment_line_p4391" in done.stdout.replace("\n", "")
        _, rows = await connection.execute_query(
            "SELECT tableoid::regclass::text AS part FROM payment_line WHERE batch_id = -7"
        )
        assert [row["part"] for row in rows] == ["payment_line_p4391"]
        # and a second run has nothing to do
        again = run_cli("partitions")
        assert again.returncode == 0 and "各市均已有自己的分区" in again.stdout
    finally:
        await connection.execute_script("DELETE FROM payment_line WHERE batch_id = -7")


MIGRATE_WITHOUT = textwrap.dedent(
    """
    import asyncio, sys
    from pathlib import Path
    from kernel import db
    from dibao.migrations import migrate_all
    from kernel.settings import load_settings

    db.MIGRATION_DIRS.update({name: Path(folder) for name, folder in zip(sys.argv[1::2], sys.argv[2::2])})
    asyncio.run(migrate_all(load_settings()))
    """
)

COUNTS = {
    "households": "SELECT count(*), sum(id), max(txid) FROM change_event",
    "disbursement": "SELECT count(*), sum(amount), sum(household_id) FROM payment",
    "supervision": "SELECT count(*), sum(id), 0 FROM audit_record",
}


async def _counts(template: str) -> dict[str, tuple]:
    out = {}
    for service, query in COUNTS.items():
        conn = await asyncpg.connect(f"{SERVER}/{template.format(service=service)}")
        try:
            out[service] = tuple(await conn.fetchrow(query))
            kinds = await conn.fetch(
                "SELECT c.relname FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid"
            )
            out[service + ":partitioned"] = sorted(row[0] for row in kinds)
        finally:
            await conn.close()
    return out


def test_a_database_holding_a_city_is_converted_to_partitions_without_losing_a_row(tmp_path):
    # given databases migrated to the schema before partitions and seeded with a city
    template = f"{RUN_ID}_part_{{service}}"
    names = [template.format(service=s) for s in DATABASES]
    asyncio.run(
        _admin(
            [f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)' for n in names] + [f'CREATE DATABASE "{n}"' for n in names]
        )
    )
    env = {**os.environ, "DIBAO_DATABASE_URL": f"{SERVER}/{template}"}
    folders = []
    for service in PLAN:
        before = tmp_path / service
        shutil.copytree(MIGRATION_DIRS[service], before)
        for migration in (before / "postgres" / service).glob("*_partitions.py"):
            migration.unlink()
        folders += [service, str(before)]
    try:
        done = subprocess.run(
            [sys.executable, "-c", MIGRATE_WITHOUT, *folders],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        seeded = run_cli(
            "seed", "--households", "300", "--seed", "5", env={"DIBAO_DATABASE_URL": f"{SERVER}/{template}"}
        )
        assert seeded.returncode == 0, seeded.stderr
        before = asyncio.run(_counts(template))
        assert all(not before[f"{service}:partitioned"] for service in COUNTS) and before["disbursement"][0] > 0
        # when the checked-in migrations are applied
        done = run_cli("migrate", env={"DIBAO_DATABASE_URL": f"{SERVER}/{template}"})
        assert done.returncode == 0, done.stderr
        # then every row is still there and the planned tables are partitioned
        after = asyncio.run(_counts(template))
        assert {k: v for k, v in after.items() if ":" not in k} == {k: v for k, v in before.items() if ":" not in k}
        for service, tables in PLAN.items():
            assert after[f"{service}:partitioned"] == sorted(tables)

        # and the seeded city's batch lines sit in its own partition
        async def placed() -> tuple:
            conn = await asyncpg.connect(f"{SERVER}/{template.format(service='disbursement')}")
            try:
                return tuple(await conn.fetch("SELECT tableoid::regclass::text, count(*) FROM payment_line GROUP BY 1"))
            finally:
                await conn.close()

        assert [tuple(row) for row in asyncio.run(placed())] == [("payment_line_p4311", before_lines(seeded.stdout))]
    finally:
        asyncio.run(_admin([f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)' for n in names]))


def before_lines(output: str) -> int:
    """The demo batch's line count from the seed's summary (已向 bank.rcc 下达代发批次 1 个（N 笔）)."""
    return int(output.replace("\n", "").rsplit("（", 1)[1].split(" ")[0])
