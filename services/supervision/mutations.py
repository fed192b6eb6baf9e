"""Mutations of the supervision subgraph: each declares its action and hands the caller's scope to a service verb."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from decimal import Decimal

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, principal, scope
from kernel.enums import CampaignOutcome, InspectionRuleCode, RegistryKind, SpotCheckResult, Verdict
from kernel.errors import InvalidInput
from services.supervision import (
    campaigns,
    complaints,
    findings,
    inspection,
    parameters,
    projection,
    registry_imports,
    spotchecks,
)
from services.supervision.error_codes import SupervisionErrorCode
from services.supervision.types import (
    FeedStatus,
    Finding,
    ImportSummary,
    ParameterValue,
    RuleOutcome,
    VisitInput,
    number,
)
from services.supervision.types_work import (
    Campaign,
    CampaignVisit,
    Complaint,
    ComplaintInput,
    PhaseInput,
    SpotCheck,
    SpotCheckItem,
)

MAX_UPLOAD = 8 * 1024 * 1024
"""Larger registry files go through `dibao registry import`."""


def _actor(info: Info) -> str:
    return principal(info).username


def _content(content_base64: str) -> bytes:
    try:
        content = base64.b64decode(content_base64, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput(
            "the file content is not base64",
            "文件内容不是 base64 编码",
            field="contentBase64",
            code=SupervisionErrorCode.INVALID_BASE64,
        ) from None
    if len(content) > MAX_UPLOAD:
        raise InvalidInput(
            "files above 8 MB are imported with `dibao registry import`",
            "超过 8 MB 的文件请用命令行导入",
            field="contentBase64",
            code=SupervisionErrorCode.FILE_TOO_LARGE,
        )
    return content


@strawberry.type
class Mutation:
    @strawberry.mutation(
        permission_classes=[allowed(Action.REGISTRY_IMPORT)],
        description="导入比对数据 / import a small registry file (CSV or .xlsx)",
    )
    async def import_registry(
        self, info: Info, kind: RegistryKind, file_name: str, content_base64: str
    ) -> ImportSummary:
        registry_imports.require_city_wide(scope(info, Action.REGISTRY_IMPORT), "registry imports", "比对数据导入")
        result = await registry_imports.import_registry(
            kind=kind, file_name=file_name, content=_content(content_base64), actor=_actor(info)
        )
        return ImportSummary.from_result(result)

    @strawberry.mutation(
        permission_classes=[allowed(Action.INSPECTION_RUN)],
        description="核查比对 / run (or, with preview, only count and show) a rule or all rules for a region",
    )
    async def inspection(
        self,
        info: Info,
        region_code: str,
        rule: InspectionRuleCode | None = None,
        preview: bool = False,
        as_of: dt.date | None = None,
    ) -> list[RuleOutcome]:
        outcomes = await inspection.run(
            rule=rule,
            region_code=region_code,
            scope=scope(info, Action.INSPECTION_RUN),
            actor=_actor(info),
            preview=preview,
            as_of=as_of,
        )
        return [RuleOutcome.from_outcome(outcome) for outcome in outcomes]

    @strawberry.mutation(
        permission_classes=[allowed(Action.INSPECTION_CONFIGURE)],
        description="设置核查参数 / set a rule parameter for a region",
    )
    async def set_inspection_parameter(
        self, info: Info, region_code: str, name: str, value: str, effective_from: dt.date
    ) -> ParameterValue:
        row = await parameters.set_parameter(
            scope=scope(info, Action.INSPECTION_CONFIGURE),
            region_code=region_code,
            name=name,
            value=value,
            effective_from=effective_from,
            actor=_actor(info),
        )
        return ParameterValue(name=row.name, value=row.value, description=parameters.DEFAULTS[row.name][1])

    @strawberry.mutation(
        permission_classes=[allowed(Action.PROJECTION_SYNC)],
        description="同步家庭数据 / catch the projection up with the households feed and the paid lines",
    )
    async def sync_projection(self, info: Info) -> list[FeedStatus]:
        await projection.sync(actor=_actor(info))
        return [
            FeedStatus(feed=row.feed, cursor=row.cursor, applied=row.applied, updated_at=row.updated_at)
            for row in await projection.status()
        ]

    @strawberry.mutation(
        permission_classes=[allowed(Action.FINDING_ASSIGN)], description="交办线索 / assign a finding to its township"
    )
    async def assign_finding(
        self, info: Info, id: strawberry.ID, township_code: str, deadline: dt.date | None = None
    ) -> Finding:
        return Finding.from_row(
            await findings.assign(
                scope=scope(info, Action.FINDING_ASSIGN),
                finding_id=number(id, "id"),
                township_code=township_code,
                deadline=deadline,
                actor=_actor(info),
            )
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.FINDING_VERIFY)], description="核实线索 / record the visit and the verdict"
    )
    async def verify_finding(self, info: Info, id: strawberry.ID, verdict: Verdict, visit: VisitInput) -> Finding:
        return Finding.from_row(
            await findings.verify(
                scope=scope(info, Action.FINDING_VERIFY),
                finding_id=number(id, "id"),
                verdict=verdict,
                visited_on=visit.visited_on,
                visitors=visit.visitors,
                notes=visit.notes,
                actor=_actor(info),
            )
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.FINDING_RECTIFY)],
        description="整改 / link the decision that changed the case",
    )
    async def rectify_finding(self, info: Info, id: strawberry.ID, decision_id: strawberry.ID) -> Finding:
        return Finding.from_row(
            await findings.rectify(
                scope=scope(info, Action.FINDING_RECTIFY),
                finding_id=number(id, "id"),
                decision_id=number(decision_id, "decisionId"),
                actor=_actor(info),
            )
        )

    @strawberry.mutation(permission_classes=[allowed(Action.FINDING_CLOSE)], description="办结线索 / close a finding")
    async def close_finding(self, info: Info, id: strawberry.ID, note: str = "") -> Finding:
        return Finding.from_row(
            await findings.close(
                scope=scope(info, Action.FINDING_CLOSE), finding_id=number(id, "id"), note=note, actor=_actor(info)
            )
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.SPOT_CHECK_MANAGE)], description="抽取双随机样本 / draw a spot-check sample"
    )
    async def draw_spot_check(
        self, info: Info, region_code: str, period: str, seed: int, inspectors: list[str], share: Decimal | None = None
    ) -> SpotCheck:
        return SpotCheck.from_row(
            await spotchecks.draw(
                scope=scope(info, Action.SPOT_CHECK_MANAGE),
                region_code=region_code,
                period=period,
                share=share,
                seed=seed,
                inspectors=inspectors,
                actor=_actor(info),
            )
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.SPOT_CHECK_VISIT)], description="登记抽查结果 / record a spot-check visit"
    )
    async def record_spot_check_visit(
        self, info: Info, item_id: strawberry.ID, visited_on: dt.date, result: SpotCheckResult, notes: str = ""
    ) -> SpotCheckItem:
        return SpotCheckItem.from_row(
            await spotchecks.record_visit(
                scope=scope(info, Action.SPOT_CHECK_VISIT),
                item_id=number(item_id, "itemId"),
                visited_on=visited_on,
                result=result,
                notes=notes,
                actor=_actor(info),
            )
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.SPOT_CHECK_MANAGE)], description="公开抽查结果 / publish the summary"
    )
    async def publish_spot_check(self, info: Info, id: strawberry.ID) -> SpotCheck:
        return SpotCheck.from_row(
            await spotchecks.publish(
                scope=scope(info, Action.SPOT_CHECK_MANAGE), spot_check_id=number(id, "id"), actor=_actor(info)
            )
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.COMPLAINT_REGISTER)], description="登记 12349 举报 / register a complaint"
    )
    async def register_complaint(self, info: Info, input: ComplaintInput) -> Complaint:
        return Complaint.from_row(
            await complaints.register(
                scope=scope(info, Action.COMPLAINT_REGISTER),
                region_code=input.region_code,
                received_on=input.received_on,
                anonymous=input.anonymous,
                reporter_name=input.reporter_name,
                reporter_phone=input.reporter_phone,
                household_id=number(input.household_id, "input.householdId"),
                staff_username=input.staff_username,
                content=input.content,
                actor=_actor(info),
            )
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.COMPLAINT_REGISTER)],
        description="交办举报 / assign a complaint to its township",
    )
    async def assign_complaint(self, info: Info, id: strawberry.ID, township_code: str) -> Complaint:
        return Complaint.from_row(
            await complaints.assign(
                scope=scope(info, Action.COMPLAINT_REGISTER),
                complaint_id=number(id, "id"),
                township_code=township_code,
                actor=_actor(info),
            )
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.COMPLAINT_HANDLE)], description="核实举报 / record the verification"
    )
    async def verify_complaint(
        self, info: Info, id: strawberry.ID, substantiated: bool, verification: str
    ) -> Complaint:
        return Complaint.from_row(
            await complaints.verify(
                scope=scope(info, Action.COMPLAINT_HANDLE),
                complaint_id=number(id, "id"),
                substantiated=substantiated,
                verification=verification,
                actor=_actor(info),
            )
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.COMPLAINT_HANDLE)], description="反馈举报人 / answer a real-name reporter"
    )
    async def answer_complaint(self, info: Info, id: strawberry.ID, feedback: str, given_on: dt.date) -> Complaint:
        return Complaint.from_row(
            await complaints.give_feedback(
                scope=scope(info, Action.COMPLAINT_HANDLE),
                complaint_id=number(id, "id"),
                feedback=feedback,
                given_on=given_on,
                actor=_actor(info),
            )
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.COMPLAINT_REGISTER)], description="办结举报 / close a complaint"
    )
    async def close_complaint(self, info: Info, id: strawberry.ID) -> Complaint:
        return Complaint.from_row(
            await complaints.close(
                scope=scope(info, Action.COMPLAINT_REGISTER), complaint_id=number(id, "id"), actor=_actor(info)
            )
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.CAMPAIGN_MANAGE)], description="发起专项行动 / start a campaign"
    )
    async def create_campaign(
        self, info: Info, name: str, region_code: str, starts_on: dt.date, ends_on: dt.date, phases: list[PhaseInput]
    ) -> Campaign:
        return Campaign.from_row(
            await campaigns.create(
                scope=scope(info, Action.CAMPAIGN_MANAGE),
                name=name,
                region_code=region_code,
                starts_on=starts_on,
                ends_on=ends_on,
                phases=[{"name": p.name, "starts_on": p.starts_on, "ends_on": p.ends_on} for p in phases],
                actor=_actor(info),
            )
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.CAMPAIGN_VISIT)],
        description="登记入户 / record a campaign visit and its outcome: MAINTAIN 维持, INCREASE 调增 or DECREASE 调减 "
        "(with the proposed monthly amount), STOP 停发; a change needs its reason",
    )
    async def record_campaign_visit(
        self,
        info: Info,
        campaign_id: strawberry.ID,
        household_id: strawberry.ID,
        visited_on: dt.date,
        all_members_seen: bool,
        outcome: CampaignOutcome,
        reason: str = "",
        proposed_amount: str | None = None,
        notes: str = "",
    ) -> CampaignVisit:
        return CampaignVisit.from_row(
            await campaigns.record_visit(
                scope=scope(info, Action.CAMPAIGN_VISIT),
                campaign_id=number(campaign_id, "campaignId"),
                household_id=number(household_id, "householdId"),
                visited_on=visited_on,
                all_members_seen=all_members_seen,
                notes=notes,
                outcome=campaigns.Outcome(outcome, reason, proposed_amount),
                actor=_actor(info),
            )
        )
