"""HTTP edge of identity: the token and sign-out endpoints, and the gateway's request authentication."""

from __future__ import annotations

import base64
import binascii
import functools
from typing import Any
from urllib.parse import parse_qs

import orjson
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from authz import tokens
from authz.principal import Principal
from identity import service, sessions
from identity.error_codes import IdentityErrorCode
from kernel.edge import replaying
from kernel.error_codes import CommonErrorCode
from kernel.errors import DomainError, InvalidInput


async def _credentials(request: Request) -> dict[str, str]:
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            body = await request.json()
        except ValueError:
            raise InvalidInput("request body is not JSON", "请求体不是合法的 JSON", field="body") from None
        return {k: str(v) for k, v in body.items()} if isinstance(body, dict) else {}
    return {k: str(v) for k, v in (await request.form()).items()}


def _basic(request: Request) -> tuple[str, str] | None:
    """client_id and client_secret from `Authorization: Basic …` (RFC 6749 §2.3.1), if sent that way."""
    scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        client_id, _, secret = base64.b64decode(encoded.strip()).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        raise InvalidInput("malformed Basic credentials", "Basic 凭据格式错误", field="authorization") from None
    return client_id, secret


def _refusal(error: DomainError) -> JSONResponse:
    status = 400 if error.code in (CommonErrorCode.BAD_USER_INPUT, CommonErrorCode.BAD_REQUEST) else 401
    headers = {"cache-control": "no-store"}
    if error.code == IdentityErrorCode.TOO_MANY_ATTEMPTS:
        status = 429
        headers["retry-after"] = str(error.details.get("retryAfter", 1))
    return JSONResponse(
        {"error": error.code, "error_description": error.message, **error.extensions},
        status_code=status,
        headers=headers,
    )


async def _grant(request: Request, form: dict[str, str]) -> dict[str, Any]:
    grant = form.get("grant_type", "password")
    remote = request.client.host if request.client else ""
    if grant == "password":
        if not form.get("username") or not form.get("password"):
            raise InvalidInput("username and password are required", "需要用户名和口令", field="username")
        principal = await service.authenticate(username=form["username"], password=form["password"], remote=remote)
        return await sessions.open_session(principal, refresh=principal.kind != "machine")
    if grant == "refresh_token":
        if not form.get("refresh_token"):
            raise InvalidInput("refresh_token is required", "需要刷新令牌", field="refresh_token")
        return await service.refreshed(form["refresh_token"])
    if grant == "client_credentials":
        client_id, secret = _basic(request) or (form.get("client_id", ""), form.get("client_secret", ""))
        if not client_id or not secret:
            raise InvalidInput(
                "client_id and client_secret are required", "需要 client_id 和 client_secret", field="client_id"
            )
        principal = await service.authenticate_client(client_id=client_id, client_secret=secret, remote=remote)
        return await sessions.open_session(principal, refresh=False)
    raise InvalidInput(f"unsupported grant_type {grant!r}", f"不支持的授权方式 {grant!r}", field="grant_type")


async def token_endpoint(request: Request) -> JSONResponse:
    """POST /auth/token: grant_type password, refresh_token (rotated) or client_credentials (banks)."""
    try:
        answer = await _grant(request, await _credentials(request))
    except DomainError as error:
        return _refusal(error)
    return JSONResponse(answer, headers={"cache-control": "no-store"})


async def logout_endpoint(request: Request) -> Response:
    """POST /auth/logout with the access token; `refresh_token` ends its family, `everywhere=true` all sessions."""
    try:
        principal = await authenticate_request(request)
        form = await _credentials(request)
        await sessions.sign_out(
            principal,
            refresh_token=form.get("refresh_token") or None,
            everywhere=form.get("everywhere", "").lower() in ("1", "true", "yes"),
        )
    except DomainError as error:
        return _refusal(error)
    return Response(status_code=204)


async def authenticate_request(request: Request) -> Principal:
    """The principal of a gateway request: a valid, unrevoked access token, or Unauthenticated."""
    return await sessions.require_current(authenticate_token(request))


def authenticate_token(request: Request) -> Principal:
    """The principal a valid access token names, before its revocation is checked (`sessions.require_current`)."""
    return tokens.principal_from_header(request.headers.get("authorization"))


def _introspects(body: bytes) -> bool:
    """Whether a GraphQL POST body selects `__schema` or `__type` anywhere (fragments included)."""
    try:
        query = orjson.loads(body or b"{}").get("query")
    except (orjson.JSONDecodeError, AttributeError):
        return False  # not a valid request: the gateway answers it with its own error
    return isinstance(query, str) and _selects_introspection(query)


@functools.lru_cache(maxsize=1000)
def _selects_introspection(query: str) -> bool:
    """Parsed once per query text: clients send the same few operations over and over."""
    from graphql import FieldNode, GraphQLError, parse, visit
    from graphql.language import Visitor

    try:
        document = parse(query)
    except GraphQLError:
        return False
    found: list[str] = []

    class Finder(Visitor):
        def enter_field(self, node: FieldNode, *args: Any) -> None:
            if node.name.value in ("__schema", "__type"):
                found.append(node.name.value)

    visit(document, Finder())
    return bool(found)


class IntrospectionGuard:
    """ASGI middleware for production: schema introspection only for holders of `gateway.introspect`.

    A request without a valid token goes on unread (the gateway answers 401 before reading its body); in
    production a signed-in user without the action gets 403 INTROSPECTION_DISABLED.
    """

    def __init__(self, app: ASGIApp, *, path: str = "/graphql") -> None:
        self.app = app
        self.path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != self.path or scope["method"] not in ("GET", "POST"):
            await self.app(scope, receive, send)
            return
        if scope["method"] == "GET":  # a query in the query string (the gateway runs queries over GET too)
            queries = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("query", [])
            if any(_selects_introspection(query) for query in queries):
                refusal = await self._refusal(Request(scope))
                if refusal is not None:
                    await refusal(scope, receive, send)
                    return
            await self.app(scope, receive, send)
            return
        try:
            authenticate_token(Request(scope))
        except DomainError:  # the gateway answers 401 before it reads a byte of the body
            await self.app(scope, receive, send)
            return
        chunks, more = [], True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away, or the body was refused as too large (kernel.edge)
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if _introspects(body):
            refusal = await self._refusal(Request(scope))
            if refusal is not None:
                await refusal(scope, receive, send)
                return
        await self.app(scope, replaying(body, receive), send)

    @staticmethod
    async def _refusal(request: Request) -> JSONResponse | None:
        from authz.actions import Action
        from authz.enforcer import get_authorizer

        try:
            principal = await authenticate_request(request)
        except DomainError:
            return None  # the gateway refuses it with the specific 401
        if get_authorizer().holds(principal, Action.INTROSPECT):
            return None
        error = {
            "message": "schema introspection is disabled in production (模式自省在生产环境中已关闭)",
            "extensions": {"code": CommonErrorCode.INTROSPECTION_DISABLED},
        }
        return JSONResponse({"data": None, "errors": [error]}, status_code=403)
