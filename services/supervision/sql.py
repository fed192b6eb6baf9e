"""Set-based SQL on either dialect: numbered parameters, JSON objects and text aggregation (a Scope renders its own
filter with `scope.sql(column, sql.p)`)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from tortoise import Tortoise
from tortoise.backends.base.client import BaseDBAsyncClient

CONNECTION = "supervision"


def connection() -> BaseDBAsyncClient:
    return Tortoise.get_connection(CONNECTION)


def dialect_of(conn: BaseDBAsyncClient) -> str:
    return "postgres" if conn.schema_generator.DIALECT == "postgres" else "sqlite"


class Sql:
    """Collects parameters for one statement and writes the dialect's spelling of a few constructs."""

    def __init__(self, dialect: str) -> None:
        self.dialect = dialect
        self.values: list[Any] = []

    @property
    def postgres(self) -> bool:
        return self.dialect == "postgres"

    def p(self, value: Any, cast: str = "") -> str:
        """A numbered placeholder for `value` (`$n::cast` on PostgreSQL, `?n` on SQLite)."""
        if not self.postgres:
            if isinstance(value, dt.date):
                value = value.isoformat()
            elif isinstance(value, Decimal):
                value = float(value)
        self.values.append(value)
        number = len(self.values)
        return f"${number}{'::' + cast if cast else ''}" if self.postgres else f"?{number}"

    def json(self, **pairs: str) -> str:
        """A JSON object built in SQL from column expressions."""
        body = ", ".join(f"'{key}', {expr}" for key, expr in pairs.items())
        return f"jsonb_build_object({body})" if self.postgres else f"json_object({body})"

    def text_list(self, expr: str) -> str:
        """Distinct values of a group joined by commas."""
        return f"string_agg(DISTINCT CAST({expr} AS TEXT), ',')" if self.postgres else f"group_concat(DISTINCT {expr})"

    def num(self, expr: str) -> str:
        """A numeric column usable in arithmetic on both dialects (SQLite stores decimals as text)."""
        return expr if self.postgres else f"CAST({expr} AS REAL)"

    def masked_id(self, expr: str) -> str:
        """Evidence is read more widely than ID numbers: keep the address code and the last four."""
        return f"substr({expr}, 1, 6) || '********' || {self._last4(expr)}"

    def masked_account(self, expr: str) -> str:
        return f"'****' || {self._last4(expr)}"

    def _last4(self, expr: str) -> str:
        return f"right({expr}, 4)" if self.postgres else f"substr({expr}, -4)"


def decode_json(value: Any) -> Any:
    """asyncpg hands jsonb back as text; SQLite always does."""
    return json.loads(value) if isinstance(value, str) else value


async def fetch(conn: BaseDBAsyncClient, sql: Sql, statement: str) -> list[dict]:
    _, rows = await conn.execute_query(statement, sql.values)
    return [dict(row) for row in rows]


async def settle(*tables: str) -> None:
    """After a bulk load, `VACUUM (ANALYZE)` each table (one statement each: VACUUM refuses to run inside a
    transaction, and a script is one). ANALYZE so the next rule run is planned on real row counts; VACUUM so the
    new rows are marked visible to all once, here, rather than by the first rule run that reads them, and the
    visibility map lets the rules' groupings read indexes alone."""
    conn = connection()
    if dialect_of(conn) == "postgres":
        for table in tables:
            await conn.execute_script(f"VACUUM (ANALYZE) {table}")


async def settle_grown(written: dict[str, int]) -> list[str]:
    """`settle` the tables a load wrote more rows of than autovacuum's own threshold (50 + a tenth of the rows the
    planner last counted, or any number if never counted); autovacuum keeps up with smaller changes. Returns the
    tables settled."""
    conn = connection()
    if dialect_of(conn) != "postgres" or not any(written.values()):
        return []
    counted = {
        row["relname"]: row["reltuples"]
        for row in (
            await conn.execute_query(
                "SELECT relname, reltuples FROM pg_class WHERE relkind = 'r' AND relname = ANY($1::text[]) "
                "AND relnamespace = 'public'::regnamespace",
                [list(written)],
            )
        )[1]
    }
    grown = [
        table
        for table, rows in written.items()
        if rows and (counted.get(table, -1) < 0 or rows > 50 + 0.1 * counted[table])
    ]
    await settle(*grown)
    return grown
