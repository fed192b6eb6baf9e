"""Sessions — 会话: access and refresh tokens, refresh rotation with reuse detection, sign-out.

An access token lives minutes and is verified by every subgraph on its own. A refresh token is
used once: each use marks it and hands out a successor in the same family. A used token presented
again means it was copied, so the whole family is revoked. Sign-out revokes the family and puts the
access token on the revocation list until it expires; the gateway checks that list and the user's
`tokens_valid_after` (moved when roles change or the user is disabled) on every request.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from opentelemetry.instrumentation.utils import suppress_instrumentation
from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from authz import tokens
from authz.principal import Principal
from identity.models import IdentityAuditRecord, RefreshToken, RevokedToken, User
from kernel import sql
from kernel.audit import record
from kernel.errors import Unauthenticated


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _at(timestamp: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(timestamp, dt.UTC)


async def open_session(principal: Principal, *, family: str = "", refresh: bool = True) -> dict[str, Any]:
    """The token endpoint's answer: an access token and, for people, a refresh token stored by id."""
    if refresh:
        family = family or uuid.uuid4().hex
    access, expires = tokens.issue(principal, family=family)
    answer = {
        "access_token": access,
        "token_type": "Bearer",
        "expires_in": int((expires - _now()).total_seconds()),
        "username": principal.username,
        "roles": sorted(principal.roles),
    }
    if refresh:
        token, refresh_expires = tokens.issue(principal, kind="refresh", family=family)
        claims = tokens.verify(token, kind="refresh")
        await RefreshToken.create(
            jti=claims.token_id, family=claims.family, username=principal.username, expires_at=refresh_expires
        )
        answer["refresh_token"] = token
    return answer


async def rotate(refresh_token: str) -> tuple[str, str]:
    """Spend a refresh token: (username, family) for the successor; a replayed token revokes its family."""
    claims = tokens.verify(refresh_token, kind="refresh")
    async with in_transaction("authz") as connection:
        spent = await RefreshToken.filter(jti=claims.token_id, used_at=None, revoked_at=None).using_db(connection).update(
            used_at=_now()
        )
        if spent:
            return claims.username, claims.family
        stored = await RefreshToken.get_or_none(jti=claims.token_id, using_db=connection)
        if stored is not None and stored.used_at is not None and stored.revoked_at is None:
            await _revoke_family(stored.family, connection=connection)
            await record(IdentityAuditRecord, actor=claims.username, action="session.refresh_reused", entity="RefreshToken",
                         entity_id=stored.family, succeeded=False, using_db=connection)
    if stored is not None and stored.used_at is not None and stored.revoked_at is None:
        raise Unauthenticated(
            "this refresh token was already used; the session has been ended, sign in again",
            "该刷新令牌已被使用过，会话已终止，请重新登录", code="TOKEN_REUSED",
        )
    raise Unauthenticated("the refresh token has been revoked", "刷新令牌已被吊销", code="TOKEN_REVOKED")


async def _revoke_family(family: str, *, connection: BaseDBAsyncClient) -> int:
    return await RefreshToken.filter(family=family, revoked_at=None).using_db(connection).update(revoked_at=_now())


async def sign_out(principal: Principal, *, refresh_token: str | None = None, everywhere: bool = False) -> None:
    """End this session (its access token and refresh family), or every session of the user."""
    async with in_transaction("authz") as connection:
        await RevokedToken.get_or_create(
            jti=principal.token_id,
            defaults={"username": principal.username, "expires_at": _at(principal.expires_at)},
            using_db=connection,
        )
        if refresh_token:
            claims = tokens.verify(refresh_token, kind="refresh")
            if claims.username == principal.username:
                await _revoke_family(claims.family, connection=connection)
        if everywhere:
            await end_all_sessions(principal.username, connection=connection)
        await RevokedToken.filter(expires_at__lt=_now()).using_db(connection).delete()  # expired anyway
        await record(IdentityAuditRecord, actor=principal.username, action="session.sign_out", entity="User",
                     entity_id=principal.username, after={"everywhere": everywhere}, using_db=connection)


async def end_all_sessions(username: str, *, connection: BaseDBAsyncClient) -> None:
    """Refuse every token issued so far to `username` (roles changed, disabled, signed out everywhere)."""
    await User.filter(username=username).using_db(connection).update(tokens_valid_after=_now())
    await RefreshToken.filter(username=username, revoked_at=None).using_db(connection).update(revoked_at=_now())


async def require_current(principal: Principal) -> Principal:
    """The gateway's revocation check: the token was not signed out and the user still holds it valid.

    Its indexed lookup runs before the operation's trace starts, so it is kept out of tracing.
    """
    if principal.kind == "service":
        return principal
    with suppress_instrumentation():
        return await _require_current(principal)


_CURRENT = (
    "SELECT EXISTS (SELECT 1 FROM auth_revoked_token WHERE jti = $1) AS revoked,"
    " EXISTS (SELECT 1 FROM auth_refresh_token WHERE family = $3 AND revoked_at IS NOT NULL) AS family_revoked,"
    " u.is_active, u.tokens_valid_after"
    " FROM (SELECT 1 AS one) AS one LEFT JOIN auth_user AS u ON u.username = $2"
)
"""Every revocation fact in one indexed round trip: this runs before every gateway request. A family is revoked
when its refresh token was replayed or the session signed out; its access tokens stop with it."""


async def _require_current(principal: Principal) -> Principal:
    (state,) = await sql.fetch(connections.get("authz"), _CURRENT, principal.token_id, principal.username,
                               principal.family)
    if state["revoked"]:
        raise Unauthenticated("this token was signed out", "该令牌已注销", code="TOKEN_REVOKED")
    if state["family_revoked"]:
        raise Unauthenticated("this session was ended (its refresh token was used twice or signed out)",
                              "该会话已终止（刷新令牌被重复使用或已注销）", code="TOKEN_REVOKED")
    if not state["is_active"]:
        raise Unauthenticated("the user no longer exists or is disabled", "用户不存在或已停用", code="TOKEN_REVOKED")
    valid_after = state["tokens_valid_after"]
    if isinstance(valid_after, str):  # SQLite keeps datetimes as ISO text
        valid_after = dt.datetime.fromisoformat(valid_after)
    if valid_after is not None and principal.issued_at < valid_after.timestamp():
        raise Unauthenticated(
            "roles changed or the user signed out since this token was issued; refresh it",
            "令牌签发后角色已变更或已注销，请刷新令牌", code="TOKEN_REVOKED",
        )
    return principal
