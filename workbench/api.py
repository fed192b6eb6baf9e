"""The workbench's only way into the system: the public API (`/auth/token`, `/auth/logout`, `/graphql`) of the app
it is mounted in, called in-process with the signed-in user's own token, so every page obeys the same permissions,
scopes, masking and audit as any other GraphQL client."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import httpx
from starlette.requests import Request
from starlette.types import ASGIApp

from identity.error_codes import IdentityErrorCode
from kernel.error_codes import CommonErrorCode

SIGNED_OUT = (CommonErrorCode.UNAUTHENTICATED, IdentityErrorCode.TOKEN_REVOKED)
"""The API's codes for a session whose tokens no longer work."""


@dataclass
class ApiError(Exception):
    """What the API refused, as a person reads it: the message (Chinese first), its code and the field at fault."""

    message: str
    code: str = ""
    field: str = ""
    errors: list[dict] = dataclasses.field(default_factory=list)

    def __str__(self) -> str:
        return self.message


class SignedOut(ApiError):
    """The session's tokens no longer work: sign in again."""


@dataclass
class Api:
    """Calls on the mounted app, from the browser's own address (sign-in throttling counts per address)."""

    app: ASGIApp

    def _client(self, request: Request) -> httpx.AsyncClient:
        client = (request.client.host, request.client.port) if request.client else ("127.0.0.1", 0)
        return httpx.AsyncClient(
            transport=httpx.ASGITransport(app=self.app, client=client),
            base_url=str(request.base_url).rstrip("/"),
            timeout=60,
        )

    async def token(self, request: Request, form: dict[str, str]) -> dict[str, Any]:
        async with self._client(request) as client:
            response = await client.post("/auth/token", data=form)
        body = _json(response)
        if response.status_code != 200:
            raise ApiError(
                body.get("error_description") or body.get("message") or "登录失败",
                code=str(body.get("error") or body.get("code") or response.status_code),
            )
        return body

    async def logout(self, request: Request, access: str, refresh: str) -> None:
        async with self._client(request) as client:
            await client.post(
                "/auth/logout", data={"refresh_token": refresh}, headers={"authorization": f"Bearer {access}"}
            )

    async def graphql(self, request: Request, access: str, query: str, variables: dict[str, Any] | None = None) -> dict:
        """The data of one operation; the first error as an ApiError (all of them in `errors`)."""
        async with self._client(request) as client:
            response = await client.post(
                "/graphql",
                json={"query": query, "variables": variables or {}},
                headers={"authorization": f"Bearer {access}"},
            )
        body = _json(response)
        errors = body.get("errors") or []
        if response.status_code == 401 or any(_code(e) in SIGNED_OUT for e in errors):
            raise SignedOut("登录已失效，请重新登录", code=CommonErrorCode.UNAUTHENTICATED)
        if errors:
            first = errors[0]
            raise ApiError(
                first.get("message", "请求未能完成"),
                code=_code(first),
                field=str((first.get("extensions") or {}).get("field") or ""),
                errors=errors,
            )
        return body.get("data") or {}


def _code(error: dict) -> str:
    return str((error.get("extensions") or {}).get("code") or "")


def _json(response: httpx.Response) -> dict:
    try:
        body = response.json()
    except ValueError:
        return {"message": f"HTTP {response.status_code}"}
    return body if isinstance(body, dict) else {}
