"""Users and sign-in: verify a password, record the attempt, and issue tokens."""

from __future__ import annotations

import datetime as dt

from pwdlib import PasswordHash
from tortoise.transactions import in_transaction

from authz import tokens
from authz.models import RoleGrant, SignInEvent, User
from authz.principal import Grant, Principal
from kernel.errors import InvalidInput, Unauthenticated
from kernel.values import RegionCode

_hasher = PasswordHash.recommended()
ROLES = (
    "village_assistant",
    "township_officer",
    "township_leader",
    "county_approver",
    "county_finance",
    "county_auditor",
    "municipal_officer",
    "supervision_inspector",
    "bank_client",
    "system_admin",
)
FAILED_SIGN_IN_LIMIT = 5
FAILED_SIGN_IN_WINDOW = dt.timedelta(minutes=15)


async def create_user(
    *, username: str, password: str, display_name: str = "", grants: list[tuple[str, str]], kind: str = "user"
) -> User:
    """A new user with its role grants, in one transaction."""
    if len(password) < 8:
        raise InvalidInput("password must have at least 8 characters", "口令至少8位", field="password")
    for role, region in grants:
        if role not in ROLES:
            raise InvalidInput(f"unknown role {role!r}", f"未知角色 {role!r}", field="role", code="UNKNOWN_ROLE")
        if region != "*":
            RegionCode.parse(region)
    async with in_transaction("authz"):
        user = await User.create(
            username=username, display_name=display_name, password_hash=_hasher.hash(password), kind=kind
        )
        for role, region in grants:
            await RoleGrant.create(user=user, role=role, region_code=region)
    return user


async def principal_of(user: User) -> Principal:
    grants = await RoleGrant.filter(user_id=user.id).values_list("role", "region_code")
    return Principal(
        username=user.username,
        grants=frozenset(Grant(role, region) for role, region in grants),
        kind=user.kind,
        display_name=user.display_name,
    )


async def authenticate(*, username: str, password: str, remote: str = "", channel: str = "api") -> Principal:
    """The principal for a correct username and password; every attempt is recorded."""
    since = dt.datetime.now(dt.timezone.utc) - FAILED_SIGN_IN_WINDOW
    recent_failures = await SignInEvent.filter(username=username, succeeded=False, at__gte=since).count()
    if recent_failures >= FAILED_SIGN_IN_LIMIT:
        await SignInEvent.create(username=username, succeeded=False, reason="rate_limited", remote=remote, channel=channel)
        raise Unauthenticated(
            "too many failed sign-ins; try again in 15 minutes",
            "登录失败次数过多，请15分钟后再试",
            code="TOO_MANY_ATTEMPTS",
        )
    user = await User.get_or_none(username=username)
    if user is None or not user.is_active or not _hasher.verify(password, user.password_hash):
        await SignInEvent.create(username=username, succeeded=False, reason="bad_credentials", remote=remote, channel=channel)
        raise Unauthenticated("wrong username or password", "用户名或口令错误", code="INVALID_CREDENTIALS")
    await SignInEvent.create(username=username, succeeded=True, remote=remote, channel=channel)
    return await principal_of(user)


def token_response(principal: Principal) -> dict:
    """The OAuth2-style answer of the token endpoint."""
    access, expires = tokens.issue(principal)
    refresh, _ = tokens.issue(principal, kind="refresh")
    return {
        "access_token": access,
        "token_type": "Bearer",
        "expires_in": int((expires - dt.datetime.now(dt.timezone.utc)).total_seconds()),
        "refresh_token": refresh,
        "username": principal.username,
        "roles": sorted(principal.roles),
    }


async def refreshed(principal: Principal) -> Principal:
    """Re-read the user's grants when a refresh token is used, so revoked roles drop out."""
    user = await User.get_or_none(username=principal.username, is_active=True)
    if user is None:
        raise Unauthenticated("the user no longer exists or is disabled", "用户不存在或已停用", code="INVALID_TOKEN")
    return await principal_of(user)
