"""Complaints — 12349 举报投诉: real-name or anonymous, linked to a household or a staff member, assigned,
verified, and answered to a real-name reporter by the deadline; the reporter is known to supervision only."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from authz.scope import Scope
from kernel import connections
from kernel.audit import record
from kernel.errors import InvalidInput
from kernel.values import RegionCode, check_page
from services.supervision import parameters
from services.supervision.error_codes import SupervisionErrorCode
from services.supervision.errors import covered
from services.supervision.findings import MAX_PAGE
from services.supervision.lifecycle import Lifecycle, not_after_today, today
from services.supervision.models import AuditRecord, Complaint, ProjectedHousehold
from services.supervision.sql import CONNECTION

WHAT = ("complaint", "举报")
COMPLAINT = Lifecycle(
    Complaint,
    WHAT,
    "supervision.complaint",
    {
        "assign": ({"RECEIVED", "ASSIGNED"}, ("assign", "交办")),
        "verify": ({"ASSIGNED"}, ("verify", "核实")),
        "feedback": ({"VERIFIED"}, ("answer", "反馈")),
        "close": ({"VERIFIED", "ANSWERED"}, ("close", "办结")),
    },
)


async def register(
    *,
    scope: Scope,
    region_code: str | None,
    received_on: dt.date,
    anonymous: bool,
    reporter_name: str,
    reporter_phone: str,
    household_id: int | None,
    staff_username: str,
    content: str,
    actor: str,
) -> Complaint:
    """Register a report; a real-name report gets a feedback deadline from the region's configuration."""
    name, phone, text = reporter_name.strip(), reporter_phone.strip(), content.strip()
    if not text:
        raise InvalidInput(
            "say what is reported", "举报内容不能为空", field="content", code=SupervisionErrorCode.REQUIRED
        )
    if anonymous and (name or phone):
        raise InvalidInput(
            "an anonymous report carries no name or phone",
            "匿名举报不应填写举报人信息",
            field="reporterName",
            code=SupervisionErrorCode.ANONYMOUS_WITH_IDENTITY,
        )
    if not anonymous and not name:
        raise InvalidInput(
            "a real-name report needs the reporter's name",
            "实名举报须填写举报人姓名",
            field="reporterName",
            code=SupervisionErrorCode.REQUIRED,
        )
    if not anonymous and not re.fullmatch(r"\+?[\d-]{7,20}", phone):
        raise InvalidInput(
            "a real-name report needs a phone number to answer",
            "实名举报须填写有效联系电话",
            field="reporterPhone",
            code=SupervisionErrorCode.INVALID_PHONE,
        )
    not_after_today(received_on, "the report cannot be received in the future", "受理日期晚于今天", field="receivedOn")
    if household_id is not None:
        household = await ProjectedHousehold.get_or_none(household_id=household_id)
        if household is None:
            raise InvalidInput(
                f"household {household_id} is not known",
                f"未找到家庭 {household_id}",
                field="householdId",
                code=SupervisionErrorCode.HOUSEHOLD_NOT_FOUND,
            )
        region_code = region_code or household.region_code
    region = covered(scope, region_code).code
    due = (
        None
        if anonymous
        else received_on
        + dt.timedelta(days=int(await parameters.value(region, "complaint_feedback_days", received_on)))
    )
    async with in_transaction(CONNECTION) as conn:
        complaint = await Complaint.create(
            region_code=region,
            received_on=received_on,
            anonymous=anonymous,
            reporter_name=name,
            reporter_phone=phone,
            household_id=household_id,
            staff_username=staff_username.strip(),
            content=text,
            feedback_due=due,
            registered_by=actor,
            using_db=conn,
        )
        await record(
            AuditRecord,
            actor=actor,
            action="supervision.complaint.register",
            entity="Complaint",
            entity_id=complaint.id,
            region_code=region,
            after={"anonymous": anonymous, "householdId": household_id, "feedbackDue": due and due.isoformat()},
            using_db=conn,
        )
    return complaint


async def assign(*, scope: Scope, complaint_id: int, township_code: str, actor: str) -> Complaint:
    township = RegionCode.of_level(township_code, "township", field="townshipCode")

    def change(row: Complaint) -> dict[str, Any]:
        if not township.covers(row.region_code):
            raise InvalidInput(
                f"{township} is not the township of region {row.region_code}",
                f"{township} 不是该举报所在乡镇",
                field="townshipCode",
                code=SupervisionErrorCode.WRONG_TOWNSHIP,
            )
        return {"status": "ASSIGNED", "assigned_to": township.code}

    return await COMPLAINT.take("assign", complaint_id, scope, actor=actor, change=change)


async def verify(*, scope: Scope, complaint_id: int, substantiated: bool, verification: str, actor: str) -> Complaint:
    if not verification.strip():
        raise InvalidInput(
            "describe what the verification found",
            "核实情况不能为空",
            field="verification",
            code=SupervisionErrorCode.REQUIRED,
        )
    found = {"status": "VERIFIED", "substantiated": substantiated, "verification": verification.strip()}
    return await COMPLAINT.take("verify", complaint_id, scope, actor=actor, change=lambda row: found)


async def give_feedback(*, scope: Scope, complaint_id: int, feedback: str, given_on: dt.date, actor: str) -> Complaint:
    """Answer a real-name reporter (anonymous reports have nobody to answer)."""
    if not feedback.strip():
        raise InvalidInput(
            "the feedback is empty", "反馈内容不能为空", field="feedback", code=SupervisionErrorCode.REQUIRED
        )

    def change(row: Complaint) -> dict[str, Any]:
        if row.anonymous:
            raise InvalidInput(
                "an anonymous report has nobody to answer",
                "匿名举报无需反馈",
                field="id",
                code=SupervisionErrorCode.ANONYMOUS_REPORT,
            )
        if given_on > today() or given_on < row.received_on:
            raise InvalidInput(
                "the feedback date is outside the report's life",
                "反馈日期无效",
                field="givenOn",
                code=SupervisionErrorCode.INVALID_DATE,
            )
        return {"status": "ANSWERED", "feedback": feedback.strip(), "feedback_on": given_on}

    return await COMPLAINT.take("feedback", complaint_id, scope, actor=actor, change=change)


async def close(*, scope: Scope, complaint_id: int, actor: str) -> Complaint:
    def change(row: Complaint) -> dict[str, Any]:
        if row.status == "VERIFIED" and not row.anonymous:
            raise InvalidInput(
                "answer the real-name reporter before closing",
                "实名举报须先反馈再办结",
                field="id",
                code=SupervisionErrorCode.FEEDBACK_MISSING,
            )
        return {"status": "CLOSED"}

    return await COMPLAINT.take("close", complaint_id, scope, actor=actor, change=change)


def complaints_query(*, scope: Scope, status: str | None = None, overdue: bool = False) -> QuerySet[Complaint]:
    """The complaints a list shows, in the caller's jurisdiction; `overdue`: real-name reports not answered by their deadline."""
    query = Complaint.filter(scope.q())
    if status:
        query = query.filter(status=status)
    return query.filter(anonymous=False, feedback_on__isnull=True, feedback_due__lt=today()) if overdue else query


async def list_complaints(
    *, scope: Scope, status: str | None = None, overdue: bool = False, first: int = 50, after: int | None = None
) -> list[Complaint]:
    """Complaints in the caller's jurisdiction; `overdue` lists real-name reports not answered by their deadline."""
    check_page(first, maximum=MAX_PAGE)
    query = complaints_query(scope=scope, status=status, overdue=overdue)
    return await connections.listed(query, first=first, after=after)
