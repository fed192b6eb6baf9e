"""12349 complaints: a complaint as recorded (the reporter shown to the supervision bureau only) and as received."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.types import Info

from authz.masking import Sensitive, reveal
from kernel.enums import ComplaintStatus
from kernel.subgraph import optional_gid
from services.supervision import models


@strawberry.type(description="12349 举报 / a complaint; the reporter is shown to the supervision bureau only")
class Complaint:
    id: strawberry.ID
    region_code: str
    received_on: dt.date
    channel: str
    anonymous: bool
    household_id: strawberry.ID | None
    staff_username: str
    content: str
    status: ComplaintStatus
    assigned_to: str | None
    substantiated: bool | None
    verification: str
    feedback_due: dt.date | None
    feedback: str
    feedback_on: dt.date | None
    reporter_identity: strawberry.Private[tuple[str, str]]

    @strawberry.field(description="举报人 / reporter (null unless you are the supervision bureau)")
    def reporter_name(self, info: Info) -> str | None:
        return None if self.anonymous else reveal(info, Sensitive.REPORTER, self.region_code, self.reporter_identity[0])

    @strawberry.field(description="举报人电话 / reporter's phone (null unless you are the supervision bureau)")
    def reporter_phone(self, info: Info) -> str | None:
        return None if self.anonymous else reveal(info, Sensitive.REPORTER, self.region_code, self.reporter_identity[1])

    @classmethod
    def from_row(cls, row: models.Complaint) -> Complaint:
        return cls(
            id=optional_gid(row.id),
            region_code=row.region_code,
            received_on=row.received_on,
            channel=row.channel,
            anonymous=row.anonymous,
            household_id=optional_gid(row.household_id),
            staff_username=row.staff_username,
            content=row.content,
            status=row.status,
            assigned_to=row.assigned_to,
            substantiated=row.substantiated,
            verification=row.verification,
            feedback_due=row.feedback_due,
            feedback=row.feedback,
            feedback_on=row.feedback_on,
            reporter_identity=(row.reporter_name, row.reporter_phone),
        )


@strawberry.input(description="登记举报 / a complaint as received")
class ComplaintInput:
    received_on: dt.date
    content: str
    anonymous: bool = False
    reporter_name: str = ""
    reporter_phone: str = ""
    region_code: str | None = None
    household_id: strawberry.ID | None = None
    staff_username: str = ""
