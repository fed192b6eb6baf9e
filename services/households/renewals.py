"""Renewal applications — 续保申请书: a case in care that is due for review (its next review date has come, or a
review task is open) applies to stay in care, often in a campaign (核查清理、回头看) that takes them. The application
then goes through the normal workflow (受理、逢进必核、调查、公示、审核确认); the county decision renews the case with the
amount assessed from the month after (维持/增发/减发) or, rejected with written reasons, stops it (停发)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from authz.actions import Action
from authz.principal import Principal
from kernel.errors import DomainError
from services.households.auditing import audited, done
from services.households.calendar import add_months
from services.households.cases import assess_household, set_amount
from services.households.error_codes import HouseholdsErrorCode
from services.households.models import Application, Household, ReviewTask
from services.households.policy import PolicyBook
from services.households.registration import household_for_duty

IN_CARE = ("ACTIVE", "GRACE", "SUSPENDED")
RENEWAL = "RENEWAL"


class NotDueForReview(DomainError):
    code = HouseholdsErrorCode.NOT_DUE_FOR_REVIEW


async def submit(
    *,
    actor: Principal,
    household_id: int,
    campaign_id: int | None = None,
    channel: str = "IN_PERSON",
    proxy: str = "",
    on: dt.date | None = None,
) -> Application:
    """A renewal application (续保申请书) for a case in care that is due for review; refused for any other household."""
    from services.households.dynamics import CaseNotInCare
    from services.households.workflow import OPEN, IllegalTransition, _date, open_application

    async with audited(actor, "application.renew", "Household", household_id) as conn:
        household = await household_for_duty(actor, Action.APPLICATION_SUBMIT, household_id, using_db=conn)
        day = _date(on, None)
        if household.status not in IN_CARE:
            raise CaseNotInCare(
                f"the household is {household.status}: a renewal is for a case in care (a new case applies)",
                f"家庭状态为 {household.status}，续保申请仅适用于在保对象（新申请请走申请流程）",
                field="householdId",
                state=household.status,
            )
        task_open = await ReviewTask.filter(household_id=household.id, closed_on__isnull=True).using_db(conn).exists()
        if not task_open and (household.next_review_on is None or household.next_review_on > day):
            due = household.next_review_on.isoformat() if household.next_review_on else "—"
            raise NotDueForReview(
                f"the case is not due for review until {due}",
                f"该户复核日期为 {due}，尚未到期，无需续保申请",
                field="householdId",
                nextReviewOn=due,
            )
        if await Application.filter(household_id=household.id, state__in=OPEN).using_db(conn).exists():
            raise IllegalTransition(
                "the household already has an open application", "该家庭已有在办申请", field="householdId"
            )
        application = await open_application(
            conn, household, actor, day, channel=channel, proxy=proxy, kind=RENEWAL, campaign_id=campaign_id
        )
        await done(
            conn,
            actor,
            "application.renew",
            "Application",
            application.id,
            household.region_code,
            after={
                "state": "SUBMITTED",
                "kind": RENEWAL,
                "campaignId": campaign_id,
                "nextReviewOn": str(household.next_review_on),
            },
        )
        return application


async def approve(
    conn, application: Application, household: Household, reasons: list[str], day: dt.date, actor: Principal
) -> None:
    """The county renews the case: the amount assessed from the month after (维持/增发/减发), the next review scheduled."""
    from services.households.dynamics import _proposal
    from services.households.workflow import NotEligible, record_decision

    month = add_months(day, 1)
    before = Decimal(household.monthly_amount)
    assessment = await assess_household(household, month, using_db=conn)
    if not assessment.eligible:
        raise NotEligible(
            "; ".join(assessment.refusals) + " (reject the renewal to stop the case)",
            "不符合条件：" + "；".join(assessment.refusals) + "（应不予续保并停发）",
            field="applicationId",
        )
    kind = _proposal(before, True, assessment.monthly)
    if kind != "KEEP":
        await set_amount(conn, household, assessment, month, "CHANGE")
    months = (await PolicyBook.load(using_db=conn)).setting(household.region_code, "reviewMonths", day)
    household.status, household.stops_from, household.grace_until = "ACTIVE", None, None
    household.last_review_on, household.next_review_on = day, add_months(day, months[str(household.review_class)])
    await household.save(using_db=conn)
    await record_decision(
        conn, household, kind, reasons or ["续保审核通过 / renewal approved"], actor, day, month, before=before
    )
    await (
        ReviewTask.filter(household_id=household.id, closed_on__isnull=True)
        .using_db(conn)
        .update(closed_on=day, outcome=kind)
    )


async def reject(
    conn, application: Application, household: Household, reasons: list[str], day: dt.date, actor: Principal
) -> None:
    """Not renewed: the case stops from the month after, in writing (停发, SAIM Art 13)."""
    from services.households.workflow import record_decision

    month = add_months(day, 1)
    before = Decimal(household.monthly_amount)
    household.status, household.stops_from, household.monthly_amount = "STOPPED", month, Decimal("0.00")
    await household.save(using_db=conn)
    await record_decision(conn, household, "STOP", reasons, actor, day, month, before=before)
    await (
        ReviewTask.filter(household_id=household.id, closed_on__isnull=True)
        .using_db(conn)
        .update(closed_on=day, outcome="STOP")
    )
