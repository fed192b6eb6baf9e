"""Spot checks — 双随机抽查: a check of new approvals and the households it drew."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from kernel.enums import SpotCheckResult
from kernel.subgraph import optional_gid
from services.supervision import models
from services.supervision.schema.loaders import SpotCheckItemsLoader


@strawberry.type(description="抽查家庭 / a household drawn for a spot check")
class SpotCheckItem:
    id: strawberry.ID
    household_id: strawberry.ID
    region_code: str
    inspector: str
    visited_on: dt.date | None
    result: SpotCheckResult | None
    notes: str

    @classmethod
    def from_row(cls, row: models.SpotCheckItem) -> SpotCheckItem:
        return cls(
            id=optional_gid(row.id),
            household_id=optional_gid(row.household_id),
            region_code=row.region_code,
            inspector=row.inspector,
            visited_on=row.visited_on,
            result=row.result or None,
            notes=row.notes,
        )


@strawberry.type(description="双随机抽查 / a spot check of new approvals")
class SpotCheck:
    id: strawberry.ID
    region_code: str
    period: str
    share: Decimal
    seed: str
    inspectors: list[str]
    population: int = strawberry.field(description="期内新批准户数 / new approvals in the period")
    published_at: dt.datetime | None
    summary: JSON | None

    @strawberry.field(description="抽中家庭 / households drawn")
    async def items(self, info: Info) -> list[SpotCheckItem]:
        rows = await SpotCheckItemsLoader.of(info).load(int(self.id))
        return [SpotCheckItem.from_row(row) for row in rows]

    @classmethod
    def from_row(cls, row: models.SpotCheck) -> SpotCheck:
        return cls(
            id=optional_gid(row.id),
            region_code=row.region_code,
            period=row.period,
            share=row.share,
            seed=str(row.seed),
            inspectors=list(row.inspectors),
            population=row.population,
            published_at=row.published_at,
            summary=row.summary,
        )
