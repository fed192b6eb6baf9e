"""12349 complaints over GraphQL — register, assign, verify, answer, close: thin translation to `complaints`."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, scope
from services.supervision import complaints
from services.supervision.schema.arguments import actor_name, number
from services.supervision.schema.types.complaints import Complaint, ComplaintInput


@strawberry.type
class ComplaintMutation:
    @strawberry.mutation(
        permission_classes=[allowed(Action.COMPLAINT_REGISTER)], description="登记 12349 举报 / register a complaint"
    )
    async def register_complaint(self, info: Info, input: ComplaintInput) -> Complaint:
        return Complaint.from_row(
            await complaints.register(
                scope=scope(info, Action.COMPLAINT_REGISTER),
                region_code=input.region_code,
                received_on=input.received_on,
                anonymous=input.anonymous,
                reporter_name=input.reporter_name,
                reporter_phone=input.reporter_phone,
                household_id=number(input.household_id, "input.householdId"),
                staff_username=input.staff_username,
                content=input.content,
                actor=actor_name(info),
            )
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.COMPLAINT_REGISTER)],
        description="交办举报 / assign a complaint to its township",
    )
    async def assign_complaint(self, info: Info, id: strawberry.ID, township_code: str) -> Complaint:
        return Complaint.from_row(
            await complaints.assign(
                scope=scope(info, Action.COMPLAINT_REGISTER),
                complaint_id=number(id, "id"),
                township_code=township_code,
                actor=actor_name(info),
            )
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.COMPLAINT_HANDLE)], description="核实举报 / record the verification"
    )
    async def verify_complaint(
        self, info: Info, id: strawberry.ID, substantiated: bool, verification: str
    ) -> Complaint:
        return Complaint.from_row(
            await complaints.verify(
                scope=scope(info, Action.COMPLAINT_HANDLE),
                complaint_id=number(id, "id"),
                substantiated=substantiated,
                verification=verification,
                actor=actor_name(info),
            )
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.COMPLAINT_HANDLE)], description="反馈举报人 / answer a real-name reporter"
    )
    async def answer_complaint(self, info: Info, id: strawberry.ID, feedback: str, given_on: dt.date) -> Complaint:
        return Complaint.from_row(
            await complaints.give_feedback(
                scope=scope(info, Action.COMPLAINT_HANDLE),
                complaint_id=number(id, "id"),
                feedback=feedback,
                given_on=given_on,
                actor=actor_name(info),
            )
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.COMPLAINT_REGISTER)], description="办结举报 / close a complaint"
    )
    async def close_complaint(self, info: Info, id: strawberry.ID) -> Complaint:
        return Complaint.from_row(
            await complaints.close(
                scope=scope(info, Action.COMPLAINT_REGISTER), complaint_id=number(id, "id"), actor=actor_name(info)
            )
        )
