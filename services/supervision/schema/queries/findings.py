"""Findings as read — 核查线索: lists, metrics and counts per rule; thin translation to `findings`."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.enforcer import get_authorizer
from authz.permissions import allowed, principal, scope
from kernel import connections
from kernel.enums import FindingStatus, InspectionRuleCode, RegionLevel, Severity
from kernel.relay import DEPRECATED, After, Before, Connection, First, Last
from kernel.values import RegionCode
from services.supervision import findings
from services.supervision.rules import RULES
from services.supervision.schema.arguments import number
from services.supervision.schema.types.findings import Finding, FindingMetric, RuleFindings


@strawberry.type
class FindingQuery:
    @strawberry.field(
        permission_classes=[allowed(Action.FINDING_READ)],
        description="核查线索 / findings in your jurisdiction",
        deprecation_reason=DEPRECATED.format(connection="findingsConnection"),
    )
    async def findings(
        self,
        info: Info,
        status: FindingStatus | None = None,
        rule: InspectionRuleCode | None = None,
        severity: Severity | None = None,
        region_code: str | None = None,
        assigned_to: str | None = None,
        overdue: bool = False,
        household_id: strawberry.ID | None = None,
        first: int = 50,
        after: strawberry.ID | None = None,
    ) -> list[Finding]:
        rows = await findings.list_findings(
            scope=scope(info, Action.FINDING_READ),
            status=status,
            rule=rule,
            severity=severity,
            region_code=region_code,
            assigned_to=assigned_to,
            overdue=overdue,
            household_id=number(household_id, "householdId"),
            first=first,
            after=number(after, "after"),
        )
        return [Finding.from_row(row) for row in rows]

    @strawberry.field(
        permission_classes=[allowed(Action.FINDING_READ)],
        description="核查线索（分页连接，按编号排序）/ findings in your jurisdiction, oldest first, as a connection",
    )
    async def findings_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        status: FindingStatus | None = None,
        rule: InspectionRuleCode | None = None,
        severity: Severity | None = None,
        region_code: str | None = None,
        assigned_to: str | None = None,
        overdue: bool = False,
        household_id: strawberry.ID | None = None,
    ) -> Connection[Finding]:
        window = connections.window(
            "findingsConnection", first=first, after=after, last=last, before=before, maximum=findings.MAX_PAGE
        )
        query = findings.findings_query(
            scope=scope(info, Action.FINDING_READ),
            status=status,
            rule=rule,
            severity=severity,
            region_code=region_code,
            assigned_to=assigned_to,
            overdue=overdue,
            household_id=number(household_id, "householdId"),
        )
        return Connection.of(await connections.page(query, window), Finding.from_row)

    @strawberry.field(
        permission_classes=[allowed(Action.FINDING_READ)],
        description="线索指标 / findings per 1,000 households, false-positive rate, time to close, per township or county",
    )
    async def finding_metrics(
        self, info: Info, region_code: str | None = None, level: RegionLevel = RegionLevel.township
    ) -> list[FindingMetric]:
        rows = await findings.metrics(
            scope=scope(info, Action.FINDING_READ), region_code=region_code, level=level.upper()
        )
        return [FindingMetric.from_metric(row) for row in rows]

    @strawberry.field(
        permission_classes=[allowed(Action.FINDING_READ)],
        description="按规则统计线索 / findings per inspection rule in your jurisdiction or a region in it, most first",
    )
    async def findings_by_rule(self, info: Info, region_code: str | None = None) -> list[RuleFindings]:
        if region_code:  # a dashboard asking outside its jurisdiction is told so, not shown zeros
            region_code = RegionCode.parse(region_code, field="regionCode").code
            get_authorizer().require(principal(info), Action.FINDING_READ, region_code)
        rows = await findings.by_rule(scope=scope(info, Action.FINDING_READ), region_code=region_code)
        return [
            RuleFindings(
                rule=r.rule,
                title=RULES[r.rule].title if r.rule in RULES else r.rule,
                findings=r.findings,
                open=r.open,
                overdue=r.overdue,
            )
            for r in rows
        ]
