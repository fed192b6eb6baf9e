"""Door plates — 挂牌: where a county uses them (`doorPlates`, off by default), a household in care has a plate put
up on a day and taken down on a later one with the reason. One plate is up at a time; the statistics count the
households with a plate up, and apart from them the plates still up on households no longer in care (to take down).
"""

from __future__ import annotations

import datetime as dt

from authz.actions import Action
from authz.principal import Principal
from kernel.error_codes import CommonErrorCode
from kernel.errors import DomainError, InvalidInput
from services.households.auditing import audited, done
from services.households.calendar import done_on
from services.households.error_codes import HouseholdsErrorCode
from services.households.models import DoorPlate, Household
from services.households.policy import PolicyBook
from services.households.registration import household_for_duty

IN_CARE = ("ACTIVE", "GRACE", "SUSPENDED")


class DoorPlateRefused(DomainError):
    code = HouseholdsErrorCode.DOOR_PLATE_REFUSED


def _day(on: dt.date | None) -> dt.date:
    return done_on(on, "a door plate cannot be dated in the future", "挂牌、摘牌日期不能晚于今天")


async def _household(conn, actor: Principal, household_id: int) -> Household:
    household = await household_for_duty(actor, Action.DOOR_PLATE_RECORD, household_id, using_db=conn)
    await Household.filter(id=household.id).using_db(conn).select_for_update().first()  # one plate change at a time
    return household


async def hang(*, actor: Principal, household_id: int, on: dt.date | None = None) -> DoorPlate:
    """Put a plate up on a household in care, where its county uses plates."""
    async with audited(actor, "doorplate.hang", "Household", household_id) as conn:
        household = await _household(conn, actor, household_id)
        day = _day(on)
        if not (await PolicyBook.load(using_db=conn)).setting(household.region_code, "doorPlates", day):
            raise DoorPlateRefused(
                "this county does not use door plates",
                "本县未实行低保家庭挂牌",
                field="householdId",
                code=HouseholdsErrorCode.DOOR_PLATES_NOT_USED,
            )
        if household.status not in IN_CARE:
            raise DoorPlateRefused(
                f"only a household in care gets a plate; this one is {household.status}",
                f"只有在保家庭挂牌，该家庭状态为 {household.status}",
                field="householdId",
                code=HouseholdsErrorCode.NOT_IN_CARE,
            )
        if await DoorPlate.filter(household_id=household.id, removed_on__isnull=True).using_db(conn).exists():
            raise DoorPlateRefused(
                "the household's plate is up already",
                "该家庭已挂牌",
                field="householdId",
                code=HouseholdsErrorCode.DOOR_PLATE_ALREADY_UP,
            )
        row = await DoorPlate.create(
            household_id=household.id,
            region_code=household.region_code,
            hung_on=day,
            hung_by=actor.username,
            using_db=conn,
        )
        await done(
            conn, actor, "doorplate.hang", "DoorPlate", row.id, household.region_code, after={"hungOn": day.isoformat()}
        )
        return row


async def remove(*, actor: Principal, household_id: int, reason: str, on: dt.date | None = None) -> DoorPlate:
    """Take the household's plate down, with the reason (the case stopped, a change of address …)."""
    async with audited(actor, "doorplate.remove", "Household", household_id) as conn:
        household = await _household(conn, actor, household_id)
        day = _day(on)
        text = (reason or "").strip()
        if not text:
            raise InvalidInput(
                "give the reason the plate comes down",
                "须写明摘牌原因",
                field="reason",
                code=HouseholdsErrorCode.REASON_REQUIRED,
            )
        if len(text) > 200:
            raise InvalidInput(
                "the reason is at most 200 characters",
                "摘牌原因最多 200 字",
                field="reason",
                code=CommonErrorCode.TOO_LONG,
                maxLength=200,
            )
        row = await DoorPlate.filter(household_id=household.id, removed_on__isnull=True).using_db(conn).first()
        if row is None:
            raise DoorPlateRefused(
                "the household has no plate up",
                "该家庭未挂牌",
                field="householdId",
                code=HouseholdsErrorCode.DOOR_PLATE_NOT_UP,
            )
        if day < row.hung_on:
            raise InvalidInput(
                f"it cannot come down before it went up ({row.hung_on})",
                f"摘牌日期不能早于挂牌日期（{row.hung_on}）",
                field="on",
                code=HouseholdsErrorCode.INVALID_DATES,
            )
        row.removed_on, row.removed_reason, row.removed_by = day, text, actor.username
        await row.save(using_db=conn, update_fields=["removed_on", "removed_reason", "removed_by"])
        await done(
            conn,
            actor,
            "doorplate.remove",
            "DoorPlate",
            row.id,
            household.region_code,
            before={"removedOn": None},
            after={"removedOn": day.isoformat(), "reason": text},
        )
        return row


PLATE_TALLY = """
SELECT SUM(CASE WHEN h.status IN ('ACTIVE', 'GRACE', 'SUSPENDED') THEN 1 ELSE 0 END) AS up,
       SUM(CASE WHEN h.status IN ('ACTIVE', 'GRACE', 'SUSPENDED') THEN 0 ELSE 1 END) AS to_take_down
FROM door_plate p JOIN household h ON h.id = p.household_id
WHERE p.region_code BETWEEN $1 AND $2 AND p.removed_on IS NULL"""


async def tally(*, low: str, high: str) -> tuple[int, int]:
    """Households in care with a plate up, and plates still up on households that left care, in one statement."""
    from services.households import sql

    rows = await sql.rows(PLATE_TALLY, low, high)
    return (int(rows[0]["up"] or 0), int(rows[0]["to_take_down"] or 0)) if rows else (0, 0)
