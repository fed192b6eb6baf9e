"""HTTP edge of identity: the token endpoint and the gateway's request authentication."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

from authz import service, tokens
from authz.principal import Principal
from kernel.errors import DomainError, InvalidInput


async def _credentials(request: Request) -> dict[str, str]:
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            body = await request.json()
        except ValueError:
            raise InvalidInput("request body is not JSON", "请求体不是合法的 JSON", field="body") from None
        return {k: str(v) for k, v in body.items()} if isinstance(body, dict) else {}
    return {k: str(v) for k, v in (await request.form()).items()}


async def token_endpoint(request: Request) -> JSONResponse:
    """POST /auth/token: grant_type=password (username, password) or refresh_token (refresh_token)."""
    try:
        form = await _credentials(request)
        grant = form.get("grant_type", "password")
        if grant == "password":
            if not form.get("username") or not form.get("password"):
                raise InvalidInput("username and password are required", "需要用户名和口令", field="username")
            remote = request.client.host if request.client else ""
            principal = await service.authenticate(username=form["username"], password=form["password"], remote=remote)
        elif grant == "refresh_token":
            principal = tokens.verify(form.get("refresh_token", ""), kind="refresh")
            principal = await service.refreshed(principal)
        else:
            raise InvalidInput(f"unsupported grant_type {grant!r}", f"不支持的授权方式 {grant!r}", field="grant_type")
    except DomainError as error:
        status = 400 if error.code in ("BAD_USER_INPUT", "BAD_REQUEST") else 401
        if error.code == "TOO_MANY_ATTEMPTS":
            status = 429
        return JSONResponse({"error": error.code, "error_description": error.message, **error.extensions}, status_code=status)
    return JSONResponse(service.token_response(principal), headers={"cache-control": "no-store"})


def authenticate_request(request: Request) -> Principal:
    """The principal of a gateway request; raises Unauthenticated (with `extensions`) otherwise."""
    return tokens.principal_from_header(request.headers.get("authorization"))
