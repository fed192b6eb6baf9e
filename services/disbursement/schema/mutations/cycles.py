"""Payment cycles and subsidies over GraphQL: thin translation to `service`."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, principal
from kernel.enums import PaymentFrequency, SubsidyKind
from services.disbursement import ledger
from services.disbursement.schema.types.cycles import PaymentCycle, Subsidy


@strawberry.type
class CycleMutation:
    @strawberry.mutation(
        permission_classes=[allowed(Action.CYCLE_SET)], description="设置发放周期 / a county's payment cycle"
    )
    async def set_payment_cycle(
        self,
        info: Info,
        county_code: str,
        cycle: PaymentFrequency,
        effective_from: dt.date,
        stale_after_days: int = ledger.DEFAULT_STALE_DAYS,
        window_opens_days_before: Annotated[
            int, strawberry.argument(description="季初造册窗口：季前开启天数 / days before the quarter")
        ] = 5,
        window_closes_day: Annotated[
            int, strawberry.argument(description="季初造册窗口：季首月截止日 / last day, first month")
        ] = 10,
    ) -> PaymentCycle:
        row = await ledger.set_cycle(
            actor=principal(info),
            county_code=county_code,
            cycle=cycle,
            effective_from=effective_from,
            stale_after_days=stale_after_days,
            window_opens_days_before=window_opens_days_before,
            window_closes_day=window_closes_day,
        )
        return PaymentCycle(
            county_code=row.region_code,
            cycle=row.cycle,
            effective_from=row.effective_from,
            stale_after_days=row.stale_after_days,
            window_opens_days_before=row.window_opens_days_before,
            window_closes_day=row.window_closes_day,
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.SUBSIDY_DECLARE)],
        description="设定补贴 / declare a one-off or price subsidy",
    )
    async def declare_subsidy(
        self,
        info: Info,
        region_code: str,
        period: str,
        kind: SubsidyKind,
        name: str,
        amount: str,
        basis: str,
        per_person: bool = False,
    ) -> Subsidy:
        row = await ledger.declare_subsidy(
            actor=principal(info),
            region_code=region_code,
            period=period,
            kind=kind,
            name=name,
            amount=amount,
            per_person=per_person,
            basis=basis,
        )
        return Subsidy(
            id=row.id,
            region_code=row.region_code,
            period=row.period,
            kind=row.kind,
            name=row.name,
            amount=row.amount,
            per_person=row.per_person,
            basis=row.basis,
        )
