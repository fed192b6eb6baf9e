"""`dibao backup` / `dibao restore` as an operator runs them, on a city of their own: dumps taken at different times
restored side by side, after which supervision's projection is rebuilt equal to households (never left with
ghosts of the other history, never skipping the re-issued ids), and refusals that leave the databases untouched."""

import asyncio
import json
import os
import subprocess
import sys

import asyncpg
import pytest

from kernel.settings import DATABASES
from tests.conftest import ROOT, SERVER, _admin, run_cli

PREFIX = f"dibao_bk{os.getpid()}"
ENV = {"DIBAO_DATABASE_URL": f"{SERVER}/{PREFIX}_{{service}}", "DIBAO_PROJECTION_SYNC_SECONDS": "0"}


def cli(*args: str) -> str:
    done = run_cli(*args, env=ENV)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def change(count: int, start: int) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.ops.history_child", str(count), str(start)],
        cwd=ROOT,
        env={**os.environ, **ENV},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr


async def rows(service: str, query: str) -> list[tuple]:
    conn = await asyncpg.connect(f"{SERVER}/{PREFIX}_{service}")
    try:
        return [tuple(row) for row in await conn.fetch(query)]
    finally:
        await conn.close()


HOUSEHOLDS = "SELECT id, status, region_code, urban_rural, monthly_amount FROM household ORDER BY id"
PROJECTED = (
    "SELECT household_id, status, region_code, urban_rural, monthly_amount FROM sv_household ORDER BY household_id"
)
PERSONS = "SELECT id, household_id, id_number, counted FROM person ORDER BY id"
PROJECTED_PERSONS = "SELECT person_id, household_id, id_number, counted FROM sv_person ORDER BY person_id"


async def projection_matches() -> bool:
    return await rows("households", HOUSEHOLDS) == await rows("supervision", PROJECTED) and await rows(
        "households", PERSONS
    ) == await rows("supervision", PROJECTED_PERSONS)


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    """A small city, synced, backed up (A); then changed, synced and backed up again (B); then changed once more."""
    names = [f"{PREFIX}_{service}" for service in DATABASES]
    asyncio.run(_admin([f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)' for n in names]))
    root = tmp_path_factory.mktemp("backups")
    cli("migrate")
    cli("seed", "--households", "30", "--seed", "3")
    cli("projection", "sync")
    cli("backup", str(root / "a"))
    change(4, 100)
    cli("projection", "sync")
    cli("backup", str(root / "b"))
    change(3, 200)
    yield root
    asyncio.run(_admin([f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)' for n in names]))


def test_the_manifest_records_each_dump_and_the_feeds_high_water_marks(city):
    manifest = json.loads((city / "b" / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["databases"]) == set(DATABASES)
    households = manifest["databases"]["households"]
    assert households["dialect"] == "postgres" and households["bytes"] > 0 and len(households["sha256"]) == 64
    assert households["feeds"]["change_event"]["rows"] > 60 and households["startedAt"] <= households["finishedAt"]
    assert "households" in manifest["databases"]["supervision"]["cursors"]


@pytest.mark.parametrize(
    ("households_from", "supervision_from"), [("a", "b"), ("b", "a")], ids=["households-earlier", "households-later"]
)
def test_a_skewed_restore_ends_with_supervision_equal_to_households(city, households_from, supervision_from):
    # given households restored from one backup and supervision from another
    cli("restore", str(city / households_from), "--database", "households", "--yes")
    cli("restore", str(city / supervision_from), "--database", "supervision", "--yes")
    assert not asyncio.run(projection_matches())
    # when supervision syncs
    cli("projection", "sync")
    # then it noticed its cursor belonged to another history, read the feed again, and equals households
    assert asyncio.run(projection_matches())
    restarts = asyncio.run(
        rows("supervision", "SELECT after FROM audit_record WHERE action = 'supervision.projection.restart'")
    )
    assert restarts and "epoch" in restarts[-1][0]
    # and households registered after the restore reach supervision like any other
    if households_from == "a":
        change(1, 300)
        cli("projection", "sync")
        assert asyncio.run(projection_matches())


def test_a_restore_from_a_directory_without_a_manifest_is_refused_and_drops_nothing(city, tmp_path):
    before = asyncio.run(rows("households", "SELECT count(*) FROM household"))
    done = run_cli("restore", str(tmp_path), "--yes", env=ENV)
    assert done.returncode == 2 and "BACKUP_MANIFEST_MISSING" in done.stdout
    assert asyncio.run(rows("households", "SELECT count(*) FROM household")) == before


def test_an_altered_dump_is_refused_before_any_database_is_dropped(city, tmp_path):
    # given a copy of backup B whose supervision dump was altered
    copy = tmp_path / "b"
    copy.mkdir()
    for path in (city / "b").iterdir():
        (copy / path.name).write_bytes(path.read_bytes())
    with (copy / "supervision.dump").open("ab") as handle:
        handle.write(b"\0")
    before = asyncio.run(rows("households", "SELECT feed, epoch FROM feed_epoch"))
    assert before  # the last sync read the feed, which gave it an epoch; a restore would drop it
    # when every database is restored from it, then the restore is refused, naming the file, and nothing changed
    done = run_cli("restore", str(copy), "--yes", env=ENV)
    assert done.returncode == 2 and "BACKUP_FILE_CORRUPT" in done.stdout and "supervision" in done.stdout
    assert asyncio.run(rows("households", "SELECT feed, epoch FROM feed_epoch")) == before


def test_a_backup_into_a_directory_in_use_is_refused(city):
    done = run_cli("backup", str(city / "a"), env=ENV)
    assert done.returncode == 2 and "BACKUP_DIRECTORY_NOT_EMPTY" in done.stdout
    assert sorted(path.name for path in (city / "a").iterdir()) == sorted(
        ["manifest.json", *(f"{n}.dump" for n in DATABASES)]
    )


def test_rows_dumped_on_a_server_ahead_of_this_one_are_placed_before_everything_new(city):
    # given feed rows whose transaction ids run ahead of this server's (as after a restore onto a new server)
    from dibao.backup import new_history

    async def given_and_when() -> tuple[list, list, int]:
        conn = await asyncpg.connect(f"{SERVER}/{PREFIX}_households")
        try:
            ahead = await conn.fetchval("SELECT pg_current_xact_id()::text::bigint") + 1_000_000
            await conn.execute(
                "UPDATE change_event SET txid = $1 WHERE id IN (SELECT max(id) FROM change_event)", ahead
            )
            await new_history(f"{SERVER}/{PREFIX}_households", "households")
            return (
                await conn.fetch("SELECT DISTINCT txid FROM change_event"),
                await conn.fetch("SELECT * FROM feed_epoch"),
                await conn.fetchval("SELECT count(*) FROM change_event"),
            )
        finally:
            await conn.close()

    # when the database starts its new history
    txids, epochs, events = asyncio.run(given_and_when())
    # then every row is final and first in feed order, and the next read makes a new epoch
    assert [row["txid"] for row in txids] == [0] and epochs == [] and events > 60
    cli("projection", "sync")
    assert asyncio.run(projection_matches())
