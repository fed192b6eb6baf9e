"""Keeping the projection in step: the background sync of a running app, one sync at a time across
processes, no page folded twice, and the compact rows the feeds serve for it."""

import asyncio
import dataclasses

import asyncpg
from asgi_lifespan import LifespanManager

from kernel.internal import InternalClient
from services.supervision import projection
from services.supervision.app import create_app
from services.supervision.models import FeedCursor, ProjectedHousehold, ProjectedPerson
from tests.conftest import SERVER, database_name
from tests.households.support import register

PAGE = """query($after: String) { changes(after: $after, first: 100) { rows nextCursor
  items { cursor entity entityId kind regionCode payload at } } }"""
PAID = """query { paidLines(first: 100) { rows items { cursor paymentId householdId regionCode period amount paidOn accountNumber } } }"""


async def projected(household_id: int, seconds: float = 30.0) -> bool:
    for _ in range(int(seconds / 0.1)):
        if await ProjectedHousehold.exists(household_id=household_id):
            return True
        await asyncio.sleep(0.1)
    return False


async def test_a_running_supervision_app_picks_up_new_households_without_being_asked(gql, databases):
    # given the supervision app started with its lifespan, syncing every 0.2 s
    app = create_app(settings=dataclasses.replace(databases, projection_sync_seconds=0.2), own_database=False)
    async with LifespanManager(app):
        # when a household is registered in the households service (and nobody calls syncProjection)
        created = await register(gql)
        # then the projection soon holds it and its members
        assert await projected(int(created["id"]))
        assert await ProjectedPerson.filter(household_id=int(created["id"])).count() == 2
    # and once the app has stopped, nothing syncs any more
    later = await register(gql)
    await asyncio.sleep(0.5)
    assert not await ProjectedHousehold.exists(household_id=int(later["id"]))
    await projection.sync()
    assert await ProjectedHousehold.exists(household_id=int(later["id"]))


async def test_a_sync_is_skipped_while_another_process_holds_the_lock(gql):
    # given another process holding the projection's advisory lock
    await projection.sync()
    other = await asyncpg.connect(f"{SERVER}/{database_name('supervision')}")
    try:
        await other.execute("SELECT pg_advisory_lock($1)", projection.LOCK_KEY)
        created = await register(gql)
        # when a background sync comes round, then it does nothing and says so
        assert await projection.sync(wait=False) is None
        assert not await ProjectedHousehold.exists(household_id=int(created["id"]))
    finally:
        await other.close()  # the lock goes with the other process's session
    # and once the lock is free the next sync folds the new household in
    assert (await projection.sync(wait=False))[projection.HOUSEHOLDS_FEED] == 3
    assert await ProjectedHousehold.exists(household_id=int(created["id"]))


async def test_a_page_another_consumer_already_applied_is_refused_and_writes_nothing(gql):
    # given two consumers that read the same page after the same stored cursor
    await projection.sync()
    after = await projection.stored_cursor(projection.HOUSEHOLDS_FEED)
    await register(gql)
    client = InternalClient("households", caller="supervision")
    try:
        page = (await client.query(PAGE, {"after": after}))["changes"]["rows"]
    finally:
        await client.aclose()
    before = (await FeedCursor.get(feed=projection.HOUSEHOLDS_FEED)).applied
    # when the first applies it and the second tries to
    assert await projection.apply_changes(page, after=after) == 3
    refused = None
    try:
        await projection.apply_changes(page, after=after)
    except projection.FeedMoved as error:
        refused = error
    # then the second is refused and the page was counted once
    assert refused is not None
    cursor = await FeedCursor.get(feed=projection.HOUSEHOLDS_FEED)
    assert (cursor.cursor, cursor.applied) == (page[-1]["cursor"], before + 3)


async def test_the_compact_rows_carry_exactly_what_the_typed_items_carry():
    # given the service identity reading a page of each feed both ways
    households, disbursement = (
        InternalClient("households", caller="supervision"),
        InternalClient("disbursement", caller="supervision"),
    )
    try:
        changes = (await households.query(PAGE, {"after": None}))["changes"]
        lines = (await disbursement.query(PAID))["paidLines"]
    finally:
        await households.aclose()
        await disbursement.aclose()
    # then rows and items are the same values under the same names
    assert changes["rows"] == changes["items"] and len(changes["rows"]) == 100
    assert lines["rows"] == lines["items"] and lines["rows"]


async def test_after_a_large_load_the_rules_group_members_and_accounts_from_the_indexes_alone(gql):
    # given households registered and their members and paid lines brought into the projection
    from services.supervision.rules import SEVERAL, in_several_households
    from services.supervision.sql import settle_grown

    for _ in range(2):
        await register(gql)
    await projection.sync()
    # when the load is counted as larger than autovacuum's threshold (as a catch-up from zero is)
    grown = await settle_grown({table: 10**9 for table, _ in SEVERAL})
    # then both tables were vacuumed, and R12's grouping of each (by ID number, by account) reads its index alone
    assert sorted(grown) == sorted(table for table, _ in SEVERAL)
    conn = await asyncpg.connect(f"{SERVER}/{database_name('supervision')}")
    try:
        await conn.execute("SET enable_seqscan = off")  # a test database is small enough for a scan to look cheaper
        for table, column in SEVERAL:
            plan = "\n".join(
                row[0] for row in await conn.fetch(f"EXPLAIN (ANALYZE) {in_several_households(table, column)}")
            )
            assert "Index Only Scan" in plan and "Heap Fetches: 0" in plan, plan
    finally:
        await conn.close()
