"""Programmes beside dibao on the same registry — 低保边缘、特困供养、临时救助: who is in which, from when, with what.

Near-poverty (低保边缘, DOMAIN §2) is a determination, not a choice: the household is not eligible for dibao, its
per-capita counted income is below `nearPovertyIncomeFactor` × the standard (1.5 by default) and its assets are
within the local limits, all read from the same assessment the benefit uses. Extreme-poverty support (特困供养)
and dibao exclude each other for a household; temporary assistance (临时救助) is a one-off beside anything.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tortoise.expressions import Q

from authz.actions import Action
from authz.principal import Principal
from kernel.error_codes import CommonErrorCode
from kernel.errors import DomainError, InvalidInput, NotFound
from kernel.values import money
from services.households.auditing import audited, done
from services.households.calendar import today
from services.households.cases import assess_household
from services.households.dynamics import IN_CARE
from services.households.error_codes import HouseholdsErrorCode
from services.households.models import Household, ProgrammeMembership
from services.households.policy import PolicyBook, decimal
from services.households.registration import household_for

PROGRAMMES = ("NEAR_POVERTY", "EXTREME_POVERTY", "TEMPORARY_ASSISTANCE")
WHAT = ("programme", "救助项目")


class ProgrammeRefused(DomainError):
    """A programme the household's facts or other care do not allow."""

    code = HouseholdsErrorCode.PROGRAMME_REFUSED


class MembershipNotFound(NotFound):
    code = HouseholdsErrorCode.PROGRAMME_MEMBERSHIP_NOT_FOUND

    def __init__(self, membership_id: object) -> None:
        super().__init__(
            f"programme membership {membership_id} does not exist or is outside your jurisdiction",
            f"救助项目记录 {membership_id} 不存在或不在您的管辖范围内",
            field="id",
        )


def open_on(day: dt.date) -> Q:
    """Memberships in force on `day`."""
    return Q(starts_on__lte=day) & (Q(ends_on__isnull=True) | Q(ends_on__gte=day))


async def enrol(
    *,
    actor: Principal,
    household_id: int,
    programme: str,
    starts_on: dt.date | None = None,
    monthly_amount: object = "0",
    one_off_amount: object = "0",
    basis: str = "",
) -> ProgrammeMembership:
    """Put a household in a programme, after checking what the programme asks of it; audited, refused ones too."""
    day = starts_on or today()
    async with audited(actor, f"{WHAT[0]}.enrol", "Household", household_id) as conn:
        household = await household_for(actor, Action.PROGRAMME_RECORD, household_id, using_db=conn)
        if programme not in PROGRAMMES:
            raise InvalidInput(
                f"programme must be one of {', '.join(PROGRAMMES)}",
                f"救助项目应为 {'、'.join(PROGRAMMES)} 之一",
                field="programme",
                code=HouseholdsErrorCode.UNKNOWN_PROGRAMME,
            )
        monthly = _amount(monthly_amount, "monthlyAmount")
        one_off = _amount(one_off_amount, "oneOffAmount")
        if not basis.strip():
            raise InvalidInput("give the basis of the decision", "须写明认定依据", field="basis")
        if len(basis) > 200:
            raise InvalidInput(
                "the basis is at most 200 characters",
                "认定依据最多 200 字",
                field="basis",
                code=CommonErrorCode.TOO_LONG,
            )
        await _allowed(conn, household, programme, day, monthly, one_off)
        row = await ProgrammeMembership.create(
            household_id=household.id,
            region_code=household.region_code,
            programme=programme,
            starts_on=day,
            monthly_amount=monthly,
            one_off_amount=one_off,
            basis=basis.strip(),
            decided_by=actor.username,
            using_db=conn,
        )
        await done(
            conn,
            actor,
            f"{WHAT[0]}.enrol",
            "ProgrammeMembership",
            row.id,
            household.region_code,
            after={
                "programme": programme,
                "startsOn": day.isoformat(),
                "monthlyAmount": f"{monthly}",
                "oneOffAmount": f"{one_off}",
                "basis": row.basis,
            },
        )
        return row


async def end(
    *, actor: Principal, membership_id: int, on: dt.date | None = None, reason: str = ""
) -> ProgrammeMembership:
    """End a membership on a day (its last day); it cannot end before it began."""
    day = on or today()
    async with audited(actor, f"{WHAT[0]}.end", "ProgrammeMembership", membership_id) as conn:
        row = await ProgrammeMembership.filter(id=membership_id).using_db(conn).select_for_update().first()
        if row is None:
            raise MembershipNotFound(membership_id)
        try:
            await household_for(actor, Action.PROGRAMME_RECORD, row.household_id, using_db=conn)
        except NotFound:
            raise MembershipNotFound(membership_id) from None
        if row.ends_on is not None:
            raise ProgrammeRefused(
                f"the membership already ended on {row.ends_on}",
                f"该项目已于 {row.ends_on} 终止",
                field="id",
                code=HouseholdsErrorCode.PROGRAMME_ALREADY_ENDED,
            )
        if day < row.starts_on:
            raise InvalidInput(
                f"it cannot end before it began ({row.starts_on})",
                f"终止日期不能早于起始日期（{row.starts_on}）",
                field="on",
                code=HouseholdsErrorCode.INVALID_DATES,
            )
        if not reason.strip():
            raise InvalidInput("give the reason", "须写明终止理由", field="reason")
        row.ends_on = day
        await row.save(using_db=conn, update_fields=["ends_on"])
        await done(
            conn,
            actor,
            f"{WHAT[0]}.end",
            "ProgrammeMembership",
            row.id,
            row.region_code,
            before={"endsOn": None},
            after={"endsOn": day.isoformat(), "reason": reason.strip()},
        )
        return row


async def _allowed(
    conn, household: Household, programme: str, day: dt.date, monthly: Decimal, one_off: Decimal
) -> None:
    open_same = (
        await ProgrammeMembership.filter(open_on(day), household_id=household.id, programme=programme)
        .using_db(conn)
        .exists()
    )
    if open_same and programme != "TEMPORARY_ASSISTANCE":
        raise ProgrammeRefused(
            "the household is already in this programme",
            "该家庭已在此救助项目中",
            field="programme",
            code=HouseholdsErrorCode.PROGRAMME_ALREADY_OPEN,
        )
    in_dibao = household.status in IN_CARE
    if programme == "NEAR_POVERTY":
        if in_dibao:
            raise ProgrammeRefused(
                "a household in dibao care is not near-poverty",
                "在保家庭不属于低保边缘家庭",
                field="householdId",
                code=HouseholdsErrorCode.NEAR_POVERTY_IN_CARE,
            )
        await _near_poverty(conn, household, day)
        if monthly or one_off:
            raise InvalidInput(
                "near-poverty status carries no amount of its own",
                "低保边缘认定不含救助金额",
                field="monthlyAmount",
                code=HouseholdsErrorCode.NO_AMOUNT_EXPECTED,
            )
    elif programme == "EXTREME_POVERTY":
        if in_dibao:
            raise ProgrammeRefused(
                "extreme-poverty support and dibao exclude each other: stop the dibao case first",
                "特困供养与低保不能同时享受，须先停发低保",
                field="householdId",
                code=HouseholdsErrorCode.PROGRAMME_OVERLAPS_DIBAO,
            )
        if monthly <= 0:
            raise InvalidInput(
                "extreme-poverty support pays a monthly amount",
                "特困供养须有月供养金额",
                field="monthlyAmount",
                code=HouseholdsErrorCode.AMOUNT_REQUIRED,
            )
    elif one_off <= 0:
        raise InvalidInput(
            "temporary assistance pays a one-off amount",
            "临时救助须有一次性救助金额",
            field="oneOffAmount",
            code=HouseholdsErrorCode.AMOUNT_REQUIRED,
        )


async def _near_poverty(conn, household: Household, day: dt.date) -> None:
    assessment = await assess_household(household, day, using_db=conn)
    if assessment.eligible:
        raise ProgrammeRefused(
            "the household is eligible for dibao: apply for dibao instead",
            "该家庭符合低保条件，应申请低保",
            field="householdId",
            code=HouseholdsErrorCode.ELIGIBLE_FOR_DIBAO,
        )
    explanation = assessment.explanation
    if not explanation.get("assetsWithinLimits", False) or "perCapitaIncome" not in explanation:
        reasons = "; ".join(assessment.refusals)
        raise ProgrammeRefused(
            f"assets above the local limits: {reasons}",
            f"家庭财产超过当地规定：{reasons}",
            field="householdId",
            code=HouseholdsErrorCode.NEAR_POVERTY_ASSETS,
        )
    factor = decimal(
        (await PolicyBook.load(using_db=conn)).setting(household.region_code, "nearPovertyIncomeFactor", day)
    )
    limit = decimal(explanation["standard"]) * factor
    per_capita = decimal(explanation["perCapitaIncome"])
    if per_capita >= limit:
        raise ProgrammeRefused(
            f"per-capita income ¥{per_capita} is not below {factor} × the standard (¥{limit:.2f})",
            f"人均收入 ¥{per_capita} 不低于低保标准的 {factor} 倍（¥{limit:.2f}）",
            field="householdId",
            code=HouseholdsErrorCode.NEAR_POVERTY_INCOME_TOO_HIGH,
        )


def _amount(value: object, field: str) -> Decimal:
    amount = money(value, field=field)
    if amount < 0:
        raise InvalidInput(
            "an amount cannot be negative", "金额不能为负数", field=field, code=CommonErrorCode.INVALID_AMOUNT
        )
    if amount >= Decimal("1000000"):
        raise InvalidInput(
            "the amount is implausibly large", "金额过大", field=field, code=CommonErrorCode.INVALID_AMOUNT
        )
    return amount


PROGRAMME_TALLY = """
SELECT m.programme AS programme, COUNT(DISTINCT m.household_id) AS households, SUM(h.counted_members) AS persons,
       SUM(m.monthly_amount) AS monthly, SUM(m.one_off_amount) AS one_off
FROM programme_membership m JOIN household h ON h.id = m.household_id
WHERE m.region_code BETWEEN $1 AND $2 AND m.starts_on <= $3 AND (m.ends_on IS NULL OR m.ends_on >= $3)
GROUP BY m.programme ORDER BY m.programme"""


async def tally(*, low: str, high: str, on: dt.date) -> list[dict]:
    """Households and persons in each programme on a day, with the monthly and one-off amounts, in one statement."""
    from services.households import sql

    return [
        {
            "programme": row["programme"],
            "households": int(row["households"]),
            "persons": int(row["persons"] or 0),
            "monthly": sql.yuan(row["monthly"]),
            "one_off": sql.yuan(row["one_off"]),
        }
        for row in await sql.rows(PROGRAMME_TALLY, low, high, on)
    ]
