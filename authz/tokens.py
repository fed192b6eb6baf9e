"""Signed tokens (HS256 JWT, algorithm pinned on decode) carrying the caller's grants."""

from __future__ import annotations

import datetime as dt
import uuid

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
) -> tuple[str, dt.datetime]:
    """A token for `principal`; returns the token and its expiry."""
    settings = settings or get_settings()
    now = dt.datetime.now(dt.timezone.utc)
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
        "exp": expires,
        "jti": uuid.uuid4().hex,
    }
    return jwt.encode(claims, settings.jwt_secret, algorithm=ALGORITHM), expires


def verify(token: str, *, kind: str = "access", settings: Settings | None = None) -> Principal:
    """The principal of a valid token, or Unauthenticated naming what is wrong."""
    settings = settings or get_settings()
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
    )


def bearer(authorization: str | None) -> str:
    """The token from an `Authorization: Bearer …` header."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated(
            "an Authorization: Bearer token is required", "请求缺少身份令牌（Authorization: Bearer）", code="UNAUTHENTICATED"
        )
    return token.strip()


def principal_from_header(authorization: str | None, settings: Settings | None = None) -> Principal:
    return verify(bearer(authorization), settings=settings)


def service_principal(name: str = "gateway") -> Principal:
    """The gateway's own identity, used only to read subgraph SDL."""
    return Principal(username=f"service:{name}", grants=frozenset({Grant("gateway", "*")}), kind="service")
