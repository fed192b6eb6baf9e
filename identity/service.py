"""Users and sign-in: verify a password, record the attempt, and issue tokens."""

from __future__ import annotations

import datetime as dt
import os
import secrets
from typing import Any

import anyio
import anyio.to_thread
from pwdlib import PasswordHash
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Subquery
from tortoise.transactions import in_transaction

from authz.actions import Action
from authz.enforcer import EVERYWHERE, get_authorizer
from authz.principal import Grant, Principal
from authz.scope import Scope
from identity import sessions, throttle
from identity.models import IdentityAuditRecord, RoleGrant, SignInEvent, User
from kernel.audit import record
from kernel.errors import Forbidden, InvalidInput, NotFound, Unauthenticated
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


async def create_user(
    *, username: str, password: str, display_name: str = "", grants: list[tuple[str, str]], kind: str = "user",
    actor: Principal | None = None,
) -> User:
    """A new user with its role grants, in one transaction; audited with the administrator as actor."""
    if not username or len(username) > 64 or not username.replace(".", "").replace("-", "").replace("_", "").isalnum():
        raise InvalidInput("username must be 1-64 letters, digits, '.', '-' or '_'", "登录名须为1-64位字母、数字或 . - _",
                           field="username", code="INVALID_USERNAME")
    if len(password) < 8:
        raise InvalidInput("password must have at least 8 characters", "口令至少8位", field="password")
    if kind not in ("user", "machine"):
        raise InvalidInput("kind must be user or machine", "类型须为 user 或 machine", field="kind")
    grants = [_checked_grant(role, region) for role, region in grants]
    if actor is not None:
        for _, region in grants:
            _require_manage(actor, region)
    password_hash = await hash_password(password)
    async with in_transaction("authz") as connection:
        if await User.filter(username=username).using_db(connection).exists():
            raise InvalidInput(f"user {username!r} exists", f"用户 {username!r} 已存在", field="username", code="USER_EXISTS")
        user = await User.create(
            username=username, display_name=display_name, password_hash=password_hash, kind=kind,
            using_db=connection,
        )
        for role, region in sorted(set(grants)):
            await RoleGrant.create(user=user, role=role, region_code=region, using_db=connection)
        await record(IdentityAuditRecord, actor=actor.username if actor else "system", action="user.create", entity="User",
                     entity_id=username, after={"kind": kind, "grants": sorted(set(grants))}, using_db=connection)
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
    """The principal for a correct username and password; every attempt, refused or not, is recorded.

    The attempt is charged to the throttle (identity.throttle) before any password is checked; an unknown or
    disabled user costs the same Argon2 check as a known one, so neither the answer nor its time tells them
    apart; the hash runs off the event loop.
    """
    logged = username[:64]
    throttled = await throttle.admit(username=username, address=remote)
    if throttled is not None:
        await SignInEvent.create(username=logged, succeeded=False, reason=f"throttled_{throttled.scope}", remote=remote,
                                 channel=channel)
        raise Unauthenticated(
            f"too many sign-in attempts; try again in {throttled.retry_after} seconds",
            f"登录尝试过于频繁，请 {throttled.retry_after} 秒后再试",
            code="TOO_MANY_ATTEMPTS", retryAfter=throttled.retry_after, limit=throttled.scope,
        )
    user = await User.get_or_none(username=username)
    known = user is not None and user.is_active
    correct = await verify_password(password, user.password_hash if user is not None and known else await _dummy_hash())
    if user is None or not (known and correct):
        await SignInEvent.create(username=logged, succeeded=False, reason="bad_credentials", remote=remote, channel=channel)
        raise Unauthenticated("wrong username or password", "用户名或口令错误", code="INVALID_CREDENTIALS")
    await throttle.succeeded(username=username, address=remote)
    await SignInEvent.create(username=logged, succeeded=True, remote=remote, channel=channel)
    return await principal_of(user)


_hashing = anyio.CapacityLimiter(max(os.cpu_count() or 1, 2))
"""Argon2 checks at a time: each takes 64 MiB and a core's worth of work; more would only queue in the kernel."""

_dummy: list[str] = []


async def verify_password(password: str, password_hash: str) -> bool:
    """Argon2 verification in a worker thread, so GraphQL requests go on while sign-ins are checked."""
    return await anyio.to_thread.run_sync(_hasher.verify, password, password_hash, limiter=_hashing)


async def hash_password(password: str) -> str:
    """An Argon2 hash of a new password, made in a worker thread."""
    return await anyio.to_thread.run_sync(_hasher.hash, password, limiter=_hashing)


async def _dummy_hash() -> str:
    """A hash no password matches, checked for unknown users so that they cost the same time as known ones."""
    if not _dummy:
        _dummy.append(await hash_password(secrets.token_urlsafe(32)))
    return _dummy[0]


async def refreshed(refresh_token: str) -> dict[str, Any]:
    """Spend a refresh token and answer with fresh tokens; the user's grants are read again."""
    username, family = await sessions.rotate(refresh_token)
    user = await User.get_or_none(username=username, is_active=True)
    if user is None:
        raise Unauthenticated("the user no longer exists or is disabled", "用户不存在或已停用", code="INVALID_TOKEN")
    return await sessions.open_session(await principal_of(user), family=family)


async def authenticate_client(*, client_id: str, client_secret: str, remote: str = "") -> Principal:
    """Machine credentials (OAuth2 client-credentials grant) of a bank's integration — 机构凭据."""
    principal = await authenticate(username=client_id, password=client_secret, remote=remote, channel="client")
    if principal.kind != "machine":
        await SignInEvent.create(username=client_id[:64], succeeded=False, reason="not_a_client", remote=remote, channel="client")
        raise Unauthenticated(
            "client credentials are for machine clients; people sign in with the password grant",
            "机构凭据仅供机器客户端使用；个人用户请用口令登录", code="INVALID_CLIENT",
        )
    return principal


def _require_manage(actor: Principal, region: str) -> None:
    """The administrator may grant only inside their own jurisdiction ("*" needs everywhere)."""
    authorizer = get_authorizer()
    if region == EVERYWHERE:
        if not authorizer.scope(actor, Action.USER_MANAGE).everything:
            raise Forbidden("only a nationwide administrator may grant everywhere", "只有全域管理员可授予全域角色",
                            code="FORBIDDEN", field="regionCode", action=str(Action.USER_MANAGE))
        return
    authorizer.require(actor, Action.USER_MANAGE, region)


def _checked_grant(role: str, region: str) -> tuple[str, str]:
    if role not in ROLES:
        raise InvalidInput(f"unknown role {role!r}; roles are {', '.join(ROLES)}", f"未知角色 {role!r}", field="role",
                           code="UNKNOWN_ROLE")
    return role, region if region == EVERYWHERE else str(RegionCode.parse(region))


async def _user(username: str, connection: BaseDBAsyncClient) -> User:
    user = await User.get_or_none(username=username, using_db=connection)
    if user is None:
        raise NotFound(f"no user {username!r}", f"用户 {username!r} 不存在", field="username", code="USER_NOT_FOUND")
    return user


async def grant_role(*, actor: Principal, username: str, role: str, region_code: str) -> User:
    """Give a user a role in a region (and all regions beneath it); audited."""
    role, region_code = _checked_grant(role, region_code)
    _require_manage(actor, region_code)
    async with in_transaction("authz") as connection:
        user = await _user(username, connection)
        _, created = await RoleGrant.get_or_create(user=user, role=role, region_code=region_code, using_db=connection)
        if not created:
            raise InvalidInput(f"{username} already holds {role} in {region_code}", f"{username} 已在 {region_code} 拥有角色 {role}",
                               field="role", code="GRANT_EXISTS")
        await record(IdentityAuditRecord, actor=actor.username, action="role.grant", entity="User", entity_id=username,
                     region_code=region_code, after={"role": role, "regionCode": region_code}, using_db=connection)
    return user


async def revoke_role(*, actor: Principal, username: str, role: str, region_code: str) -> User:
    """Take a role away; the user's current access tokens stop working at once (they must refresh)."""
    role, region_code = _checked_grant(role, region_code)
    _require_manage(actor, region_code)
    async with in_transaction("authz") as connection:
        user = await _user(username, connection)
        removed = await RoleGrant.filter(user=user, role=role, region_code=region_code).using_db(connection).delete()
        if not removed:
            raise NotFound(f"{username} does not hold {role} in {region_code}", f"{username} 在 {region_code} 没有角色 {role}",
                           field="role", code="GRANT_NOT_FOUND")
        await User.filter(id=user.id).using_db(connection).update(tokens_valid_after=dt.datetime.now(dt.UTC))
        await record(IdentityAuditRecord, actor=actor.username, action="role.revoke", entity="User", entity_id=username,
                     region_code=region_code, before={"role": role, "regionCode": region_code}, using_db=connection)
    return user


async def set_active(*, actor: Principal, username: str, active: bool) -> User:
    """Enable or disable a user; disabling ends every session at once."""
    _require_manage(actor, EVERYWHERE)
    async with in_transaction("authz") as connection:
        user = await _user(username, connection)
        before = user.is_active
        await User.filter(id=user.id).using_db(connection).update(is_active=active)
        if not active:
            await sessions.end_all_sessions(username, connection=connection)
        await record(IdentityAuditRecord, actor=actor.username, action="user.activate" if active else "user.disable",
                     entity="User", entity_id=username, before={"active": before}, after={"active": active}, using_db=connection)
        await user.refresh_from_db(using_db=connection)
    return user


async def list_users(*, scope: Scope, first: int = 50, after: int | None = None, username: str | None = None) -> list[User]:
    """Users holding at least one grant inside `scope` (everyone for a nationwide scope)."""
    query = User.all()
    if not scope.everything:
        query = query.filter(id__in=Subquery(RoleGrant.filter(scope.q()).values("user_id")))
    if username:
        query = query.filter(username=username)
    if after is not None:
        query = query.filter(id__gt=after)
    return await query.order_by("id").limit(min(max(first, 1), 500))


async def grants_of(*, user_ids: list[int]) -> dict[int, list[RoleGrant]]:
    rows: dict[int, list[RoleGrant]] = {user_id: [] for user_id in user_ids}
    for grant in await RoleGrant.filter(user_id__in=user_ids).order_by("role", "region_code"):
        rows[grant.user_id].append(grant)
    return rows
