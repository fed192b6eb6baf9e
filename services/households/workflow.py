"""Application workflow — 审核确认流程 (DOMAIN §2): a state machine whose every step has an owner and a clock.

Each step is refused unless the actor holds the step's action in the household's region, is not a
filed relative of a member (recusal, 回避), and the application is in a state the step leaves from;
the step is dated (`on`, default today), never in the future, never before the previous step. A step
past the overall deadline still proceeds: it records how many working days late it was, and the case
stays on the county's overdue list until it is decided (the county may extend the clock with a reason).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from authz.actions import Action
from authz.duties import KINSHIP, require_separation
from authz.principal import Principal
from kernel.errors import DomainError, InvalidInput
from services.households import events, panels, visit_draws, visits
from services.households.auditing import audited, done
from services.households.calendar import WorkCalendar, add_months, done_on
from services.households.cases import assess_household, implied_class, set_amount
from services.households.error_codes import HouseholdsErrorCode
from services.households.models import Application, Decision, Household, Notice, Objection, Person, WorkflowStep
from services.households.panels import Participant
from services.households.policy import PolicyBook
from services.households.registration import filed_staff, household_for, household_for_duty, recount
from services.households.visits import VisitIn

OPEN = (
    "SUBMITTED",
    "ACCEPTED",
    "INVESTIGATING",
    "PRECHECK_FAILED",
    "DEMOCRATIC_REVIEW",
    "TOWNSHIP_OPINION",
    "NOTICE_1",
    "NOTICE_2",
    "COUNTY_REVIEW",
)
SINGLE_PERSON_BASES = {
    "SEVERE_DISABILITY": "重度残疾（一、二级或三级智力/精神）",
    "SERIOUS_ILLNESS": "重病",
    "CLERGY": "宗教教职人员",
    "COUNTY_NAMED": "县级认定的其他情形",
}


@dataclass(frozen=True)
class Step:
    """A transition: who may take it, from which states, to which state."""

    name: str
    action: Action
    sources: tuple[str, ...]
    target: str


STEPS = {
    step.name: step
    for step in (
        Step("accept", Action.APPLICATION_ACCEPT, ("SUBMITTED",), "ACCEPTED"),
        Step("return", Action.APPLICATION_ACCEPT, ("SUBMITTED",), "RETURNED"),
        Step("investigate", Action.INVESTIGATION_RECORD, ("ACCEPTED", "INVESTIGATING"), "INVESTIGATING"),
        Step("fail_precheck", Action.APPLICATION_REVIEW, ("INVESTIGATING",), "PRECHECK_FAILED"),
        Step("recheck", Action.APPLICATION_REVIEW, ("PRECHECK_FAILED",), "INVESTIGATING"),
        Step("terminate", Action.APPLICATION_REVIEW, ("INVESTIGATING", "PRECHECK_FAILED"), "TERMINATED"),
        Step("democratic_review", Action.APPLICATION_REVIEW, ("INVESTIGATING",), "DEMOCRATIC_REVIEW"),
        Step("township_opinion", Action.APPLICATION_SIGN, ("INVESTIGATING", "DEMOCRATIC_REVIEW"), "TOWNSHIP_OPINION"),
        Step("publish_notice", Action.APPLICATION_REVIEW, ("TOWNSHIP_OPINION",), "NOTICE_1"),
        Step("object", Action.APPLICATION_REVIEW, ("NOTICE_1", "NOTICE_2"), "INVESTIGATING"),
        Step("close_notice", Action.APPLICATION_REVIEW, ("NOTICE_1", "NOTICE_2"), "COUNTY_REVIEW"),
        Step("home_visit", Action.APPLICATION_DECIDE, ("COUNTY_REVIEW",), "COUNTY_REVIEW"),
        Step("approve", Action.APPLICATION_DECIDE, ("COUNTY_REVIEW",), "APPROVED"),
        Step("reject", Action.APPLICATION_DECIDE, ("COUNTY_REVIEW",), "REJECTED"),
    )
}


@dataclass
class StepInput:
    """What a clerk records with a step: opinion, attachments, signatures and the step's own data."""

    opinion: str = ""
    attachments: list[str] = field(default_factory=list)
    signatures: list[str] = field(default_factory=list)
    missing_items: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    on: dt.date | None = None
    objection_by: str = ""
    participants: list[Participant] = field(default_factory=list)
    visit: VisitIn | None = None


STEP_SETTINGS = ("secondNotice", "democraticReview", "countyPanel")
"""Local rules a step reads beside its clocks (handlers get them in `clocks`)."""


class IllegalTransition(DomainError):
    code = HouseholdsErrorCode.ILLEGAL_TRANSITION


class NotEligible(DomainError):
    code = HouseholdsErrorCode.NOT_ELIGIBLE


async def submit(
    *,
    actor: Principal,
    household_id: int,
    channel: str = "IN_PERSON",
    proxy: str = "",
    single_person_id: int | None = None,
    single_person_basis: str = "",
    on: dt.date | None = None,
) -> Application:
    """Submit an application (申请) for a registered household; single-person inclusion only by a §2 route."""
    async with audited(actor, "application.submit", "Household", household_id) as conn:
        household = await household_for_duty(actor, Action.APPLICATION_SUBMIT, household_id, using_db=conn)
        day = _date(on, None)
        if await Application.filter(household_id=household.id, state__in=OPEN).using_db(conn).exists():
            raise IllegalTransition(
                "the household already has an open application", "该家庭已有在办申请", field="householdId"
            )
        if household.status not in ("APPLYING", "REJECTED", "STOPPED"):
            raise IllegalTransition(
                f"a household in state {household.status} cannot apply",
                f"家庭状态为 {household.status}，不能申请",
                field="householdId",
            )
        if single_person_id is not None:
            await _check_single_person(conn, household, single_person_id, single_person_basis)
        application = await open_application(
            conn,
            household,
            actor,
            day,
            channel=channel,
            proxy=proxy,
            single_person=single_person_id is not None,
            single_person_basis=single_person_basis,
            single_person_id=single_person_id,
        )
        await done(
            conn,
            actor,
            "application.submit",
            "Application",
            application.id,
            household.region_code,
            after={"state": "SUBMITTED"},
        )
        return application


async def open_application(conn, household: Household, actor: Principal, day: dt.date, **fields) -> Application:
    """A submitted application of the household and its first step: where every case (a first application or a
    renewal) enters the workflow."""
    application = await Application.create(
        household_id=household.id,
        region_code=household.region_code,
        state="SUBMITTED",
        submitted_on=day,
        using_db=conn,
        **fields,
    )
    await WorkflowStep.create(
        application_id=application.id,
        region_code=household.region_code,
        from_state="",
        to_state="SUBMITTED",
        actor=actor.username,
        on=day,
        using_db=conn,
    )
    return application


async def _check_single_person(conn, household: Household, person_id: int, basis: str) -> None:
    person = await Person.filter(id=person_id, household_id=household.id).using_db(conn).first()
    if person is None:
        raise InvalidInput(
            "the single person must be a member of the household", "单人户申请人应为本家庭成员", field="singlePersonId"
        )
    if basis not in SINGLE_PERSON_BASES:
        raise InvalidInput(
            f"single-person basis must be one of {', '.join(SINGLE_PERSON_BASES)}",
            f"单人户依据应为 {', '.join(SINGLE_PERSON_BASES)} 之一",
            field="singlePersonBasis",
        )
    if (basis == "SEVERE_DISABILITY" and person.disability_grade not in (1, 2)) or (
        basis == "SERIOUS_ILLNESS" and not person.serious_illness
    ):
        raise InvalidInput(
            "the member's recorded circumstances do not support this basis",
            "成员登记情况不符合该单人户依据",
            field="singlePersonBasis",
            code=HouseholdsErrorCode.SINGLE_PERSON_BASIS_UNSUPPORTED,
        )


def _date(on: dt.date | None, previous: dt.date | None) -> dt.date:
    day = done_on(on, "a step cannot be dated in the future", "环节日期不能晚于今天")
    if previous and day < previous:
        raise InvalidInput(
            f"a step cannot be dated before the previous step ({previous})",
            f"环节日期不能早于上一环节（{previous}）",
            field="on",
        )
    return day


async def locked_application(conn, application_id: int) -> Application:
    """The application, locked for the step being taken on it (one step at a time); refused when there is none."""
    application = await Application.filter(id=application_id).using_db(conn).select_for_update().first()
    if application is None:
        raise InvalidInput(
            f"application {application_id} does not exist",
            f"申请 {application_id} 不存在",
            field="applicationId",
            code=HouseholdsErrorCode.APPLICATION_NOT_FOUND,
        )
    return application


async def advance(*, actor: Principal, application_id: int, step: str, data: StepInput) -> Application:
    """Take one step of the workflow; refused with the current state named when out of order."""
    spec = STEPS[step]
    async with audited(actor, f"application.{step}", "Application", application_id) as conn:
        application = await locked_application(conn, application_id)
        household = await household_for(actor, spec.action, application.household_id, using_db=conn)
        investigators = [
            s.signatures
            for s in await WorkflowStep.filter(application_id=application.id, to_state="INVESTIGATING").using_db(conn)
        ]
        require_separation(
            actor=actor,
            action=spec.action,
            done_by={
                KINSHIP: await filed_staff(household.id, using_db=conn),
                str(Action.INVESTIGATION_RECORD): {name for names in investigators for name in names},
            },
        )
        if application.state not in spec.sources:
            raise IllegalTransition(
                f"the application is {application.state}; '{step}' needs {' or '.join(spec.sources)}",
                f"申请当前环节为 {application.state}，不能执行 {step}（需处于 {'/'.join(spec.sources)}）",
                field="applicationId",
                state=application.state,
            )
        last = await WorkflowStep.filter(application_id=application.id).using_db(conn).order_by("-id").first()
        day = _date(data.on, last.on if last else None)
        calendar = await WorkCalendar.load(using_db=conn)
        late = max(calendar.working_days_between(application.due_on, day), 0) if application.due_on else 0
        book = await PolicyBook.load(using_db=conn)
        clocks = book.setting(household.region_code, "clocks", day)
        before = application.state
        clocks = {**clocks, **{key: book.setting(household.region_code, key, day) for key in STEP_SETTINGS}}
        target = await HANDLERS[step](conn, application, household, data, day, calendar, clocks, actor)
        application.state = target or spec.target  # a handler names the state only where the step branches
        await application.save(using_db=conn)
        await WorkflowStep.create(
            application_id=application.id,
            region_code=household.region_code,
            from_state=before,
            to_state=application.state,
            actor=actor.username,
            opinion=data.opinion,
            attachments=data.attachments,
            signatures=data.signatures or [actor.username],
            on=day,
            days_late=late,
            using_db=conn,
        )
        await done(
            conn,
            actor,
            f"application.{step}",
            "Application",
            application.id,
            household.region_code,
            before={"state": before},
            after={"state": application.state, "on": day.isoformat(), "opinion": data.opinion, "daysLate": late},
        )
        return application


async def _accept(conn, application, household, data, day, calendar, clocks, actor) -> None:
    from services.households import entry_checks  # it names this module's states

    await entry_checks.check(conn, application, household)  # 逢进必核
    application.accepted_on = day
    application.delegated = bool(
        (await PolicyBook.load(using_db=conn)).setting(household.region_code, "delegatedApproval", day)
    )
    application.clock_days = clocks["delegated"] if application.delegated else clocks["overall"]
    application.due_on = calendar.add_working_days(day, application.clock_days)
    application.step_due_on = calendar.add_working_days(day, clocks["startInvestigation"])


async def _return(conn, application, household, data, day, calendar, clocks, actor) -> None:
    if not data.missing_items:
        raise InvalidInput(
            "list every missing item in the one notice", "须一次性告知全部缺少的材料", field="missingItems"
        )
    application.missing_items = data.missing_items


async def _investigate(conn, application, household, data, day, calendar, clocks, actor) -> None:
    if len(set(data.signatures)) < 2:
        raise InvalidInput(
            "an investigation needs a team of at least two, each signing",
            "入户调查须至少两人并签名",
            field="signatures",
        )
    application.step_due_on = None
    if data.visit is not None:  # 入户调查表
        await visits.record(
            conn,
            kind="INVESTIGATION",
            application=application,
            visit=data.visit,
            signatures=data.signatures,
            day=day,
            actor=actor,
        )


async def _reasons(conn, application, household, data, day, calendar, clocks, actor) -> None:
    if not data.reasons and not data.opinion:
        raise InvalidInput("give the reasons", "须写明理由", field="reasons")


async def _nothing(*args) -> None:
    return None


async def _post_notice(conn, application, household, kind: str, day: dt.date, days: int) -> None:
    """A public notice (公示) of the case from `day` for `days` days; the step is due when it ends."""
    ends = day + dt.timedelta(days=days)
    application.step_due_on = ends
    await Notice.create(
        application_id=application.id,
        household_id=household.id,
        region_code=household.region_code,
        kind=kind,
        starts_on=day,
        ends_on=ends,
        using_db=conn,
    )


async def _publish(conn, application, household, data, day, calendar, clocks, actor) -> None:
    await _post_notice(conn, application, household, "PRE_APPROVAL", day, clocks["noticeDays"])


async def _object(conn, application, household, data, day, calendar, clocks, actor) -> None:
    if not data.opinion:
        raise InvalidInput("record what the objection says", "须记录异议内容", field="opinion")
    application.complained = True
    if application.clock_days - application.extended_days < clocks["extended"]:
        application.clock_days = clocks["extended"] + application.extended_days
        application.due_on = calendar.add_working_days(application.accepted_on, application.clock_days)
    await Objection.create(
        application_id=application.id,
        region_code=household.region_code,
        real_name=data.objection_by,
        content=data.opinion,
        received_on=day,
        using_db=conn,
    )


async def _close_notice(conn, application, household, data, day, calendar, clocks, actor) -> str | None:
    """The notice has run its days: to the county, or where the county posts two notices (两榜), to the second one,
    which runs its own `secondNoticeDays` and is closed the same way."""
    if application.step_due_on and day < application.step_due_on:
        raise InvalidInput(
            f"the notice runs until {application.step_due_on}",
            f"公示期至 {application.step_due_on} 才结束",
            field="on",
            code=HouseholdsErrorCode.NOTICE_STILL_RUNNING,
        )
    if application.state == "NOTICE_1" and clocks["secondNotice"]:
        days = clocks.get("secondNoticeDays", clocks["noticeDays"])
        await _post_notice(conn, application, household, "SECOND", day, days)
        return "NOTICE_2"
    application.step_due_on = calendar.add_working_days(day, clocks["countyReview"])
    return None


async def _democratic_review(conn, application, household, data, day, calendar, clocks, actor) -> None:
    """民主评议: the participants, each signed and voting, in the configured number; filed relatives recuse."""
    await panels.record(
        conn,
        kind="DEMOCRATIC_REVIEW",
        application=application,
        household=household,
        participants=data.participants,
        rules=clocks["democraticReview"],
        day=day,
        actor=actor.username,
    )


async def _county_panel(conn, application, household, data, day, clocks, actor) -> None:
    """Where the county decides by joint review (会审) or its committee (评审委员会), the decision carries the panel."""
    mode = panels.county_mode(clocks["countyPanel"])
    if mode == "NONE":
        return
    kind = "JOINT_REVIEW" if mode == "JOINT" else "COMMITTEE_REVIEW"
    await panels.record(
        conn,
        kind=kind,
        application=application,
        household=household,
        participants=data.participants,
        rules=clocks["countyPanel"],
        day=day,
        actor=actor.username,
    )


async def _home_visit(conn, application, household, data, day, calendar, clocks, actor) -> None:
    """The county's own visit; a case drawn for it (抽查入户) needs the visit record itself, not only the step."""
    if data.visit is None:
        if await visit_draws.drawn(conn, application.id):
            raise InvalidInput(
                "this case was drawn for the county's visit: record what the visit found",
                "该申请已被抽中县级入户抽查，须填写入户调查表",
                field="visit",
                code=HouseholdsErrorCode.VISIT_RECORD_REQUIRED,
            )
    else:
        await visits.record(
            conn,
            kind="COUNTY",
            application=application,
            visit=data.visit,
            signatures=data.signatures,
            day=day,
            actor=actor,
        )
    application.home_visited = True


async def _approve(conn, application, household, data, day, calendar, clocks, actor) -> None:
    await _county_panel(conn, application, household, data, day, clocks, actor)
    if (household.separately_registered or application.complained) and not application.home_visited:
        raise IllegalTransition(
            "a separately registered or complained case needs the county home visit first",
            "单独登记备案或有异议的申请须先由县级入户核查",
            field="applicationId",
            code=HouseholdsErrorCode.HOME_VISIT_REQUIRED,
        )
    if await visit_draws.drawn(conn, application.id) and not await visits.county_visited(conn, application.id):
        raise IllegalTransition(
            "this case was drawn for the county's pre-approval visit: record the visit first",
            "该申请已被抽中县级入户抽查，须先录入县级入户调查表",
            field="applicationId",
            code=HouseholdsErrorCode.HOME_VISIT_REQUIRED,
            drawn=True,
        )
    from services.households import entry_checks

    await entry_checks.require_answered(conn, application)
    if application.kind == "RENEWAL":  # 续保: the case continues, renewed from the month after
        from services.households import renewals

        await renewals.approve(
            conn, application, household, data.reasons or ([data.opinion] if data.opinion else []), day, actor
        )
        application.decided_on, application.step_due_on = day, None
        return
    if application.single_person:
        await _single_person_only(conn, application, household)
    month = add_months(day, 1)  # paid from the month after the decision (Art 21)
    household.effective_month = month
    household.review_class = await implied_class(household, month, using_db=conn)
    assessment = await assess_household(household, month, using_db=conn)
    if not assessment.eligible:
        raise NotEligible(
            "; ".join(assessment.refusals), "不符合条件：" + "；".join(assessment.refusals), field="applicationId"
        )
    review_months = (await PolicyBook.load(using_db=conn)).setting(household.region_code, "reviewMonths", day)
    household.status, household.approved_by, household.stops_from = "ACTIVE", actor.username, None
    household.single_person_basis = application.single_person_basis
    household.last_review_on, household.next_review_on = (
        day,
        add_months(month, review_months[str(household.review_class)]),
    )
    household.monthly_amount = assessment.monthly
    await household.save(using_db=conn)
    await record_decision(
        conn, household, "APPROVE", data.reasons or [data.opinion or "符合条件 / eligible"], actor, day, month, before=0
    )
    await set_amount(conn, household, assessment, month, "APPROVAL")
    await Notice.create(
        application_id=application.id,
        household_id=household.id,
        region_code=household.region_code,
        kind="PUBLICATION",
        starts_on=day,
        using_db=conn,
    )
    application.decided_on, application.step_due_on = day, None


async def _single_person_only(conn, application, household) -> None:
    """Single-person inclusion (单人户): only the applicant is counted; the others are recorded as left out by the route."""
    await (
        Person.filter(household_id=household.id, counted=True)
        .exclude(id=application.single_person_id)
        .using_db(conn)
        .update(counted=False, excluded_reason="SINGLE_PERSON_ROUTE")
    )
    await recount(household, using_db=conn)


async def _reject(conn, application, household, data, day, calendar, clocks, actor) -> None:
    if not data.reasons:
        raise InvalidInput("a rejection gives its reasons in writing", "不予批准须书面说明理由", field="reasons")
    await _county_panel(conn, application, household, data, day, clocks, actor)
    application.rejection_reasons, application.decided_on = data.reasons, day
    application.step_due_on = calendar.add_working_days(day, clocks["rejectionNotice"])
    if application.kind == "RENEWAL":  # a case not renewed stops, in writing
        from services.households import renewals

        await renewals.reject(conn, application, household, data.reasons, day, actor)
        return
    household.status = "REJECTED"
    await household.save(using_db=conn)
    await record_decision(conn, household, "REJECT", data.reasons, actor, day, None, before=household.monthly_amount)


async def record_decision(conn, household, kind, reasons, actor, day, month, *, before) -> Decision:
    """The county decision (审核确认) with reasons, told to the feed with the household's new state."""
    decision = await Decision.create(
        household_id=household.id,
        region_code=household.region_code,
        kind=kind,
        amount_before=before,
        amount=household.monthly_amount,
        reasons=reasons,
        decided_by=actor.username,
        decided_on=day,
        effective_month=month,
        using_db=conn,
    )
    await events.emit(decision, "DECIDED", using_db=conn)
    await events.emit(household, "STATUS_CHANGED", using_db=conn)
    return decision


HANDLERS = {
    "accept": _accept,
    "return": _return,
    "investigate": _investigate,
    "fail_precheck": _reasons,
    "recheck": _nothing,
    "terminate": _reasons,
    "democratic_review": _democratic_review,
    "township_opinion": _nothing,
    "publish_notice": _publish,
    "object": _object,
    "close_notice": _close_notice,
    "home_visit": _home_visit,
    "approve": _approve,
    "reject": _reject,
}
