"""Every request observed once: its trace continued (or begun), its metrics counted, and one log line written.

The log line names who asked (username or service identity), which operation, the status and the time it took,
with the trace id; never the query text, the variables or anything the caller sent, so no name or ID number
reaches the logs. The app notes the operation and the caller as it learns them (`note`).
"""

from __future__ import annotations

import logging
import random
import time
from contextvars import ContextVar, Token
from dataclasses import dataclass

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.propagate import extract
from opentelemetry.trace import NonRecordingSpan, SpanContext, TraceFlags
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kernel.metrics import observe_request
from kernel.telemetry import tracing_configured

request_log = logging.getLogger("dibao.request")

UNOBSERVED = frozenset({"/metrics", "/healthz", "/readyz"})
"""Probes and scrapes: asked every few seconds by machines, they would drown the requests people make."""


@dataclass
class RequestRecord:
    """What the app learned about one request while answering it."""

    service: str
    operation: str | None = None
    user: str | None = None
    errors: int = 0


_current: ContextVar[RequestRecord | None] = ContextVar("dibao_request", default=None)


def note(*, operation: str | None = None, user: str | None = None, errors: int | None = None) -> None:
    """Tell the request's log line and metrics what the app found out (no-op outside a request)."""
    record = _current.get()
    if record is None:
        return
    if operation is not None:
        record.operation = operation
    if user is not None:
        record.user = user
    if errors is not None:
        record.errors = errors


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}


_tracer = trace.get_tracer("dibao.http")


def _begin_trace(scope: Scope) -> tuple[Token[Context], trace.Span] | None:
    """The request's server span, attached, when it had none yet (the token to detach and the span to end).

    An incoming `traceparent` is continued; without one a new trace begins, and with tracing off a trace id is
    still made up, so the log line, the error a caller quotes and the subgraphs' logs name the same id."""
    if trace.get_current_span().get_span_context().is_valid:
        return None  # a server span (OpenTelemetryMiddleware) already continued the incoming trace
    carried = extract(_headers(scope)) if any(name == b"traceparent" for name, _ in scope["headers"]) else None
    span: trace.Span = trace.INVALID_SPAN
    if tracing_configured():
        span = _tracer.start_span(
            f"{scope['method']} {_path_label(scope['path'])}", context=carried, kind=trace.SpanKind.SERVER
        )
    elif carried is not None:
        span = trace.get_current_span(carried)
    if not span.get_span_context().is_valid:  # tracing is off and no trace came in
        span = NonRecordingSpan(
            SpanContext(
                trace_id=random.getrandbits(128) or 1,
                span_id=random.getrandbits(64) or 1,
                is_remote=False,
                trace_flags=TraceFlags(TraceFlags.SAMPLED),
            )
        )
    return otel_context.attach(trace.set_span_in_context(span, carried)), span


def _path_label(path: str) -> str:
    """Requests other than GraphQL are counted by their first path segment (no ids in the labels)."""
    return "/" + path.lstrip("/").split("/", 1)[0]


class ObserveRequests:
    """ASGI middleware: trace, metrics and the log line of each HTTP request to `service`."""

    def __init__(self, app: ASGIApp, *, service: str) -> None:
        self.app = app
        self.service = service

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in UNOBSERVED:
            await self.app(scope, receive, send)
            return
        record = RequestRecord(self.service)
        token = _current.set(record)
        attached = _begin_trace(scope)
        trace_id = trace.get_current_span().get_span_context().trace_id
        status = 500
        started = time.perf_counter()

        async def observed(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, observed)
        finally:
            seconds = time.perf_counter() - started
            if attached is not None:
                attached[1].set_attribute("http.response.status_code", status)
                attached[1].end()
                otel_context.detach(attached[0])
            _current.reset(token)
            graphql = scope["path"].endswith("/graphql") and scope["method"] == "POST"
            operation = (record.operation or "unknown") if graphql else _path_label(scope["path"])
            observe_request(self.service, operation, status, seconds)
            if request_log.isEnabledFor(logging.INFO):
                _log_line(scope, record, operation, status, seconds, trace_id)


def _log_line(scope: Scope, record: RequestRecord, operation: str, status: int, seconds: float, trace_id: int) -> None:
    fields = {
        "service": record.service,
        "trace_id": format(trace_id, "032x"),
        "user": record.user or "",
        "operation": operation,
        "status": status,
        "duration_ms": round(seconds * 1000, 1),
        "method": scope["method"],
        "path": scope["path"],
    }
    if record.errors:
        fields["errors"] = record.errors
    message = "%s %s %s %s %.1f ms user=%s trace=%s"
    args = (
        scope["method"],
        scope["path"],
        operation,
        status,
        fields["duration_ms"],
        fields["user"] or "-",
        fields["trace_id"],
    )
    # made and handled directly: the logger's search for the calling line is a third of the cost of a line
    request_log.handle(
        request_log.makeRecord(
            request_log.name, logging.INFO, __file__, 0, message, args, None, extra={"fields": fields}
        )
    )
