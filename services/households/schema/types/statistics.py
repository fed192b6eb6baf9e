"""GraphQL types of the dashboard statistics — 统计; every figure comes from `statistics.py`'s aggregates."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated

import strawberry

from authz.scope import Scope
from kernel.enums import ApplicationState
from kernel.values import prefix_bounds
from services.households import statistics
from services.households.calendar import today
from services.households.door_plates import tally as door_plate_tally
from services.households.programmes import tally as programme_tally
from services.households.schema.types.visits import DoorPlateTally

if TYPE_CHECKING:
    from services.households.schema.types.programmes import ProgrammeTally


@strawberry.type(
    description="户数、人数与月保障金 / households, persons (counted living members) and the monthly amount of payable cases"
)
class Tally:
    key: str = strawberry.field(description="分组 / the group: region code, URBAN/RURAL, class 1-3 or status")
    name: str = strawberry.field(description="名称 / region name (empty for other groups)")
    households: int
    persons: int
    monthly_amount: Decimal

    @classmethod
    def of(cls, key: str, tally: statistics.Tally, name: str = "") -> Tally:
        return cls(
            key=key, name=name, households=tally.households, persons=tally.persons, monthly_amount=tally.monthly_amount
        )


@strawberry.type(description="某月应发 / money due in a month and the households it pays")
class MonthTotal:
    month: str
    households: int
    amount: Decimal


@strawberry.type(description="申请按环节 / applications in a state, and how many of them are overdue")
class ApplicationTally:
    state: ApplicationState
    count: int
    overdue: int


@dataclass(frozen=True)
class Figures:
    """The cube's and the applications' figures of one region, as the GraphQL fields show them."""

    total: Tally
    by_region: list[Tally]
    by_urban_rural: list[Tally]
    by_review_class: list[Tally]
    by_status: list[Tally]
    per_capita_monthly: Decimal
    applications: list[ApplicationTally]
    overdue_applications: int

    @classmethod
    def of(cls, result: statistics.Statistics) -> Figures:
        def margin(groups: dict[str, statistics.Tally], names: dict[str, str] | None = None) -> list[Tally]:
            return [Tally.of(key, groups[key], (names or {}).get(key.ljust(12, "0"), "")) for key in sorted(groups)]

        return cls(
            total=Tally.of(result.region_code, result.total),
            by_region=margin(result.by_region, result.region_names),
            by_urban_rural=margin(result.by_urban_rural),
            by_review_class=margin(result.by_review_class),
            by_status=margin(result.by_status),
            per_capita_monthly=result.per_capita_monthly,
            overdue_applications=result.overdue_applications,
            applications=[
                ApplicationTally(state=s, count=n, overdue=o) for s, (n, o) in sorted(result.applications.items())
            ],
        )


@strawberry.type(description="统计 / dashboard statistics of a region and its child regions")
class HouseholdStatistics:
    """The region is checked when asked for; its figures are aggregated on the first field that shows one, once,
    so a dashboard asking only for `monthly` does not pay for the cube."""

    region_code: str
    prefix: strawberry.Private[str]
    aggregated: strawberry.Private[Callable[[], Awaitable[Figures]]]

    @strawberry.field
    async def total(self) -> Tally:
        return (await self.aggregated()).total

    @strawberry.field(description="按下级区划 / by child region")
    async def by_region(self) -> list[Tally]:
        return (await self.aggregated()).by_region

    @strawberry.field
    async def by_urban_rural(self) -> list[Tally]:
        return (await self.aggregated()).by_urban_rural

    @strawberry.field
    async def by_review_class(self) -> list[Tally]:
        return (await self.aggregated()).by_review_class

    @strawberry.field
    async def by_status(self) -> list[Tally]:
        return (await self.aggregated()).by_status

    @strawberry.field(description="人均月补助 / per-capita monthly subsidy of payable cases")
    async def per_capita_monthly(self) -> Decimal:
        return (await self.aggregated()).per_capita_monthly

    @strawberry.field
    async def applications(self) -> list[ApplicationTally]:
        return (await self.aggregated()).applications

    @strawberry.field
    async def overdue_applications(self) -> int:
        return (await self.aggregated()).overdue_applications

    @strawberry.field(
        description="低保边缘、特困供养、临时救助（今日在册）/ the other programmes on the registry today, apart from dibao"
    )
    async def programmes(
        self,
    ) -> list[Annotated[ProgrammeTally, strawberry.lazy("services.households.schema.types.programmes")]]:
        from services.households.schema.types.programmes import ProgrammeTally

        low, high = prefix_bounds(self.prefix)
        rows = await programme_tally(low=low, high=high, on=today())
        return [
            ProgrammeTally(
                programme=r["programme"],
                households=r["households"],
                persons=r["persons"],
                monthly_amount=r["monthly"],
                one_off_amount=r["one_off"],
            )
            for r in rows
        ]

    @strawberry.field(description="挂牌户数 / households in care with a door plate up, and plates to take down")
    async def door_plates(self) -> DoorPlateTally:
        low, high = prefix_bounds(self.prefix)
        up, to_take_down = await door_plate_tally(low=low, high=high)
        return DoorPlateTally(up=up, to_take_down=to_take_down)

    @strawberry.field(description="每月应发金额，默认近12个月 / money due per month, by default the last twelve")
    async def monthly(self, from_month: str | None = None, to_month: str | None = None) -> list[MonthTotal]:
        totals = await statistics.money_per_month(prefix=self.prefix, from_month=from_month, to_month=to_month)
        return [MonthTotal(month=t.month, households=t.households, amount=t.amount) for t in totals]

    @classmethod
    def of_region(cls, scope: Scope, region_code: str | None) -> HouseholdStatistics:
        """The statistics of a region inside the caller's jurisdiction (refused here, once, if it is not)."""
        code, prefix = statistics.area(scope, region_code)
        pending: list[asyncio.Task[Figures]] = []

        async def figures() -> Figures:
            return Figures.of(await statistics.statistics(scope=scope, region_code=region_code))

        def aggregated() -> Awaitable[Figures]:
            if not pending:
                pending.append(asyncio.ensure_future(figures()))
            return pending[0]

        return cls(region_code=code, prefix=prefix, aggregated=aggregated)
