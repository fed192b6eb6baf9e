"""Signed tokens (HS256 JWT, algorithm pinned on decode) carrying the caller's grants."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections import OrderedDict
from typing import Any

import jwt

from authz.principal import Grant, Principal
from kernel.errors import Unauthenticated
from kernel.settings import Settings, get_settings

ALGORITHM = "HS256"
ISSUER = "dibao"
AUDIENCE = "dibao"


def issue(
    principal: Principal,
    *,
    kind: str = "access",
    lifetime: dt.timedelta | None = None,
    settings: Settings | None = None,
    family: str = "",
    jti: str = "",
) -> tuple[str, dt.datetime]:
    """A token for `principal`; returns the token and its expiry. Refresh tokens carry their family."""
    settings = settings or get_settings()
    now = dt.datetime.now(dt.UTC)
    if lifetime is None:
        lifetime = (
            dt.timedelta(hours=settings.refresh_token_hours)
            if kind == "refresh"
            else dt.timedelta(minutes=settings.access_token_minutes)
        )
    expires = now + lifetime
    claims = {
        "iss": ISSUER,
        "aud": AUDIENCE,
        "sub": principal.username,
        "name": principal.display_name,
        "kind": principal.kind,
        "typ": kind,
        "grants": [[grant.role, grant.region] for grant in sorted(principal.grants)],
        "iat": now,
        "issued": now.timestamp(),  # iat with sub-second precision, compared with revocation times
        "exp": expires,
        "jti": jti or uuid.uuid4().hex,
    }
    if kind == "refresh":
        claims["fam"] = family or claims["jti"]
    elif family:
        claims["fam"] = family  # an access token names its session's refresh family: reuse revokes both
    return jwt.encode(claims, settings.jwt_secret, algorithm=ALGORITHM), expires


def verify(
    token: str, *, kind: str = "access", settings: Settings | None = None, max_lifetime: dt.timedelta | None = None
) -> Principal:
    """The principal of a valid token, or Unauthenticated naming what is wrong.

    `max_lifetime` refuses tokens minted to live longer (subgraphs accept short-lived access tokens only).
    """
    settings = settings or get_settings()
    key = (token, kind, settings.jwt_secret, max_lifetime)
    known = _verified.get(key)
    if known is not None:
        if known.expires_at > time.time():
            return known
        del _verified[key]
    principal = _verify(token, kind=kind, settings=settings, max_lifetime=max_lifetime)
    _verified[key] = principal
    while len(_verified) > VERIFIED_TOKENS:
        _verified.popitem(last=False)
    return principal


VERIFIED_TOKENS = 4096
"""Tokens whose signature and claims were checked, kept until they expire: a client sends the same one for
minutes, and checking it again is a good part of a small request's time at the gateway."""

_verified: OrderedDict[tuple[Any, ...], Principal] = OrderedDict()


def _verify(token: str, *, kind: str, settings: Settings, max_lifetime: dt.timedelta | None) -> Principal:
    try:
        claims = jwt.decode(
            token,
            settings.jwt_secret,
            algorithms=[ALGORITHM],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub", "jti", "typ"]},
        )
    except jwt.ExpiredSignatureError:
        raise Unauthenticated("token has expired", "令牌已过期", code="TOKEN_EXPIRED") from None
    except jwt.InvalidTokenError as exc:
        raise Unauthenticated(f"token is not valid: {exc}", "令牌无效", code="INVALID_TOKEN") from None
    if claims["typ"] != kind:
        raise Unauthenticated(f"a {kind} token is required", f"需要 {kind} 类型的令牌", code="INVALID_TOKEN")
    if max_lifetime is not None and claims["exp"] - claims["iat"] > max_lifetime.total_seconds():
        raise Unauthenticated(
            "token lives longer than an access token may", "令牌有效期超过访问令牌的上限", code="INVALID_TOKEN"
        )
    try:
        grants = frozenset(Grant(str(role), str(region)) for role, region in claims.get("grants", []))
    except (TypeError, ValueError):
        raise Unauthenticated("token grants are malformed", "令牌中的授权格式错误", code="INVALID_TOKEN") from None
    return Principal(
        username=claims["sub"],
        grants=grants,
        kind=claims.get("kind", "user"),
        display_name=claims.get("name", ""),
        token_id=claims["jti"],
        issued_at=float(claims.get("issued", claims["iat"])),
        expires_at=float(claims["exp"]),
        family=str(claims.get("fam", "")),
    )


def bearer(authorization: str | None) -> str:
    """The token from an `Authorization: Bearer …` header."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated(
            "an Authorization: Bearer token is required", "请求缺少身份令牌（Authorization: Bearer）", code="UNAUTHENTICATED"
        )
    return token.strip()


def principal_from_header(
    authorization: str | None, settings: Settings | None = None, *, short_lived: bool = False
) -> Principal:
    """The caller of a request; `short_lived` (subgraphs) admits only access-token lifetimes."""
    settings = settings or get_settings()
    limit = dt.timedelta(minutes=settings.access_token_minutes, seconds=30) if short_lived else None
    return verify(bearer(authorization), settings=settings, max_lifetime=limit)


def subgraph_caller(authorization: str | None, settings: Settings) -> Principal:
    """A subgraph's token check (kernel.credentials): access-token lifetimes only; revocation is the gateway's."""
    return principal_from_header(authorization, settings, short_lived=True)


def service_token(service: str, settings: Settings) -> str:
    """A short-lived token for `service`'s own identity (role `service_<service>` everywhere) to call another."""
    principal = Principal(username=f"service:{service}", grants=frozenset({Grant(f"service_{service}", "*")}),
                          kind="service")
    return issue(principal, settings=settings)[0]


def service_principal(name: str = "gateway") -> Principal:
    """The gateway's own identity, used only to read subgraph SDL."""
    return Principal(username=f"service:{name}", grants=frozenset({Grant("gateway", "*")}), kind="service")
