"""Disbursement reads within a scope; the verbs live in accounts, compile, signoff, bank and ledger. No GraphQL."""

from __future__ import annotations

from collections import defaultdict

from tortoise import connections
from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from authz.scope import Scope
from kernel import feeds
from kernel.connections import listed
from kernel.settings import get_settings
from kernel.sql import Params
from kernel.values import Period, check_page
from services.disbursement import sql
from services.disbursement.bank import VISIBLE_TO_BANK, items_of
from services.disbursement.error_codes import DisbursementErrorCode
from services.disbursement.errors import NotFoundHere
from services.disbursement.models import (
    BankAccount,
    FeedEpoch,
    LedgerEntry,
    Payment,
    PaymentBatch,
    Roster,
    RosterException,
    RosterLine,
    SignOff,
)

MAX_PAGE = 1000
MAX_LINE_PAGE = 5000


PAYMENT_COLUMNS = ("id", "household_id", "period", "amount", "status", "paid_on")
"""What a payment shows; read as plain values, since a household list's payments run to thousands of rows."""


# A batch of households' payments (an `_entities` call holds up to thousands): the ids as one array parameter.
PAYMENTS_OF = """
SELECT id, household_id, period, amount, status, paid_on FROM payment
WHERE household_id = ANY($1::bigint[]) AND {inside}{period} ORDER BY period DESC, id"""
REGIONS_OF = """
SELECT household_id, region_code FROM (
  SELECT DISTINCT household_id, region_code, 0 AS source FROM payment WHERE household_id = ANY($1::bigint[])
  UNION ALL
  SELECT household_id, region_code, 1 FROM bank_account WHERE household_id = ANY($1::bigint[])) found
ORDER BY source"""


async def payments_by_household(
    *, scope: Scope, household_ids: list[int], period: str | None = None
) -> dict[int, list[dict]]:
    """Payments of many households in one query, newest period first."""
    wanted = str(Period.parse(period)) if period else None
    grouped: dict[int, list[dict]] = defaultdict(list)
    conn = sql.connection()
    if sql.is_postgres(conn):  # one statement with an array parameter, rows as the driver gives them
        params = Params([household_ids])
        inside = scope.sql("region_code", params.bind)
        rows = await sql.fetch(
            conn,
            PAYMENTS_OF.format(inside=inside, period=f" AND period = {params.bind(wanted)}" if wanted else ""),
            *params,
        )
    else:
        query = Payment.filter(scope.q(), household_id__in=household_ids)
        rows = (
            await (query.filter(period=wanted) if wanted else query).order_by("-period", "id").values(*PAYMENT_COLUMNS)
        )
    for row in rows:
        grouped[row["household_id"]].append(row)
    return grouped


async def current_accounts(*, scope: Scope, household_ids: list[int]) -> dict[int, BankAccount]:
    rows = await BankAccount.filter(scope.q(), household_id__in=household_ids, is_current=True)
    return {row.household_id: row for row in rows}


def payments_query(*, scope: Scope, period: str | None = None) -> QuerySet[Payment]:
    """The payments a list shows (inside the caller's scope, of a period if asked); the list and its connection page it."""
    query = Payment.filter(scope.q())
    return query.filter(period=str(Period.parse(period))) if period else query


async def payment_values(query: QuerySet[Payment]) -> list[dict]:
    return await query.values(*PAYMENT_COLUMNS)


async def list_payments(
    *, scope: Scope, period: str | None = None, first: int = 50, after: int | None = None
) -> list[dict]:
    """A page of payments inside the caller's scope."""
    check_page(first, maximum=MAX_PAGE)
    query = payments_query(scope=scope, period=period)
    return await listed(query, first=first, after=after, fetch=payment_values)


async def household_regions(household_ids: list[int]) -> dict[int, str]:
    """The region of each household this service holds rows for (its account's, over its payments'): the entity
    guard's lookup."""
    conn = sql.connection()
    if sql.is_postgres(conn):
        return {row["household_id"]: row["region_code"] for row in await sql.fetch(conn, REGIONS_OF, household_ids)}
    regions = dict(await Payment.filter(household_id__in=household_ids).values_list("household_id", "region_code"))
    regions.update(await BankAccount.filter(household_id__in=household_ids).values_list("household_id", "region_code"))
    return regions


# --- rosters, batches and the paid-line feed (reads; the verbs live in compile, signoff, bank, ledger, accounts) ---


def rosters_query(
    *, scope: Scope, period: str | None = None, region_code: str | None = None, state: str | None = None
) -> QuerySet[Roster]:
    """The rosters a list shows: inside the caller's scope (or a region in it), filtered."""
    query = Roster.filter(scope.narrowed(region_code).q())
    if period:
        query = query.filter(period=str(Period.parse(period)))
    return query.filter(state=state) if state else query


async def list_rosters(
    *,
    scope: Scope,
    period: str | None = None,
    region_code: str | None = None,
    state: str | None = None,
    first: int = 50,
    after: int | None = None,
) -> list[Roster]:
    """A page of rosters inside the caller's scope, in id order."""
    check_page(first, maximum=MAX_PAGE)
    query = rosters_query(scope=scope, period=period, region_code=region_code, state=state)
    return await listed(query, first=first, after=after)


async def get_roster(*, scope: Scope, roster_id: int) -> Roster:
    row = await Roster.filter(scope.q(), id=roster_id).first()
    if row is None:
        raise NotFoundHere("roster", "花名册", roster_id, field="id", code=DisbursementErrorCode.ROSTER_NOT_FOUND)
    return row


def roster_lines_query(*, roster_id: int) -> QuerySet[RosterLine]:
    """A roster's lines (the roster itself was read in the caller's scope); its line pages and connection page this."""
    return RosterLine.filter(roster_id=roster_id)


async def line_items(*, line_ids: list[int]) -> dict:
    """The items of a page of roster lines, by line id, in one query."""
    return await items_of(sql.connection(), line_ids)


async def roster_lines(
    *, roster_id: int, first: int = 100, after: int | None = None
) -> tuple[list[RosterLine], dict, int | None]:
    """A page of a roster's lines with their items, and the next cursor."""
    check_page(first, maximum=MAX_LINE_PAGE)
    rows = await listed(roster_lines_query(roster_id=roster_id), first=first + 1, after=after)
    more = len(rows) > first
    rows = rows[:first]
    items = await line_items(line_ids=[row.id for row in rows])
    return rows, items, (rows[-1].id if more else None)


async def roster_details(*, roster_id: int) -> tuple[list[RosterException], list[SignOff]]:
    exceptions = await RosterException.filter(roster_id=roster_id).order_by("id")
    return exceptions, await SignOff.filter(roster_id=roster_id).order_by("id")


async def list_batches(*, batch_scope: Scope, staff_scope: Scope, period: str | None = None) -> list[PaymentBatch]:
    """Batches the caller may see: released ones in its counties; unreleased ones only to staff of the county."""
    visible = Q(batch_scope.q(), Q(Q(state__in=VISIBLE_TO_BANK), staff_scope.q(), join_type=Q.OR))
    query = PaymentBatch.filter(visible)
    if period:
        query = query.filter(period=str(Period.parse(period)))
    return await query.order_by("id")


async def get_batch(*, batch_scope: Scope, staff_scope: Scope, batch_id: int) -> PaymentBatch:
    found = [b for b in await list_batches(batch_scope=batch_scope, staff_scope=staff_scope) if b.id == batch_id]
    if not found:
        raise NotFoundHere(
            "payment batch", "代发批次", batch_id, field="batchId", code=DisbursementErrorCode.BATCH_NOT_FOUND
        )
    return found[0]


PAID_LINE_COLUMNS = ("id", "household_id", "region_code", "period", "amount", "paid_on", "account_number")


PAID_LINES_FEED = "paid_lines"


def _paid(scope: Scope):
    return Payment.filter(scope.q(), status="PAID")


async def paid_lines(*, scope: Scope, after: str | None = None, first: int = 1000) -> tuple[list[dict], str | None]:
    """Every paid line in feed order (kernel.feeds: never past a transaction still running), for other services
    to follow by cursor (contract: paidLines); plain values, not model objects, because a consumer catching up
    reads pages of ten thousand."""
    check_page(first, maximum=get_settings().feed_page_limit)
    rows, more = await feeds.page(
        _paid(scope),
        conn=connections.get("disbursement"),
        position=feeds.Position.parse(after),
        first=first,
        columns=PAID_LINE_COLUMNS,
    )
    return rows, (str(more) if more else None)


async def paid_lines_marks(*, scope: Scope) -> tuple[str, str]:
    """The paid-lines feed's epoch and high-water mark."""
    return await feeds.marks(FeedEpoch, PAID_LINES_FEED, _paid(scope), conn=connections.get("disbursement"))


async def ledger_entries(
    *, scope: Scope, county_code: str | None = None, period: str | None = None
) -> list[LedgerEntry]:
    query = LedgerEntry.filter(scope.narrowed(county_code).q())
    if period:
        query = query.filter(period=str(Period.parse(period)))
    return await query.order_by("id")
