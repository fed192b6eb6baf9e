"""Work one replica does at a time — 单副本执行: a PostgreSQL session advisory lock held for the work's duration."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from tortoise.backends.base.client import BaseDBAsyncClient

from kernel.sql import is_postgres


def lock_key(name: str) -> int:
    """A lock's 64-bit key from its four-letter name ("HHLE")."""
    return int.from_bytes(name.encode("ascii"), "big")


@asynccontextmanager
async def advisory_lock(connection: BaseDBAsyncClient, key: int, *, wait: bool = True) -> AsyncIterator[bool]:
    """Hold `key` on a connection kept for the duration, across every process of the database; yields False when
    `wait` is off and another session holds it. SQLite (one process) needs none and always yields True.

    The pool does not reset sessions (kernel.db), so the lock is given back here whatever happened."""
    if not is_postgres(connection):
        yield True
        return
    async with connection.acquire_connection() as raw:
        if wait:
            await raw.execute("SELECT pg_advisory_lock($1)", key)
            held = True
        else:
            held = await raw.fetchval("SELECT pg_try_advisory_lock($1)", key)
        try:
            yield held
        finally:
            if held:
                await asyncio.shield(raw.execute("SELECT pg_advisory_unlock($1)", key))
