"""ASGI guards every server process puts in front of its routes: request body limits and security headers.

`BodyLimit` refuses a body larger than its path allows with 413 as soon as the declared length or the bytes
received so far exceed the limit: the rest is never read, so a 300 MB upload costs the server one chunk, not
300 MB. `SecurityHeaders` adds framing, sniffing, referrer and content-security rules to every answer, and
HSTS to answers sent over https (directly, or behind a trusted TLS proxy that uvicorn believes).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable, Iterable

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kernel.error_codes import CommonErrorCode


def _refusal_body(path: str, limit: int) -> bytes:
    """413's body: OAuth shape on the token endpoints, GraphQL shape elsewhere; the code and limit in both."""
    en = f"request body exceeds the limit of {limit} bytes"
    zh = f"请求体超过 {limit} 字节的上限"
    if path.startswith("/auth/"):
        return orjson.dumps(
            {"error": CommonErrorCode.REQUEST_TOO_LARGE, "error_description": f"{zh} ({en})", "limit": limit}
        )
    return orjson.dumps(
        {
            "data": None,
            "errors": [
                {
                    "message": f"{zh} ({en})",
                    "extensions": {
                        "code": CommonErrorCode.REQUEST_TOO_LARGE,
                        "reason": en,
                        "reasonZh": zh,
                        "limit": limit,
                    },
                }
            ],
        }
    )


async def _send_refusal(send: Send, path: str, limit: int) -> None:
    body = _refusal_body(path, limit)
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )  # the unread rest of the body is dropped with the connection
    await send({"type": "http.response.body", "body": body})


def replaying(body: bytes, receive: Receive) -> Receive:
    """A receive that hands the app `body`, already read whole by a guard, then whatever comes next (a disconnect)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers") or ():
        if name == b"content-length":
            return int(value) if value.isdigit() else -1
    return None


class BodyLimit:
    """ASGI: at most `limit_for(path)` body bytes reach the app; more is refused with 413 REQUEST_TOO_LARGE.

    A declared Content-Length over the limit is refused before the app runs. Bytes are counted as they arrive
    otherwise (chunked uploads): past the limit the refusal is sent, the app reads a disconnect, and whatever it
    answers afterwards is dropped.
    """

    def __init__(self, app: ASGIApp, *, limit_for: Callable[[str], int]) -> None:
        self.app = app
        self.limit_for = limit_for

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path, limit = scope["path"], self.limit_for(scope["path"])
        declared = _declared_length(scope)
        if declared is not None and (declared < 0 or declared > limit):
            await _send_refusal(send, path, limit)
            return
        received, refused, started = 0, False, False

        async def limited_receive() -> Message:
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    refused = not started
                    if refused:
                        await _send_refusal(send, path, limit)
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if refused:
                return  # the 413 was sent: the app's own answer to the cut-off body goes nowhere
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not refused:
                raise  # a cut-off body makes the app fail on a disconnect; the caller already has its 413


def body_limits(routes: Iterable[tuple[str, int]], default: int) -> Callable[[str], int]:
    """`limit_for(path)`: the limit of the first prefix that matches, else `default`."""
    table = tuple(routes)

    def limit_for(path: str) -> int:
        for prefix, limit in table:
            if path == prefix or path.startswith(prefix.rstrip("/") + "/"):
                return limit
        return default

    return limit_for


def inline_hash(html: str, tag: str) -> str:
    """The CSP source (`'sha256-…'`) of the first inline `<tag>` element of a page, so it alone may run."""
    match = re.search(rf"<{tag}>(.*?)</{tag}>", html, re.S)
    if match is None:
        raise ValueError(f"no inline <{tag}> in the page")
    return "'sha256-" + base64.b64encode(hashlib.sha256(match.group(1).encode()).digest()).decode() + "'"


API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
"""JSON answers and files: nothing may load, frame or submit."""


class SecurityHeaders:
    """ASGI: security headers on every answer (an answer's own values win).

    `policy_for(path)` gives the Content-Security-Policy; every policy forbids framing (`frame-ancestors 'none'`,
    and `X-Frame-Options: DENY` for older browsers). `hsts_seconds` > 0 adds Strict-Transport-Security to https
    answers only: over plain http the header means nothing and would pin a development host.
    """

    def __init__(
        self, app: ASGIApp, *, policy_for: Callable[[str], str] = lambda path: API_POLICY, hsts_seconds: int = 0
    ) -> None:
        self.app = app
        self.policy_for = policy_for
        self.hsts = f"max-age={hsts_seconds}; includeSubDomains".encode() if hsts_seconds > 0 else b""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        added = [
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"same-origin"),  # "no-referrer" would make browsers send `Origin: null` on own forms
            (b"content-security-policy", self.policy_for(scope["path"]).encode()),
            (b"cross-origin-opener-policy", b"same-origin"),
        ]
        if self.hsts and scope.get("scheme") == "https":
            added.append((b"strict-transport-security", self.hsts))

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers") or ()}
                message = {
                    **message,
                    "headers": [*(message.get("headers") or ()), *((k, v) for k, v in added if k not in present)],
                }
            await send(message)

        await self.app(scope, receive, with_headers)
