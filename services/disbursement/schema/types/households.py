"""The fields disbursement contributes to the households' `Household` entity: payments and the bank account."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.entities import guarded_references
from authz.permissions import allowed
from kernel.errors import DomainError
from kernel.subgraph import selected_arguments
from services.disbursement import service
from services.disbursement.schema.loaders import AccountLoader, PaymentsLoader
from services.disbursement.schema.types.accounts import BankAccount
from services.disbursement.schema.types.payments import Payment


@strawberry.federation.type(keys=["id"], description="家庭 / household (fields contributed by disbursement)")
class Household:
    id: strawberry.ID
    payments_by_period: strawberry.Private[dict[str | None, list[dict]] | None] = None
    """Payments fetched with the rest of an `_entities` batch, by the `period` asked (see resolve_references)."""

    @strawberry.field(
        permission_classes=[allowed(Action.PAYMENT_READ)], description="发放记录 / payments, newest first"
    )
    def payments(self, info: Info, period: str | None = None) -> list[Payment] | None:
        rows = None if self.payments_by_period is None else self.payments_by_period.get(period)
        if rows is None:
            return self._load_payments(info, period)  # not fetched with the batch: an awaitable, resolved later
        return [Payment.from_row(row) for row in rows]

    async def _load_payments(self, info: Info, period: str | None) -> list[Payment]:
        rows = await PaymentsLoader.of(info, period).load(int(self.id))
        return [Payment.from_row(row) for row in rows]

    @strawberry.field(
        permission_classes=[allowed(Action.ACCOUNT_READ)], description="当前银行账户 / current bank account"
    )
    async def bank_account(self, info: Info) -> BankAccount | None:
        row = await AccountLoader.of(info).load(int(self.id))
        return BankAccount.from_row(row) if row else None

    @classmethod
    async def resolve_references(cls, info: Info, representations: list[dict]) -> list[Household | Exception]:
        """Every key of one `_entities` call, with one jurisdiction lookup (see kernel.subgraph.SubgraphSchema); the
        payments the selection asks for come with them, one query per `period`, so that a thousand households'
        `payments` are plain lists rather than a thousand awaited loads."""
        found = await guarded_references(
            info, Action.PAYMENT_READ, representations, service.household_regions, lambda id: cls(id=strawberry.ID(id))
        )
        households = [entity for entity in found if isinstance(entity, Household)]
        periods = {arguments.get("period") for arguments in selected_arguments(info, "Household", "payments")}
        if not households or not periods:
            return found
        ids = list({int(household.id) for household in households})
        fetched: dict[str | None, dict[int, list[dict]]] = {}
        for period in periods:
            try:
                fetched[period] = dict(zip(ids, await PaymentsLoader.of(info, period).fetch(ids), strict=False))
            except DomainError:
                continue  # a malformed period is refused at each household's field, as without the batch
        for household in households:
            household.payments_by_period = {period: rows[int(household.id)] for period, rows in fetched.items()}
        return found
