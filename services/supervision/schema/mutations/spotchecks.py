"""Spot checks over GraphQL — draw, visit, publish: thin translation to `spotchecks`."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, scope
from kernel.enums import SpotCheckResult
from services.supervision import spotchecks
from services.supervision.schema.arguments import actor_name, number
from services.supervision.schema.types.spotchecks import SpotCheck, SpotCheckItem


@strawberry.type
class SpotCheckMutation:
    @strawberry.mutation(
        permission_classes=[allowed(Action.SPOT_CHECK_MANAGE)], description="抽取双随机样本 / draw a spot-check sample"
    )
    async def draw_spot_check(
        self, info: Info, region_code: str, period: str, seed: int, inspectors: list[str], share: Decimal | None = None
    ) -> SpotCheck:
        return SpotCheck.from_row(
            await spotchecks.draw(
                scope=scope(info, Action.SPOT_CHECK_MANAGE),
                region_code=region_code,
                period=period,
                share=share,
                seed=seed,
                inspectors=inspectors,
                actor=actor_name(info),
            )
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.SPOT_CHECK_VISIT)], description="登记抽查结果 / record a spot-check visit"
    )
    async def record_spot_check_visit(
        self, info: Info, item_id: strawberry.ID, visited_on: dt.date, result: SpotCheckResult, notes: str = ""
    ) -> SpotCheckItem:
        return SpotCheckItem.from_row(
            await spotchecks.record_visit(
                scope=scope(info, Action.SPOT_CHECK_VISIT),
                item_id=number(item_id, "itemId"),
                visited_on=visited_on,
                result=result,
                notes=notes,
                actor=actor_name(info),
            )
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.SPOT_CHECK_MANAGE)], description="公开抽查结果 / publish the summary"
    )
    async def publish_spot_check(self, info: Info, id: strawberry.ID) -> SpotCheck:
        return SpotCheck.from_row(
            await spotchecks.publish(
                scope=scope(info, Action.SPOT_CHECK_MANAGE), spot_check_id=number(id, "id"), actor=actor_name(info)
            )
        )
