"""Garbage collection between requests, not in the middle of them.

A large answer is tens of thousands of dicts and lists alive at once while the gateway (or a subgraph) builds
it. CPython's cyclic collector runs every 700 new containers and walks the young ones each time, so it walks
that answer again and again: a fifth of the gateway's time on a thousand households, a seventh of a
subgraph's on their thousand entities. Nothing in an answer is cyclic (its objects are freed by reference
counting when it is sent), so the collector can wait: it is paused while any request is being answered and
resumes when none is. Under load that never pauses, a timer still collects the young generation every
second (the older ones every ten and sixty), so cyclic garbage is never kept for long.
"""

from __future__ import annotations

import asyncio
import gc
from typing import Any

from starlette.types import Receive, Scope, Send

YOUNG_EVERY = 1.0
"""Seconds between forced collections of the young generation while requests keep the collector paused."""


class _Pause:
    """The process's one count of requests in flight: apps wrapped inside each other share it."""

    in_flight = 0
    ticks = 0
    timer: asyncio.TimerHandle | None = None


class CollectBetweenRequests:
    """ASGI middleware pausing automatic garbage collection while HTTP requests are in flight."""

    def __init__(self, app: Any, *, every: float = YOUNG_EVERY) -> None:
        self.app = app
        self.every = every

    @property
    def in_flight(self) -> int:
        return _Pause.in_flight

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self._begin()
        try:
            await self.app(scope, receive, send)
        finally:
            self._end()

    def _begin(self) -> None:
        if _Pause.in_flight == 0:
            gc.disable()
            _Pause.timer = asyncio.get_running_loop().call_later(self.every, self._tick)
        _Pause.in_flight += 1

    def _end(self) -> None:
        _Pause.in_flight -= 1
        if _Pause.in_flight == 0:
            gc.enable()  # the answers are gone: what the collector walks now is small
            if _Pause.timer is not None:
                _Pause.timer.cancel()
                _Pause.timer = None

    def _tick(self) -> None:
        """Collect the young generation (older ones now and then) while requests keep the collector paused."""
        _Pause.ticks += 1
        gc.collect(2 if _Pause.ticks % 60 == 0 else 1 if _Pause.ticks % 10 == 0 else 0)
        _Pause.timer = asyncio.get_running_loop().call_later(self.every, self._tick)
