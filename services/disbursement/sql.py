"""Bulk SQL on the disbursement database that reads the same on PostgreSQL and SQLite."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from tortoise import Tortoise
from tortoise.backends.base.client import BaseDBAsyncClient

DB = "disbursement"


def connection() -> BaseDBAsyncClient:
    return Tortoise.get_connection(DB)


def is_postgres(conn: BaseDBAsyncClient) -> bool:
    return conn.schema_generator.DIALECT == "postgres"


def _portable(conn: BaseDBAsyncClient, sql: str, params: Sequence[Any]) -> tuple[str, list[Any]]:
    """`$1` placeholders for PostgreSQL; SQLite takes `?1` and plain strings for decimals and dates."""
    if is_postgres(conn):
        return sql, list(params)
    converted = [str(p) if isinstance(p, (Decimal, dt.date)) else p for p in params]
    return re.sub(r"\$(\d+)", r"?\1", sql), converted


async def fetch(conn: BaseDBAsyncClient, sql: str, *params: Any) -> list[dict]:
    query, values = _portable(conn, sql, params)
    return [dict(row) for row in (await conn.execute_query(query, values))[1]]


async def execute(conn: BaseDBAsyncClient, sql: str, *params: Any) -> int:
    query, values = _portable(conn, sql, params)
    return (await conn.execute_query(query, values))[0]


async def insert_many(conn: BaseDBAsyncClient, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """One prepared INSERT for many rows (pipelined by the driver), never one ORM save per row."""
    if not rows:
        return
    marks = ", ".join(f"${i + 1}" for i in range(len(columns)))
    sql = f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({marks})'
    query, _ = _portable(conn, sql, [])
    if is_postgres(conn):
        await conn.execute_many(query, [list(row) for row in rows])
    else:
        await conn.execute_many(query, [_portable(conn, "", row)[1] for row in rows])


def money_sum(value: Any) -> Decimal:
    """A SQL SUM as yuan with two places (SQLite sums decimals as floats)."""
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))
