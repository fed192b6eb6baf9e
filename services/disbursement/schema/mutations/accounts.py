"""Bank account changes over GraphQL: thin translation to `accounts`."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, principal
from services.disbursement import accounts
from services.disbursement.schema.arguments import id_of
from services.disbursement.schema.types.accounts import AccountChange, BankAccount, BankAccountInput


@strawberry.type
class AccountMutation:
    @strawberry.mutation(
        permission_classes=[allowed(Action.ACCOUNT_WRITE)], description="登记或变更银行账户 / set a household's account"
    )
    async def set_bank_account(self, info: Info, input: BankAccountInput) -> AccountChange:
        row, warnings = await accounts.set_account(
            actor=principal(info),
            account=accounts.AccountIn(
                household_id=id_of(input.household_id, "householdId"),
                bank_name=input.bank_name,
                account_number=input.account_number,
                holder_person_id=id_of(input.holder_person_id, "holderPersonId"),
                kind=input.kind,
                staff_held_by=input.staff_held_by,
                staff_agreement=input.staff_agreement,
                opened_on=input.opened_on,
            ),
        )
        return AccountChange(account=BankAccount.from_row(row), warnings=warnings)
