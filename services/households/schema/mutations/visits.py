"""The county's pre-approval visit draws (抽查入户) and door plates (挂牌) over GraphQL: thin translation to
`visit_draws` and `door_plates`. Visit records travel with their step (`StepInput.visit`)."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, principal
from services.households import door_plates, visit_draws
from services.households.schema.arguments import household_id_of
from services.households.schema.types.visits import DoorPlate, VisitDraw


@strawberry.type
class VisitMutation:
    @strawberry.mutation(
        permission_classes=[allowed(Action.VISIT_DRAW)],
        description="抽取县级入户抽查对象（按配置比例，随机种子留档）/ draw the county's pre-approval visits",
    )
    async def draw_pre_approval_visits(
        self, info: Info, region_code: str, seed: str | None = None, on: dt.date | None = None
    ) -> VisitDraw:
        row = await visit_draws.draw_visits(actor=principal(info), region_code=region_code, seed=seed, on=on)
        return VisitDraw.from_row(row)

    @strawberry.mutation(
        permission_classes=[allowed(Action.DOOR_PLATE_RECORD)], description="挂牌 / put up a household's door plate"
    )
    async def hang_door_plate(self, info: Info, household_id: strawberry.ID, on: dt.date | None = None) -> DoorPlate:
        row = await door_plates.hang(actor=principal(info), household_id=household_id_of(household_id), on=on)
        return DoorPlate.from_row(row)

    @strawberry.mutation(
        permission_classes=[allowed(Action.DOOR_PLATE_RECORD)],
        description="摘牌（写明原因）/ take a household's door plate down, with the reason",
    )
    async def remove_door_plate(
        self, info: Info, household_id: strawberry.ID, reason: str, on: dt.date | None = None
    ) -> DoorPlate:
        row = await door_plates.remove(
            actor=principal(info), household_id=household_id_of(household_id), reason=reason, on=on
        )
        return DoorPlate.from_row(row)
