"""Bank accounts as read: thin translation to `accounts`."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, scope
from services.disbursement import accounts
from services.disbursement.schema.arguments import id_of
from services.disbursement.schema.types.accounts import BankAccount


@strawberry.type
class AccountQuery:
    @strawberry.field(
        permission_classes=[allowed(Action.ACCOUNT_READ)], description="账户历次版本 / every version of an account"
    )
    async def bank_account_history(self, info: Info, household_id: strawberry.ID) -> list[BankAccount]:
        rows = await accounts.account_history(
            household_id=id_of(household_id, "householdId"), region_prefixes=scope(info, Action.ACCOUNT_READ)
        )
        return [BankAccount.from_row(row) for row in rows]
