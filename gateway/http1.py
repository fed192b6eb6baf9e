"""The gateway's HTTP/1.1 client for subgraphs: one keep-alive connection pool per subgraph.

A subgraph fetch is one POST of a JSON body and one JSON answer, many times a second. General clients
(httpx, aiohttp) build request and response objects, cookie jars and redirect machinery around that;
here a request is one `write` of bytes framed once per pool, and the answer is parsed by `httptools`
(the parser uvicorn serves with). That is a quarter of the CPU of httpx on aiohttp for a small query.

Failures are the built-in ones the caller maps to GraphQL errors: `TimeoutError` when the answer does
not arrive in time, `ConnectionError` (or another `OSError`) when the subgraph cannot be reached or
drops the connection, `ProtocolError` when what comes back is not HTTP.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections import deque
from collections.abc import Mapping
from urllib.parse import urlsplit

import httptools


class ProtocolError(ConnectionError):
    """The peer answered with something that is not an HTTP/1.1 response."""


class _Connection(asyncio.Protocol):
    """One TCP (or TLS) connection; carries one request at a time."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.waiter: asyncio.Future[tuple[int, bytes]] | None = None
        self.chunks: list[bytes] = []
        self.closed = False
        self.reusable = False
        self.idle_since = 0.0

    # asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        if self.waiter is None:  # bytes nobody asked for: the connection cannot be trusted any more
            self.close()
            return
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as error:
            self._fail(ProtocolError(f"the answer is not HTTP/1.1 ({error})"))
            self.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self._fail(ConnectionError("the connection was closed before the answer was complete"))

    # httptools callbacks
    def on_body(self, body: bytes) -> None:
        self.chunks.append(body)

    def on_message_complete(self) -> None:
        waiter, body = self.waiter, b"".join(self.chunks)
        self.waiter, self.chunks = None, []
        self.reusable = self.parser.should_keep_alive()
        if waiter is not None and not waiter.done():
            waiter.set_result((self.parser.get_status_code(), body))

    def _fail(self, error: Exception) -> None:
        waiter, self.waiter, self.chunks = self.waiter, None, []
        if waiter is not None and not waiter.done():
            waiter.set_exception(error)

    def send(self, data: bytes) -> asyncio.Future[tuple[int, bytes]]:
        """Write one request; the future resolves to (status, body)."""
        assert self.transport is not None and self.waiter is None
        self.waiter = asyncio.get_running_loop().create_future()
        self.reusable = False
        self.transport.write(data)
        return self.waiter

    @property
    def usable(self) -> bool:
        return not self.closed and self.transport is not None and not self.transport.is_closing()

    def close(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.close()


class ConnectionPool:
    """Keep-alive connections to one origin: at most `max_connections` open, `max_idle` kept between
    requests, each idle for less than `idle_seconds` (below the usual 5 s a server keeps one), so a
    connection the server is about to close is not reused."""

    def __init__(
        self,
        url: str,
        *,
        max_connections: int = 100,
        max_idle: int = 20,
        idle_seconds: float = 4.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {url!r}")
        self.host = parts.hostname
        self.port = parts.port or (443 if parts.scheme == "https" else 80)
        self.ssl = (ssl_context or ssl.create_default_context()) if parts.scheme == "https" else None
        self.authority = parts.netloc.rpartition("@")[2]  # as written: a port only if the URL names one
        self.max_idle = min(max_idle, max_connections)
        self.idle_seconds = idle_seconds
        self._slots = asyncio.Semaphore(max_connections)
        self._idle: deque[_Connection] = deque()
        self._all: set[_Connection] = set()

    async def _connection(self) -> _Connection:
        now = time.monotonic()
        while self._idle:
            connection = self._idle.pop()  # the most recently used: warm, and the least likely to be closing
            if connection.usable and now - connection.idle_since < self.idle_seconds:
                return connection
            self._discard(connection)
        loop = asyncio.get_running_loop()
        _, connection = await loop.create_connection(_Connection, self.host, self.port, ssl=self.ssl)
        self._all.add(connection)
        return connection

    def _release(self, connection: _Connection) -> None:
        if not (connection.reusable and connection.usable):
            self._discard(connection)
            return
        connection.idle_since = time.monotonic()
        self._idle.append(connection)
        while len(self._idle) > self.max_idle:
            self._discard(self._idle.popleft())

    def _discard(self, connection: _Connection) -> None:
        connection.close()
        self._all.discard(connection)

    async def post(self, target: str, content: bytes, headers: Mapping[str, str], timeout: float) -> tuple[int, bytes]:
        """POST `content` to `target` (a path) and return (status, body), all within `timeout` seconds."""
        request = self._frame(target, content, headers)
        async with asyncio.timeout(timeout), self._slots:
            connection = await self._connection()
            try:
                answer = await connection.send(request)
            except BaseException:
                self._discard(connection)  # a half-read answer (timeout, cancellation) spoils the connection
                raise
            self._release(connection)
            return answer

    def _frame(self, target: str, content: bytes, headers: Mapping[str, str]) -> bytes:
        lines = [f"POST {target} HTTP/1.1", f"host: {self.authority}", f"content-length: {len(content)}"]
        for name, value in headers.items():
            if "\r" in value or "\n" in value or "\r" in name or "\n" in name or ":" in name:
                raise ValueError(f"header {name!r} cannot be sent: it contains a line break or colon")
            lines.append(f"{name}: {value}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + content

    async def aclose(self) -> None:
        """Close every connection, idle or not."""
        for connection in list(self._all):
            self._discard(connection)
        self._idle.clear()
