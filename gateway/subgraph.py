"""HTTP client for one subgraph: pooled connections, trace propagation, typed failures."""

from __future__ import annotations

import asyncio
import os
from typing import Any

import aiohttp
import httpx
import orjson
from httpx_aiohttp import AiohttpTransport
from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.propagate import inject
from opentelemetry.trace import SpanKind, Status, StatusCode

SUBGRAPH_UNAVAILABLE = "SUBGRAPH_UNAVAILABLE"
SUBGRAPH_TIMEOUT = "SUBGRAPH_TIMEOUT"
SUBGRAPH_INVALID_RESPONSE = "SUBGRAPH_INVALID_RESPONSE"

DEFAULT_TIMEOUT = float(os.environ.get("DIBAO_SUBGRAPH_TIMEOUT", "10"))
"""Seconds a subgraph may take to answer; DIBAO_SUBGRAPH_TIMEOUT sets it for a whole process."""

_tracer = trace.get_tracer("dibao.gateway")


def _timed_out(error: BaseException) -> bool:
    """Whether a transport failure was the subgraph taking too long, not refusing or dropping the connection."""
    if isinstance(error, httpx.TimeoutException):  # the aiohttp transport also maps a dropped connection here
        cause = error.__cause__
        return not isinstance(cause, aiohttp.ClientError) or isinstance(cause, asyncio.TimeoutError)
    return isinstance(error, asyncio.TimeoutError)


POOL = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=4)
"""Connections per subgraph: at most 100 open, 20 kept alive between requests, each for less than a server's
usual 5 s (uvicorn, Node): a connection the subgraph is closing is never reused, which would fail a mutation."""


def network_transport() -> httpx.AsyncBaseTransport:
    """httpx's API on aiohttp's keep-alive pool: it writes a request in one send and parses responses
    in C, which is most of a gateway's own time on a small query."""
    return AiohttpTransport(limits=POOL)


class SubgraphError(Exception):
    """A subgraph could not be reached or did not answer with a GraphQL response."""

    def __init__(self, subgraph: str, code: str, message: str) -> None:
        super().__init__(message)
        self.subgraph = subgraph
        self.code = code
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

    def __init__(
        self, name: str, url: str, *, transport: httpx.AsyncBaseTransport | None = None, timeout: float = DEFAULT_TIMEOUT,
        retries: int = 1,
    ) -> None:
        self.name = name
        self.url = url
        self.timeout = timeout
        self.retries = retries
        self._http = httpx.AsyncClient(
            transport=transport or network_transport(),
            timeout=timeout,
            headers={"accept": "application/graphql-response+json, application/json",
                     "content-type": "application/json"},
        )

    def __repr__(self) -> str:
        return f"SubgraphClient({self.name!r}, {self.url!r})"

    async def request(self, query: str, variables: dict[str, Any] | None, headers: dict[str, str], *,
                      idempotent: bool = True) -> dict[str, Any]:
        """POST one GraphQL operation and return the parsed response body.

        Queries are retried (`retries` times) when the connection fails or times out; mutations never
        are, since the subgraph may have applied them before the answer was lost.
        """
        attempts = 1 + (self.retries if idempotent else 0)
        for attempt in range(attempts):
            try:
                return await self._send(query, variables, headers, attempt)
            except SubgraphError as error:
                if attempt + 1 == attempts or error.code == SUBGRAPH_INVALID_RESPONSE:
                    raise
        raise AssertionError("unreachable")

    async def _send(self, query: str, variables: dict[str, Any] | None, headers: dict[str, str],
                    attempt: int) -> dict[str, Any]:
        with _tracer.start_as_current_span(
            f"subgraph {self.name}", kind=SpanKind.CLIENT,
            attributes={"dibao.subgraph": self.name, "dibao.attempt": attempt}
        ) as span:
            outgoing = dict(headers)
            inject(outgoing)
            # The subgraph learns the trace from the headers only, in-process as over the network.
            token = otel_context.attach(otel_context.Context())
            try:
                response = await self._http.post(
                    self.url, content=orjson.dumps({"query": query, "variables": variables or {}}), headers=outgoing)
            except (httpx.HTTPError, aiohttp.ClientError, asyncio.TimeoutError) as error:
                if _timed_out(error):
                    raise self._failed(span, SUBGRAPH_TIMEOUT, f"timed out: {type(error).__name__}") from error
                detail = f"is unavailable: {error or type(error).__name__}"
                raise self._failed(span, SUBGRAPH_UNAVAILABLE, detail) from error
            finally:
                otel_context.detach(token)
            span.set_attribute("http.response.status_code", response.status_code)
            return self._graphql_body(span, response)

    def _graphql_body(self, span: trace.Span, response: httpx.Response) -> dict[str, Any]:
        try:
            body = orjson.loads(response.content)
        except orjson.JSONDecodeError:
            body = None
        if not isinstance(body, dict) or not ("data" in body or "errors" in body):
            raise self._failed(
                span, SUBGRAPH_INVALID_RESPONSE,
                f"returned a response that is not GraphQL (HTTP {response.status_code})",
            )
        return body

    def _failed(self, span: trace.Span, code: str, detail: str) -> SubgraphError:
        span.set_status(Status(StatusCode.ERROR, code))
        span.set_attribute("error.type", code)
        return SubgraphError(self.name, code, f'Subgraph "{self.name}" {detail}')

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()
