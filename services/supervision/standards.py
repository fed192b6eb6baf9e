"""The standard in force — 低保标准: read from the households change feed's standards (the ones households pays by),
never from a copy of supervision's own; the most specific region with a standard, its latest date on or before the day.

Households answers the same question the same way (its `PolicyBook.standard`): the region itself, then each level
above it, then the national row (000000000000)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kernel.values import RegionCode
from services.supervision.models import ProjectedStandard

NATIONAL = "000000000000"
DESCRIBED = {
    "standard_urban": (
        "URBAN",
        "城市低保标准（元/人·月，家庭服务设定）/ urban standard households pays by (null: none set)",
    ),
    "standard_rural": (
        "RURAL",
        "农村低保标准（元/人·月，家庭服务设定）/ rural standard households pays by (null: none set)",
    ),
}
"""The standards the rules compare with, as `inspectionParameters` lists them (read-only here)."""


def ancestry(region_code: str) -> list[str]:
    """The region and every region above it, most specific first, then the national code."""
    chain, code = [], RegionCode(region_code)
    while code is not None:
        chain.append(code.code)
        code = code.parent
    return [*chain, NATIONAL]


class StandardBook:
    """Every projected standard in force by a day (the table is small), answered in memory."""

    def __init__(self, rows: list[ProjectedStandard]) -> None:
        self._latest: dict[tuple[str, str], Decimal] = {}
        for row in sorted(rows, key=lambda r: (r.effective_from, r.standard_id)):
            if row.monthly_amount is not None:
                self._latest[(row.region_code, row.urban_rural)] = row.monthly_amount

    @classmethod
    async def load(cls, as_of: dt.date) -> StandardBook:
        return cls(list(await ProjectedStandard.filter(effective_from__lte=as_of)))

    def standard(self, region_code: str, urban_rural: str) -> Decimal | None:
        """None when households has set no standard for the region or any region above it."""
        for code in ancestry(region_code):
            if (code, urban_rural) in self._latest:
                return self._latest[(code, urban_rural)]
        return None

    def regions_below(self, level_length: int) -> set[str]:
        """Regions more specific than a prefix of `level_length` digits that have a standard of their own."""
        return {code for code, _ in self._latest if code != NATIONAL and len(RegionCode(code).prefix) > level_length}
