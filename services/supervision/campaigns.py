"""Campaigns — 专项治理/核查清理（回头看）: phases with dates over a region; the share of households visited
(家家登门、户户核实、人人见面) and the findings closed, per township."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from authz.scope import Scope
from kernel.audit import record
from kernel.errors import Forbidden, InvalidInput
from kernel.values import RegionCode
from services.supervision.lifecycle import get_in_scope, today
from services.supervision.models import AuditRecord, Campaign, CampaignVisit, ProjectedHousehold
from services.supervision.sql import CONNECTION, Sql, connection, dialect_of, fetch

WHAT = ("campaign", "专项行动")


def _phases(phases: list[dict[str, Any]], starts_on: dt.date, ends_on: dt.date) -> list[dict[str, str]]:
    """Phases in order, inside the campaign, not overlapping."""
    if ends_on < starts_on:
        raise InvalidInput("the campaign ends before it starts", "结束日期早于开始日期", field="endsOn", code="INVALID_DATES")
    checked, previous_end = [], None
    for index, phase in enumerate(phases):
        name, start, end = str(phase["name"]).strip(), phase["starts_on"], phase["ends_on"]
        field = f"phases[{index}]"
        if not name:
            raise InvalidInput("each phase needs a name", "阶段名称不能为空", field=f"{field}.name", code="REQUIRED")
        if end < start or start < starts_on or end > ends_on:
            raise InvalidInput("a phase must lie inside the campaign and end after it starts", "阶段日期应在行动期间内且不倒置",
                               field=f"{field}.endsOn", code="INVALID_DATES")
        if previous_end and start <= previous_end:
            raise InvalidInput("phases overlap", "阶段日期重叠", field=f"{field}.startsOn", code="PHASES_OVERLAP")
        previous_end = end
        checked.append({"name": name, "startsOn": start.isoformat(), "endsOn": end.isoformat()})
    return checked


async def create(*, scope: Scope, name: str, region_code: str, starts_on: dt.date, ends_on: dt.date,
                 phases: list[dict[str, Any]], actor: str) -> Campaign:
    region = RegionCode.parse(region_code).code
    if not scope.covers(region):
        raise Forbidden(f"{region} is outside your jurisdiction", f"{region} 不在您的管辖范围内", field="regionCode", code="FORBIDDEN")
    if not name.strip():
        raise InvalidInput("the campaign needs a name", "专项行动名称不能为空", field="name", code="REQUIRED")
    checked = _phases(phases, starts_on, ends_on)
    async with in_transaction(CONNECTION) as conn:
        campaign = await Campaign.create(name=name.strip(), region_code=region, starts_on=starts_on, ends_on=ends_on, phases=checked,
                                         created_by=actor, using_db=conn)
        await record(AuditRecord, actor=actor, action="supervision.campaign.create", entity="Campaign", entity_id=campaign.id,
                     region_code=region, after={"name": campaign.name, "phases": checked}, using_db=conn)
    return campaign


async def record_visit(*, scope: Scope, campaign_id: int, household_id: int, visited_on: dt.date, all_members_seen: bool,
                       notes: str, actor: str) -> CampaignVisit:
    """A household visited in the campaign; a later visit to the same household replaces the earlier record."""
    campaign = await get_in_scope(Campaign, campaign_id, scope, WHAT)
    household = await ProjectedHousehold.filter(scope.q(), household_id=household_id).first()
    if household is None or not RegionCode(campaign.region_code).covers(household.region_code):
        raise InvalidInput(f"household {household_id} is not in the campaign's region", f"家庭 {household_id} 不在本次行动范围内",
                           field="householdId", code="HOUSEHOLD_NOT_IN_CAMPAIGN")
    if not campaign.starts_on <= visited_on <= min(campaign.ends_on, today()):
        raise InvalidInput("the visit date is outside the campaign (or in the future)", "入户日期不在行动期间内", field="visitedOn",
                           code="DATE_OUT_OF_RANGE")
    async with in_transaction(CONNECTION) as conn:
        visit = await CampaignVisit.get_or_none(campaign_id=campaign.id, household_id=household_id).using_db(conn)
        before = {"visitedOn": visit.visited_on.isoformat(), "allMembersSeen": visit.all_members_seen} if visit else None
        values = {"region_code": household.region_code, "visited_on": visited_on, "visitor": actor, "all_members_seen": all_members_seen,
                  "notes": notes}
        if visit:
            visit.update_from_dict(values)
            await visit.save(using_db=conn)
        else:
            visit = await CampaignVisit.create(campaign_id=campaign.id, household_id=household_id, using_db=conn, **values)
        await record(AuditRecord, actor=actor, action="supervision.campaign.visit", entity="CampaignVisit", entity_id=visit.id,
                     region_code=household.region_code, before=before,
                     after={"visitedOn": visited_on.isoformat(), "allMembersSeen": all_members_seen}, using_db=conn)
    return visit


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
    """Per township: active households, visited, everyone seen; findings raised before the end and closed in the campaign."""
    campaign = await get_in_scope(Campaign, campaign_id, scope, WHAT)
    inside = scope.narrowed(campaign.region_code)
    conn = connection()
    q = Sql(dialect_of(conn))
    start, end = q.p(campaign.starts_on, "date"), q.p(campaign.ends_on + dt.timedelta(days=1), "date")
    rows = await fetch(conn, q, f"""
WITH h AS (SELECT substr(region_code, 1, 9) AS township, COUNT(*) AS households FROM sv_household
           WHERE status = 'ACTIVE' AND {q.scope(inside, 'region_code')} GROUP BY substr(region_code, 1, 9)),
v AS (SELECT substr(region_code, 1, 9) AS township, COUNT(*) AS visited, SUM(CASE WHEN all_members_seen THEN 1 ELSE 0 END) AS seen
      FROM campaign_visit WHERE campaign_id = {q.p(campaign.id)} GROUP BY substr(region_code, 1, 9)),
f AS (SELECT substr(region_code, 1, 9) AS township, COUNT(*) AS findings,
             SUM(CASE WHEN status = 'CLOSED' AND closed_at >= {start} AND closed_at < {end} THEN 1 ELSE 0 END) AS closed
      FROM finding WHERE {q.scope(inside, 'region_code')} AND raised_at < {end} AND (closed_at IS NULL OR closed_at >= {start})
      GROUP BY substr(region_code, 1, 9)),
t AS (SELECT township FROM h UNION SELECT township FROM v UNION SELECT township FROM f)
SELECT t.township, COALESCE(h.households, 0) AS households, COALESCE(v.visited, 0) AS visited, COALESCE(v.seen, 0) AS seen,
       COALESCE(f.findings, 0) AS findings, COALESCE(f.closed, 0) AS closed
FROM t LEFT JOIN h ON h.township = t.township LEFT JOIN v ON v.township = t.township LEFT JOIN f ON f.township = t.township
ORDER BY t.township""")
    return [TownshipProgress(region_code=row["township"] + "000", households=int(row["households"]), visited=int(row["visited"]),
                             all_members_seen=int(row["seen"]), findings=int(row["findings"]), findings_closed=int(row["closed"]))
            for row in rows]


def campaigns_query(*, scope: Scope) -> QuerySet[Campaign]:
    """The campaigns a list shows: those of the caller's jurisdiction (newest first when listed)."""
    return Campaign.filter(scope.q())


async def campaigns(*, scope: Scope, first: int = 50) -> list[Campaign]:
    return await campaigns_query(scope=scope).order_by("-id").limit(first)
