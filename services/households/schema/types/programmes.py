"""Programmes beside dibao — 低保边缘、特困供养、临时救助: a household's membership and the programme tallies."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import strawberry

from kernel.enums import Programme
from services.households import models


@strawberry.type(
    description="救助项目 / a household's place in near-poverty, extreme-poverty support or temporary assistance"
)
class ProgrammeMembership:
    id: strawberry.ID
    household_id: strawberry.ID
    region_code: str
    programme: Programme
    starts_on: dt.date
    ends_on: dt.date | None = strawberry.field(description="终止日期（含）/ last day, null while open")
    monthly_amount: Decimal = strawberry.field(description="月救助金 / monthly amount (特困供养)")
    one_off_amount: Decimal = strawberry.field(description="一次性救助金 / one-off amount (临时救助)")
    basis: str = strawberry.field(description="认定依据 / basis of the decision")
    decided_by: str

    @classmethod
    def from_row(cls, row: models.ProgrammeMembership) -> ProgrammeMembership:
        return cls(
            id=strawberry.ID(str(row.id)),
            household_id=strawberry.ID(str(row.household_id)),
            region_code=row.region_code,
            programme=row.programme,
            starts_on=row.starts_on,
            ends_on=row.ends_on,
            monthly_amount=row.monthly_amount,
            one_off_amount=row.one_off_amount,
            basis=row.basis,
            decided_by=row.decided_by,
        )


@strawberry.type(description="救助项目统计 / households and persons in a programme today, and its amounts")
class ProgrammeTally:
    programme: Programme
    households: int
    persons: int
    monthly_amount: Decimal = strawberry.field(description="月救助金合计 / monthly amounts of open memberships")
    one_off_amount: Decimal = strawberry.field(description="一次性救助金合计 / one-off amounts of open memberships")
