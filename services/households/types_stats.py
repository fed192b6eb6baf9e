"""GraphQL types of the dashboard statistics — 统计; every figure comes from `statistics.py`'s aggregates."""

from __future__ import annotations

from decimal import Decimal

import strawberry

from services.households import statistics


@strawberry.type(description="户数、人数与月保障金 / households, persons (counted living members) and the monthly amount of payable cases")
class Tally:
    key: str = strawberry.field(description="分组 / the group: region code, URBAN/RURAL, class 1-3 or status")
    name: str = strawberry.field(description="名称 / region name (empty for other groups)")
    households: int
    persons: int
    monthly_amount: Decimal

    @classmethod
    def of(cls, key: str, tally: statistics.Tally, name: str = "") -> Tally:
        return cls(key=key, name=name, households=tally.households, persons=tally.persons, monthly_amount=tally.monthly_amount)


@strawberry.type(description="某月应发 / money due in a month and the households it pays")
class MonthTotal:
    month: str
    households: int
    amount: Decimal


@strawberry.type(description="申请按环节 / applications in a state, and how many of them are overdue")
class ApplicationTally:
    state: str
    count: int
    overdue: int


@strawberry.type(description="统计 / dashboard statistics of a region and its child regions")
class HouseholdStatistics:
    region_code: str
    total: Tally
    by_region: list[Tally] = strawberry.field(description="按下级区划 / by child region")
    by_urban_rural: list[Tally]
    by_review_class: list[Tally]
    by_status: list[Tally]
    per_capita_monthly: Decimal = strawberry.field(description="人均月补助 / per-capita monthly subsidy of payable cases")
    applications: list[ApplicationTally]
    overdue_applications: int
    prefix: strawberry.Private[str]

    @strawberry.field(description="每月应发金额，默认近12个月 / money due per month, by default the last twelve")
    async def monthly(self, from_month: str | None = None, to_month: str | None = None) -> list[MonthTotal]:
        totals = await statistics.money_per_month(prefix=self.prefix, from_month=from_month, to_month=to_month)
        return [MonthTotal(month=t.month, households=t.households, amount=t.amount) for t in totals]

    @classmethod
    def of(cls, result: statistics.Statistics) -> HouseholdStatistics:
        def margin(groups: dict[str, statistics.Tally], names: dict[str, str] | None = None) -> list[Tally]:
            return [Tally.of(key, groups[key], (names or {}).get(key.ljust(12, "0"), "")) for key in sorted(groups)]

        return cls(
            region_code=result.region_code, prefix=result.prefix, total=Tally.of(result.region_code, result.total),
            by_region=margin(result.by_region, result.region_names), by_urban_rural=margin(result.by_urban_rural),
            by_review_class=margin(result.by_review_class), by_status=margin(result.by_status),
            per_capita_monthly=result.per_capita_monthly, overdue_applications=result.overdue_applications,
            applications=[ApplicationTally(state=s, count=n, overdue=o) for s, (n, o) in sorted(result.applications.items())],
        )
