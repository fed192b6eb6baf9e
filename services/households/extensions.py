"""Extensions — 延期审批: the county adds working days to an open application's clock, with its reason.

The law allows 30 working days, 45 for objections, out-of-area and hard cases (Art 22): an extension
never takes the clock past the configured `clocks.extended`. Each one is recorded with the deadline
before and after, shows in the case file, and is audited in its transaction.
"""

from __future__ import annotations

import datetime as dt

from authz.actions import Action
from authz.principal import Principal
from kernel.errors import InvalidInput
from services.households.auditing import audited, done
from services.households.calendar import WorkCalendar, done_on
from services.households.error_codes import HouseholdsErrorCode
from services.households.models import Extension
from services.households.policy import PolicyBook
from services.households.registration import household_for_duty
from services.households.workflow import OPEN, IllegalTransition, locked_application


async def extend(
    *, actor: Principal, application_id: int, working_days: int, reason: str, on: dt.date | None = None
) -> Extension:
    """Move an accepted, open application's deadline by `working_days`; refused past the legal ceiling."""
    async with audited(actor, "application.extend", "Application", application_id) as conn:
        if not (reason or "").strip():
            raise InvalidInput(
                "an extension states its reason",
                "延期须写明理由",
                field="reason",
                code=HouseholdsErrorCode.REASON_REQUIRED,
            )
        if working_days < 1:
            raise InvalidInput(
                "an extension adds at least one working day",
                "延期至少一个工作日",
                field="workingDays",
                code=HouseholdsErrorCode.INVALID_WORKING_DAYS,
            )
        day = done_on(on, "an extension cannot be dated in the future", "延期日期不能晚于今天")
        application = await locked_application(conn, application_id)
        household = await household_for_duty(actor, Action.APPLICATION_EXTEND, application.household_id, using_db=conn)
        if application.state not in OPEN or application.due_on is None:
            raise IllegalTransition(
                f"only an accepted, open application is extended; this one is {application.state}",
                f"只有已受理、在办的申请可以延期，当前环节为 {application.state}",
                field="applicationId",
                state=application.state,
            )
        ceiling = (await PolicyBook.load(using_db=conn)).setting(household.region_code, "clocks", day)["extended"]
        if application.clock_days + working_days > ceiling:
            raise InvalidInput(
                f"the clock would be {application.clock_days + working_days} working days; the limit is {ceiling}",
                f"延期后时限为 {application.clock_days + working_days} 个工作日，超过上限 {ceiling} 个工作日",
                field="workingDays",
                code=HouseholdsErrorCode.EXTENSION_BEYOND_LIMIT,
                limit=ceiling,
                clockDays=application.clock_days,
            )
        calendar = await WorkCalendar.load(using_db=conn)
        before = application.due_on
        application.clock_days += working_days
        application.extended_days += working_days
        application.due_on = calendar.add_working_days(application.accepted_on, application.clock_days)
        await application.save(using_db=conn, update_fields=["clock_days", "extended_days", "due_on"])
        row = await Extension.create(
            application_id=application.id,
            household_id=household.id,
            region_code=household.region_code,
            working_days=working_days,
            reason=reason.strip(),
            due_before=before,
            due_after=application.due_on,
            granted_by=actor.username,
            granted_on=day,
            using_db=conn,
        )
        await done(
            conn,
            actor,
            "application.extend",
            "Application",
            application.id,
            household.region_code,
            before={"dueOn": before.isoformat(), "clockDays": application.clock_days - working_days},
            after={"dueOn": application.due_on.isoformat(), "clockDays": application.clock_days, "reason": row.reason},
        )
        return row
