"""The bank's reads of a released batch (代发明细): pages by cursor, typed or compact, and the CSV file, streamed."""

from __future__ import annotations

import asyncio
import csv
import io
from collections import defaultdict
from collections.abc import AsyncIterator
from dataclasses import dataclass

import orjson

from authz.masking import Sensitive, reveals, shown
from authz.scope import Scope
from kernel.db import SERIAL
from kernel.values import RegionCode, check_page
from services.disbursement import sql
from services.disbursement.bank import visible_batch

MAX_PAGE = 10000
CSV_CHUNK = 5000
SEND_BLOCK = 256 * 1024
LINE_COLUMNS = (
    "id, roster_line_id, household_id, region_code, period, bank_name, account_number, holder_name, amount, status, "
    "reason, paid_on"
)
WINDOW_LINES = f"SELECT {LINE_COLUMNS} FROM payment_line WHERE batch_id = $1 AND id > $2 AND id <= $3 ORDER BY id"
WINDOW_ITEMS = """
SELECT i.line_id, i.kind, i.amount, i.basis FROM roster_item i
WHERE i.line_id IN (SELECT roster_line_id FROM payment_line WHERE batch_id = $1 AND id > $2 AND id <= $3) ORDER BY i.id"""
# PostgreSQL writes the compact page itself, as the JSON text the Python path below would give.
COMPACT_ROWS = """
SELECT COALESCE(json_agg(t ORDER BY t."id"::bigint), '[]')::text AS page FROM (
  SELECT p.id::text AS "id", p.household_id::text AS "householdId", p.region_code AS "regionCode", p.period,
         p.bank_name AS "bankName", p.holder_name AS "holderName", p.account_number AS "accountNumber", p.amount::text AS amount,
         p.status, NULLIF(p.reason, '') AS reason, p.paid_on::text AS "paidOn",
         COALESCE((SELECT json_agg(x) FROM (SELECT i.kind, i.amount::text AS amount, i.basis FROM roster_item i
                                            WHERE i.line_id = p.roster_line_id ORDER BY i.id) x), '[]') AS items
  FROM payment_line p WHERE p.batch_id = $1 AND p.id > $2 AND p.id <= $3) t"""


@dataclass(frozen=True)
class LineWindow:
    """One page of a batch: the lines with ids in (after, last], and the cursor of the next page (None at the end)."""

    batch_id: int
    county_prefix: str
    after: int
    last: int
    next_cursor: int | None


async def line_window(*, scope: Scope, batch_id: int, first: int, after: int | None) -> LineWindow:
    """Which lines a page holds: checked against the caller's counties before anything is read."""
    check_page(first, maximum=MAX_PAGE)
    batch = await visible_batch(scope=scope, batch_id=batch_id)
    ids = [
        row["id"]
        for row in await sql.fetch(
            sql.connection(),
            "SELECT id FROM payment_line WHERE batch_id = $1 AND id > $2 ORDER BY id LIMIT $3",
            batch_id,
            after or 0,
            first + 1,
        )
    ]
    last = ids[:first][-1] if ids else after or 0
    return LineWindow(
        batch_id, RegionCode(batch.region_code).prefix, after or 0, last, last if len(ids) > first else None
    )


async def typed_lines(window: LineWindow) -> list[dict]:
    """The page's lines as plain values, each with its items."""
    conn, bounds = sql.connection(), (window.batch_id, window.after, window.last)
    rows = await sql.fetch(conn, WINDOW_LINES, *bounds)
    items: dict[int, list[dict]] = defaultdict(list)
    if rows:
        for item in await sql.fetch(conn, WINDOW_ITEMS, *bounds):
            items[item["line_id"]].append(item)
    for row in rows:
        row["items"] = items.get(row["roster_line_id"], [])
    return rows


async def compact_page(window: LineWindow) -> bytes:
    """The page as a JSON array of compact objects (camelCase keys, amounts as strings, account numbers in full)."""
    conn = sql.connection()
    if sql.is_postgres(conn):
        return (await sql.fetch(conn, COMPACT_ROWS, window.batch_id, window.after, window.last))[0]["page"].encode()
    return orjson.dumps(
        [
            {
                "id": str(r["id"]),
                "householdId": str(r["household_id"]),
                "regionCode": r["region_code"],
                "period": r["period"],
                "bankName": r["bank_name"],
                "holderName": r["holder_name"],
                "accountNumber": r["account_number"],
                "amount": str(sql.money_sum(r["amount"])),
                "status": r["status"],
                "reason": r["reason"] or None,
                "paidOn": str(r["paid_on"]) if r["paid_on"] else None,
                "items": [
                    {"kind": i["kind"], "amount": str(sql.money_sum(i["amount"])), "basis": i["basis"]}
                    for i in r["items"]
                ],
            }
            for r in await typed_lines(window)
        ]
    )


CSV_HEADER = [
    "明细编号 line",
    "家庭编号 household",
    "区划代码 region",
    "开户行 bank",
    "账号 account",
    "户名 holder",
    "金额 amount",
    "项目 items",
    "期间 period",
]
# Items per line through its index: the work follows the batch, not every period's items ever compiled.
COPY_CSV = """
SELECT p.id, p.household_id, p.region_code, p.bank_name, {account}, p.holder_name, p.amount,
       COALESCE((SELECT string_agg(i.kind || ':' || i.amount::text, ';' ORDER BY i.id) FROM roster_item i
                 WHERE i.line_id = p.roster_line_id), '') AS items, p.period
FROM payment_line p WHERE p.batch_id = {batch} AND {county} ORDER BY p.id"""
CHUNK_LINES = (
    "SELECT id, roster_line_id, household_id, region_code, bank_name, account_number, holder_name, amount, period "
    "FROM payment_line WHERE batch_id = $1 AND id > $2 ORDER BY id LIMIT $3"
)
CHUNK_ITEMS = """
SELECT line_id, group_concat(kind || ':' || amount, ';') AS items FROM (
  SELECT i.line_id, i.kind, i.amount FROM roster_item i
  WHERE i.line_id IN (SELECT roster_line_id FROM payment_line WHERE batch_id = $1 AND id > $2 AND id <= $3) ORDER BY i.id
) GROUP BY line_id"""


def _csv(rows) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


async def batch_csv(*, scope: Scope, batch_id: int, accounts: Scope) -> AsyncIterator[bytes]:
    """The whole batch as CSV (UTF-8 with BOM so spreadsheet tools read the Chinese headers), chunk by chunk as it is read.

    The batch is checked first, so a refusal is an error rather than an empty file; no file is ever held whole in memory.
    Account numbers are in full where `accounts` (authz.masking.accounts_scope) covers the line's region, masked
    elsewhere, as GraphQL shows them; a caller who reads the whole county gets PostgreSQL's COPY untouched.
    """
    batch = await visible_batch(scope=scope, batch_id=batch_id)
    masking = None if reveals(accounts, batch.region_code) else accounts
    conn = sql.connection()
    if not sql.is_postgres(conn):
        return _written(conn, int(batch_id), masking)
    county = Scope.of_region(batch.region_code).sql("p.region_code", Scope.inline)  # one city's partition is read
    return _copied(conn, COPY_CSV.format(batch=int(batch_id), county=county, account=_account_sql(masking)))


def _account_sql(masking: Scope | None) -> str:
    """The account column of the COPY: in full, or masked as `kernel.values.mask_account` does outside `masking`."""
    if masking is None:
        return "p.account_number"
    full = masking.sql("p.region_code", Scope.inline)  # COPY takes no parameters
    return f"CASE WHEN {full} THEN p.account_number ELSE lpad(right(p.account_number, 4), length(p.account_number), '*') END"


async def _copied(conn, query: str) -> AsyncIterator[bytes]:
    """PostgreSQL writes the rows itself (COPY … TO STDOUT); each chunk is passed on as it arrives.

    Without parallel workers: a batch is a few thousand lines read through their indexes, and a plan made on
    statistics autovacuum has not refreshed yet (items of rosters just compiled) once went parallel, paying the
    workers' start-up on every file — the time then followed the table instead of the batch."""
    yield "\ufeff".encode() + _csv([CSV_HEADER])
    chunks: asyncio.Queue[bytes | None] = asyncio.Queue(maxsize=4)  # a slow reader holds COPY back

    pending = bytearray()  # COPY hands over a few kilobytes at a time: pass on blocks of SEND_BLOCK

    async def keep(chunk) -> None:
        pending.extend(chunk)
        if len(pending) >= SEND_BLOCK:
            await chunks.put(bytes(pending))
            pending.clear()

    async def copy() -> None:
        try:
            async with conn.acquire_connection() as raw, raw.transaction(readonly=True):
                await raw.execute(SERIAL)
                await raw.copy_from_query(query, output=keep, format="csv")
            if pending:
                await chunks.put(bytes(pending))
        finally:
            await chunks.put(None)

    task = asyncio.create_task(copy())
    try:
        while (chunk := await chunks.get()) is not None:
            yield chunk
        await task  # a failed COPY fails the download instead of ending the file early
    finally:
        task.cancel()


async def _written(conn, batch_id: int, masking: Scope | None) -> AsyncIterator[bytes]:
    """Elsewhere (SQLite): the lines by keyset, CSV_CHUNK at a time."""
    yield "\ufeff".encode() + _csv([CSV_HEADER])
    after = 0
    while rows := await sql.fetch(conn, CHUNK_LINES, batch_id, after, CSV_CHUNK):
        items = {r["line_id"]: r["items"] for r in await sql.fetch(conn, CHUNK_ITEMS, batch_id, after, rows[-1]["id"])}
        yield _csv(
            (
                r["id"],
                r["household_id"],
                r["region_code"],
                r["bank_name"],
                r["account_number"]
                if masking is None
                else shown(masking, Sensitive.ACCOUNT_NUMBER, r["region_code"], r["account_number"]),
                r["holder_name"],
                sql.money_sum(r["amount"]),
                items.get(r["roster_line_id"], ""),
                r["period"],
            )
            for r in rows
        )
        after = rows[-1]["id"]
