"""Work one replica does at a time — 单副本执行: a PostgreSQL session advisory lock held for the work's duration,
and an asyncio lock for the tasks of one process."""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from tortoise.backends.base.client import BaseDBAsyncClient

from kernel.sql import is_postgres

_held_here: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[int, asyncio.Lock]] = weakref.WeakKeyDictionary()
"""Per event loop (a test session may run several), the in-process lock of each key."""


def lock_key(name: str) -> int:
    """A lock's 64-bit key from its four-letter name ("HHLE")."""
    return int.from_bytes(name.encode("ascii"), "big")


@asynccontextmanager
async def advisory_lock(connection: BaseDBAsyncClient, key: int, *, wait: bool = True) -> AsyncIterator[bool]:
    """Hold `key` for the duration: in this process, so two of its tasks never do the work side by side (SQLite,
    one process, needs nothing more), and on PostgreSQL across every process of the database, on a connection kept
    for the duration. Yields False when `wait` is off and another holder has it.

    The pool does not reset sessions (kernel.db), so the lock is given back here whatever happened."""
    local = _held_here.setdefault(asyncio.get_running_loop(), {}).setdefault(key, asyncio.Lock())
    if not wait and local.locked():
        yield False
        return
    async with local:
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
