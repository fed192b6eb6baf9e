"""Payment cycles and subsidies: when a county pays, and the one-off or price subsidies it adds."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import strawberry

from kernel.enums import PaymentFrequency, SubsidyKind


@strawberry.type(description="发放周期 / a county's payment cycle")
class PaymentCycle:
    county_code: str
    cycle: PaymentFrequency
    effective_from: dt.date
    stale_after_days: int
    window_opens_days_before: int
    window_closes_day: int


@strawberry.type(description="补贴项目 / a one-off or price subsidy")
class Subsidy:
    id: strawberry.ID
    region_code: str
    period: str
    kind: SubsidyKind
    name: str
    amount: Decimal
    per_person: bool
    basis: str
