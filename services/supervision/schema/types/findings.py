"""Findings — 核查线索: a finding and the decision that rectified it, metrics, counts per rule, the verification
visit."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.federation.schema_directives import Key
from strawberry.scalars import JSON

from kernel.enums import FindingStatus, InspectionRuleCode, Severity, Verdict
from kernel.subgraph import optional_gid
from services.supervision import findings as findings_service
from services.supervision import models
from services.supervision.lifecycle import today


@strawberry.federation.type(
    keys=[Key(fields="id", resolvable=False)],
    description="决定 / the households decision a finding's rectification names (owned by households)",
)
class Decision:
    id: strawberry.ID


@strawberry.type(description="核查线索 / a finding raised by an inspection rule, to be verified")
class Finding:
    id: strawberry.ID
    household_id: strawberry.ID
    person_id: strawberry.ID | None
    region_code: str
    rule: InspectionRuleCode
    rule_version: int
    severity: Severity
    status: FindingStatus
    evidence: JSON | None
    raised_at: dt.datetime
    assigned_to: str | None = strawberry.field(description="交办乡镇 / township assigned")
    deadline: dt.date | None
    verdict: Verdict | None = strawberry.field(
        description="核实结论，核实前为空 / what the visit concluded; null until verified"
    )
    visit: JSON | None = strawberry.field(description="入户核实记录 / visit record")
    decision_id: strawberry.ID | None = strawberry.field(
        description="整改决定 / households decision that rectified the case"
    )
    closed_at: dt.datetime | None
    note: str

    @strawberry.field(
        description="整改决定详情 / the rectifying decision itself, resolved by households in the caller's jurisdiction"
    )
    def decision(self) -> Decision | None:
        return Decision(id=self.decision_id) if self.decision_id else None

    @strawberry.field(description="已逾期 / past its deadline and not closed")
    def overdue(self) -> bool:
        return bool(self.deadline and self.deadline < today() and self.status != "CLOSED")

    @classmethod
    def from_row(cls, row: models.Finding) -> Finding:
        return cls(
            id=optional_gid(row.id),
            household_id=optional_gid(row.household_id),
            person_id=optional_gid(row.person_id),
            region_code=row.region_code,
            rule=row.rule,
            rule_version=row.rule_version,
            severity=row.severity,
            status=row.status,
            evidence=row.evidence,
            raised_at=row.raised_at,
            assigned_to=row.assigned_to,
            deadline=row.deadline,
            verdict=row.verdict or None,
            visit=row.visit,
            decision_id=optional_gid(row.decision_id),
            closed_at=row.closed_at,
            note=row.note,
        )


@strawberry.type(description="线索指标 / findings of a township or county")
class FindingMetric:
    region_code: str
    households: int
    findings: int
    open: int
    overdue: int
    verified: int
    false_positives: int
    closed: int
    per_thousand_households: float | None
    false_positive_rate: float | None
    mean_days_to_close: float | None

    @classmethod
    def from_metric(cls, metric: findings_service.Metric) -> FindingMetric:
        return cls(
            region_code=metric.region_code,
            households=metric.households,
            findings=metric.findings,
            open=metric.open,
            overdue=metric.overdue,
            verified=metric.verified,
            false_positives=metric.false_positives,
            closed=metric.closed,
            per_thousand_households=metric.per_thousand,
            false_positive_rate=metric.false_positive_rate,
            mean_days_to_close=metric.mean_days_to_close,
        )


@strawberry.type(description="按规则统计线索 / findings raised by one inspection rule")
class RuleFindings:
    rule: InspectionRuleCode = strawberry.field(description="规则名 / rule name, e.g. R06_WAGES")
    title: str = strawberry.field(description="规则名称 / what the rule looks for")
    findings: int = strawberry.field(description="线索总数 / findings raised")
    open: int = strawberry.field(description="未办结 / not closed")
    overdue: int = strawberry.field(description="逾期未办结 / open past the deadline")


@strawberry.input(description="入户核实 / the verification visit")
class VisitInput:
    visited_on: dt.date
    visitors: list[str] = strawberry.field(description="核实人员（至少两名）/ visitors, at least two")
    notes: str = ""
