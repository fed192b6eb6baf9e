"""The authz subgraph — 用户与权限: users, their roles per region, the policy's roles; served by the gateway process.

The identity store lives with the gateway, so this subgraph runs in the gateway's process in every
deployment and is composed into the supergraph like the others. Every field declares its action;
every change is audited in the identity store.
"""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.enforcer import get_authorizer
from authz.permissions import allowed, principal, scope
from identity import service
from identity.models import RoleGrant as RoleGrantRow
from identity.models import User as UserRow
from kernel.enums import Role, UserKind
from kernel.errors import InvalidInput
from kernel.subgraph import create_schema, loader, ordered


@strawberry.type(description="角色授权 / a role held in a region and every region beneath it (\"*\": everywhere)")
class RoleGrant:
    role: Role
    region_code: str

    @classmethod
    def from_row(cls, row: RoleGrantRow) -> RoleGrant:
        return cls(role=row.role, region_code=row.region_code)


@strawberry.type(description="用户 / a person or a bank's machine client")
class UserAccount:
    id: strawberry.ID
    username: str
    display_name: str
    kind: UserKind
    active: bool
    created_at: dt.datetime

    @strawberry.field(description="角色授权 / the user's roles and regions")
    async def grants(self, info: Info) -> list[RoleGrant]:
        rows = await loader(info, "grants", _load_grants).load(int(self.id))
        return [RoleGrant.from_row(row) for row in rows]

    @classmethod
    def from_row(cls, row: UserRow) -> UserAccount:
        return cls(id=strawberry.ID(str(row.id)), username=row.username, display_name=row.display_name, kind=UserKind(row.kind),
                   active=row.is_active, created_at=row.created_at)


async def _load_grants(ids: list[int]) -> list[list[RoleGrantRow]]:
    return ordered(ids, await service.grants_of(user_ids=ids), default=[])


@strawberry.type(description="策略中的角色 / a role of the policy and the actions it grants")
class PolicyRole:
    name: Role
    actions: list[str]


@strawberry.input(description="角色授权 / a role in a region")
class RoleGrantInput:
    role: Role
    region_code: str = strawberry.field(description="12位区划代码，或 * 表示全域 / region code, or * for everywhere")


@strawberry.input(description="新用户 / a new user or machine client")
class CreateUserInput:
    username: str
    password: str = strawberry.field(description="口令（机器客户端为 client_secret）/ password (client secret for machines)")
    display_name: str = ""
    kind: UserKind = strawberry.field(default=UserKind.user, description="工作人员或机器客户端 / a person or a machine client")
    grants: list[RoleGrantInput] = strawberry.field(default_factory=list)


def _after(value: strawberry.ID | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        raise InvalidInput("after must be a user id", "after 应为用户编号", field="after") from None


@strawberry.type
class Query:
    @strawberry.field(permission_classes=[allowed(Action.USER_READ)], description="用户 / users with roles in your jurisdiction")
    async def users(self, info: Info, first: int = 50, after: strawberry.ID | None = None,
                    username: str | None = None) -> list[UserAccount]:
        rows = await service.list_users(scope=scope(info, Action.USER_READ), first=first, after=_after(after), username=username)
        return [UserAccount.from_row(row) for row in rows]

    @strawberry.field(permission_classes=[allowed(Action.USER_READ)], description="角色 / the policy's roles and their actions")
    def roles(self, info: Info) -> list[PolicyRole]:
        policy = get_authorizer().policy()
        return [PolicyRole(name=role, actions=sorted(policy[role])) for role in sorted(policy)]


@strawberry.type
class Mutation:
    @strawberry.mutation(permission_classes=[allowed(Action.USER_MANAGE)], description="新建用户 / create a user with roles")
    async def create_user(self, info: Info, input: CreateUserInput) -> UserAccount:
        row = await service.create_user(
            actor=principal(info), username=input.username, password=input.password, display_name=input.display_name,
            kind=input.kind, grants=[(grant.role, grant.region_code) for grant in input.grants],
        )
        return UserAccount.from_row(row)

    @strawberry.mutation(permission_classes=[allowed(Action.USER_MANAGE)], description="授予角色 / grant a role in a region")
    async def grant_role(self, info: Info, username: str, role: Role, region_code: str) -> UserAccount:
        row = await service.grant_role(actor=principal(info), username=username, role=role, region_code=region_code)
        return UserAccount.from_row(row)

    @strawberry.mutation(permission_classes=[allowed(Action.USER_MANAGE)], description="收回角色 / revoke a role")
    async def revoke_role(self, info: Info, username: str, role: Role, region_code: str) -> UserAccount:
        row = await service.revoke_role(actor=principal(info), username=username, role=role, region_code=region_code)
        return UserAccount.from_row(row)

    @strawberry.mutation(permission_classes=[allowed(Action.USER_MANAGE)], description="启用或停用用户 / enable or disable a user")
    async def set_user_active(self, info: Info, username: str, active: bool) -> UserAccount:
        row = await service.set_active(actor=principal(info), username=username, active=active)
        return UserAccount.from_row(row)


schema = create_schema(query=Query, mutation=Mutation)
