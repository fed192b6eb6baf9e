"""Creating users and granting, revoking and suspending them: thin translation to `service`, audited there."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, principal
from identity import service
from identity.schema.types.users import CreateUserInput, UserAccount
from kernel.enums import Role


@strawberry.type
class UserMutation:
    @strawberry.mutation(
        permission_classes=[allowed(Action.USER_MANAGE)], description="新建用户 / create a user with roles"
    )
    async def create_user(self, info: Info, input: CreateUserInput) -> UserAccount:
        row = await service.create_user(
            actor=principal(info),
            username=input.username,
            password=input.password,
            display_name=input.display_name,
            kind=input.kind,
            grants=[(grant.role, grant.region_code) for grant in input.grants],
        )
        return UserAccount.from_row(row)

    @strawberry.mutation(
        permission_classes=[allowed(Action.USER_MANAGE)], description="授予角色 / grant a role in a region"
    )
    async def grant_role(self, info: Info, username: str, role: Role, region_code: str) -> UserAccount:
        row = await service.grant_role(actor=principal(info), username=username, role=role, region_code=region_code)
        return UserAccount.from_row(row)

    @strawberry.mutation(permission_classes=[allowed(Action.USER_MANAGE)], description="收回角色 / revoke a role")
    async def revoke_role(self, info: Info, username: str, role: Role, region_code: str) -> UserAccount:
        row = await service.revoke_role(actor=principal(info), username=username, role=role, region_code=region_code)
        return UserAccount.from_row(row)

    @strawberry.mutation(
        permission_classes=[allowed(Action.USER_MANAGE)], description="启用或停用用户 / enable or disable a user"
    )
    async def set_user_active(self, info: Info, username: str, active: bool) -> UserAccount:
        row = await service.set_active(actor=principal(info), username=username, active=active)
        return UserAccount.from_row(row)
