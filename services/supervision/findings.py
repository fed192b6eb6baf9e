"""Findings lifecycle — 线索核查整改: open → assigned (to a township, with a deadline) → verified (true or false
positive, with the visit record) → rectified (linked to the households decision) → closed; overdue lists and metrics."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from tortoise.queryset import QuerySet

from authz.scope import Scope
from kernel import connections
from kernel.errors import InvalidInput
from kernel.values import RegionCode, check_page
from services.supervision import parameters
from services.supervision.error_codes import SupervisionErrorCode
from services.supervision.lifecycle import Lifecycle, not_after_today, now, today
from services.supervision.models import Finding, ProjectedDecision, ProjectedHousehold
from services.supervision.sql import Sql, connection, dialect_of, fetch

MAX_PAGE = 1000
WHAT = ("finding", "核查线索")
FINDING = Lifecycle(
    Finding,
    WHAT,
    "supervision.finding",
    {
        "assign": ({"OPEN", "ASSIGNED"}, ("assign", "交办")),
        "verify": ({"ASSIGNED"}, ("verify", "核实")),
        "rectify": ({"VERIFIED"}, ("rectify", "整改")),
        "close": ({"VERIFIED", "RECTIFIED"}, ("close", "办结")),
    },
)
VERDICTS = ("TRUE_POSITIVE", "FALSE_POSITIVE")
SEVERITIES = ("LOW", "MEDIUM", "HIGH")
STATUSES = ("OPEN", "ASSIGNED", "VERIFIED", "RECTIFIED", "CLOSED")


async def household_regions(ids: list[int]) -> dict[int, str]:
    """The region of each household this service knows (findings, then the projection): the entity guard's lookup."""
    regions = dict(await Finding.filter(household_id__in=ids).values_list("household_id", "region_code"))
    regions.update(await ProjectedHousehold.filter(household_id__in=ids).values_list("household_id", "region_code"))
    return regions


async def findings_by_household(*, scope: Scope, household_ids: list[int]) -> dict[int, list[Finding]]:
    grouped: dict[int, list[Finding]] = defaultdict(list)
    for row in await Finding.filter(scope.q(), household_id__in=household_ids).order_by("id"):
        grouped[row.household_id].append(row)
    return grouped


def findings_query(
    *,
    scope: Scope,
    status: str | None = None,
    rule: str | None = None,
    severity: str | None = None,
    region_code: str | None = None,
    assigned_to: str | None = None,
    overdue: bool = False,
    household_id: int | None = None,
) -> QuerySet[Finding]:
    """The findings a list shows: in the caller's jurisdiction (or a region in it), filtered; the list and its
    connection page this one query."""
    query = Finding.filter(scope.narrowed(region_code).q())
    filters: dict[str, Any] = {
        "status": status,
        "rule": rule,
        "severity": severity,
        "household_id": household_id,
        "assigned_to": RegionCode.parse(assigned_to, field="assignedTo").code if assigned_to else None,
    }
    query = query.filter(**{name: value for name, value in filters.items() if value is not None})
    return query.filter(deadline__lt=today()).exclude(status="CLOSED") if overdue else query


async def list_findings(
    *,
    scope: Scope,
    status: str | None = None,
    rule: str | None = None,
    severity: str | None = None,
    region_code: str | None = None,
    assigned_to: str | None = None,
    overdue: bool = False,
    household_id: int | None = None,
    first: int = 50,
    after: int | None = None,
) -> list[Finding]:
    """Findings in the caller's jurisdiction, oldest first, filtered; `after` is the last id of the previous page."""
    check_page(first, maximum=MAX_PAGE)
    query = findings_query(
        scope=scope,
        status=status,
        rule=rule,
        severity=severity,
        region_code=region_code,
        assigned_to=assigned_to,
        overdue=overdue,
        household_id=household_id,
    )
    return await connections.listed(query, first=first, after=after)


async def assign(*, scope: Scope, finding_id: int, township_code: str, deadline: dt.date | None, actor: str) -> Finding:
    """Hand a finding to the township that must verify it, by a deadline (default from the region's configuration)."""
    township = RegionCode.of_level(township_code, "township", field="townshipCode")
    days = int(await parameters.value(township.code, "finding_deadline_days", today()))
    due = deadline or today() + dt.timedelta(days=days)

    def change(row: Finding) -> dict[str, Any]:
        if not township.covers(row.region_code):
            raise InvalidInput(
                f"household region {row.region_code} is not in township {township}",
                f"该家庭（{row.region_code}）不属于乡镇 {township}",
                field="townshipCode",
                code=SupervisionErrorCode.WRONG_TOWNSHIP,
            )
        if due < today():
            raise InvalidInput(
                "the deadline is in the past",
                "办理期限早于今天",
                field="deadline",
                code=SupervisionErrorCode.DEADLINE_IN_PAST,
            )
        return {"status": "ASSIGNED", "assigned_to": township.code, "assigned_at": now(), "deadline": due}

    return await FINDING.take("assign", finding_id, scope, actor=actor, change=change)


async def verify(
    *, scope: Scope, finding_id: int, verdict: str, visited_on: dt.date, visitors: list[str], notes: str, actor: str
) -> Finding:
    """Record the home visit and whether the finding held (a true or a false positive)."""
    if verdict not in VERDICTS:
        raise InvalidInput(
            f"verdict must be one of {', '.join(VERDICTS)}",
            "核实结论应为 TRUE_POSITIVE 或 FALSE_POSITIVE",
            field="verdict",
            code=SupervisionErrorCode.INVALID_VERDICT,
        )
    names = [name.strip() for name in visitors if name.strip()]
    if len(set(names)) < 2:
        raise InvalidInput(
            "a verification visit needs at least two visitors",
            "入户核实至少需要两名工作人员",
            field="visit.visitors",
            code=SupervisionErrorCode.TOO_FEW_VISITORS,
        )
    not_after_today(visited_on, "the visit date is in the future", "核实日期晚于今天", field="visit.visitedOn")

    def change(row: Finding) -> dict[str, Any]:
        if visited_on < row.raised_at.date():
            raise InvalidInput(
                "the visit predates the finding",
                "核实日期早于线索发现日期",
                field="visit.visitedOn",
                code=SupervisionErrorCode.DATE_BEFORE_FINDING,
            )
        return {
            "status": "VERIFIED",
            "verdict": verdict,
            "verified_at": now(),
            "visit": {"visitedOn": visited_on.isoformat(), "visitors": names, "notes": notes},
        }

    return await FINDING.take("verify", finding_id, scope, actor=actor, change=change)


async def rectify(*, scope: Scope, finding_id: int, decision_id: int, actor: str) -> Finding:
    """Link a true positive to the households decision that changed the case (增发/减发/停发)."""
    decision = await ProjectedDecision.get_or_none(decision_id=decision_id)

    def change(row: Finding) -> dict[str, Any]:
        if row.verdict != "TRUE_POSITIVE":
            raise InvalidInput(
                "only a true positive is rectified; close a false positive",
                "误报线索无需整改，请直接办结",
                field="id",
                code=SupervisionErrorCode.NOT_A_TRUE_POSITIVE,
            )
        if decision is None or decision.household_id != row.household_id:
            raise InvalidInput(
                f"decision {decision_id} on household {row.household_id} is not known to supervision yet",
                f"未找到该家庭的决定 {decision_id}（或尚未同步）",
                field="decisionId",
                code=SupervisionErrorCode.DECISION_NOT_FOUND,
            )
        if decision.decided_on and decision.decided_on < row.raised_at.date():
            raise InvalidInput(
                "the decision predates the finding",
                "该决定早于线索发现日期",
                field="decisionId",
                code=SupervisionErrorCode.DECISION_TOO_OLD,
            )
        return {"status": "RECTIFIED", "decision_id": decision_id, "rectified_at": now()}

    return await FINDING.take("rectify", finding_id, scope, actor=actor, change=change)


async def close(*, scope: Scope, finding_id: int, note: str, actor: str) -> Finding:
    """Close a rectified finding or a false positive; a false positive keeps its key so a re-run does not raise it again."""

    def change(row: Finding) -> dict[str, Any]:
        if row.status == "VERIFIED" and row.verdict != "FALSE_POSITIVE":
            raise InvalidInput(
                "a true positive is closed after rectification",
                "属实线索须整改后办结",
                field="id",
                code=SupervisionErrorCode.NOT_RECTIFIED,
            )
        return {
            "status": "CLOSED",
            "closed_at": now(),
            "note": note,
            "open_key": row.open_key if row.verdict == "FALSE_POSITIVE" else None,
        }

    return await FINDING.take("close", finding_id, scope, actor=actor, change=change)


@dataclass
class Metric:
    """Findings of one township or county: per 1,000 households, false-positive rate, time to close, overdue."""

    region_code: str
    households: int
    findings: int
    open: int
    overdue: int
    verified: int
    false_positives: int
    closed: int
    mean_days_to_close: float | None

    @property
    def per_thousand(self) -> float | None:
        return round(self.findings * 1000 / self.households, 2) if self.households else None

    @property
    def false_positive_rate(self) -> float | None:
        return round(self.false_positives / self.verified, 4) if self.verified else None


async def metrics(*, scope: Scope, region_code: str | None, level: str) -> list[Metric]:
    """Per-township or per-county figures, in one grouped query over findings and one over households."""
    digits = {"TOWNSHIP": 9, "COUNTY": 6}.get(level)
    if digits is None:
        raise InvalidInput(
            "level must be TOWNSHIP or COUNTY",
            "层级应为 TOWNSHIP 或 COUNTY",
            field="level",
            code=SupervisionErrorCode.INVALID_LEVEL,
        )
    narrowed = scope.narrowed(region_code)
    conn = connection()
    q = Sql(dialect_of(conn))
    days = (
        "EXTRACT(EPOCH FROM (closed_at - raised_at)) / 86400.0"
        if q.postgres
        else "julianday(closed_at) - julianday(raised_at)"
    )
    found = await fetch(
        conn,
        q,
        f"""
SELECT substr(region_code, 1, {digits}) AS area, COUNT(*) AS findings,
       SUM(CASE WHEN status <> 'CLOSED' THEN 1 ELSE 0 END) AS open,
       SUM(CASE WHEN status <> 'CLOSED' AND deadline < {q.p(today(), "date")} THEN 1 ELSE 0 END) AS overdue,
       SUM(CASE WHEN verdict IS NOT NULL THEN 1 ELSE 0 END) AS verified,
       SUM(CASE WHEN verdict = 'FALSE_POSITIVE' THEN 1 ELSE 0 END) AS false_positives,
       SUM(CASE WHEN status = 'CLOSED' THEN 1 ELSE 0 END) AS closed,
       AVG(CASE WHEN status = 'CLOSED' THEN {days} END) AS mean_days
FROM finding WHERE {narrowed.sql("region_code", q.p)} GROUP BY substr(region_code, 1, {digits})""",
    )
    q = Sql(dialect_of(conn))
    households = {
        row["area"]: int(row["n"])
        for row in await fetch(
            conn,
            q,
            f"""
SELECT substr(region_code, 1, {digits}) AS area, COUNT(*) AS n FROM sv_household
WHERE status = 'ACTIVE' AND {narrowed.sql("region_code", q.p)} GROUP BY substr(region_code, 1, {digits})""",
        )
    }
    by_area = {row["area"]: row for row in found}
    result = []
    for area in sorted(set(by_area) | set(households)):
        row = by_area.get(area, {})
        mean = row.get("mean_days")
        result.append(
            Metric(
                region_code=area.ljust(12, "0"),
                households=households.get(area, 0),
                findings=int(row.get("findings") or 0),
                open=int(row.get("open") or 0),
                overdue=int(row.get("overdue") or 0),
                verified=int(row.get("verified") or 0),
                false_positives=int(row.get("false_positives") or 0),
                closed=int(row.get("closed") or 0),
                mean_days_to_close=round(float(mean), 2) if mean is not None else None,
            )
        )
    return result


@dataclass
class RuleTally:
    """Findings raised by one inspection rule in a region: all, still open, and open past their deadline."""

    rule: str
    findings: int
    open: int
    overdue: int


async def by_rule(*, scope: Scope, region_code: str | None) -> list[RuleTally]:
    """Findings per inspection rule in the caller's jurisdiction (or a region in it), in one grouped query."""
    narrowed = scope.narrowed(region_code)
    conn = connection()
    q = Sql(dialect_of(conn))
    rows = await fetch(
        conn,
        q,
        f"""
SELECT rule, COUNT(*) AS findings, SUM(CASE WHEN status <> 'CLOSED' THEN 1 ELSE 0 END) AS open,
       SUM(CASE WHEN status <> 'CLOSED' AND deadline < {q.p(today(), "date")} THEN 1 ELSE 0 END) AS overdue
FROM finding WHERE {narrowed.sql("region_code", q.p)} GROUP BY rule ORDER BY COUNT(*) DESC, rule""",
    )
    return [
        RuleTally(
            rule=row["rule"],
            findings=int(row["findings"]),
            open=int(row["open"] or 0),
            overdue=int(row["overdue"] or 0),
        )
        for row in rows
    ]
