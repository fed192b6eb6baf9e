"""Workflow mutations — one per step, each declaring the action of the role that owns the step."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, principal
from kernel.enums import ApplicationChannel
from services.households import renewals, workflow
from services.households.schema.arguments import household_id, household_id_of
from services.households.schema.types.applications import Application
from services.households.schema.types.workflow import StepInput


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
