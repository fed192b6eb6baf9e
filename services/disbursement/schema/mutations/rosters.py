"""Compiling and signing off rosters over GraphQL: thin translation to `compile` and `signoff`."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, principal
from services.disbursement import compile, signoff
from services.disbursement.schema.arguments import id_of
from services.disbursement.schema.types.rosters import Roster


@strawberry.type
class RosterMutation:
    @strawberry.mutation(
        permission_classes=[allowed(Action.ROSTER_COMPILE)], description="编制花名册 / compile a township's roster"
    )
    async def compile_roster(
        self,
        info: Info,
        township_code: str,
        period: str,
        reason: Annotated[
            str, strawberry.argument(description="季初窗口外造册的理由 / why a quarter is compiled outside its window")
        ] = "",
    ) -> Roster:
        return Roster.from_row(
            await compile.compile_roster(
                actor=principal(info), township_code=township_code, period=period, reason=reason
            )
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.ROSTER_REVIEW)], description="乡镇领导审核 / township leader approves"
    )
    async def review_roster(self, info: Info, id: strawberry.ID) -> Roster:
        return Roster.from_row(
            await signoff.approve(actor=principal(info), roster_id=id_of(id, "id"), step="TOWNSHIP_APPROVE")
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.ROSTER_APPROVE)], description="县民政审核 / county civil affairs approves"
    )
    async def approve_roster(self, info: Info, id: strawberry.ID) -> Roster:
        return Roster.from_row(
            await signoff.approve(actor=principal(info), roster_id=id_of(id, "id"), step="COUNTY_APPROVE")
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.ROSTER_SEND_BACK)],
        description="退回花名册 / send a roster back with reasons",
    )
    async def send_back_roster(self, info: Info, id: strawberry.ID, reason: str) -> Roster:
        return Roster.from_row(await signoff.send_back(actor=principal(info), roster_id=id_of(id, "id"), reason=reason))
