"""Cross-site request forgery guard for the admin: every unsafe request must come from the admin's own
origin (Origin, else Referer) and carry the session's CSRF token (form field or header); the session
cookie is SameSite=strict besides (admin.auth). `static/csrf.js` puts the page's token (its
`csrf-token` meta tag) into every POST form and the admin's own AJAX calls."""

from __future__ import annotations

import secrets
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from admin.auth import CSRF_KEY
from admin.error_codes import AdminErrorCode
from admin.sessions import csrf_token
from kernel.edge import replaying

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
FIELD = "csrf_token"
HEADER = "x-csrf-token"
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
MAX_FORM_BYTES = 1024 * 1024
REFUSAL = """<!DOCTYPE html><html lang="zh-CN"><meta charset="utf-8"><title>请求被拒绝</title>
<p>请求来源或表单令牌无效，请刷新页面后重试。</p><p>The request's origin or form token is not valid; reload the page
and try again.</p><p><code>{code}</code></p></html>"""


def token_of(request: Request) -> str:
    """The session's CSRF token, for the forms and scripts of a page (made when the session has none)."""
    session = request.scope.get("session")
    if session is None:
        return ""
    if not session.get(CSRF_KEY):
        session[CSRF_KEY] = csrf_token()
    return session[CSRF_KEY]


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower() if parts.scheme and parts.netloc else ""


class CsrfGuard:
    """Inside the session middleware: refuses a foreign or unnamed origin and a missing or wrong token with 403."""

    def __init__(self, app: ASGIApp, *, trusted_origins: tuple[str, ...] = ()) -> None:
        self.app = app
        self.trusted = {origin.rstrip("/").lower() for origin in trusted_origins}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in SAFE_METHODS:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if not self._same_origin(scope, headers):
            await self._refuse(scope, receive, send, AdminErrorCode.CSRF_FOREIGN_ORIGIN)
            return
        body, receive = await _buffered(receive)
        if body is None:
            await self._refuse(scope, receive, send, AdminErrorCode.CSRF_FORM_TOO_LARGE)
            return
        expected = (scope.get("session") or {}).get(CSRF_KEY, "")
        sent = headers.get(HEADER) or await _form_token(scope, body)
        if not expected or not sent or not secrets.compare_digest(sent.encode(), expected.encode()):
            await self._refuse(scope, receive, send, AdminErrorCode.CSRF_TOKEN_INVALID)
            return
        await self.app(scope, receive, send)

    def _same_origin(self, scope: Scope, headers: Headers) -> bool:
        """The browser's Origin (or, without one, the Referer's) is this server's own, or a configured one."""
        sent = headers.get("origin") or origin_of(headers.get("referer", ""))
        if not sent or sent == "null":
            return False
        sent = sent.rstrip("/").lower()
        own = f"{scope.get('scheme', 'http')}://{headers.get('host', '')}".lower()
        return sent == own or sent in self.trusted

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, code: str) -> None:
        await HTMLResponse(REFUSAL.format(code=code), status_code=403)(scope, receive, send)


async def _buffered(receive: Receive) -> tuple[bytes | None, Receive]:
    """The whole (small) body, and a receive that replays it to the admin; None when over the form limit."""
    chunks, size, more = [], 0, True
    while more:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_FORM_BYTES:
            return None, receive
        chunks.append(chunk)
        more = message.get("more_body", False)
    body = b"".join(chunks)
    return body, replaying(body, receive)


async def _form_token(scope: Scope, body: bytes) -> str:
    content_type = Headers(scope=scope).get("content-type", "")
    if not content_type.startswith(FORM_TYPES):
        return ""

    async def once() -> Message:
        return {"type": "http.request", "body": body, "more_body": False}

    form = await Request(scope, once).form()
    try:
        value = form.get(FIELD)
        return value if isinstance(value, str) else ""
    finally:
        await form.close()
