"""Programmes beside dibao over GraphQL — 低保边缘、特困供养、临时救助: thin translation to `programmes`."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, principal
from kernel.enums import Programme
from services.households import programmes
from services.households.schema.arguments import household_id, household_id_of
from services.households.schema.types.programmes import ProgrammeMembership


@strawberry.type
class ProgrammeMutation:
    @strawberry.mutation(
        permission_classes=[allowed(Action.PROGRAMME_RECORD)],
        description="认定救助项目（低保边缘须符合收入与财产条件）/ put a household in a programme",
    )
    async def enrol_programme(
        self,
        info: Info,
        household_id: strawberry.ID,
        programme: Programme,
        basis: str,
        starts_on: dt.date | None = None,
        monthly_amount: str = "0",
        one_off_amount: str = "0",
    ) -> ProgrammeMembership:
        row = await programmes.enrol(
            actor=principal(info),
            household_id=household_id_of(household_id),
            programme=programme,
            starts_on=starts_on,
            monthly_amount=monthly_amount,
            one_off_amount=one_off_amount,
            basis=basis,
        )
        return ProgrammeMembership.from_row(row)

    @strawberry.mutation(
        permission_classes=[allowed(Action.PROGRAMME_RECORD)],
        description="终止救助项目 / end a household's programme membership",
    )
    async def end_programme(
        self, info: Info, id: strawberry.ID, reason: str, on: dt.date | None = None
    ) -> ProgrammeMembership:
        row = await programmes.end(actor=principal(info), membership_id=household_id(id, "id"), on=on, reason=reason)
        return ProgrammeMembership.from_row(row)
