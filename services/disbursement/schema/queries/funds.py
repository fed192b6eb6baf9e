"""The fund ledger as read — 资金台账: stranded lines, balances and entries; thin translation to `ledger` and `service`."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, scope
from services.disbursement import ledger, service
from services.disbursement.schema.types.funds import FundBalance, LedgerEntry, StrandedLine


@strawberry.type
class FundQuery:
    @strawberry.field(
        permission_classes=[allowed(Action.LEDGER_READ)], description="资金滞留 / lines unpaid past the county's limit"
    )
    async def stranded_funds(self, info: Info, county_code: str) -> list[StrandedLine]:
        rows = await ledger.stranded(scope=scope(info, Action.LEDGER_READ), county_code=county_code)
        return [
            StrandedLine(
                line_id=r["id"],
                batch_id=r["batch_id"],
                household_id=r["household_id"],
                region_code=r["region_code"],
                period=r["period"],
                amount=r["amount"],
                status=r["status"],
                reason=r["reason"] or None,
            )
            for r in rows
        ]

    @strawberry.field(
        permission_classes=[allowed(Action.LEDGER_READ)], description="资金余额 / fund balances per county and period"
    )
    async def fund_balances(self, info: Info, period: str | None = None) -> list[FundBalance]:
        rows = await ledger.balances(scope=scope(info, Action.LEDGER_READ), period=period)
        return [FundBalance(county_code=r.pop("region_code"), **r) for r in rows]

    @strawberry.field(permission_classes=[allowed(Action.LEDGER_READ)], description="资金台账 / ledger entries")
    async def ledger_entries(
        self, info: Info, county_code: str | None = None, period: str | None = None
    ) -> list[LedgerEntry]:
        rows = await service.ledger_entries(
            scope=scope(info, Action.LEDGER_READ), county_code=county_code, period=period
        )
        return [LedgerEntry.from_row(r) for r in rows]
