"""The checked-in migrations, applied from empty, reproduce the models on PostgreSQL and on SQLite."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import sys
import textwrap

import asyncpg
import pytest

from kernel.settings import DATABASES
from tests.conftest import ROOT, RUN_ID, SERVER, _admin, run_cli

GENERATE = textwrap.dedent(
    """
    import asyncio, sys
    from tortoise import Tortoise
    from kernel.db import tortoise_config
    from kernel.settings import load_settings

    async def main():
        await Tortoise.init(config=tortoise_config(load_settings(), sys.argv[1:]))
        await Tortoise.generate_schemas(safe=False)
        await Tortoise.close_connections()

    asyncio.run(main())
    """
)


def generate_from_models(env: dict[str, str]) -> None:
    import os

    done = subprocess.run(
        [sys.executable, "-c", GENERATE, *DATABASES],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr


PARTITIONS = "SELECT relname FROM pg_class WHERE relispartition"


async def pg_columns(database: str) -> set[tuple]:
    """Tables, columns, indexes and partition keys as the application sees them: a partitioned table once (its
    partitions are storage, not tables of their own), its indexes as declared on it."""
    conn = await asyncpg.connect(f"{SERVER}/{database}")
    try:
        rows = await conn.fetch(
            "SELECT table_name, column_name, data_type, is_nullable, character_maximum_length "
            f"FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'aerich' AND table_name NOT IN ({PARTITIONS})"
        )
        indexes = await conn.fetch(
            "SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'aerich' "
            f"AND tablename NOT IN ({PARTITIONS})"
        )
        keys = await conn.fetch(
            "SELECT c.relname, pg_get_partkeydef(c.oid) AS key "
            "FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid"
        )
    finally:
        await conn.close()
    return (
        {tuple(row) for row in rows}
        | {("index", row["tablename"], row["indexdef"].replace(" ON ONLY ", " ON ")) for row in indexes}
        | {("partitioned", row["relname"], row["key"]) for row in keys}
    )


def as_partitioned(service: str, schema: set[tuple]) -> set[tuple]:
    """The models' schema as the partition plan makes it on PostgreSQL: each planned table partitioned on its key,
    its primary and unique keys extended by that key (PostgreSQL enforces uniqueness within a partition only), and
    a key table for each column that must stay unique across partitions."""
    from kernel.partitions import PLAN

    planned = PLAN.get(service, {})
    out = set()
    for entry in schema:
        if entry[0] == "index" and entry[1] in planned and entry[2].startswith("CREATE UNIQUE INDEX"):
            column = planned[entry[1]].column
            head, columns = entry[2].rsplit("(", 1)
            if column not in [name.strip() for name in columns.rstrip(")").split(",")]:
                entry = ("index", entry[1], f"{head}({columns.rstrip(')')}, {column})")
        out.add(entry)
    keys = set()
    for table, partitioning in planned.items():
        if column := partitioning.unique_across:  # its key table: the column and the row's id, keyed by the column
            key_table = f"{table}_{column}"
            (typed,) = [entry for entry in schema if entry[:2] == (table, column)]
            (id_typed,) = [entry for entry in schema if entry[:2] == (table, "id")]
            keys |= {
                (key_table, column, *typed[2:]),
                (key_table, f"{table}_id", *id_typed[2:]),
                (
                    "index",
                    key_table,
                    f"CREATE UNIQUE INDEX {key_table}_pkey ON public.{key_table} USING btree ({column})",
                ),
            }
    return out | keys | {("partitioned", table, partitioning.key) for table, partitioning in planned.items()}


def sqlite_columns(path: str) -> set[tuple]:
    with sqlite3.connect(path) as conn:
        named = "SELECT name FROM sqlite_master WHERE type='table' AND name NOT IN ('aerich', 'sqlite_sequence')"
        tables = [row[0] for row in conn.execute(named)]
        columns = {(table, *row[1:]) for table in tables for row in conn.execute(f'PRAGMA table_info("{table}")')}
        indexed = "SELECT tbl_name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL"
        indexes = {("index", row[0], row[1]) for row in conn.execute(indexed)}
    return columns | indexes


def test_postgres_migrations_from_empty_match_the_models():
    # given two empty sets of databases
    migrated, generated = f"{RUN_ID}_mig_a_{{service}}", f"{RUN_ID}_mig_b_{{service}}"
    names = [template.format(service=s) for template in (migrated, generated) for s in DATABASES]
    asyncio.run(
        _admin(
            [f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)' for n in names] + [f'CREATE DATABASE "{n}"' for n in names]
        )
    )
    try:
        # when one is migrated by the CLI and the other built straight from the models
        done = run_cli("migrate", env={"DIBAO_DATABASE_URL": f"{SERVER}/{migrated}"})
        assert done.returncode == 0, done.stderr
        generate_from_models({"DIBAO_DATABASE_URL": f"{SERVER}/{generated}"})
        # then every table, column, type, nullability and index is the same, and the large tables are partitioned as planned
        for service in DATABASES:
            got = asyncio.run(pg_columns(migrated.format(service=service)))
            want = as_partitioned(service, asyncio.run(pg_columns(generated.format(service=service))))
            assert got == want, (service, got ^ want)
        # and a second run has nothing left to apply
        again = run_cli("migrate", env={"DIBAO_DATABASE_URL": f"{SERVER}/{migrated}"})
        assert again.returncode == 0 and again.stdout.count("已是最新") == len(DATABASES), again.stdout
    finally:
        asyncio.run(_admin([f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)' for n in names]))


def test_sqlite_migrations_from_empty_match_the_models(tmp_path):
    migrated, generated = tmp_path / "a", tmp_path / "b"
    done = run_cli("migrate", env={"DIBAO_DATABASE_URL": f"sqlite://{migrated}/{{service}}.sqlite3"})
    assert done.returncode == 0, done.stderr
    generated.mkdir()
    generate_from_models({"DIBAO_DATABASE_URL": f"sqlite://{generated}/{{service}}.sqlite3"})
    for service in DATABASES:
        got = sqlite_columns(str(migrated / f"{service}.sqlite3"))
        want = sqlite_columns(str(generated / f"{service}.sqlite3"))
        assert got == want, (service, got ^ want)


@pytest.mark.parametrize("dialect", ["postgres", "sqlite"])
def test_every_database_has_an_initial_migration_per_dialect(dialect):
    from kernel.db import MIGRATION_DIRS

    for service in DATABASES:
        assert list((MIGRATION_DIRS[service] / dialect / service).glob("0_*_init.py")), (service, dialect)
