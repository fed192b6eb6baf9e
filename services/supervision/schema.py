"""Root fields of the supervision subgraph: thin translations to the service modules."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.tools import merge_types
from strawberry.types import Info

from authz.actions import Action
from authz.enforcer import get_authorizer
from authz.permissions import allowed, principal, scope
from kernel import connections
from kernel.enums import ComplaintStatus, FindingStatus, InspectionRuleCode, RegionLevel, RegistryKind, Severity
from kernel.relay import DEPRECATED, After, Before, Connection, First, Last
from kernel.subgraph import create_schema
from kernel.values import RegionCode, check_page
from services.supervision import (
    campaigns,
    complaints,
    findings,
    parameters,
    projection,
    registry_imports,
    spotchecks,
    standards,
)
from services.supervision.entry_checks import EntryCheckQuery
from services.supervision.life_events import LifeEventsQuery
from services.supervision.lifecycle import today
from services.supervision.mutations import Mutation
from services.supervision.rules import RULES
from services.supervision.schema_campaigns import CampaignQuery
from services.supervision.types import (
    FeedStatus,
    Finding,
    FindingMetric,
    Household,
    InspectionRule,
    ParameterValue,
    RegistryBatch,
    RegistryRejection,
    RuleFindings,
    number,
)
from services.supervision.types_work import Campaign, Complaint, SpotCheck


@strawberry.type
class Query:
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

    @strawberry.field(
        permission_classes=[allowed(Action.INSPECTION_RUN)], description="核查规则 / the inspection rules"
    )
    def inspection_rules(self) -> list[InspectionRule]:
        return [
            InspectionRule(name=r.name, version=r.version, category=r.category, title=r.title) for r in RULES.values()
        ]

    @strawberry.field(
        permission_classes=[allowed(Action.INSPECTION_RUN)], description="核查参数 / parameters in force for a region"
    )
    async def inspection_parameters(
        self, info: Info, region_code: str, as_of: dt.date | None = None
    ) -> list[ParameterValue]:
        region_code = RegionCode.parse(region_code).code
        get_authorizer().require(principal(info), Action.INSPECTION_RUN, region_code)
        day = as_of or today()
        values = (await parameters.for_regions([region_code], day))[region_code]
        book = await standards.StandardBook.load(day)
        paid = [
            ParameterValue(name=name, value=book.standard(region_code, kind), description=text)
            for name, (kind, text) in standards.DESCRIBED.items()
        ]
        return paid + [
            ParameterValue(name=name, value=values[name], description=text)
            for name, (_, text) in parameters.DEFAULTS.items()
        ]

    @strawberry.field(
        permission_classes=[allowed(Action.REGISTRY_READ)],
        description="比对数据批次 / imported registry batches, newest first",
        deprecation_reason=DEPRECATED.format(connection="registryBatchesConnection"),
    )
    async def registry_batches(
        self, info: Info, kind: RegistryKind | None = None, first: int = 50, after: strawberry.ID | None = None
    ) -> list[RegistryBatch]:
        check_page(first, maximum=findings.MAX_PAGE)
        registry_imports.require_city_wide(scope(info, Action.REGISTRY_READ), "registry batches", "比对数据批次")
        return [
            RegistryBatch.from_row(row)
            for row in await registry_imports.list_batches(kind=kind, first=first, after=number(after, "after"))
        ]

    @strawberry.field(
        permission_classes=[allowed(Action.REGISTRY_READ)],
        description="比对数据批次（分页连接，新的在前）/ imported registry batches, newest first, as a connection",
    )
    async def registry_batches_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        kind: RegistryKind | None = None,
    ) -> Connection[RegistryBatch]:
        window = connections.window(
            "registryBatchesConnection", first=first, after=after, last=last, before=before, maximum=findings.MAX_PAGE
        )
        registry_imports.require_city_wide(scope(info, Action.REGISTRY_READ), "registry batches", "比对数据批次")
        page = await connections.page(registry_imports.batches_query(kind=kind), window, descending=True)
        return Connection.of(page, RegistryBatch.from_row)

    @strawberry.field(
        permission_classes=[allowed(Action.REGISTRY_READ)],
        description="拒收记录 / rows of a batch that did not load",
        deprecation_reason=DEPRECATED.format(connection="registryRejectionsConnection"),
    )
    async def registry_rejections(
        self, info: Info, batch_id: strawberry.ID, first: int = 100, after: int | None = None
    ) -> list[RegistryRejection]:
        check_page(first, maximum=findings.MAX_PAGE)
        rows = await registry_imports.list_rejections(
            scope=scope(info, Action.REGISTRY_READ), batch_id=number(batch_id, "batchId"), first=first, after=after
        )
        return [RegistryRejection.from_row(row) for row in rows]

    @strawberry.field(
        permission_classes=[allowed(Action.REGISTRY_READ)],
        description="拒收记录（分页连接，按行号排序）/ rows of a batch that did not load, in row order, as a connection",
    )
    async def registry_rejections_connection(
        self,
        info: Info,
        batch_id: strawberry.ID,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[RegistryRejection]:
        batch = number(batch_id, "batchId")
        window = connections.window(
            f"registryRejectionsConnection/{batch}",
            first=first,
            after=after,
            last=last,
            before=before,
            maximum=findings.MAX_PAGE,
            default=100,
        )
        query = registry_imports.rejections_query(scope=scope(info, Action.REGISTRY_READ), batch_id=batch)
        return Connection.of(await connections.page(query, window, key="row_number"), RegistryRejection.from_row)

    @strawberry.field(
        permission_classes=[allowed(Action.PROJECTION_SYNC)], description="数据同步状态 / the projection's feeds"
    )
    async def projection_status(self) -> list[FeedStatus]:
        return [
            FeedStatus(feed=row.feed, cursor=row.cursor, applied=row.applied, updated_at=row.updated_at)
            for row in await projection.status()
        ]

    @strawberry.field(
        permission_classes=[allowed(Action.SPOT_CHECK_READ)],
        description="双随机抽查 / spot checks, newest first",
        deprecation_reason=DEPRECATED.format(connection="spotChecksConnection"),
    )
    async def spot_checks(self, info: Info, first: int = 50) -> list[SpotCheck]:
        check_page(first, maximum=findings.MAX_PAGE)
        return [
            SpotCheck.from_row(row)
            for row in await spotchecks.spot_checks(scope=scope(info, Action.SPOT_CHECK_READ), first=first)
        ]

    @strawberry.field(
        permission_classes=[allowed(Action.SPOT_CHECK_READ)],
        description="双随机抽查（分页连接，新的在前）/ spot checks, newest first, as a connection",
    )
    async def spot_checks_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[SpotCheck]:
        window = connections.window(
            "spotChecksConnection", first=first, after=after, last=last, before=before, maximum=findings.MAX_PAGE
        )
        query = spotchecks.spot_checks_query(scope=scope(info, Action.SPOT_CHECK_READ))
        page = await connections.page(query, window, descending=True)
        return Connection.of(page, SpotCheck.from_row)

    @strawberry.field(
        permission_classes=[allowed(Action.COMPLAINT_READ)],
        description="12349 举报 / complaints in your jurisdiction",
        deprecation_reason=DEPRECATED.format(connection="complaintsConnection"),
    )
    async def complaints(
        self,
        info: Info,
        status: ComplaintStatus | None = None,
        overdue: bool = False,
        first: int = 50,
        after: strawberry.ID | None = None,
    ) -> list[Complaint]:
        rows = await complaints.list_complaints(
            scope=scope(info, Action.COMPLAINT_READ),
            status=status,
            overdue=overdue,
            first=first,
            after=number(after, "after"),
        )
        return [Complaint.from_row(row) for row in rows]

    @strawberry.field(
        permission_classes=[allowed(Action.COMPLAINT_READ)],
        description="12349 举报（分页连接，按编号排序）/ complaints in your jurisdiction, in id order, as a connection",
    )
    async def complaints_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        status: ComplaintStatus | None = None,
        overdue: bool = False,
    ) -> Connection[Complaint]:
        window = connections.window(
            "complaintsConnection", first=first, after=after, last=last, before=before, maximum=findings.MAX_PAGE
        )
        query = complaints.complaints_query(scope=scope(info, Action.COMPLAINT_READ), status=status, overdue=overdue)
        return Connection.of(await connections.page(query, window), Complaint.from_row)

    @strawberry.field(
        permission_classes=[allowed(Action.CAMPAIGN_READ)],
        description="专项行动 / campaigns, newest first",
        deprecation_reason=DEPRECATED.format(connection="campaignsConnection"),
    )
    async def campaigns(self, info: Info, first: int = 50) -> list[Campaign]:
        check_page(first, maximum=findings.MAX_PAGE)
        return [
            Campaign.from_row(row)
            for row in await campaigns.campaigns(scope=scope(info, Action.CAMPAIGN_READ), first=first)
        ]

    @strawberry.field(
        permission_classes=[allowed(Action.CAMPAIGN_READ)],
        description="专项行动（分页连接，新的在前）/ campaigns, newest first, as a connection",
    )
    async def campaigns_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[Campaign]:
        window = connections.window(
            "campaignsConnection", first=first, after=after, last=last, before=before, maximum=findings.MAX_PAGE
        )
        page = await connections.page(
            campaigns.campaigns_query(scope=scope(info, Action.CAMPAIGN_READ)), window, descending=True
        )
        return Connection.of(page, Campaign.from_row)


schema = create_schema(
    query=merge_types("Query", (Query, LifeEventsQuery, EntryCheckQuery, CampaignQuery)),
    mutation=Mutation,
    types=[Household],
)
