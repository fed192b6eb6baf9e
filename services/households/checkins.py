"""Renewal check-ins — 续保签到 (local practice): misses open a review task or suspend, never a silent stop.

The rule is configuration (`checkInMisses`, default 2 consecutive misses or 3 in a calendar year, action
REVIEW); a suspension (暂停) keeps the case open until the county decides, with reasons, to keep or stop it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from authz.actions import Action
from authz.principal import Principal
from kernel.errors import InvalidInput
from kernel.values import Period
from services.households import events
from services.households.auditing import audited, done
from services.households.calendar import add_months, done_on, today
from services.households.dynamics import case_in_care, months_later
from services.households.models import CheckIn, Household, ReviewTask
from services.households.policy import PolicyBook


@dataclass(frozen=True)
class CheckInResult:
    check_in: CheckIn
    household: Household
    consecutive_misses: int
    misses_this_year: int
    task: ReviewTask | None


def _misses(rows: list[CheckIn], month: dt.date) -> tuple[int, int]:
    """Consecutive misses ending at `month` (a month without a record breaks the run) and misses in its year."""
    by_month = {row.month: row.attended for row in rows}
    run, cursor = 0, month
    while by_month.get(cursor) is False:
        run, cursor = run + 1, add_months(cursor, -1)
    return run, sum(1 for day, attended in by_month.items() if not attended and day.year == month.year)


async def record(*, actor: Principal, household_id: int, month: str, attended: bool) -> CheckInResult:
    """Record a month's check-in (attended or missed); enough misses open a review task or suspend the case."""
    async with audited(actor, "checkin.record", "Household", household_id) as conn:
        household = await case_in_care(conn, actor, Action.CHECK_IN_RECORD, household_id)
        start = Period.parse(month, field="month")
        day = start.start
        if start.length != 1:
            raise InvalidInput("a check-in is for one month (2026-07)", "签到按月登记（如 2026-07）", field="month")
        done_on(day, "a check-in month cannot be in the future", "签到月份不能晚于本月", field="month")
        row, _ = await CheckIn.update_or_create(
            household_id=household.id,
            month=day,
            defaults={"region_code": household.region_code, "attended": attended},
            using_db=conn,
        )
        rows = await CheckIn.filter(
            household_id=household.id, month__gte=add_months(day, -24), month__lte=day
        ).using_db(conn)
        run, year = _misses(list(rows), day)
        rule = (await PolicyBook.load(using_db=conn)).setting(household.region_code, "checkInMisses", today())
        task = None
        if not attended and (run >= rule["consecutive"] or year >= rule["perYear"]):
            task = await _escalate(conn, household, rule["action"], run, year)
        await done(
            conn,
            actor,
            "checkin.record",
            "CheckIn",
            row.id,
            household.region_code,
            after={
                "month": str(start),
                "attended": attended,
                "consecutiveMisses": run,
                "missesThisYear": year,
                "action": rule["action"] if task else "",
            },
        )
        return CheckInResult(row, household, run, year, task)


async def _escalate(conn, household: Household, action: str, run: int, year: int) -> ReviewTask:
    """One open check-in task per case; SUSPEND also suspends the payment until the county decides."""
    task = (
        await ReviewTask.filter(household_id=household.id, kind="CHECK_IN", closed_on__isnull=True)
        .using_db(conn)
        .first()
    )
    if task is None:
        task = await ReviewTask.create(
            household_id=household.id,
            region_code=household.region_code,
            kind="CHECK_IN",
            reason=f"未按时续保签到：连续 {run} 次，本年 {year} 次 / missed check-ins",
            due_on=months_later(today(), 1),
            using_db=conn,
        )
    if action == "SUSPEND" and household.status != "SUSPENDED":
        household.status = "SUSPENDED"
        await household.save(using_db=conn, update_fields=["status", "updated_at"])
        await events.emit(household, "SUSPENDED", using_db=conn)
    return task
