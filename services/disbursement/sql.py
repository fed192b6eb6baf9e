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


STALE = """
SELECT s.relname FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
WHERE s.relname = ANY($1::text[]) AND s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)"""


async def analyze_stale(conn: BaseDBAsyncClient, tables: Sequence[str]) -> list[str]:
    """ANALYZE those of `tables` changed by more than autovacuum's own threshold (50 + a tenth of their rows) since
    their statistics were made, so the next read is planned on what is there rather than on what autovacuum has not
    caught up with yet; PostgreSQL only. The tables analyzed."""
    if not is_postgres(conn):
        return []
    stale = [row["relname"] for row in await fetch(conn, STALE, list(tables))]
    for table in stale:
        await execute(conn, f'ANALYZE "{table}"')
    return stale


money_sum = yuan

__all__ = ["DB", "analyze_stale", "connection", "execute", "fetch", "insert_many", "is_postgres", "money_sum"]
