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
import pytest
from tortoise.exceptions import IntegrityError

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


@pytest.mark.parametrize(
    "service, tables",
    [("disbursement", ("payment_line", "roster_line")), ("households", ("household", "person"))],
)
async def test_a_county_range_reads_only_its_citys_partition(system, service, tables):
    # given city partitions for two cities (the seeded one and another)
    await _split(service, ["4301", "4311"])
    low, high = prefix_bounds("431102")
    for table in tables:
        # when a county's rows are read by the jurisdiction filter
        plan = await _plan(service, f"SELECT * FROM {table} WHERE region_code BETWEEN $1 AND $2", low, high)
        # then only the county's city partition is scanned, not the other city nor the default partition
        assert _scanned(plan, table) == {f"{table}_p4311"}, plan
        # and the whole province's range reads every city
        plan = await _plan(service, f"SELECT * FROM {table} WHERE region_code BETWEEN $1 AND $2", *prefix_bounds("43"))
        assert {f"{table}_p4301", f"{table}_p4311"} <= _scanned(plan, table)


async def test_a_period_reads_only_its_years_payments_and_a_rule_only_its_registry_kind_and_findings(system):
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
    # and a rule's run reads only its own findings when it looks for those already open
    plan = await _plan(
        "supervision",
        "SELECT id FROM finding WHERE open_key = ANY($1::text[]) AND rule = $2",
        ["R04:1:2"],
        "R04_ASSETS",
    )
    assert _scanned(plan, "finding") == {"finding_r04_assets"}, plan


def _copied(table: str, source: str, changes: str) -> str:
    """INSERT a copy of one row of `table` (chosen by `source`, a WHERE clause) with the JSON `changes` applied."""
    return (
        f"INSERT INTO {table} SELECT (jsonb_populate_record(NULL::{table}, to_jsonb(t) || '{changes}'::jsonb)).* "
        f"FROM {table} AS t WHERE {source}"
    )


async def test_an_id_number_is_refused_in_a_second_city_and_its_key_follows_every_change(system):
    conn = await asyncpg.connect(f"{SERVER}/{database_name('households')}")
    transaction = conn.transaction()
    await transaction.start()
    try:
        # given a member of the seeded city, and a household of another city (its own partition's range)
        taken = await conn.fetchrow("SELECT id, id_number FROM person ORDER BY id LIMIT 1")
        other = '"id": -5, "region_code": "439301100200"'
        await conn.execute(_copied("household", "id = (SELECT min(id) FROM household)", f"{{{other}}}"))
        member = '{"id": -5, "household_id": -5, "region_code": "439301100200", "id_number": "%s"}'
        # when a member with the taken ID number is added to the other city's household
        with pytest.raises(asyncpg.UniqueViolationError) as refused:
            async with conn.transaction():
                await conn.execute(_copied("person", f"id = {taken['id']}", member % taken["id_number"]))
        # then the ID number's key refuses it, and nothing was written
        assert refused.value.constraint_name == "person_id_number_pkey"
        assert await conn.fetchval("SELECT count(*) FROM person WHERE household_id = -5") == 0
        keyed = "SELECT person_id FROM person_id_number WHERE id_number = $1"
        assert await conn.fetchval(keyed, taken["id_number"]) == taken["id"]
        # and a new ID number is keyed to its person, a corrected one moves the key, a removal frees it
        await conn.execute(_copied("person", f"id = {taken['id']}", member % "43930119900101000X"))
        assert await conn.fetchval(keyed, "43930119900101000X") == -5
        await conn.execute("UPDATE person SET id_number = '439301199001010018' WHERE id = -5")
        assert await conn.fetchval(keyed, "43930119900101000X") is None
        assert await conn.fetchval(keyed, "439301199001010018") == -5
        await conn.execute("DELETE FROM person WHERE id = -5")
        assert await conn.fetchval(keyed, "439301199001010018") is None
        assert await conn.fetchval("SELECT count(*) FROM person_id_number") == await conn.fetchval(
            "SELECT count(*) FROM person"
        )
    finally:
        await transaction.rollback()
        await conn.close()


async def test_a_new_citys_households_move_to_their_partition_with_what_refers_to_them(system):
    from tortoise import Tortoise

    connection = Tortoise.get_connection("households")
    # given a household of a city without a partition yet, with its head and a case amount referring to it
    city = '"region_code": "439401100200"'
    source = "household_id = (SELECT min(household_id) FROM case_amount)"
    await connection.execute_script(
        ";".join(
            [
                _copied("household", "id = (SELECT min(household_id) FROM case_amount)", f'{{"id": -9, {city}}}'),
                _copied(
                    "person",
                    f"{source} AND relation = 'HEAD'",
                    f'{{"id": -9, "household_id": -9, {city}, "id_number": "439401199001010016"}}',
                ),
                _copied(
                    "case_amount", "id = (SELECT min(id) FROM case_amount)", f'{{"id": -9, "household_id": -9, {city}}}'
                ),
            ]
        )
    )
    where = "SELECT tableoid::regclass::text AS part FROM {table} WHERE id = -9"
    try:
        for table in ("household", "person"):
            _, rows = await connection.execute_query(where.format(table=table))
            assert [row["part"] for row in rows] == [f"{table}_default"]
        # when the default partitions are split (as `dibao partitions` does)
        made = await _split("households", None)
        # then the city has its partitions, holding the household and its member
        assert "household_p4394" in made["household"] and "person_p4394" in made["person"]
        for table in ("household", "person"):
            _, rows = await connection.execute_query(where.format(table=table))
            assert [row["part"] for row in rows] == [f"{table}_p4394"]
        # and nothing referring to the household was lost on the way, the member's ID number still keyed
        _, rows = await connection.execute_query("SELECT count(*) AS n FROM case_amount WHERE household_id = -9")
        assert rows[0]["n"] == 1
        _, rows = await connection.execute_query(
            "SELECT person_id FROM person_id_number WHERE id_number = '439401199001010016'"
        )
        assert [row["person_id"] for row in rows] == [-9]
        # and the foreign keys are back: a member of a household that does not exist is refused
        with pytest.raises(IntegrityError, match="person_household_id_fkey"):
            await connection.execute_script(
                _copied("person", "id = -9", '{"id": -10, "household_id": -10, "id_number": "439401199001010024"}')
            )
    finally:
        await connection.execute_script(
            "DELETE FROM household WHERE id = -9;"  # its member and amount go with it
            "DELETE FROM township_tally WHERE township_code = '439401100'"
        )
    _, rows = await connection.execute_query("SELECT count(*) AS n FROM person WHERE household_id = -9")
    assert rows[0]["n"] == 0


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
    "households": "SELECT count(*), sum(id), max(txid), (SELECT sum(id) FROM household), "
    "(SELECT count(*) || ':' || sum(household_id) FROM person), (SELECT sum(households) FROM township_tally) "
    "FROM change_event",
    "disbursement": "SELECT count(*), sum(amount), sum(household_id) FROM payment",
    "supervision": "SELECT count(*), sum(id), (SELECT count(*) || ':' || sum(id) || ':' || count(open_key) FROM finding) "
    "FROM audit_record",
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

        # and the households and their members sit in the city's partitions, each member's ID number keyed
        async def households() -> tuple:
            conn = await asyncpg.connect(f"{SERVER}/{template.format(service='households')}")
            try:
                return (
                    [
                        tuple(row)
                        for row in await conn.fetch(
                            "SELECT tableoid::regclass::text, count(*) FROM household GROUP BY 1"
                        )
                    ],
                    [
                        tuple(row)
                        for row in await conn.fetch("SELECT tableoid::regclass::text, count(*) FROM person GROUP BY 1")
                    ],
                    await conn.fetchval(
                        "SELECT count(*) FROM person p JOIN person_id_number k ON k.id_number = p.id_number AND k.person_id = p.id"
                    ),
                )
            finally:
                await conn.close()

        persons = int(before["households"][4].split(":")[0])
        assert asyncio.run(households()) == ([("household_p4311", 300)], [("person_p4311", persons)], persons)

        # and each finding sits in its rule's partition
        async def findings() -> list:
            conn = await asyncpg.connect(f"{SERVER}/{template.format(service='supervision')}")
            try:
                return await conn.fetch("SELECT tableoid::regclass::text AS part, rule FROM finding")
            finally:
                await conn.close()

        placed_findings = asyncio.run(findings())
        assert placed_findings and all(row["part"] == f"finding_{row['rule'].lower()}" for row in placed_findings)
    finally:
        asyncio.run(_admin([f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)' for n in names]))


def before_lines(output: str) -> int:
    """The demo batch's line count from the seed's summary (已向 bank.rcc 下达代发批次 1 个（N 笔）)."""
    return int(output.replace("\n", "").rsplit("（", 1)[1].split(" ")[0])
