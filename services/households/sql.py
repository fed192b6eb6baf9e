"""Set-based SQL on the households database, written once for PostgreSQL (`$1`) and SQLite (`?1`)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from tortoise import Tortoise
from tortoise.backends.base.client import BaseDBAsyncClient

DB = "households"


def postgres(conn: BaseDBAsyncClient) -> bool:
    return conn.schema_generator.DIALECT == "postgres"


def _for(conn: BaseDBAsyncClient, statement: str, params: tuple[Any, ...]) -> tuple[str, list[Any]]:
    if postgres(conn):
        return statement, list(params)
    plain = [str(p) if isinstance(p, (Decimal, dt.date)) else p for p in params]  # SQLite stores both as text
    return re.sub(r"\$(\d+)", r"?\1", statement), plain


async def rows(statement: str, *params: Any, using_db: BaseDBAsyncClient | None = None) -> list[dict[str, Any]]:
    conn = using_db or Tortoise.get_connection(DB)
    _, found = await conn.execute_query(*_for(conn, statement, params))
    return [dict(row) for row in found]


async def run(statement: str, *params: Any, using_db: BaseDBAsyncClient | None = None) -> int:
    conn = using_db or Tortoise.get_connection(DB)
    return (await conn.execute_query(*_for(conn, statement, params)))[0]


def yuan(value: Any) -> Decimal:
    """A SQL SUM as yuan with two places (SQLite adds decimals as floats)."""
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))


async def many(conn: BaseDBAsyncClient, statement: str, rows: list[tuple[Any, ...]]) -> None:
    """One prepared statement for many rows, sent by the driver in one batch (never a round trip per row)."""
    if rows:
        await conn.execute_many(_for(conn, statement, ())[0], [_for(conn, "", row)[1] for row in rows])
