"""Set-based SQL on the households database, written once for PostgreSQL (`$1`) and SQLite (`?1`)."""

from __future__ import annotations

from typing import Any

from tortoise import Tortoise
from tortoise.backends.base.client import BaseDBAsyncClient

from kernel.sql import execute, execute_many, fetch, is_postgres, yuan

DB = "households"
postgres = is_postgres
many = execute_many


async def rows(statement: str, *params: Any, using_db: BaseDBAsyncClient | None = None) -> list[dict[str, Any]]:
    return await fetch(using_db or Tortoise.get_connection(DB), statement, *params)


async def run(statement: str, *params: Any, using_db: BaseDBAsyncClient | None = None) -> int:
    return await execute(using_db or Tortoise.get_connection(DB), statement, *params)


__all__ = ["DB", "many", "postgres", "rows", "run", "yuan"]
