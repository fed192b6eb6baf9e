"""Change feeds that never skip an event — 变更流: positions in commit-safe order, the epoch, the high-water mark.

A feed is an append-only table read by cursor. Ordering by id alone loses events on PostgreSQL: ids are
taken when a row is written, not when its transaction commits, so a reader that has passed id 12 never sees
an id-11 row whose transaction commits later. Every feed row therefore also stores the id of the transaction
that wrote it (`txid`, `pg_current_xact_id()`), and a feed is read in (txid, id) order, only up to the oldest
transaction still running in the producer's database (like `pg_snapshot_xmin(pg_current_snapshot())`, but
ignoring the server's other databases): every transaction below that mark has finished, and any later one
gets a larger id, so the part of the feed a reader has passed can no longer change. A long transaction delays
the feed; it never loses an event. (The services' role must see its own sessions in pg_stat_activity, which
any role does.)

Transaction ids are handed out when a transaction first writes, not when it commits, so two transactions that
change the same record may commit in the opposite order of their ids. A feed whose records change (the
households change feed) therefore places each new event after every committed event of the same record: a
trigger raises its `txid` to theirs when needed (the record's row lock guarantees they have committed by then).
Consumers that fold whole states then always end with the last committed one.

SQLite runs one writer at a time, so there id order is commit order: `txid` stays 0 and the mark is open.

A position is written `<id>` when txid is 0 (every row older than this scheme, every SQLite row) and
`<txid>.<id>` otherwise. Each producer also keeps a feed epoch (a random id, new after a restore) and
exposes its high-water mark, so a consumer whose cursor belongs to another history starts again from zero.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import strawberry
from tortoise import fields
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import RawSQL
from tortoise.fields.db_defaults import SqlDefault
from tortoise.models import Model
from tortoise.queryset import QuerySet

from kernel import sql as portable
from kernel.errors import InvalidInput


class TransactionId(SqlDefault):
    """The writing transaction's id as a bigint on PostgreSQL; 0 on SQLite (one writer at a time)."""

    def __init__(self) -> None:
        super().__init__("0")

    def get_sql(self, _context: Any = None, dialect: str | None = None) -> str:
        return "(pg_current_xact_id()::text::bigint)" if dialect == "postgres" else "0"

    def __repr__(self) -> str:
        return "TransactionId()"


def txid_field() -> fields.BigIntField:
    """The column every feed table carries, filled by the database as the row is written."""
    return fields.BigIntField(db_default=TransactionId(), description="写入事务 / transaction that wrote the row (feed order)")


@dataclass(frozen=True, order=True)
class Position:
    """Where a row stands in its feed: (writing transaction, id)."""

    txid: int = 0
    id: int = 0

    def __str__(self) -> str:
        return str(self.id) if self.txid == 0 else f"{self.txid}.{self.id}"

    @classmethod
    def of(cls, row: dict[str, Any]) -> Position:
        return cls(int(row.get("txid") or 0), int(row["id"]))

    @classmethod
    def parse(cls, text: str | None, *, field: str = "after") -> Position:
        """A cursor this feed issued; empty means the start."""
        if text in (None, ""):
            return cls()
        parts = str(text).split(".")
        if len(parts) > 2 or not all(part.isdigit() for part in parts):
            raise InvalidInput(f"cursor {text!r} was not issued by this feed", f"游标 {text!r} 无效", field=field, code="INVALID_CURSOR")
        return cls(int(parts[0]), int(parts[1])) if len(parts) == 2 else cls(0, int(parts[0]))


START = Position()


BARRIER = """
WITH s AS (SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS next)
SELECT LEAST(s.next,
             (SELECT min(s.next - (((s.next & 4294967295) - a.backend_xid::text::bigint + 4294967296) % 4294967296))
              FROM pg_stat_activity a WHERE a.datname = current_database() AND a.backend_xid IS NOT NULL),
             (SELECT min(p.transaction::text::bigint + (s.next & ~4294967295::bigint)
                         - CASE WHEN p.transaction::text::bigint > (s.next & 4294967295) THEN 4294967296 ELSE 0 END)
              FROM pg_prepared_xacts p WHERE p.database = current_database())) AS mark
FROM s"""
"""The lowest transaction id that may still commit a row into this database: the next id to be handed out
(read first, in the statement's snapshot) or an older one still running here (a 32-bit backend xid widened
with the epoch of the next id). Transactions on the server's other databases never hold a feed back."""


async def barrier(conn: BaseDBAsyncClient) -> int | None:
    """Rows written by transactions below this mark are final (committed or gone). None on SQLite."""
    if not portable.is_postgres(conn):
        return None
    rows = await portable.fetch(conn, BARRIER)
    return int(rows[0]["mark"])


def after(query: QuerySet[Any], position: Position, mark: int | None) -> QuerySet[Any]:
    """`query` narrowed to the rows past `position` and below `mark`, in feed order.

    The row comparison keeps PostgreSQL on the (txid, id) index from the cursor on, whatever the page."""
    condition = f'("txid", "id") > ({int(position.txid)}, {int(position.id)})'
    if mark is not None:
        condition += f' AND "txid" < {int(mark)}'
    return query.annotate(_past=RawSQL(f"({condition})")).filter(_past=True).order_by("txid", "id")


async def page(query: QuerySet[Any], *, conn: BaseDBAsyncClient, position: Position, first: int,
               columns: tuple[str, ...], as_text: tuple[str, ...] = ()) -> tuple[list[dict[str, Any]], Position | None]:
    """At most `first` rows after `position` (plain values, `txid` and `id` included) and the position to read
    on from (None when the final part of the feed has been given). Each JSON column named in `as_text` comes as
    its stored JSON text under `<column>_json`, for a producer that passes it on without parsing it."""
    if as_text:
        query = query.annotate(**{f"{column}_json": RawSQL(f'CAST("{column}" AS TEXT)') for column in as_text})
    names = {*columns, "id", "txid", *(f"{column}_json" for column in as_text)}
    rows = await after(query, position, await barrier(conn)).limit(first + 1).values(*names)
    more = len(rows) > first
    rows = rows[:first]
    return rows, (Position.of(rows[-1]) if more else None)


async def head(query: QuerySet[Any], *, conn: BaseDBAsyncClient) -> Position:
    """The feed's high-water mark: the last final row's position (START for an empty feed)."""
    mark = await barrier(conn)
    if mark is not None:
        query = query.filter(txid__lt=mark)
    rows = await query.order_by("-txid", "-id").limit(1).values("txid", "id")
    return Position.of(rows[0]) if rows else START


class FeedEpochRecord(Model):
    """Feed epoch — 数据流纪元: a producer's feed history; a new one after a restore (one row per feed)."""

    feed = fields.CharField(max_length=32, primary_key=True, description="数据源 / feed")
    epoch = fields.CharField(max_length=32, description="纪元 / random id of this feed history")
    started_at = fields.DatetimeField(auto_now_add=True, description="开始时间 / started at")

    class Meta:
        abstract = True


async def epoch(model: type[FeedEpochRecord], feed: str) -> str:
    """The feed's current epoch, made on first use."""
    row = await model.get_or_none(feed=feed)
    if row is None:
        await model.bulk_create([model(feed=feed, epoch=secrets.token_hex(8))], ignore_conflicts=True)
        row = await model.get(feed=feed)
    return row.epoch


def restart_needed(*, cursor: str | None, stored_epoch: str | None, epoch: str, head: str) -> str | None:
    """Why a consumer must read a feed again from the start (None when its cursor still belongs to the feed):
    the producer's epoch changed (it was restored), or the cursor lies beyond the producer's high-water mark."""
    if cursor is None:
        return None
    if stored_epoch is not None and stored_epoch != epoch:
        return f"the feed's epoch changed ({stored_epoch} -> {epoch})"
    if Position.parse(cursor) > Position.parse(head):
        return f"the stored cursor {cursor} is beyond the feed's high-water mark {head}"
    return None


async def marks(model: type[FeedEpochRecord], feed: str, query: QuerySet[Any], *, conn: BaseDBAsyncClient) -> tuple[str, str]:
    """The feed's epoch and high-water mark, as a consumer checks its cursor against them."""
    return await epoch(model, feed), str(await head(query, conn=conn))


@strawberry.type
class FeedPage:
    """What every feed page tells besides its rows: the feed's epoch and high-water mark (asked once per catch-up)."""

    next_cursor: str | None
    marks_of: strawberry.Private[Callable[[], Awaitable[tuple[str, str]]]]

    @strawberry.field(description="数据流纪元：恢复备份后改变，游标随之失效 / the feed's epoch; it changes when the database is "
                                  "restored, and cursors of another epoch no longer apply")
    async def epoch(self) -> str:
        return (await self.marks_of())[0]

    @strawberry.field(description="高水位：当前最后一条可读记录的游标 / the cursor of the feed's last readable item; a stored cursor "
                                  "beyond it belongs to another history")
    async def head(self) -> str:
        return (await self.marks_of())[1]


def once(make: Callable[[], Awaitable[Any]]) -> Callable[[], Awaitable[Any]]:
    """`make` awaited at most once, however many fields ask."""
    task: asyncio.Future[Any] | None = None

    def get() -> Awaitable[Any]:
        nonlocal task
        if task is None:
            task = asyncio.ensure_future(make())
        return task

    return get
