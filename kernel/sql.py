"""Set-based SQL written once with `$n` placeholders, run on PostgreSQL or the embedded SQLite."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient


def is_postgres(conn: BaseDBAsyncClient) -> bool:
    return conn.schema_generator.DIALECT == "postgres"


def portable(conn: BaseDBAsyncClient, statement: str, params: Sequence[Any]) -> tuple[str, list[Any]]:
    """`$1` placeholders for PostgreSQL; SQLite takes `?1` and plain strings for decimals and dates."""
    if is_postgres(conn):
        return statement, list(params)
    plain = [str(p) if isinstance(p, (Decimal, dt.date)) else p for p in params]
    return re.sub(r"\$(\d+)", r"?\1", statement), plain


async def fetch(conn: BaseDBAsyncClient, statement: str, *params: Any) -> list[dict[str, Any]]:
    """Rows of a query as dicts."""
    return [dict(row) for row in (await conn.execute_query(*portable(conn, statement, params)))[1]]


async def execute(conn: BaseDBAsyncClient, statement: str, *params: Any) -> int:
    """Run a statement; the number of rows it touched."""
    return (await conn.execute_query(*portable(conn, statement, params)))[0]


async def execute_many(conn: BaseDBAsyncClient, statement: str, rows: Sequence[Sequence[Any]]) -> None:
    """One prepared statement for many rows, pipelined by the driver (never a round trip per row)."""
    if rows:
        await conn.execute_many(portable(conn, statement, ())[0], [portable(conn, "", row)[1] for row in rows])


class Params(list[Any]):
    """The parameters of one `$n` statement: `bind(value)` keeps the value and answers its placeholder (a Scope's
    ranges are bound this way, never written into the text)."""

    def bind(self, value: Any) -> str:
        self.append(value)
        return f"${len(self)}"


def yuan(value: Any) -> Decimal:
    """A SQL SUM as yuan with two places (SQLite sums decimals as floats)."""
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))
