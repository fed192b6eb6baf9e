"""GraphQL types of the supervision subgraph: findings (and Household.findings), inspections, registries."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import strawberry
from strawberry.federation.schema_directives import Key
from strawberry.scalars import JSON
from strawberry.types import Info

from authz.actions import Action
from authz.entities import guarded_references
from authz.permissions import allowed, scope
from kernel.enums import FindingStatus, InspectionRuleCode, RegistryKind, Severity, Verdict
from kernel.loaders import Loader
from kernel.subgraph import ordered
from kernel.values import record_id
from services.supervision import findings as findings_service
from services.supervision import inspection, models
from services.supervision.lifecycle import today
from services.supervision.registry_imports import ImportSummary as ImportResult


def _id(value: int | None) -> strawberry.ID | None:
    return strawberry.ID(str(value)) if value is not None else None


def number(value: str | None, field: str) -> int | None:
    """An ID argument as the integer the tables use; anything else is refused by name."""
    if value is None:
        return None
    return record_id(value, field=field)


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
            id=_id(row.id),
            household_id=_id(row.household_id),
            person_id=_id(row.person_id),
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
            decision_id=_id(row.decision_id),
            closed_at=row.closed_at,
            note=row.note,
        )


@strawberry.federation.type(keys=["id"], description="家庭 / household (fields contributed by supervision)")
class Household:
    id: strawberry.ID

    @strawberry.field(
        permission_classes=[allowed(Action.FINDING_READ)], description="核查线索 / findings on this household"
    )
    async def findings(self, info: Info) -> list[Finding] | None:
        rows = await FindingsLoader.of(info).load(int(self.id))
        return [Finding.from_row(row) for row in rows]

    @classmethod
    async def resolve_references(cls, info: Info, representations: list[dict]) -> list[Household | Exception]:
        """Every key of one `_entities` call, with one jurisdiction lookup (see kernel.subgraph.SubgraphSchema)."""
        return await guarded_references(
            info, Action.FINDING_READ, representations, _household_regions, lambda id: cls(id=strawberry.ID(id))
        )


async def _household_regions(ids: list[int]) -> dict[int, str]:
    """The region of each household this service knows (findings, then the projection): the entity guard's lookup."""
    regions = dict(await models.Finding.filter(household_id__in=ids).values_list("household_id", "region_code"))
    regions.update(
        await models.ProjectedHousehold.filter(household_id__in=ids).values_list("household_id", "region_code")
    )
    return regions


class FindingsLoader(Loader[int, "list[models.Finding]"]):
    """Each household's findings, inside the caller's finding scope."""

    async def fetch(self, keys: list[int]) -> list[list[models.Finding]]:
        rows = await findings_service.findings_by_household(
            scope=scope(self.info, Action.FINDING_READ), household_ids=keys
        )
        return ordered(keys, rows, default=[])


@strawberry.type(description="核查规则 / an inspection rule")
class InspectionRule:
    name: InspectionRuleCode
    version: int
    category: str = strawberry.field(description="清理类别 / DOMAIN §6 category (1-10) or cross-check")
    title: str


@strawberry.type(description="命中记录 / one case a rule matched (preview)")
class InspectionHit:
    household_id: strawberry.ID
    person_id: strawberry.ID | None
    region_code: str
    severity: Severity
    evidence: JSON
    already_open: bool


@strawberry.type(description="规则运行结果 / what one rule found")
class RuleOutcome:
    rule: InspectionRule
    matched: int = strawberry.field(description="命中户/人次 / cases matched")
    already_open: int = strawberry.field(description="已有未结线索 / matched cases already open")
    raised: int = strawberry.field(description="新增线索 / findings raised by this run")
    sample: list[InspectionHit]

    @classmethod
    def from_outcome(cls, outcome: inspection.RuleOutcome) -> RuleOutcome:
        rule = outcome.rule
        return cls(
            rule=InspectionRule(name=rule.name, version=rule.version, category=rule.category, title=rule.title),
            matched=outcome.matched,
            already_open=outcome.already_open,
            raised=outcome.raised,
            sample=[
                InspectionHit(
                    household_id=_id(hit.household_id),
                    person_id=_id(hit.person_id),
                    region_code=hit.region_code,
                    severity=hit.severity,
                    evidence=hit.evidence,
                    already_open=hit.known,
                )
                for hit in outcome.sample
            ],
        )


@strawberry.type(description="核查参数 / a rule parameter in force for a region")
class ParameterValue:
    name: str
    value: Decimal | None
    description: str


@strawberry.type(description="拒收记录 / a row that did not load, with the reason")
class RegistryRejection:
    row_number: int
    field: str
    code: str
    reason: str
    row: JSON | None

    @classmethod
    def from_row(cls, row: models.RegistryRejection) -> RegistryRejection:
        return cls(row_number=row.row_number, field=row.field, code=row.code, reason=row.reason, row=row.row)


@strawberry.type(description="比对数据批次 / one imported registry file")
class RegistryBatch:
    id: strawberry.ID
    kind: RegistryKind
    version: int
    file_name: str
    encoding: str
    rows_read: int
    rows_loaded: int
    rows_duplicate: int
    rows_rejected: int
    unknown_columns: list[str]
    imported_by: str
    imported_at: dt.datetime

    @classmethod
    def from_row(cls, row: models.RegistryBatch) -> RegistryBatch:
        return cls(
            id=_id(row.id),
            kind=row.kind,
            version=row.version,
            file_name=row.file_name,
            encoding=row.encoding,
            rows_read=row.rows_read,
            rows_loaded=row.rows_loaded,
            rows_duplicate=row.rows_duplicate,
            rows_rejected=row.rows_rejected,
            unknown_columns=row.unknown_columns or [],
            imported_by=row.imported_by,
            imported_at=row.imported_at,
        )


@strawberry.type(
    description="导入结果 / summary of an import: the batch, whether it was already imported, the first rejections"
)
class ImportSummary:
    batch: RegistryBatch
    already_imported: bool
    rejections: list[RegistryRejection]

    @classmethod
    def from_result(cls, result: ImportResult) -> ImportSummary:
        return cls(
            batch=RegistryBatch.from_row(result.batch),
            already_imported=result.already_imported,
            rejections=[RegistryRejection.from_row(row) for row in result.rejections],
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


@strawberry.type(description="数据同步状态 / where the projection stands in a feed")
class FeedStatus:
    feed: str
    cursor: str | None
    applied: int
    updated_at: dt.datetime


@strawberry.input(description="入户核实 / the verification visit")
class VisitInput:
    visited_on: dt.date
    visitors: list[str] = strawberry.field(description="核实人员（至少两名）/ visitors, at least two")
    notes: str = ""
