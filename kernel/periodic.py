"""Periodic background work in an app's lifespan: one call every few seconds, never two at once, and a
failing call logged and retried at the next tick instead of stopping the app."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

log = logging.getLogger("dibao.periodic")


@asynccontextmanager
async def periodic(
    name: str, call: Callable[[], Awaitable[Any]], *, seconds: float
) -> AsyncIterator[asyncio.Task[None] | None]:
    """Run `call` now and then every `seconds` after the previous call ends, while the context is open.

    `seconds` of 0 or less disables it (the context then yields None). The calls run one after another in
    a single task, so they never overlap; leaving the context cancels the task and waits for it."""
    if seconds <= 0:
        yield None
        return

    async def loop() -> None:
        while True:
            try:
                await call()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("%s failed; trying again in %s s", name, seconds)
            await asyncio.sleep(seconds)

    task = asyncio.create_task(loop(), name=name)
    try:
        yield task
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
