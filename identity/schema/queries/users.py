"""Users and the policy's roles as read: thin translation to `service` and the authorizer."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.enforcer import get_authorizer
from authz.permissions import allowed, scope
from identity import service
from identity.schema.types.users import PolicyRole, UserAccount
from kernel.errors import InvalidInput


def _after(value: strawberry.ID | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        raise InvalidInput("after must be a user id", "after 应为用户编号", field="after") from None


@strawberry.type
class UserQuery:
    @strawberry.field(
        permission_classes=[allowed(Action.USER_READ)], description="用户 / users with roles in your jurisdiction"
    )
    async def users(
        self, info: Info, first: int = 50, after: strawberry.ID | None = None, username: str | None = None
    ) -> list[UserAccount]:
        rows = await service.list_users(
            scope=scope(info, Action.USER_READ), first=first, after=_after(after), username=username
        )
        return [UserAccount.from_row(row) for row in rows]

    @strawberry.field(
        permission_classes=[allowed(Action.USER_READ)], description="角色 / the policy's roles and their actions"
    )
    def roles(self, info: Info) -> list[PolicyRole]:
        policy = get_authorizer().policy()
        return [PolicyRole(name=role, actions=sorted(policy[role])) for role in sorted(policy)]
