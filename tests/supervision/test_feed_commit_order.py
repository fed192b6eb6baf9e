"""Feeds never skip an event whose transaction commits late (kernel.feeds), on PostgreSQL: a consumer stops short
of a transaction still open, however many later writers have committed, and reads its event once it commits."""

import asyncio

import asyncpg
from tortoise.transactions import in_transaction

from services.households import events
from services.households.models import Household
from services.supervision import projection
from services.supervision.models import PaidLine, ProjectedHousehold
from tests.conftest import SERVER, database_name
from tests.households.support import register

PAYMENT = """INSERT INTO payment (household_id, region_code, period, amount, status, paid_on, account_number)
VALUES ($1, '431102100200', $2, 321.00, 'PAID', '2026-11-10', '6221000000000000001') RETURNING id"""


async def status_in_supervision(household_id: int) -> str | None:
    row = await ProjectedHousehold.get_or_none(household_id=household_id)
    return row.status if row else None


async def test_an_event_committed_after_later_ones_reaches_supervision(gql):
    # given a registered household that supervision has projected
    slow = await register(gql)
    household_id = int(slow["id"])
    await projection.sync()
    assert await status_in_supervision(household_id) == "APPLYING"
    # when a transaction writes its SUSPENDED event and stays open, while three registrations commit after it
    written, release = asyncio.Event(), asyncio.Event()

    async def slow_writer() -> None:
        async with in_transaction("households") as conn:
            household = await Household.get(id=household_id).using_db(conn)
            household.status = "SUSPENDED"
            await household.save(using_db=conn, update_fields=["status"])
            await events.household_changed(household=household, using_db=conn)
            written.set()
            await release.wait()

    writer = asyncio.create_task(slow_writer())
    await written.wait()
    later = await asyncio.gather(*(register(gql, ("孙" + "甲乙丙"[n], "HEAD", "19800101")) for n in range(3)))
    # and supervision syncs meanwhile
    await projection.sync()
    # then it stopped short of the open transaction: neither its event nor the later ones are applied
    assert await status_in_supervision(household_id) == "APPLYING"
    assert [await status_in_supervision(int(h["id"])) for h in later] == [None, None, None]
    # when the slow transaction commits and supervision syncs again
    release.set()
    await writer
    await projection.sync()
    # then supervision shows the household suspended, as the feed says, and every later registration
    assert await status_in_supervision(household_id) == "SUSPENDED"
    assert [await status_in_supervision(int(h["id"])) for h in later] == ["APPLYING"] * 3


async def test_of_two_changes_to_one_household_the_last_committed_wins_whatever_their_transaction_ids(gql):
    # given a projected household, and a transaction that took its id first but changes the household last
    created = await register(gql)
    household_id = int(created["id"])
    await projection.sync()
    first_id, go_on = asyncio.Event(), asyncio.Event()

    async def change(status: str, conn) -> None:
        household = await Household.get(id=household_id).using_db(conn)
        household.status = status
        await household.save(using_db=conn, update_fields=["status"])
        await events.household_changed(household=household, using_db=conn)

    async def early_but_last() -> None:
        async with in_transaction("households") as conn:
            await conn.execute_query("SELECT pg_current_xact_id()")
            first_id.set()
            await go_on.wait()
            await change("STOPPED", conn)

    early = asyncio.create_task(early_but_last())
    await first_id.wait()
    # when a later transaction suspends the household and commits first, then the early one stops its care
    async with in_transaction("households") as conn:
        await change("SUSPENDED", conn)
    go_on.set()
    await early
    await projection.sync()
    # then supervision shows what the households service shows: stopped
    assert (await Household.get(id=household_id)).status == "STOPPED"
    assert await status_in_supervision(household_id) == "STOPPED"


async def test_a_paid_line_committed_late_reaches_supervision():
    # given a bank result being written in a transaction that stays open
    await projection.sync()
    slow = await asyncpg.connect(f"{SERVER}/{database_name('disbursement')}")
    fast = await asyncpg.connect(f"{SERVER}/{database_name('disbursement')}")
    try:
        transaction = slow.transaction()
        await transaction.start()
        slow_id = await slow.fetchval(PAYMENT, 990001, "2026-11")
        # when another paid line commits after it and supervision syncs
        fast_id = await fast.fetchval(PAYMENT, 990002, "2026-11")
        assert fast_id > slow_id
        await projection.sync()
        # then neither is applied yet: the feed waits for the open transaction
        assert not await PaidLine.filter(cursor__in=[str(slow_id), str(fast_id)]).exists()
        # when the slow one commits, then the next sync applies both, each once
        await transaction.commit()
        await projection.sync()
        paid = await PaidLine.filter(cursor__in=[str(slow_id), str(fast_id)]).values_list("household_id", flat=True)
        assert sorted(paid) == [990001, 990002]
    finally:
        await fast.execute("DELETE FROM payment WHERE household_id IN (990001, 990002)")  # nobody's real money
        await PaidLine.filter(household_id__in=[990001, 990002]).delete()
        await slow.close()
        await fast.close()


async def test_transactions_in_another_database_do_not_hold_the_feed_back(gql):
    # given a long transaction open in the supervision database (it has written, so it holds a transaction id)
    other = await asyncpg.connect(f"{SERVER}/{database_name('supervision')}")
    try:
        transaction = other.transaction()
        await transaction.start()
        await other.execute("SELECT pg_current_xact_id()")
        # when a household registers and supervision syncs
        created = await register(gql)
        await projection.sync()
        # then the household is projected all the same
        assert await status_in_supervision(int(created["id"])) == "APPLYING"
    finally:
        await transaction.rollback()
        await other.close()
