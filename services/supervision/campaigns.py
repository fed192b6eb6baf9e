"""Campaigns — 专项治理/核查清理（回头看）: phases with dates over a region, worked by the townships. Each township
sees the campaign and its households in care in its own jurisdiction, and records each visit with its outcome
(维持/调增/调减/停发, with a reason); the campaign's progress per township is the share visited (家家登门、户户核实、
人人见面) and the findings closed. The lists the outcomes make are in `campaign_lists.py`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from authz.scope import Scope
from kernel import connections
from kernel.audit import record
from kernel.error_codes import CommonErrorCode
from kernel.errors import Forbidden, InvalidInput
from kernel.labels import CAMPAIGN_OUTCOME
from kernel.values import RegionCode, check_page, money
from services.supervision.error_codes import SupervisionErrorCode
from services.supervision.errors import covered, not_found
from services.supervision.lifecycle import today
from services.supervision.models import AuditRecord, Campaign, CampaignVisit, ProjectedHousehold
from services.supervision.sql import CONNECTION, Sql, connection, dialect_of, fetch

WHAT = ("campaign", "专项行动")
IN_CARE = ("ACTIVE", "GRACE", "SUSPENDED")
"""The households a campaign visits: every case in care (also in a grace exit or suspended)."""
OUTCOMES = tuple(CAMPAIGN_OUTCOME.terms)
"""维持 (MAINTAIN), 调增 (INCREASE), 调减 (DECREASE), 停发 (STOP)."""
MAX_PAGE = 500


def visible(scope: Scope) -> Q:
    """Campaigns a caller works on: over a region of their jurisdiction, or over a region that contains part of it
    (a county's campaign is worked by its townships, each on its own part)."""
    if scope.everything:
        return Q()
    above = {code.code for prefix in scope.prefixes for code in _ancestors(RegionCode(prefix.ljust(12, "0")))}
    return Q(scope.q(), Q(region_code__in=sorted(above)), join_type=Q.OR)


def _ancestors(code: RegionCode) -> list[RegionCode]:
    chain, parent = [], code.parent
    while parent is not None:
        chain.append(parent)
        parent = parent.parent
    return chain


async def get_visible(scope: Scope, campaign_id: int, *, using_db=None) -> Campaign:
    """A campaign the caller works on; any other looks exactly like a missing one."""
    row = await Campaign.filter(visible(scope), id=campaign_id).using_db(using_db).first()
    if row is None:
        raise not_found(WHAT[0], WHAT[1], campaign_id, field="campaignId", code=SupervisionErrorCode.CAMPAIGN_NOT_FOUND)
    return row


def part_of(scope: Scope, campaign: Campaign, region_code: str | None = None) -> Scope:
    """The caller's part of the campaign (narrowed to `region_code` when asked): townships see only their own."""
    inside = scope.narrowed(campaign.region_code)
    if region_code:
        asked = RegionCode.parse(region_code, field="regionCode").code
        inside = inside.narrowed(asked)
        if inside.empty:
            raise Forbidden(
                f"{asked} is not in your part of the campaign",
                f"{asked} 不在本次行动中您的管辖范围内",
                field="regionCode",
                code=CommonErrorCode.FORBIDDEN,
            )
    return inside


def _phases(phases: list[dict[str, Any]], starts_on: dt.date, ends_on: dt.date) -> list[dict[str, str]]:
    """Phases in order, inside the campaign, not overlapping."""
    if ends_on < starts_on:
        raise InvalidInput(
            "the campaign ends before it starts",
            "结束日期早于开始日期",
            field="endsOn",
            code=SupervisionErrorCode.INVALID_DATES,
        )
    checked, previous_end = [], None
    for index, phase in enumerate(phases):
        name, start, end = str(phase["name"]).strip(), phase["starts_on"], phase["ends_on"]
        field = f"phases[{index}]"
        if not name:
            raise InvalidInput(
                "each phase needs a name", "阶段名称不能为空", field=f"{field}.name", code=SupervisionErrorCode.REQUIRED
            )
        if end < start or start < starts_on or end > ends_on:
            raise InvalidInput(
                "a phase must lie inside the campaign and end after it starts",
                "阶段日期应在行动期间内且不倒置",
                field=f"{field}.endsOn",
                code=SupervisionErrorCode.INVALID_DATES,
            )
        if previous_end and start <= previous_end:
            raise InvalidInput(
                "phases overlap", "阶段日期重叠", field=f"{field}.startsOn", code=SupervisionErrorCode.PHASES_OVERLAP
            )
        previous_end = end
        checked.append({"name": name, "startsOn": start.isoformat(), "endsOn": end.isoformat()})
    return checked


async def create(
    *,
    scope: Scope,
    name: str,
    region_code: str,
    starts_on: dt.date,
    ends_on: dt.date,
    phases: list[dict[str, Any]],
    actor: str,
) -> Campaign:
    region = covered(scope, region_code).code
    if not name.strip():
        raise InvalidInput(
            "the campaign needs a name", "专项行动名称不能为空", field="name", code=SupervisionErrorCode.REQUIRED
        )
    checked = _phases(phases, starts_on, ends_on)
    async with in_transaction(CONNECTION) as conn:
        campaign = await Campaign.create(
            name=name.strip(),
            region_code=region,
            starts_on=starts_on,
            ends_on=ends_on,
            phases=checked,
            created_by=actor,
            using_db=conn,
        )
        await record(
            AuditRecord,
            actor=actor,
            action="supervision.campaign.create",
            entity="Campaign",
            entity_id=campaign.id,
            region_code=region,
            after={"name": campaign.name, "phases": checked},
            using_db=conn,
        )
    return campaign


@dataclass(frozen=True)
class Outcome:
    """What a visit concluded: the outcome, its reason and (调增/调减) the proposed monthly amount."""

    outcome: str
    reason: str = ""
    proposed_amount: object = None


def _checked(outcome: Outcome, current: Decimal | None) -> tuple[str, str, Decimal | None]:
    """The outcome validated against the household's amount: a change needs a reason; 调增/调减 a new amount on the
    right side of the current one; 维持 and 停发 no amount (停发 proposes 0)."""
    if outcome.outcome not in OUTCOMES:
        raise InvalidInput(
            f"outcome must be one of {', '.join(OUTCOMES)}",
            "核查结论应为 MAINTAIN（维持）、INCREASE（调增）、DECREASE（调减）或 STOP（停发）",
            field="outcome",
            code=SupervisionErrorCode.INVALID_OUTCOME,
        )
    reason = outcome.reason.strip()
    if outcome.outcome != "MAINTAIN" and not reason:
        raise InvalidInput(
            "a change is recorded with its reason",
            "调增、调减、停发须写明理由",
            field="reason",
            code=SupervisionErrorCode.REASON_REQUIRED,
        )
    if outcome.outcome in ("MAINTAIN", "STOP"):
        if outcome.proposed_amount not in (None, ""):
            raise InvalidInput(
                f"{outcome.outcome} takes no proposed amount",
                "维持或停发不填拟调整金额",
                field="proposedAmount",
                code=SupervisionErrorCode.AMOUNT_NOT_EXPECTED,
            )
        return outcome.outcome, reason, Decimal("0.00") if outcome.outcome == "STOP" else None
    if outcome.proposed_amount in (None, ""):
        raise InvalidInput(
            "an increase or decrease names the proposed monthly amount",
            "调增、调减须填写拟调整的月保障金",
            field="proposedAmount",
            code=SupervisionErrorCode.AMOUNT_REQUIRED,
        )
    amount = money(outcome.proposed_amount, field="proposedAmount")
    base = current if current is not None else Decimal("0.00")
    if outcome.outcome == "INCREASE" and amount <= base:
        raise InvalidInput(
            f"an increase proposes more than the current ¥{base:.2f}",
            f"调增后金额应高于现月保障金 ¥{base:.2f}",
            field="proposedAmount",
            code=SupervisionErrorCode.AMOUNT_NOT_HIGHER,
        )
    if outcome.outcome == "DECREASE" and not Decimal("0") < amount < base:
        raise InvalidInput(
            f"a decrease proposes more than 0 and less than the current ¥{base:.2f} (停发 for 0)",
            f"调减后金额应大于 0 且低于现月保障金 ¥{base:.2f}（减至 0 请选停发）",
            field="proposedAmount",
            code=SupervisionErrorCode.AMOUNT_NOT_LOWER,
        )
    return outcome.outcome, reason, amount


async def record_visit(
    *,
    scope: Scope,
    campaign_id: int,
    household_id: int,
    visited_on: dt.date,
    all_members_seen: bool,
    notes: str,
    outcome: Outcome,
    actor: str,
) -> CampaignVisit:
    """A household of the caller's part of the campaign visited, with the outcome; a later visit to the same household
    replaces the earlier record (both stay in the audit trail)."""
    campaign = await get_visible(scope, campaign_id)
    household = await ProjectedHousehold.filter(
        part_of(scope, campaign).q(), household_id=household_id, status__in=IN_CARE
    ).first()
    if household is None:
        raise InvalidInput(
            f"household {household_id} is not a case in care in your part of the campaign",
            f"家庭 {household_id} 不是本次行动中您辖区内的在保家庭",
            field="householdId",
            code=SupervisionErrorCode.HOUSEHOLD_NOT_IN_CAMPAIGN,
        )
    if not campaign.starts_on <= visited_on <= min(campaign.ends_on, today()):
        raise InvalidInput(
            "the visit date is outside the campaign (or in the future)",
            "入户日期不在行动期间内",
            field="visitedOn",
            code=SupervisionErrorCode.DATE_OUT_OF_RANGE,
        )
    kind, reason, proposed = _checked(outcome, household.monthly_amount)
    async with in_transaction(CONNECTION) as conn:
        visit = (
            await CampaignVisit.filter(campaign_id=campaign.id, household_id=household_id)
            .using_db(conn)
            .select_for_update()
            .first()
        )
        before = _described(visit) if visit else None
        values = {
            "region_code": household.region_code,
            "visited_on": visited_on,
            "visitor": actor,
            "all_members_seen": all_members_seen,
            "notes": notes,
            "outcome": kind,
            "reason": reason,
            "amount_before": household.monthly_amount,
            "proposed_amount": proposed,
        }
        if visit:
            visit.update_from_dict(values)
            await visit.save(using_db=conn)
        else:
            visit = await CampaignVisit.create(
                campaign_id=campaign.id, household_id=household_id, using_db=conn, **values
            )
        await record(
            AuditRecord,
            actor=actor,
            action="supervision.campaign.visit",
            entity="CampaignVisit",
            entity_id=visit.id,
            region_code=household.region_code,
            before=before,
            after=_described(visit),
            using_db=conn,
        )
    return visit


def _described(visit: CampaignVisit) -> dict[str, Any]:
    return {
        "visitedOn": visit.visited_on.isoformat(),
        "allMembersSeen": visit.all_members_seen,
        "outcome": visit.outcome,
        "reason": visit.reason,
        "amountBefore": None if visit.amount_before is None else f"{visit.amount_before:.2f}",
        "proposedAmount": None if visit.proposed_amount is None else f"{visit.proposed_amount:.2f}",
    }


@dataclass
class CampaignHousehold:
    """A household in care of the caller's part of a campaign, with its visit if there was one."""

    household: ProjectedHousehold
    visit: CampaignVisit | None


async def households_query(
    *,
    scope: Scope,
    campaign_id: int,
    region_code: str | None = None,
    visited: bool | None = None,
    outcome: str | None = None,
) -> tuple[Campaign, QuerySet[ProjectedHousehold]]:
    """The campaign (refused outside the caller's reach) and the households in care of the caller's part of it, filtered;
    the list and its connection page this one query by household id."""
    if outcome is not None and outcome not in OUTCOMES:
        raise InvalidInput(
            f"outcome must be one of {', '.join(OUTCOMES)}",
            "核查结论应为 MAINTAIN、INCREASE、DECREASE 或 STOP",
            field="outcome",
            code=SupervisionErrorCode.INVALID_OUTCOME,
        )
    campaign = await get_visible(scope, campaign_id)
    inside = part_of(scope, campaign, region_code)
    query = ProjectedHousehold.filter(inside.q(), status__in=IN_CARE)
    visits = CampaignVisit.filter(inside.q(), campaign_id=campaign.id)
    if outcome is not None:
        visits = visits.filter(outcome=outcome)
    if outcome is not None or visited:
        query = query.filter(household_id__in=Subquery(visits.values_list("household_id", flat=True)))
    elif visited is False:
        query = query.exclude(household_id__in=Subquery(visits.values_list("household_id", flat=True)))
    return campaign, query


async def with_visits(campaign: Campaign, rows: list[ProjectedHousehold]) -> list[CampaignHousehold]:
    """A page of the campaign's households, each with its visit if there was one (one query)."""
    found = {
        v.household_id: v
        for v in await CampaignVisit.filter(campaign_id=campaign.id, household_id__in=[h.household_id for h in rows])
    }
    return [CampaignHousehold(household=row, visit=found.get(row.household_id)) for row in rows]


async def households(
    *,
    scope: Scope,
    campaign_id: int,
    region_code: str | None = None,
    visited: bool | None = None,
    outcome: str | None = None,
    first: int = 100,
    after: int | None = None,
) -> list[CampaignHousehold]:
    """The caller's part of the campaign, household by household (ordered by id, paged after an id)."""
    check_page(first, maximum=MAX_PAGE)
    campaign, query = await households_query(
        scope=scope, campaign_id=campaign_id, region_code=region_code, visited=visited, outcome=outcome
    )
    return await with_visits(campaign, await connections.listed(query, first=first, after=after, key="household_id"))


@dataclass
class TownshipProgress:
    region_code: str
    households: int
    visited: int
    all_members_seen: int
    findings: int
    findings_closed: int

    @property
    def visited_share(self) -> float:
        return round(self.visited / self.households, 4) if self.households else 0.0


async def progress(*, scope: Scope, campaign_id: int) -> list[TownshipProgress]:
    """Per township of the caller's part: households in care, visited, everyone seen; findings raised before the end and
    closed in the campaign."""
    campaign = await get_visible(scope, campaign_id)
    inside = part_of(scope, campaign)
    conn = connection()
    q = Sql(dialect_of(conn))
    start, end = q.p(campaign.starts_on, "date"), q.p(campaign.ends_on + dt.timedelta(days=1), "date")
    rows = await fetch(
        conn,
        q,
        f"""
WITH h AS (SELECT substr(region_code, 1, 9) AS township, COUNT(*) AS households FROM sv_household
           WHERE status IN ({", ".join(f"'{status}'" for status in IN_CARE)}) AND {inside.sql("region_code", q.p)}
           GROUP BY substr(region_code, 1, 9)),
v AS (SELECT substr(region_code, 1, 9) AS township, COUNT(*) AS visited, SUM(CASE WHEN all_members_seen THEN 1 ELSE 0 END) AS seen
      FROM campaign_visit WHERE campaign_id = {q.p(campaign.id)} AND {inside.sql("region_code", q.p)} GROUP BY substr(region_code, 1, 9)),
f AS (SELECT substr(region_code, 1, 9) AS township, COUNT(*) AS findings,
             SUM(CASE WHEN status = 'CLOSED' AND closed_at >= {start} AND closed_at < {end} THEN 1 ELSE 0 END) AS closed
      FROM finding WHERE {inside.sql("region_code", q.p)} AND raised_at < {end} AND (closed_at IS NULL OR closed_at >= {start})
      GROUP BY substr(region_code, 1, 9)),
t AS (SELECT township FROM h UNION SELECT township FROM v UNION SELECT township FROM f)
SELECT t.township, COALESCE(h.households, 0) AS households, COALESCE(v.visited, 0) AS visited, COALESCE(v.seen, 0) AS seen,
       COALESCE(f.findings, 0) AS findings, COALESCE(f.closed, 0) AS closed
FROM t LEFT JOIN h ON h.township = t.township LEFT JOIN v ON v.township = t.township LEFT JOIN f ON f.township = t.township
ORDER BY t.township""",
    )
    return [
        TownshipProgress(
            region_code=row["township"] + "000",
            households=int(row["households"]),
            visited=int(row["visited"]),
            all_members_seen=int(row["seen"]),
            findings=int(row["findings"]),
            findings_closed=int(row["closed"]),
        )
        for row in rows
    ]


def campaigns_query(*, scope: Scope) -> QuerySet[Campaign]:
    """The campaigns a list shows: those the caller works on (newest first when listed)."""
    return Campaign.filter(visible(scope))


async def campaigns(*, scope: Scope, first: int = 50) -> list[Campaign]:
    """The campaigns the caller works on, newest first."""
    return await connections.listed(campaigns_query(scope=scope), first=first, after=None, descending=True)
