"""GraphQL types of the disbursement subgraph, including its fields on Household."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from authz.actions import Action
from authz.entities import guarded_references
from authz.masking import Sensitive, reveal
from authz.permissions import allowed, scope
from kernel.enums import AccountKind, PaymentStatus
from kernel.errors import DomainError
from kernel.feeds import FeedPage, Position
from kernel.subgraph import loader, ordered, selected_arguments
from services.disbursement import models, service


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
            id=strawberry.ID(str(row.id)), household_id=strawberry.ID(str(row.household_id)), bank_name=row.bank_name,
            holder_name=row.holder_name, holder_person_id=_id(row.holder_person_id), region_code=row.region_code, kind=row.kind,
            version=row.version, is_current=row.is_current, luhn_ok=row.luhn_ok, staff_held_by=row.staff_held_by,
            staff_agreement=row.staff_agreement, changed_by=row.changed_by, changed_at=row.changed_at, full_number=row.account_number,
        )


def _id(value: int | None) -> strawberry.ID | None:
    return None if value is None else strawberry.ID(str(value))


@strawberry.type(description="账户变更结果 / the new account version and any warnings (e.g. LUHN_MISMATCH)")
class AccountChange:
    account: BankAccount
    warnings: list[str]


@strawberry.type(description="已入账明细 / a paid roster line, for services that follow payments")
class PaidLine:
    cursor: str
    payment_id: strawberry.ID = strawberry.field(description="发放记录编号：明细的键 / the payment's id, the line's key")
    household_id: strawberry.ID
    region_code: str
    period: str
    amount: Decimal
    paid_on: dt.date | None
    account_number: str

    @classmethod
    def from_row(cls, row: dict) -> PaidLine:
        """From the plain values `service.paid_lines` returns."""
        return cls(cursor=str(Position.of(row)), payment_id=strawberry.ID(str(row["id"])),
                   household_id=strawberry.ID(str(row["household_id"])), region_code=row["region_code"],
                   period=row["period"], amount=row["amount"], paid_on=row["paid_on"], account_number=row["account_number"])


def compact_paid_line(row: dict) -> dict:
    """A paid line as the JSON its typed fields would give (camelCase keys, ids and amounts as strings)."""
    return {"cursor": str(Position.of(row)), "paymentId": str(row["id"]), "householdId": str(row["household_id"]),
            "regionCode": row["region_code"],
            "period": row["period"], "amount": str(row["amount"]), "paidOn": row["paid_on"].isoformat() if row["paid_on"] else None,
            "accountNumber": row["account_number"]}


@strawberry.type(description="已入账明细分页 / a page of paid lines")
class PaidLinePage(FeedPage):
    raw: strawberry.Private[list[dict]]

    @strawberry.field(description="已入账明细 / the lines, typed")
    def items(self) -> list[PaidLine]:
        return [PaidLine.from_row(row) for row in self.raw]

    @strawberry.field(description="紧凑记录 / the same lines as compact JSON objects (the typed fields' names and values), for consumers "
                                  "catching up: one value per page instead of seven fields per line")
    def rows(self) -> JSON:
        return [compact_paid_line(row) for row in self.raw]


@strawberry.type(description="发放记录 / a payment to a household")
class Payment:
    id: strawberry.ID
    household_id: strawberry.ID
    period: str
    amount: Decimal
    status: PaymentStatus
    paid_on: dt.date | None

    @classmethod
    def from_row(cls, row: dict) -> Payment:
        """From the plain values the service reads (`service.PAYMENT_COLUMNS`)."""
        return cls(
            id=strawberry.ID(str(row["id"])), household_id=strawberry.ID(str(row["household_id"])), period=row["period"],
            amount=row["amount"], status=row["status"], paid_on=row["paid_on"],
        )


@strawberry.federation.type(keys=["id"], description="家庭 / household (fields contributed by disbursement)")
class Household:
    id: strawberry.ID
    payments_by_period: strawberry.Private[dict[str | None, list[dict]] | None] = None
    """Payments fetched with the rest of an `_entities` batch, by the `period` asked (see resolve_references)."""

    @strawberry.field(permission_classes=[allowed(Action.PAYMENT_READ)], description="发放记录 / payments, newest first")
    def payments(self, info: Info, period: str | None = None) -> list[Payment] | None:
        rows = None if self.payments_by_period is None else self.payments_by_period.get(period)
        if rows is None:
            return self._load_payments(info, period)  # not fetched with the batch: an awaitable, resolved later
        return [Payment.from_row(row) for row in rows]

    async def _load_payments(self, info: Info, period: str | None) -> list[Payment]:
        key = f"payments:{period or ''}"
        rows = await loader(info, key, lambda ids: _load_payments(info, ids, period)).load(int(self.id))
        return [Payment.from_row(row) for row in rows]

    @strawberry.field(permission_classes=[allowed(Action.ACCOUNT_READ)], description="当前银行账户 / current bank account")
    async def bank_account(self, info: Info) -> BankAccount | None:
        row = await loader(info, "account", lambda ids: _load_accounts(info, ids)).load(int(self.id))
        return BankAccount.from_row(row) if row else None

    @classmethod
    async def resolve_references(cls, info: Info, representations: list[dict]) -> list[Household | Exception]:
        """Every key of one `_entities` call, with one jurisdiction lookup (see kernel.subgraph.SubgraphSchema); the
        payments the selection asks for come with them, one query per `period`, so that a thousand households'
        `payments` are plain lists rather than a thousand awaited loads."""
        found = await guarded_references(info, Action.PAYMENT_READ, representations, service.household_regions,
                                         lambda id: cls(id=strawberry.ID(id)))
        households = [entity for entity in found if isinstance(entity, Household)]
        periods = {arguments.get("period") for arguments in selected_arguments(info, "Household", "payments")}
        if not households or not periods:
            return found
        ids = list({int(household.id) for household in households})
        fetched: dict[str | None, dict[int, list[dict]]] = {}
        for period in periods:
            try:
                fetched[period] = dict(zip(ids, await _load_payments(info, ids, period), strict=False))
            except DomainError:
                continue  # a malformed period is refused at each household's field, as without the batch
        for household in households:
            household.payments_by_period = {period: rows[int(household.id)] for period, rows in fetched.items()}
        return found


async def _load_payments(info: Info, ids: list[int], period: str | None) -> list[list[dict]]:
    rows = await service.payments_by_household(scope=scope(info, Action.PAYMENT_READ), household_ids=ids, period=period)
    return ordered(ids, rows, default=[])


async def _load_accounts(info: Info, ids: list[int]) -> list[models.BankAccount | None]:
    return ordered(ids, await service.current_accounts(scope=scope(info, Action.ACCOUNT_READ), household_ids=ids))
