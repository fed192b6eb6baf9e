"""HTTP client for one subgraph: pooled connections, trace propagation, typed failures."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Mapping
from typing import Any, Protocol
from urllib.parse import urlsplit

import httpx
import orjson
from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.propagate import inject
from opentelemetry.trace import SpanKind, Status, StatusCode

from gateway.error_codes import GatewayErrorCode
from gateway.http1 import ConnectionPool, ProtocolError
from kernel.metrics import observe_fetch

DEFAULT_TIMEOUT = 10.0
"""Seconds a subgraph may take to answer unless configured (see `timeout_for`)."""


def timeout_for(name: str, environ: Mapping[str, str] = os.environ) -> float:
    """Seconds subgraph `name` may take to answer one request, retries included:
    DIBAO_<NAME>_TIMEOUT_SECONDS for that subgraph, else DIBAO_SUBGRAPH_TIMEOUT_SECONDS (DIBAO_SUBGRAPH_TIMEOUT,
    its older name) for all, else 10. A value that is not a positive number stops the gateway at start."""
    for variable in (
        f"DIBAO_{name.upper()}_TIMEOUT_SECONDS",
        "DIBAO_SUBGRAPH_TIMEOUT_SECONDS",
        "DIBAO_SUBGRAPH_TIMEOUT",
    ):
        text = environ.get(variable)
        if text:
            try:
                seconds = float(text)
            except ValueError:
                seconds = 0.0
            if not 0 < seconds < float("inf"):
                raise ValueError(f"{variable}={text!r}: give the seconds a subgraph may take, a positive number")
            return seconds
    return DEFAULT_TIMEOUT


MAX_IN_FLIGHT = int(os.environ.get("DIBAO_SUBGRAPH_CONNECTIONS", "8"))
"""Requests the gateway has in flight to one subgraph at a time, one connection each; DIBAO_SUBGRAPH_CONNECTIONS
sets it. More wait their turn at the gateway, in arrival order and within their timeout. A subgraph is one
Python process: requests beyond what it can work on at once only share its CPU, so all of them finish late
together; queued here, they finish in order (measured in docs/architecture.md, "Transport")."""

DEDUPLICATE = os.environ.get("DIBAO_SUBGRAPH_DEDUPLICATE", "on").lower() not in ("off", "0", "false", "no")
"""Identical queries in flight to one subgraph share one request (on unless DIBAO_SUBGRAPH_DEDUPLICATE=off):
same operation text, same variables, same forwarded headers (the caller's token among them). A dashboard opened
by twenty people at once costs the subgraph one answer, as Apollo Router's and Hive Gateway's query deduplication
do. Mutations are never shared."""

_tracer = trace.get_tracer("dibao.gateway")


class Transport(Protocol):
    """How a subgraph client reaches its subgraph: POST bytes, get (status, body) within a timeout.

    It raises `TimeoutError` when the answer is late, `OSError` (`ConnectionError`) when the subgraph
    cannot be reached or drops the connection, `ProtocolError` when the answer is not HTTP.
    """

    async def post(self, url: str, content: bytes, headers: Mapping[str, str], timeout: float) -> tuple[int, bytes]: ...

    async def aclose(self) -> None: ...


class NetworkTransport:
    """Subgraphs over HTTP/1.1: one keep-alive pool per origin (see gateway.http1), `options` for each pool."""

    def __init__(self, **options: Any) -> None:
        self.options = options
        self._pools: dict[str, ConnectionPool] = {}
        self._targets: dict[str, tuple[ConnectionPool, str]] = {}

    async def post(self, url: str, content: bytes, headers: Mapping[str, str], timeout: float) -> tuple[int, bytes]:
        known = self._targets.get(url)
        if known is None:
            parts = urlsplit(url)
            origin = f"{parts.scheme}://{parts.netloc}"
            if origin not in self._pools:
                self._pools[origin] = ConnectionPool(url, **self.options)
            target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            known = self._targets[url] = (self._pools[origin], target)
        pool, target = known
        return await pool.post(target, content, headers, timeout)

    async def aclose(self) -> None:
        for pool in self._pools.values():
            await pool.aclose()
        self._pools.clear()
        self._targets.clear()


def network_transport() -> NetworkTransport:
    """Subgraphs over the network: at most `MAX_IN_FLIGHT` requests (connections) at once per subgraph, kept
    alive between requests, none reused after 4 s idle (ConnectionPool's expiry: below a server's usual 5 s, so
    a closing connection never fails a mutation)."""
    return NetworkTransport(max_connections=MAX_IN_FLIGHT)


class ASGITransport:
    """A subgraph app in the gateway's own process (the embedded mode), called through httpx's ASGI bridge."""

    def __init__(self, app: Any) -> None:
        self._inner = httpx.ASGITransport(app=app)

    async def post(self, url: str, content: bytes, headers: Mapping[str, str], timeout: float) -> tuple[int, bytes]:
        async with asyncio.timeout(timeout):
            response = await self._inner.handle_async_request(
                httpx.Request("POST", url, content=content, headers=headers)
            )
            return response.status_code, await response.aread()

    async def aclose(self) -> None:
        await self._inner.aclose()


class SubgraphError(Exception):
    """A subgraph could not be reached or did not answer with a GraphQL response."""

    def __init__(self, subgraph: str, code: str, message: str) -> None:
        super().__init__(message)
        self.subgraph = subgraph
        self.code = str(code)
        self.message = message

    def to_graphql_error(self, path: list[str | int] | None = None) -> dict[str, Any]:
        """The error as a GraphQL response error, tagged with the subgraph name and code."""
        error: dict[str, Any] = {
            "message": self.message,
            "extensions": {"code": self.code, "serviceName": self.subgraph},
        }
        if path:
            error["path"] = path
        return error


class SubgraphClient:
    """Sends GraphQL requests to one subgraph over a keep-alive connection pool."""

    HEADERS = {"accept": "application/graphql-response+json, application/json", "content-type": "application/json"}

    def __init__(
        self,
        name: str,
        url: str,
        *,
        transport: Transport | None = None,
        timeout: float | None = None,
        retries: int = 1,
        deduplicate: bool | None = None,
    ) -> None:
        self.name = name
        self.url = url
        self.timeout = timeout_for(name) if timeout is None else timeout
        self.retries = retries
        self.transport = transport or network_transport()
        self.deduplicate = DEDUPLICATE if deduplicate is None else deduplicate
        self._in_flight: dict[tuple[bytes, tuple[tuple[str, str], ...]], asyncio.Task[tuple[int, bytes]]] = {}

    def __repr__(self) -> str:
        return f"SubgraphClient({self.name!r}, {self.url!r})"

    async def request(
        self, query: str, variables: dict[str, Any] | None, headers: dict[str, str], *, idempotent: bool = True
    ) -> dict[str, Any]:
        """POST one GraphQL operation and return the parsed response body, all within `timeout` seconds.

        A query is retried (`retries` times) when the subgraph cannot be reached or drops the connection,
        within what is left of the timeout; one that timed out is not (the time is spent, and the subgraph
        may still be working on it). Mutations never are: the subgraph may have applied one before the
        answer was lost. So a frozen subgraph costs the timeout once, and answers SUBGRAPH_TIMEOUT.
        """
        attempts = 1 + (self.retries if idempotent else 0)
        deadline = time.monotonic() + self.timeout
        for attempt in range(attempts):
            try:
                return await self._send(
                    query, variables, headers, attempt, max(deadline - time.monotonic(), 0.001), shared=idempotent
                )
            except SubgraphError as error:
                if (
                    attempt + 1 == attempts
                    or error.code != GatewayErrorCode.SUBGRAPH_UNAVAILABLE
                    or time.monotonic() >= deadline
                ):
                    raise
        raise AssertionError("unreachable")

    async def _send(
        self,
        query: str,
        variables: dict[str, Any] | None,
        headers: dict[str, str],
        attempt: int,
        timeout: float,
        *,
        shared: bool = False,
    ) -> dict[str, Any]:
        with _tracer.start_as_current_span(
            f"subgraph {self.name}",
            kind=SpanKind.CLIENT,
            attributes={"dibao.subgraph": self.name, "dibao.attempt": attempt},
        ) as span:
            outgoing = {**self.HEADERS, **headers}
            inject(outgoing)
            # The subgraph learns the trace from the headers only, in-process as over the network.
            token = otel_context.attach(otel_context.Context())
            started, outcome = time.perf_counter(), "CANCELLED"
            try:
                content = orjson.dumps({"query": query, "variables": variables or {}})
                if shared and self.deduplicate:
                    status, content = await self._post_shared(span, content, headers, outgoing, timeout)
                else:
                    status, content = await self.transport.post(self.url, content, outgoing, timeout)
            except TimeoutError as error:
                outcome = GatewayErrorCode.SUBGRAPH_TIMEOUT
                raise self._failed(
                    span, GatewayErrorCode.SUBGRAPH_TIMEOUT, f"timed out after {self.timeout:g} s"
                ) from error
            except ProtocolError as error:
                outcome = GatewayErrorCode.SUBGRAPH_INVALID_RESPONSE
                raise self._failed(
                    span, GatewayErrorCode.SUBGRAPH_INVALID_RESPONSE, f"returned a response that is not HTTP: {error}"
                ) from error
            except OSError as error:
                outcome = GatewayErrorCode.SUBGRAPH_UNAVAILABLE
                detail = f"is unavailable: {error or type(error).__name__}"
                raise self._failed(span, GatewayErrorCode.SUBGRAPH_UNAVAILABLE, detail) from error
            else:
                outcome = "ok"
            finally:
                otel_context.detach(token)
                observe_fetch(self.name, outcome, time.perf_counter() - started)
            span.set_attribute("http.response.status_code", status)
            return self._graphql_body(span, status, content)

    async def _post_shared(
        self, span: trace.Span, content: bytes, headers: dict[str, str], outgoing: dict[str, str], timeout: float
    ) -> tuple[int, bytes]:
        """POST `content`, or wait for the identical request already in flight and take its answer.

        The request runs as a task of its own, so a caller that gives up (its client went away, its deadline
        passed) does not cancel it for the others; each waits within its own timeout. Every caller parses the
        shared bytes itself, so no two answers share a dict that the executor then merges into."""
        key = (content, tuple(sorted(headers.items())))
        task = self._in_flight.get(key)
        if task is None:
            task = asyncio.ensure_future(self.transport.post(self.url, content, outgoing, timeout))
            self._in_flight[key] = task
            task.add_done_callback(lambda done: self._finished(key, done))
        else:
            span.set_attribute("dibao.deduplicated", True)
        return await asyncio.wait_for(asyncio.shield(task), timeout)

    def _finished(self, key: tuple[bytes, tuple[tuple[str, str], ...]], task: asyncio.Task[tuple[int, bytes]]) -> None:
        if self._in_flight.get(key) is task:
            del self._in_flight[key]
        if not task.cancelled():
            task.exception()  # retrieved here, so a failure whose waiters all gave up is not reported as lost

    def _graphql_body(self, span: trace.Span, status: int, content: bytes) -> dict[str, Any]:
        try:
            body = orjson.loads(content)
        except orjson.JSONDecodeError:
            body = None
        if not isinstance(body, dict) or not ("data" in body or "errors" in body):
            raise self._failed(
                span,
                GatewayErrorCode.SUBGRAPH_INVALID_RESPONSE,
                f"returned a response that is not GraphQL (HTTP {status})",
            )
        return body

    def _failed(self, span: trace.Span, code: str, detail: str) -> SubgraphError:
        code = str(code)
        span.set_status(Status(StatusCode.ERROR, code))
        span.set_attribute("error.type", code)
        return SubgraphError(self.name, code, f'Subgraph "{self.name}" {detail}')

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self.transport.aclose()
