"""Bulk SQL on the disbursement database that reads the same on PostgreSQL and SQLite."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tortoise import Tortoise
from tortoise.backends.base.client import BaseDBAsyncClient

from kernel.sql import execute, execute_many, fetch, is_postgres, yuan

DB = "disbursement"


def connection() -> BaseDBAsyncClient:
    return Tortoise.get_connection(DB)


async def insert_many(
    conn: BaseDBAsyncClient, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Many rows in one statement, never one ORM save per row: COPY on PostgreSQL, a prepared INSERT on SQLite."""
    if not rows:
        return
    if is_postgres(conn):
        async with conn.acquire_connection() as raw:
            await raw.copy_records_to_table(table, records=rows, columns=list(columns))
        return
    marks = ", ".join(f"${i + 1}" for i in range(len(columns)))
    await execute_many(conn, f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({marks})', rows)


money_sum = yuan

__all__ = ["DB", "connection", "execute", "fetch", "insert_many", "is_postgres", "money_sum"]
