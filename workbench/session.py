"""The workbench session: the signed-in user's tokens in a signed, HttpOnly, SameSite=strict cookie, a CSRF token per
session checked on every form, and a refresh of the access token when it runs out."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from kernel.error_codes import CommonErrorCode
from workbench.api import Api, ApiError, SignedOut

COOKIE = "dibao_workbench"
CSRF_FIELD = "csrf_token"


def signed_in(request: Request) -> bool:
    return bool(request.session.get("access"))


def start(request: Request, username: str, tokens: dict[str, Any]) -> None:
    request.session.clear()
    request.session.update(
        {
            "username": username,
            "access": tokens["access_token"],
            "refresh": tokens.get("refresh_token", ""),
            "csrf": secrets.token_urlsafe(32),
        }
    )


def csrf_token(request: Request) -> str:
    """The session's CSRF token (made for a signed-out visitor too, so the sign-in form carries one)."""
    if "csrf" not in request.session:
        request.session["csrf"] = secrets.token_urlsafe(32)
    return request.session["csrf"]


def _same_origin(request: Request) -> bool:
    """A browser's Origin (or, without it, Referer) must be this host: a form posted from elsewhere is refused."""
    origin = request.headers.get("origin") or request.headers.get("referer") or ""
    if not origin:
        return True  # not a browser form: the token still has to match
    expected = f"{request.url.scheme}://{request.url.netloc}"
    return origin == expected or origin.startswith(expected + "/")


async def checked_form(request: Request) -> dict[str, Any] | None:
    """The posted form when it comes from our own page (Origin and CSRF token); None when it does not."""
    form = await request.form()
    token = str(form.get(CSRF_FIELD, ""))
    expected = request.session.get("csrf", "")
    if not expected or not hmac.compare_digest(token, expected) or not _same_origin(request):
        return None
    return {key: form.getlist(key) if len(form.getlist(key)) > 1 else form.get(key) for key in form.keys()}


async def call(api: Api, request: Request, work: Callable[[str], Awaitable[Any]]) -> Any:
    """Run `work(access_token)`; when the access token has run out, refresh it once (rotating the refresh token)
    and run it again. SignedOut when the session cannot be renewed."""
    try:
        return await work(request.session.get("access", ""))
    except SignedOut:
        refresh = request.session.get("refresh")
        if not refresh:
            raise
        try:
            tokens = await api.token(request, {"grant_type": "refresh_token", "refresh_token": refresh})
        except ApiError as error:
            request.session.clear()
            raise SignedOut("登录已失效，请重新登录", code=CommonErrorCode.UNAUTHENTICATED) from error
        request.session["access"], request.session["refresh"] = (
            tokens["access_token"],
            tokens.get("refresh_token", refresh),
        )
        return await work(request.session["access"])


def to_login(request: Request) -> Response:
    return RedirectResponse(
        request.url_for("workbench:login").include_query_params(next=request.url.path), status_code=303
    )
