"""Workflow mutations — one per step, each declaring the action of the role that owns the step."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, principal, scope
from kernel.enums import ApplicationChannel, PanelRole, Vote
from services.households import notices, renewals, workflow
from services.households.types import household_id
from services.households.types_application import Application
from services.households.types_visit import HomeVisitInput


@strawberry.input(description="评议会审参加人员 / one participant of a democratic review or a county joint review")
class PanelMemberInput:
    name: str
    role: PanelRole = strawberry.field(description="评议会审身份 / the capacity the participant sits in")
    username: str = strawberry.field(default="", description="账号（工作人员）/ account, for staff")
    signed: bool = strawberry.field(default=False, description="已签名 / signed the record")
    vote: Vote | None = strawberry.field(default=None, description="表决，未表决为空 / the vote, null if none was cast")


@strawberry.input(description="环节记录 / what is recorded with a step")
class StepInput:
    opinion: str = ""
    attachments: list[str] = strawberry.field(default_factory=list)
    signatures: list[str] = strawberry.field(default_factory=list, description="调查人员签名 / investigators (≥2)")
    missing_items: list[str] = strawberry.field(default_factory=list, description="缺少的全部材料 / every missing item")
    reasons: list[str] = strawberry.field(default_factory=list, description="理由 / reasons")
    on: dt.date | None = strawberry.field(
        default=None, description="环节日期，默认今天 / date of the step, default today"
    )
    objection_by: str = strawberry.field(default="", description="异议人（匿名留空）/ objector, empty if anonymous")
    participants: list[PanelMemberInput] = strawberry.field(
        default_factory=list, description="民主评议或会审的参加人员、签名与表决 / who reviewed, signed and voted"
    )
    visit: HomeVisitInput | None = strawberry.field(
        default=None,
        description="入户调查表（入户调查、县级入户核查）/ the home visit record, with the investigation or county visit",
    )


async def _step(info: Info, application_id: strawberry.ID, step: str, data: StepInput | None) -> Application:
    given = data or StepInput()
    row = await workflow.advance(
        actor=principal(info),
        application_id=household_id(application_id, "applicationId"),
        step=step,
        data=workflow.StepInput(
            opinion=given.opinion,
            attachments=given.attachments,
            signatures=given.signatures,
            missing_items=given.missing_items,
            reasons=given.reasons,
            on=given.on,
            objection_by=given.objection_by,
            participants=[
                workflow.Participant(name=p.name, role=p.role, username=p.username, signed=p.signed, vote=p.vote or "")
                for p in given.participants
            ],
            visit=given.visit.to_visit() if given.visit is not None else None,
        ),
    )
    return Application.from_row(row)


def _mutation(step: str, action: Action, description: str):
    async def resolve(self, info: Info, application_id: strawberry.ID, input: StepInput | None = None) -> Application:
        return await _step(info, application_id, step, input)

    return strawberry.mutation(resolver=resolve, permission_classes=[allowed(action)], description=description)


@strawberry.type
class WorkflowMutation:
    @strawberry.mutation(
        permission_classes=[allowed(Action.APPLICATION_SUBMIT)], description="提出申请 / submit an application"
    )
    async def submit_application(
        self,
        info: Info,
        household_id: strawberry.ID,
        channel: ApplicationChannel = ApplicationChannel.IN_PERSON,
        proxy: str = "",
        single_person_id: strawberry.ID | None = None,
        single_person_basis: str = "",
        on: dt.date | None = None,
    ) -> Application:
        row = await workflow.submit(
            actor=principal(info),
            household_id=household_id_of(household_id),
            channel=channel,
            proxy=proxy,
            on=on,
            single_person_id=household_id_of(single_person_id, "singlePersonId") if single_person_id else None,
            single_person_basis=single_person_basis,
        )
        return Application.from_row(row)

    @strawberry.mutation(
        permission_classes=[allowed(Action.APPLICATION_SUBMIT)],
        description="续保申请 / a renewal application (续保申请书) of a case in care due for review, taken in a "
        "campaign or not; it goes through the normal workflow",
    )
    async def submit_renewal(
        self,
        info: Info,
        household_id: strawberry.ID,
        campaign_id: strawberry.ID | None = None,
        channel: ApplicationChannel = ApplicationChannel.IN_PERSON,
        proxy: str = "",
        on: dt.date | None = None,
    ) -> Application:
        row = await renewals.submit(
            actor=principal(info),
            household_id=household_id_of(household_id),
            channel=channel,
            proxy=proxy,
            on=on,
            campaign_id=household_id_of(campaign_id, "campaignId") if campaign_id is not None else None,
        )
        return Application.from_row(row)

    accept_application = _mutation("accept", Action.APPLICATION_ACCEPT, "受理 / accept (starts the clock)")
    return_application = _mutation(
        "return", Action.APPLICATION_ACCEPT, "退回并一次性告知缺少材料 / return listing every missing item"
    )
    record_investigation = _mutation(
        "investigate", Action.INVESTIGATION_RECORD, "入户调查（≥2人签名）/ record an investigation"
    )
    fail_precheck = _mutation("fail_precheck", Action.APPLICATION_REVIEW, "核对不符 / the info check failed")
    recheck_application = _mutation(
        "recheck", Action.APPLICATION_REVIEW, "异议复查 / re-check after an objection with evidence"
    )
    terminate_application = _mutation(
        "terminate", Action.APPLICATION_REVIEW, "终止审核 / terminate (refused to cooperate)"
    )
    hold_democratic_review = _mutation("democratic_review", Action.APPLICATION_REVIEW, "民主评议 / democratic review")
    give_township_opinion = _mutation(
        "township_opinion", Action.APPLICATION_SIGN, "乡镇审核意见 / township opinion (leader signs)"
    )
    publish_notice = _mutation(
        "publish_notice", Action.APPLICATION_REVIEW, "初审公示（7天）/ publish the pre-approval notice"
    )
    record_objection = _mutation(
        "object", Action.APPLICATION_REVIEW, "公示异议 / an objection sends the case back to investigation"
    )
    close_notice = _mutation("close_notice", Action.APPLICATION_REVIEW, "公示期满报县 / notice over, to the county")
    record_home_visit = _mutation("home_visit", Action.APPLICATION_DECIDE, "县级入户核查 / county home visit")
    approve_application = _mutation(
        "approve", Action.APPLICATION_DECIDE, "批准（次月起发放）/ approve; paid from next month"
    )
    reject_application = _mutation(
        "reject", Action.APPLICATION_DECIDE, "不予批准（书面理由）/ reject with written reasons"
    )


def household_id_of(value: strawberry.ID, field: str = "householdId") -> int:
    return household_id(value, field)


@strawberry.type(description="公布名单条目 / a public notice entry: name, household size and amount only (§7)")
class PublicNoticeEntry:
    name: str
    members: int
    monthly_amount: Decimal


@strawberry.type
class WorkflowQuery:
    @strawberry.field(
        permission_classes=[allowed(Action.NOTICE_READ)],
        description="村级公布名单 / a village's public list for a period",
    )
    async def public_notice(self, info: Info, village_code: str, period: str) -> list[PublicNoticeEntry]:
        rows = await notices.public_list(
            scope=scope(info, Action.NOTICE_READ), village_code=village_code, period=period
        )
        return [PublicNoticeEntry(name=r.name, members=r.members, monthly_amount=r.monthly_amount) for r in rows]

    @strawberry.field(
        permission_classes=[allowed(Action.APPLICATION_READ)],
        description="超期及临期申请 / overdue and soon-due applications",
    )
    async def late_applications(
        self, info: Info, region_code: str | None = None, within_days: int = 0
    ) -> list[Application]:
        rows = await notices.late_applications(
            scope=scope(info, Action.APPLICATION_READ), region_code=region_code, within_days=within_days
        )
        return [Application.from_row(row) for row in rows]
