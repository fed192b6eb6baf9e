"""Household projection — 家庭数据镜像: supervision's copy of households, members, kinship filings, decisions
and paid lines, fed page by page from the households change feed and disbursement's paid lines.

Each page is applied in one transaction together with its cursor, so a restart resumes where it stopped;
applying is an idempotent upsert of the latest state, so a replay from zero gives the same projection. A page
is applied only if the stored cursor is still the one it was read after, so two consumers never fold the
same page twice; `sync` also holds a lock for its duration (kernel.locks: in the process, and a PostgreSQL
advisory lock across processes)."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections import Counter
from decimal import Decimal
from functools import lru_cache
from operator import itemgetter
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.models import Model
from tortoise.transactions import in_transaction

from kernel import feeds
from kernel import sql as portable
from kernel.audit import record
from kernel.internal import InternalClient
from kernel.locks import advisory_lock, lock_key
from kernel.settings import get_settings
from kernel.values import Period
from services.supervision.models import (
    AuditRecord,
    FeedCursor,
    PaidLine,
    ProjectedDecision,
    ProjectedHousehold,
    ProjectedKinship,
    ProjectedPerson,
    ProjectedRegion,
    ProjectedStandard,
)
from services.supervision.sql import CONNECTION, connection, dialect_of, settle_grown

log = logging.getLogger("dibao.supervision.projection")

HOUSEHOLDS_FEED, PAYMENTS_FEED = "households", "paid_lines"
DELETED = {"DELETED", "DELETE", "REMOVED"}
LOCK_KEY = lock_key("SVPR")
"""The lock a sync holds on the supervision database."""
UNCHECKED = "*"
"""`after` for pages applied without checking where the stored cursor stands (tests, hand-made pages)."""

# `rows` carries the same fields as `items { cursor entity entityId kind regionCode payload at }` (and likewise
# for paid lines) as one JSON value per page, which spares both services the per-field GraphQL work.
CHANGES = """query($after: String, $first: Int!) { changes(after: $after, first: $first) { rows nextCursor } }"""
PAID_LINES = """query($after: String, $first: Int!) { paidLines(after: $after, first: $first) { rows nextCursor } }"""
MARKS = " epoch head } }"
"""The first page of a catch-up also asks for the feed's epoch and high-water mark (kernel.feeds)."""

ENTITIES: dict[str, tuple[type[Model], str, dict[str, str]]] = {
    "Household": (
        ProjectedHousehold,
        "household_id",
        {
            "status": "status",
            "regionCode": "region_code",
            "urbanRural": "urban_rural",
            "reviewClass": "review_class",
            "monthlyAmount": "monthly_amount",
            "effectiveMonth": "effective_month",
            "approvedBy": "approved_by",
        },
    ),
    "Person": (
        ProjectedPerson,
        "person_id",
        {
            "householdId": "household_id",
            "idNumber": "id_number",
            "name": "name",
            "relation": "relation",
            "counted": "counted",
            "deceasedOn": "deceased_on",
        },
    ),
    "KinshipFiling": (
        ProjectedKinship,
        "filing_id",
        {
            "personId": "person_id",
            "householdId": "household_id",
            "staffUsername": "staff_username",
            "staffName": "staff_name",
            "relation": "relation",
        },
    ),
    "Decision": (
        ProjectedDecision,
        "decision_id",
        {
            "householdId": "household_id",
            "kind": "kind",
            "amount": "amount",
            "decidedBy": "decided_by",
            "decidedOn": "decided_on",
        },
    ),
    "Standard": (
        ProjectedStandard,
        "standard_id",
        {"urbanRural": "urban_rural", "monthlyAmount": "monthly_amount", "effectiveFrom": "effective_from"},
    ),
    "Region": (ProjectedRegion, "region_id", {"name": "name", "level": "level"}),
}
"""Change-feed entity -> (projection model, key column, payload key -> column)."""

DATES = {"deceased_on", "decided_on", "effective_from"}
MONEY = {"monthly_amount", "amount"}
INTEGERS = {"household_id", "person_id", "review_class"}
DEFAULTS: dict[str, Any] = {"household_id": 0, "id_number": "", "counted": True}
COLUMNS = {
    entity: sorted(set(mapping.values()) | ({"region_code"} if "region_code" in model._meta.fields_map else set()))
    for entity, (model, _, mapping) in ENTITIES.items()
}
PAID_LINE_COLUMNS = (
    "cursor",
    "household_id",
    "region_code",
    "period",
    "last_month_start",
    "amount",
    "paid_on",
    "account_number",
)
READ_CHUNK = 1000
"""Stored records are read back this many ids at a time (SQLite's bound-parameter limit)."""


class FeedMoved(Exception):
    """The stored cursor is no longer the one a page was read after: another consumer applied it."""


@lru_cache(maxsize=8192)
def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value[:10])


@lru_cache(maxsize=8192)
def _money(value: str) -> Decimal:
    return Decimal(value)


def _converter(column: str):
    """The column's conversion of a payload value (an empty value becomes the column's default); dates and
    amounts repeat across a page, so their parses are cached."""
    default = DEFAULTS.get(column, "" if column not in DATES | MONEY | INTEGERS else None)
    parse = (
        (lambda v: _date(str(v)))
        if column in DATES
        else (lambda v: _money(str(v)))
        if column in MONEY
        else int
        if column in INTEGERS
        else bool
        if column == "counted"
        else str
    )
    return lambda value: default if value is None or value == "" else parse(value)


CONVERTERS = {column: _converter(column) for _, (_, _, mapping) in ENTITIES.items() for column in mapping.values()}
CONVERTERS.update({"region_code": _converter("region_code"), "decided_on": _converter("decided_on")})
PLANS = {
    entity: [(name, column, CONVERTERS[column]) for name, column in mapping.items()]
    for entity, (_, _, mapping) in ENTITIES.items()
}
"""Per entity: payload key, column, conversion."""
WHOLE = {entity: frozenset(mapping) for entity, (_, _, mapping) in ENTITIES.items()}


def _value(column: str, value: Any) -> Any:
    return CONVERTERS[column](value)


def _upsert(table: str, key: str, columns: list[str] | tuple[str, ...], source: str = "") -> str:
    """Insert-or-replace by key: of one row (`$n` values, run for each row of a page) or of every row `source`
    gives (PostgreSQL). There a stored row that already holds the same values is left alone, so a page delivered
    again writes nothing."""
    names = [key, *columns]
    rows = source or f"VALUES ({', '.join(f'${i}' for i in range(1, len(names) + 1))})"
    changed = (
        f" WHERE ({', '.join(f'{table}.{c}' for c in columns)}) IS DISTINCT FROM ({', '.join(f'EXCLUDED.{c}' for c in columns)})"
        if source
        else ""
    )
    return (
        f"INSERT INTO {table} ({', '.join(names)}) {rows} "
        f"ON CONFLICT ({key}) DO UPDATE SET {', '.join(f'{c} = EXCLUDED.{c}' for c in columns)}{changed}"
    )


@lru_cache(maxsize=16)
def _staged_upsert(model: type[Model], key: str, columns: tuple[str, ...]) -> tuple[str, str, str]:
    """A page's upsert on PostgreSQL: the staging table's name, the statement making it (the key and columns of
    the projection table, typed alike, without constraints, gone at commit) and the one upsert from it."""
    table = model._meta.db_table
    stage = f"stage_{table}"
    names = ", ".join((key, *columns))
    create = f"CREATE TEMPORARY TABLE {stage} ON COMMIT DROP AS SELECT {names} FROM {table} WITH NO DATA"
    return stage, create, _upsert(table, key, columns, f"SELECT {names} FROM {stage}")


async def apply_changes(
    events: list[dict[str, Any]],
    *,
    feed: str = HOUSEHOLDS_FEED,
    after: str | None = UNCHECKED,
    epoch: str | None = None,
) -> int:
    """Apply one page of change events (shaped as the households `changes` feed) and store its cursor (and the
    feed's epoch, when known).

    With `after`, the page is applied only if the stored cursor is still `after` (else FeedMoved, nothing written)."""
    grouped: dict[str, dict[int, list[dict]]] = {}
    for event in events:
        if event["entity"] in ENTITIES:
            grouped.setdefault(event["entity"], {}).setdefault(int(event["entityId"]), []).append(event)
    async with in_transaction(CONNECTION) as conn:
        await _claim(conn, feed, after)
        for entity, by_id in grouped.items():
            await _apply_entity(conn, entity, by_id)
        if events:
            await _advance(conn, feed, events[-1]["cursor"], len(events), epoch)
    return len(events)


def _is_deletion(event: dict) -> bool:
    return str(event.get("kind", "")).upper() in DELETED


class _Fold:
    """How one entity's events become rows: each column's place in the row, and per payload key its place and
    conversion. A state is a list in column order."""

    def __init__(self, entity: str) -> None:
        self.columns = tuple(COLUMNS[entity])
        self.needed = WHOLE[entity]
        self.region = self.columns.index("region_code") if "region_code" in self.columns else None
        self.slots = tuple((name, self.columns.index(column), convert) for name, column, convert in PLANS[entity])
        self.blank = tuple(_value(column, None) for column in self.columns)

    def replaces(self, event: dict) -> bool:
        """The event gives the whole state (every field, and the region where one is kept) or removes the record."""
        return (
            (event.get("payload") or {}).keys() >= self.needed
            and (self.region is None or bool(event.get("regionCode")))
        ) or _is_deletion(event)

    def onto(self, state: list | None, event: dict) -> list | None:
        """The state after `event` (None: removed). Fields the event does not give keep their value."""
        if _is_deletion(event):
            return None
        state = list(state) if state is not None else list(self.blank)
        if self.region is not None and event.get("regionCode"):
            state[self.region] = event["regionCode"]
        payload = event.get("payload") or {}
        for name, slot, convert in self.slots:
            if name in payload:
                state[slot] = convert(payload[name])
        return state


FOLDS = {entity: _Fold(entity) for entity in ENTITIES}


async def _apply_entity(conn, entity: str, by_id: dict[int, list[dict]]) -> None:
    """Fold each record's events in feed order, then one delete and one upsert for the page (one row per record:
    of two changes of a record in a page, the later one wins). A record's fold starts at its last event that
    replaces the state whole (or removes it); the stored state is read only for records with no such event."""
    model, key, _ = ENTITIES[entity]
    fold = FOLDS[entity]
    starts: dict[int, int] = {}
    for ident, events in by_id.items():
        for index in range(len(events) - 1, -1, -1):
            if fold.replaces(events[index]):
                starts[ident] = index
                break
    partial = [ident for ident in by_id if ident not in starts]
    stored: dict[int, list] = {}
    if partial:
        for row in await _stored(conn, model, key, list(fold.columns), partial):
            stored[row.pop(key)] = [row[column] for column in fold.columns]
    gone, kept = [], []
    for ident, events in by_id.items():
        state = stored.get(ident)
        for event in events[starts.get(ident, 0) :]:
            state = fold.onto(state, event)
        if state is None:
            gone.append(ident)
        else:
            kept.append((ident, *state))
    if gone:
        await model.filter(**{f"{key}__in": gone}).using_db(conn).delete()
    await _write(conn, model, key, fold.columns, kept)


async def _stored(conn, model: type[Model], key: str, columns: list[str], ids: list[int]) -> list[dict]:
    """The stored state of a page's records, by one array parameter (PostgreSQL) or in chunks of ids (SQLite)."""
    select = f"SELECT {key}, {', '.join(columns)} FROM {model._meta.db_table} WHERE {key}"
    if dialect_of(conn) == "postgres":
        rows = await portable.fetch(conn, f"{select} = ANY($1::bigint[])", ids)
    else:
        rows = []
        for start in range(0, len(ids), READ_CHUNK):
            chunk = ids[start : start + READ_CHUNK]
            rows += await portable.fetch(
                conn, f"{select} IN ({', '.join(f'${i + 1}' for i in range(len(chunk)))})", *chunk
            )
    fields = model._meta.fields_map
    return [{name: fields[name].to_python_value(value) for name, value in row.items()} for row in rows]


async def _write(conn, model: type[Model], key: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """A page's upserts (one row per key). On PostgreSQL the rows are copied (COPY, binary) into a staging table
    of this transaction and merged with one INSERT … ON CONFLICT DO UPDATE: no statement per row, no per-value
    array encoding. On SQLite one prepared statement runs for every row."""
    if not rows:
        return
    if dialect_of(conn) == "postgres":
        stage, create, upsert = _staged_upsert(model, key, columns)
        async with conn.acquire_connection() as raw:
            await raw.execute(create)
            await raw.copy_records_to_table(stage, records=rows, columns=[key, *columns])
            await raw.execute(upsert)
            await raw.execute(f"DROP TABLE {stage}")  # a second entity of the same table in this page starts afresh
    else:
        await portable.execute_many(conn, _upsert(model._meta.db_table, key, columns), rows)


async def apply_paid_lines(
    lines: list[dict[str, Any]], *, feed: str = PAYMENTS_FEED, after: str | None = UNCHECKED, epoch: str | None = None
) -> int:
    """Apply one page of disbursement's paid lines (upsert by payment id, kept in the `cursor` column, which
    lines from before feed positions were keyed by) and store the page's cursor as `feed`'s. Of two lines of one
    payment in a page, the later one is kept."""
    rows = {row[0]: row for row in map(_paid_row, lines)}
    async with in_transaction(CONNECTION) as conn:
        await _claim(conn, feed, after)
        if rows:
            await _write(conn, PaidLine, "cursor", PAID_LINE_COLUMNS[1:], list(rows.values()))
            await _advance(conn, feed, lines[-1]["cursor"], len(lines), epoch)
    return len(lines)


def _paid_row(line: dict[str, Any]) -> tuple:
    return (
        str(line.get("paymentId") or line["cursor"]),
        int(line["householdId"]),
        line["regionCode"],
        line["period"],
        _last_month_start(line["period"]),
        Decimal(str(line["amount"])),
        _value("decided_on", line.get("paidOn")),
        line.get("accountNumber") or "",
    )


@lru_cache(maxsize=512)
def _last_month_start(period: str) -> dt.date:
    return Period.parse(period).months[-1].start


async def _claim(conn, feed: str, after: str | None) -> None:
    """Lock the feed's cursor row for this transaction and check it still stands at `after`."""
    if after == UNCHECKED:
        return
    lock = " FOR UPDATE" if dialect_of(conn) == "postgres" else ""
    rows = await portable.fetch(conn, f"SELECT cursor FROM sv_feed_cursor WHERE feed = $1{lock}", feed)
    if (rows[0]["cursor"] if rows else None) != after:
        raise FeedMoved(feed)


async def _advance(conn, feed: str, cursor: str, applied: int, epoch: str | None) -> None:
    current = await FeedCursor.get_or_none(feed=feed).using_db(conn)
    if current is None:
        try:
            await FeedCursor.create(feed=feed, cursor=cursor, applied=applied, epoch=epoch, using_db=conn)
        except IntegrityError:  # another consumer stored the feed's first page meanwhile
            raise FeedMoved(feed) from None
    else:
        current.cursor, current.applied, current.epoch = cursor, current.applied + applied, epoch or current.epoch
        await current.save(using_db=conn)


async def stored_cursor(feed: str) -> str | None:
    current = await FeedCursor.get_or_none(feed=feed)
    return current.cursor if current else None


async def _start(client: InternalClient, feed: str, query: str, field: str, page: int) -> tuple[str | None, str, dict]:
    """The stored cursor, the feed's epoch and the first page after that cursor. A cursor from another history
    of the feed (the producer was restored from a backup, or the cursor lies beyond its high-water mark) is
    dropped with the projection built from it, and the feed is read again from the start (applying is
    idempotent, so the rebuilt projection equals the producer's data)."""
    stored = await FeedCursor.get_or_none(feed=feed)
    cursor, known_epoch = (stored.cursor, stored.epoch) if stored else (None, None)
    first = (await client.query(query.replace(" } }", MARKS), {"after": cursor, "first": page}))[field]
    reason = feeds.restart_needed(cursor=cursor, stored_epoch=known_epoch, epoch=first["epoch"], head=first["head"])
    if reason is None:
        return cursor, first["epoch"], first
    log.warning("reading the %s feed again from the start: %s", feed, reason)
    await reset(feed=feed)
    await record(
        AuditRecord,
        actor=SYNC_ACTOR,
        action="supervision.projection.restart",
        entity="Projection",
        before={"feed": feed, "cursor": cursor, "epoch": known_epoch},
        after={"epoch": first["epoch"], "reason": reason},
    )
    return None, first["epoch"], (await client.query(query, {"after": None, "first": page}))[field]


async def catch_up(
    *, feed: str = HOUSEHOLDS_FEED, client: InternalClient | None = None, page: int | None = None
) -> int:
    """Read the feed from the stored cursor to its end; returns the number of items applied.

    The next page is requested while the current one is applied. If another consumer moved the cursor
    meanwhile, this one stops: the other is ahead and will finish."""
    target, query, field, apply = (
        ("households", CHANGES, "changes", apply_changes)
        if feed == HOUSEHOLDS_FEED
        else ("disbursement", PAID_LINES, "paidLines", apply_paid_lines)
    )
    page = page or get_settings().feed_page_size
    own = client is None
    client = client or InternalClient(target, caller="supervision")
    applied, reading, written = 0, None, Counter()
    try:
        after, epoch, result = await _start(client, feed, query, field, page)
        while result is not None:
            rows, next_cursor = result["rows"], result.get("nextCursor")
            reading = (
                asyncio.ensure_future(client.query(query, {"after": next_cursor, "first": page}))
                if rows and next_cursor
                else None
            )
            if rows:
                applied += await apply(rows, after=after, epoch=epoch)
                after = rows[-1]["cursor"]
                written.update(_tables_written(feed, rows))
            result = (await reading)[field] if reading is not None else None
    except FeedMoved:
        log.info("the %s feed was advanced by another consumer; leaving the rest to it", feed)
    finally:
        if reading is not None and not reading.done():
            reading.cancel()
            await asyncio.gather(reading, return_exceptions=True)
        if own:
            await client.aclose()
    await settle_grown(dict(written))
    return applied


def _tables_written(feed: str, rows: list[dict]) -> dict[str, int]:
    """Rows a page wrote per projection table (at most; an event may leave its row as it was)."""
    if feed == PAYMENTS_FEED:
        return {PaidLine._meta.db_table: len(rows)}
    per_entity = Counter(map(itemgetter("entity"), rows))
    return {ENTITIES[entity][0]._meta.db_table: count for entity, count in per_entity.items() if entity in ENTITIES}


SYNC_ACTOR = "service:supervision"
"""Who a background sync is audited as."""


async def sync(*, actor: str = SYNC_ACTOR, wait: bool = True) -> dict[str, int] | None:
    """Catch the projection up with both feeds (read side by side); items applied per feed, or None when
    `wait` is off and another sync is running. A sync someone asked for is audited, a background one when
    it applied something."""
    async with advisory_lock(connection(), LOCK_KEY, wait=wait) as held:
        if not held:
            return None
        households, lines = await asyncio.gather(catch_up(feed=HOUSEHOLDS_FEED), catch_up(feed=PAYMENTS_FEED))
    applied = {HOUSEHOLDS_FEED: households, PAYMENTS_FEED: lines}
    if actor != SYNC_ACTOR or households or lines:
        await record(AuditRecord, actor=actor, action="supervision.projection.sync", entity="Projection", after=applied)
    return applied


async def reset(*, feed: str = HOUSEHOLDS_FEED) -> None:
    """Forget a feed's projection and cursor, so the next catch-up replays it from the start."""
    models: list[type[Model]] = [PaidLine] if feed == PAYMENTS_FEED else [entry[0] for entry in ENTITIES.values()]
    async with in_transaction(CONNECTION) as conn:
        for model in models:
            await model.all().using_db(conn).delete()
        await FeedCursor.filter(feed=feed).using_db(conn).delete()


async def status() -> list[FeedCursor]:
    return await FeedCursor.all().order_by("feed")
