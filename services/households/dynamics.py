"""Dynamic management — 动态管理 (DOMAIN §4): scheduled reviews, county changes, grace exit, member events.

A township review (复核) that finds no change keeps the amount and moves the next review by the class's
interval; a change is only proposed, and takes effect through a county decision (增发/减发/停发) with
written reasons, from the month after it. A member's death, imprisonment or hukou move re-opens the case
with a review task due in the configured months (default 3). Every change is one transaction with its
audit record and its change-feed events.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from authz.actions import Action
from authz.principal import Principal
from kernel.errors import DomainError, InvalidInput
from kernel.labels import REVIEW_OUTCOME
from services.households import events
from services.households.auditing import audited, done
from services.households.calendar import add_months, done_on
from services.households.cases import assess_household, set_amount
from services.households.error_codes import HouseholdsErrorCode
from services.households.models import Household, IncomeItem, RegistryBasis, ReviewTask
from services.households.policy import PolicyBook
from services.households.registration import household_for_duty, person_for, recount
from services.households.workflow import record_decision

IN_CARE = ("ACTIVE", "GRACE", "SUSPENDED")
CHANGES = ("KEEP", "INCREASE", "REDUCE", "STOP", "GRACE_EXIT")
MEMBER_EVENTS = {"DEATH": "死亡", "IMPRISONMENT": "服刑", "HUKOU_MOVE": "户籍迁出"}
WORK_INCOME = ("WAGES", "BUSINESS")


class CaseNotInCare(DomainError):
    code = HouseholdsErrorCode.CASE_NOT_IN_CARE


class ChangeMismatch(DomainError):
    code = HouseholdsErrorCode.CHANGE_MISMATCHES_ASSESSMENT


@dataclass(frozen=True)
class ReviewOutcome:
    """What a review found: KEEP, or the change it proposes to the county, with the amount assessed."""

    household: Household
    outcome: str
    amount: Decimal
    task: ReviewTask | None


def _day(on: dt.date | None) -> dt.date:
    return done_on(on, "the date cannot be in the future", "日期不能晚于今天")


async def case_in_care(conn, actor: Principal, action: Action, household_id: int) -> Household:
    household = await household_for_duty(actor, action, household_id, using_db=conn)
    if household.status not in IN_CARE:
        raise CaseNotInCare(
            f"the household is {household.status}, not a case in care",
            f"家庭状态为 {household.status}，不是在保对象",
            field="householdId",
            state=household.status,
        )
    return household


def months_later(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the last day of that month when it is shorter."""
    first = add_months(day, months)
    return min(first + dt.timedelta(days=day.day - 1), add_months(day, months + 1) - dt.timedelta(days=1))


def _proposal(current: Decimal, eligible: bool, amount: Decimal) -> str:
    if not eligible:
        return "STOP"
    return "KEEP" if amount == current else "INCREASE" if amount > current else "REDUCE"


async def _schedule_next(conn, household: Household, day: dt.date) -> None:
    months = (await PolicyBook.load(using_db=conn)).setting(household.region_code, "reviewMonths", day)
    household.last_review_on, household.next_review_on = day, add_months(day, months[str(household.review_class)])


async def review(
    *,
    actor: Principal,
    household_id: int,
    on: dt.date | None = None,
    review_class: int | None = None,
    opinion: str = "",
) -> ReviewOutcome:
    """A scheduled review (定期复核): no change keeps the amount; a change is proposed to the county."""
    async with audited(actor, "case.review", "Household", household_id) as conn:
        household = await case_in_care(conn, actor, Action.CASE_REVIEW, household_id)
        day = _day(on)
        if review_class is not None:
            if review_class not in (1, 2, 3):
                raise InvalidInput("review class is 1, 2 or 3", "分类应为 1、2 或 3", field="reviewClass")
            household.review_class = review_class
        assessment = await assess_household(household, add_months(day, 1), using_db=conn)
        outcome = _proposal(Decimal(household.monthly_amount), assessment.eligible, assessment.monthly)
        open_tasks = ReviewTask.filter(household_id=household.id, closed_on__isnull=True).using_db(conn)
        task = None
        if outcome == "KEEP":
            await open_tasks.update(closed_on=day, outcome="KEEP")
            await _schedule_next(conn, household, day)
        else:
            task = await ReviewTask.create(
                household_id=household.id,
                region_code=household.region_code,
                kind="SCHEDULED",
                reason=opinion
                or f"复核发现变化，建议{REVIEW_OUTCOME.label(outcome)} / review proposes {outcome.lower().replace('_', ' ')}",
                due_on=add_months(day, 1),
                outcome=outcome,
                using_db=conn,
            )
        await household.save(using_db=conn)
        await events.emit(household, "REVIEWED", using_db=conn)
        await done(
            conn,
            actor,
            "case.review",
            "Household",
            household.id,
            household.region_code,
            after={
                "outcome": outcome,
                "assessed": f"{assessment.monthly:.2f}",
                "on": day.isoformat(),
                "opinion": opinion,
            },
        )
        return ReviewOutcome(household, outcome, assessment.monthly, task)


async def decide(
    *,
    actor: Principal,
    household_id: int,
    kind: str,
    reasons: list[str],
    on: dt.date | None = None,
    grace_months: int | None = None,
) -> Household:
    """The county decision on a case (增发/减发/停发/渐退/维持), with written reasons, from the month after it."""
    async with audited(actor, f"case.{kind.lower()}", "Household", household_id) as conn:
        if kind not in CHANGES:
            raise InvalidInput(
                f"kind must be one of {', '.join(CHANGES)}", f"决定类型应为 {', '.join(CHANGES)} 之一", field="kind"
            )
        household = await case_in_care(conn, actor, Action.CASE_DECIDE, household_id)
        written = [reason.strip() for reason in reasons if reason.strip()]
        if not written:
            raise InvalidInput("a change is decided with written reasons", "变更须书面写明理由", field="reasons")
        day = _day(on)
        month = add_months(day, 1)
        before, status = Decimal(household.monthly_amount), household.status
        assessment = await assess_household(household, month, using_db=conn)
        found = _proposal(before, assessment.eligible, assessment.monthly)
        if kind in ("INCREASE", "REDUCE", "KEEP") and kind != found:
            raise ChangeMismatch(
                f"the assessment for {month:%Y-%m} gives {found} (¥{assessment.monthly:.2f}), not {kind}",
                f"{month:%Y-%m} 的测算结果为 {found}（¥{assessment.monthly:.2f}），不是 {kind}",
                field="kind",
                assessed=found,
            )
        if kind == "GRACE_EXIT":
            await _grace_exit(conn, household, assessment.eligible, day, month, grace_months)
        elif kind == "STOP":
            household.status, household.stops_from, household.monthly_amount = "STOPPED", month, Decimal("0.00")
        else:
            household.status = "ACTIVE"  # a KEEP also ends a suspension
            if kind != "KEEP":
                await set_amount(conn, household, assessment, month, "CHANGE")
            await _schedule_next(conn, household, day)
        await household.save(using_db=conn)
        await record_decision(conn, household, kind, written, actor, day, month, before=before)
        await (
            ReviewTask.filter(household_id=household.id, closed_on__isnull=True)
            .using_db(conn)
            .update(closed_on=day, outcome=kind)
        )
        await done(
            conn,
            actor,
            f"case.{kind.lower()}",
            "Household",
            household.id,
            household.region_code,
            before={"status": status, "monthlyAmount": f"{before:.2f}"},
            after={
                "status": household.status,
                "monthlyAmount": f"{household.monthly_amount:.2f}",
                "reasons": written,
                "effectiveMonth": f"{month:%Y-%m}",
            },
        )
        return household


async def _grace_exit(
    conn, household: Household, eligible: bool, day: dt.date, month: dt.date, months: int | None
) -> None:
    """Grace exit (渐退期, Art 33): work income lifted the household out; the amount stays for up to the configured months."""
    allowed = (await PolicyBook.load(using_db=conn)).setting(household.region_code, "graceMonths", day)
    months = allowed if months is None else months
    if not 1 <= months <= allowed:
        raise InvalidInput(
            f"a grace exit lasts 1 to {allowed} months here", f"渐退期应为 1 到 {allowed} 个月", field="graceMonths"
        )
    if eligible:
        raise ChangeMismatch(
            "the household is still eligible: no grace exit", "家庭仍符合条件，不适用渐退", field="kind"
        )
    if (
        not await IncomeItem.filter(household_id=household.id, category__in=WORK_INCOME, treatment="COUNTED")
        .using_db(conn)
        .exists()
    ):
        raise ChangeMismatch(
            "a grace exit is for households lifted out by work income",
            "渐退仅适用于因就业增收而退出的家庭",
            field="kind",
            code=HouseholdsErrorCode.NO_WORK_INCOME,
        )
    household.status = "GRACE"
    household.grace_until = add_months(month, months - 1)
    household.stops_from = add_months(month, months)


@dataclass(frozen=True)
class Basis:
    """The registry record a member event rests on, when the registry sync (not a clerk) records it."""

    record_id: str
    batch_id: str = ""
    reference: str = ""

    def audit(self) -> dict[str, str]:
        return {"registryRecord": self.record_id, "registryBatch": self.batch_id, "reference": self.reference}


async def member_event(
    *, actor: Principal, person_id: int, kind: str, on: dt.date, basis: Basis | None = None
) -> ReviewTask:
    """A member died, went to prison or moved their hukou: the member stops counting and the case re-opens."""
    async with audited(actor, f"member.{kind.lower()}", "Person", person_id) as conn:
        if kind not in MEMBER_EVENTS:
            raise InvalidInput(
                f"kind must be one of {', '.join(MEMBER_EVENTS)}",
                f"事件类型应为 {', '.join(MEMBER_EVENTS)} 之一",
                field="kind",
            )
        person, _ = await person_for(actor, Action.MEMBER_EVENT, person_id, using_db=conn)
        household = await case_in_care(conn, actor, Action.MEMBER_EVENT, person.household_id)
        day = _day(on)
        if person.deceased_on is not None:
            raise InvalidInput(
                f"the member died on {person.deceased_on}",
                f"该成员已于 {person.deceased_on} 死亡",
                field="personId",
                code=HouseholdsErrorCode.MEMBER_DECEASED,
            )
        if kind == "DEATH":
            person.deceased_on = day
        else:
            person.counted, person.excluded_reason = False, "PRISON" if kind == "IMPRISONMENT" else "HUKOU_MOVED"
        await person.save(using_db=conn)
        await recount(household, using_db=conn)
        months = (await PolicyBook.load(using_db=conn)).setting(household.region_code, "clocks", day)[
            "memberEventMonths"
        ]
        task = await ReviewTask.create(
            household_id=household.id,
            region_code=household.region_code,
            kind="MEMBER_EVENT",
            reason=f"{person.name}{MEMBER_EVENTS[kind]}（{day}）/ {kind.lower()} of a member",
            due_on=months_later(day, months),
            using_db=conn,
        )
        household.next_review_on = task.due_on
        await household.save(using_db=conn, update_fields=["next_review_on", "updated_at"])
        if basis:  # unique per member, kind and record: a second sync of the same record fails here and writes nothing
            await RegistryBasis.create(
                person_id=person.id,
                household_id=household.id,
                region_code=household.region_code,
                kind=kind,
                record_id=basis.record_id,
                batch_id=basis.batch_id,
                reference=basis.reference[:64],
                event_date=day,
                task_id=task.id,
                using_db=conn,
            )
        await events.emit(person, "UPDATED", using_db=conn)
        await events.emit(household, "REOPENED", using_db=conn)
        await done(
            conn,
            actor,
            f"member.{kind.lower()}",
            "Person",
            person.id,
            household.region_code,
            after={
                "kind": kind,
                "on": day.isoformat(),
                "reviewDue": task.due_on.isoformat(),
                **({"basis": basis.audit()} if basis else {}),
            },
        )
        return task
