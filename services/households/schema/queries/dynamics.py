"""Dynamic management's reads: cases due for review and the review tasks."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, scope
from services.households import case_queries
from services.households.schema.types.dynamics import ReviewTask
from services.households.schema.types.households import Household


@strawberry.type
class DynamicsQuery:
    @strawberry.field(
        permission_classes=[allowed(Action.HOUSEHOLD_READ)], description="到期及逾期复核 / cases whose review is due"
    )
    async def reviews_due(self, info: Info, region_code: str | None = None, within_days: int = 0) -> list[Household]:
        rows = await case_queries.reviews_due(
            scope=scope(info, Action.HOUSEHOLD_READ), region_code=region_code, within_days=within_days
        )
        return [Household.from_row(row) for row in rows]

    @strawberry.field(
        permission_classes=[allowed(Action.CASE_REVIEW)], description="复核任务 / review tasks, earliest due first"
    )
    async def review_tasks(
        self, info: Info, region_code: str | None = None, open_only: bool = True
    ) -> list[ReviewTask]:
        rows = await case_queries.review_tasks(
            scope=scope(info, Action.CASE_REVIEW), region_code=region_code, open_only=open_only
        )
        return [ReviewTask.from_row(row) for row in rows]
