"""Users and their roles — 用户与权限: an account, its grants per region, the policy's roles, and the inputs that
create a user."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.types import Info

from identity.models import RoleGrant as RoleGrantRow
from identity.models import User as UserRow
from identity.schema.loaders import GrantsLoader
from kernel.enums import Role, UserKind


@strawberry.type(description='角色授权 / a role held in a region and every region beneath it ("*": everywhere)')
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
        rows = await GrantsLoader.of(info).load(int(self.id))
        return [RoleGrant.from_row(row) for row in rows]

    @classmethod
    def from_row(cls, row: UserRow) -> UserAccount:
        return cls(
            id=strawberry.ID(str(row.id)),
            username=row.username,
            display_name=row.display_name,
            kind=UserKind(row.kind),
            active=row.is_active,
            created_at=row.created_at,
        )


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
    password: str = strawberry.field(
        description="口令（机器客户端为 client_secret）/ password (client secret for machines)"
    )
    display_name: str = ""
    kind: UserKind = strawberry.field(
        default=UserKind.user, description="工作人员或机器客户端 / a person or a machine client"
    )
    grants: list[RoleGrantInput] = strawberry.field(default_factory=list)
