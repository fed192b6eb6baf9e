"""The fund ledger over GraphQL: allocations, thin translation to `ledger`."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, principal
from kernel.enums import FundSource
from services.disbursement import ledger
from services.disbursement.schema.types.funds import LedgerEntry


@strawberry.type
class FundMutation:
    @strawberry.mutation(
        permission_classes=[allowed(Action.LEDGER_WRITE)], description="登记资金拨入 / record a fund allocation"
    )
    async def record_allocation(
        self,
        info: Info,
        county_code: str,
        period: str,
        amount: str,
        reference: str,
        fund_source: Annotated[
            FundSource,
            strawberry.argument(name="source", description="资金来源 / which level of government allocated it"),
        ],
    ) -> LedgerEntry:
        return LedgerEntry.from_row(
            await ledger.record_allocation(
                actor=principal(info),
                county_code=county_code,
                period=period,
                source=fund_source,
                amount=amount,
                reference=reference,
            )
        )
