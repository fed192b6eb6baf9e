"""Bank accounts — 银行账户: a household's account, a change's result, the input, and account numbers as the caller
may see them (in full to the paying bank and to readers of accounts in the region, masked to everybody else)."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.types import Info

from authz.masking import Sensitive, accounts_scope, masked, reveal, reveals
from authz.permissions import scope
from kernel.enums import AccountKind
from kernel.subgraph import optional_gid
from services.disbursement import models


@strawberry.type(description="银行账户 / bank account receiving the benefit")
class BankAccount:
    id: strawberry.ID
    household_id: strawberry.ID
    bank_name: str
    holder_name: str
    holder_person_id: strawberry.ID | None
    region_code: str
    kind: AccountKind
    version: int
    is_current: bool
    luhn_ok: bool = strawberry.field(description="卡号通过 Luhn 校验 / passes the Luhn check (a warning only)")
    staff_held_by: str = strawberry.field(description="代管工作人员 / staff member holding the card, if any")
    staff_agreement: str = strawberry.field(description="代管书面协议 / the filed agreement")
    changed_by: str
    changed_at: dt.datetime | None
    full_number: strawberry.Private[str]

    @strawberry.field(description="账号 / account number; masked unless the caller may read it in full")
    def account_number(self, info: Info) -> str:
        return reveal(info, Sensitive.ACCOUNT_NUMBER, self.region_code, self.full_number)

    @classmethod
    def from_row(cls, row: models.BankAccount) -> BankAccount:
        return cls(
            id=strawberry.ID(str(row.id)),
            household_id=strawberry.ID(str(row.household_id)),
            bank_name=row.bank_name,
            holder_name=row.holder_name,
            holder_person_id=optional_gid(row.holder_person_id),
            region_code=row.region_code,
            kind=row.kind,
            version=row.version,
            is_current=row.is_current,
            luhn_ok=row.luhn_ok,
            staff_held_by=row.staff_held_by,
            staff_agreement=row.staff_agreement,
            changed_by=row.changed_by,
            changed_at=row.changed_at,
            full_number=row.account_number,
        )


@strawberry.type(description="账户变更结果 / the new account version and any warnings (e.g. LUHN_MISMATCH)")
class AccountChange:
    account: BankAccount
    warnings: list[str]


def full_accounts(info: Info, prefix: str) -> bool:
    """Whether the caller reads account numbers in full everywhere under a region prefix."""
    return reveals(accounts_scope(lambda action: scope(info, action)), prefix)


class AccountNumbers:
    """Account numbers as the caller may see them: in full to the bank that pays them and to those who may read
    accounts in the region, masked to everybody else; decided once per region of a page, not once per line."""

    def __init__(self, info: Info) -> None:
        self.info = info
        self.full: dict[str, bool] = {}

    def shown(self, number: str, region_code: str) -> str:
        full = self.full.get(region_code)
        if full is None:
            full = self.full[region_code] = full_accounts(self.info, region_code)
        return number if full else masked(Sensitive.ACCOUNT_NUMBER, number)


@strawberry.input(description="银行账户 / a household's account")
class BankAccountInput:
    household_id: strawberry.ID
    bank_name: str
    account_number: str
    holder_person_id: strawberry.ID
    kind: AccountKind = strawberry.field(default=AccountKind.YIKATONG, description="账户类型 / kind of account")
    staff_held_by: str = ""
    staff_agreement: str = ""
    opened_on: dt.date | None = None
