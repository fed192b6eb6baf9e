"""The ten-step workflow through the gateway: owners per step, recusal, clocks, whole household, payment month."""

import datetime as dt

from services.households.calendar import WorkCalendar, add_months, today
from services.households.models import Application, AuditRecord, ChangeEvent, Household, WorkflowStep
from tests.households.support import register

START = today() - dt.timedelta(days=20)
APP = "id state dueOn stepDueOn missingItems rejectionReasons"


def day(offset: int) -> str:
    return (START + dt.timedelta(days=offset)).isoformat()


async def step(gql, mutation: str, application: str, user: str, **input) -> dict:
    body = await gql(
        f"mutation($a: ID!, $i: StepInput) {{ {mutation}(applicationId: $a, input: $i) {{ {APP} }} }}",
        {"a": application, "i": input},
        user=user,
    )
    return body


async def ok(gql, mutation, application, user, **input) -> dict:
    body = await step(gql, mutation, application, user, **input)
    assert "errors" not in body, body
    return body["data"][mutation]


async def submitted(gql, *spec) -> tuple[dict, str]:
    household = await register(gql, *spec)
    body = await gql(
        "mutation($h: ID!, $on: Date) { submitApplication(householdId: $h, on: $on) { id state } }",
        {"h": household["id"], "on": day(0)},
        user="village.assistant",
    )
    assert "errors" not in body, body
    return household, body["data"]["submitApplication"]["id"]


async def investigated(gql, household: str) -> str:
    """The household's application, submitted twenty days ago, accepted and investigated by its owners."""
    body = await gql(
        "mutation($h: ID!, $on: Date) { submitApplication(householdId: $h, on: $on) { id } }",
        {"h": household, "on": day(0)},
        user="township.officer",
    )
    assert "errors" not in body, body
    application = body["data"]["submitApplication"]["id"]
    await ok(gql, "acceptApplication", application, "township.officer", on=day(1))
    await ok(
        gql,
        "recordInvestigation",
        application,
        "township.officer",
        on=day(2),
        signatures=["township.officer", "village.assistant"],
    )
    return application


async def to_county(gql, application: str) -> None:
    await ok(gql, "acceptApplication", application, "township.officer", on=day(1))
    await ok(
        gql,
        "recordInvestigation",
        application,
        "township.officer",
        on=day(2),
        signatures=["township.officer", "village.assistant"],
    )
    await ok(gql, "giveTownshipOpinion", application, "township.leader", on=day(3), opinion="同意")
    await ok(gql, "publishNotice", application, "township.officer", on=day(4))
    await ok(gql, "closeNotice", application, "township.officer", on=day(11))


async def test_an_application_goes_through_every_step_and_is_paid_from_the_next_month(gql):
    # given a household of two that applied twenty days ago
    household, application = await submitted(gql)
    cursor = (await ChangeEvent.all().order_by("-id").first()).id
    # when each step is taken by its owner
    await to_county(gql, application)
    approved = await ok(gql, "approveApplication", application, "county.approver", on=day(12), opinion="符合条件")
    # then the case is active from the month after the decision, with its amount, clock and trail
    assert approved["state"] == "APPROVED"
    row = await Household.get(id=household["id"])
    decided = START + dt.timedelta(days=12)
    assert row.status == "ACTIVE" and row.effective_month == add_months(decided, 1) and row.monthly_amount == 1000
    steps = await WorkflowStep.filter(application_id=application).order_by("id")
    assert [s.actor for s in steps][-1] == "county.approver" and len(steps) == 7
    kinds = await ChangeEvent.filter(id__gt=cursor).values_list("entity", "kind")
    assert ("Decision", "DECIDED") in kinds and ("Household", "AMOUNT_CHANGED") in kinds
    app = await Application.get(id=application)
    assert app.due_on > app.accepted_on and app.decided_on == decided


async def test_a_step_out_of_order_names_the_current_state_and_writes_nothing(gql):
    _, application = await submitted(gql)
    steps = await WorkflowStep.filter(application_id=application).count()
    body = await step(gql, "approveApplication", application, "county.approver")
    error = body["errors"][0]["extensions"]
    assert (
        error["code"] == "ILLEGAL_TRANSITION"
        and error["state"] == "SUBMITTED"
        and "SUBMITTED" in body["errors"][0]["message"]
    )
    assert await WorkflowStep.filter(application_id=application).count() == steps
    assert (await Application.get(id=application)).state == "SUBMITTED"
    trail = await AuditRecord.filter(action="application.approve", succeeded=False).order_by("-id").first()
    assert trail.actor == "county.approver"


async def test_each_step_belongs_to_its_role(gql):
    _, application = await submitted(gql)
    body = await step(gql, "acceptApplication", application, "village.assistant")
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await Application.get(id=application)).state == "SUBMITTED"


async def test_a_return_lists_every_missing_item_at_once(gql):
    _, application = await submitted(gql)
    refused = await step(gql, "returnApplication", application, "township.officer")
    assert refused["errors"][0]["extensions"]["field"] == "missingItems"
    returned = await ok(gql, "returnApplication", application, "township.officer", missingItems=["户口簿", "收入证明"])
    assert returned["state"] == "RETURNED" and returned["missingItems"] == ["户口簿", "收入证明"]


async def test_an_investigation_needs_two_signatures(gql):
    _, application = await submitted(gql)
    await ok(gql, "acceptApplication", application, "township.officer", on=day(1))
    body = await step(
        gql, "recordInvestigation", application, "township.officer", on=day(2), signatures=["township.officer"]
    )
    assert body["errors"][0]["extensions"]["field"] == "signatures"


async def test_a_filed_relative_must_recuse_and_the_case_needs_a_county_home_visit(gql):
    # given a household whose head is the township leader's sister, filed before the application
    household, application = await submitted(gql)
    filed = await gql(
        """mutation($p: ID!) { fileKinship(personId: $p, staffUsername: "township.leader",
  staffName: "乡镇分管领导", relation: "SIBLING") { id } }""",
        {"p": household["members"][0]["id"]},
        user="township.officer",
    )
    assert "errors" not in filed, filed
    await ok(gql, "acceptApplication", application, "township.officer", on=day(1))
    await ok(
        gql,
        "recordInvestigation",
        application,
        "township.officer",
        on=day(2),
        signatures=["township.officer", "village.assistant"],
    )
    # when the leader tries to sign the township opinion, then it is refused as recusal
    body = await step(gql, "giveTownshipOpinion", application, "township.leader", on=day(3))
    assert body["errors"][0]["extensions"]["code"] == "RECUSAL_REQUIRED"
    assert (await Application.get(id=application)).state == "INVESTIGATING"


async def test_a_separately_registered_case_is_not_approved_without_the_home_visit(gql):
    household, application = await submitted(gql)
    await gql(
        """mutation($p: ID!) { fileKinship(personId: $p, staffUsername: "someone.else", staffName:
  "村干部", relation: "PARENT") { id } }""",
        {"p": household["members"][0]["id"]},
        user="township.officer",
    )
    await to_county(gql, application)
    body = await step(gql, "approveApplication", application, "county.approver", on=day(12))
    assert body["errors"][0]["extensions"]["code"] == "HOME_VISIT_REQUIRED"
    await ok(gql, "recordHomeVisit", application, "county.approver", on=day(12))
    assert (await ok(gql, "approveApplication", application, "county.approver", on=day(13)))["state"] == "APPROVED"


async def test_a_rejection_gives_written_reasons_and_a_three_working_day_clock(gql):
    _, application = await submitted(gql)
    await to_county(gql, application)
    assert (await step(gql, "rejectApplication", application, "county.approver", on=day(12)))["errors"][0][
        "extensions"
    ]["field"] == "reasons"
    rejected = await ok(
        gql, "rejectApplication", application, "county.approver", on=day(12), reasons=["家庭人均收入高于当地低保标准"]
    )
    assert rejected["state"] == "REJECTED" and rejected["rejectionReasons"] == ["家庭人均收入高于当地低保标准"]
    assert dt.date.fromisoformat(rejected["stepDueOn"]) > START + dt.timedelta(days=12)


async def test_the_notice_runs_seven_days_and_a_step_may_not_be_dated_in_the_future(gql):
    _, application = await submitted(gql)
    await ok(gql, "acceptApplication", application, "township.officer", on=day(1))
    await ok(gql, "recordInvestigation", application, "township.officer", on=day(2), signatures=["a", "b"])
    await ok(gql, "giveTownshipOpinion", application, "township.leader", on=day(3))
    await ok(gql, "publishNotice", application, "township.officer", on=day(4))
    early = await step(gql, "closeNotice", application, "township.officer", on=day(6))
    assert early["errors"][0]["extensions"]["code"] == "NOTICE_STILL_RUNNING"
    future = await step(
        gql, "closeNotice", application, "township.officer", on=(today() + dt.timedelta(days=3)).isoformat()
    )
    assert (future["errors"][0]["extensions"]["code"], future["errors"][0]["extensions"]["field"]) == (
        "DATE_IN_FUTURE",
        "on",
    )


async def test_a_step_after_the_deadline_proceeds_and_records_how_late_it_was(gql):
    # given an application accepted 120 days ago, long past its 30 working days
    household = await register(gql)
    long_ago = (today() - dt.timedelta(days=120)).isoformat()
    body = await gql(
        "mutation($h: ID!, $on: Date) { submitApplication(householdId: $h, on: $on) { id } }",
        {"h": household["id"], "on": long_ago},
        user="village.assistant",
    )
    application = body["data"]["submitApplication"]["id"]
    accepted = await ok(gql, "acceptApplication", application, "township.officer", on=long_ago)
    # when the township investigates today
    investigated = await ok(gql, "recordInvestigation", application, "township.officer", signatures=["a", "b"])
    # then the case moves on, and the step records the working days past the deadline
    assert investigated["state"] == "INVESTIGATING"
    step_row = await WorkflowStep.filter(application_id=application).order_by("-id").first()
    calendar = await WorkCalendar.load()
    assert step_row.days_late == calendar.working_days_between(dt.date.fromisoformat(accepted["dueOn"]), today()) > 30
    trail = (
        await AuditRecord.filter(action="application.investigate", entity_id=str(application)).order_by("-id").first()
    )
    assert trail.after["daysLate"] == step_row.days_late


async def test_a_county_with_two_notices_posts_the_second_with_its_own_clock(gql):
    from services.households.models import Notice
    from tests.households.support import SET_POLICY, new_village

    # given a village whose county posts a second notice (两榜) before its decision
    village = await new_village()
    body = await gql(SET_POLICY, {"r": village, "k": "secondNotice", "v": True}, user="municipal.officer")
    assert "errors" not in body, body
    household = await register(gql, region=village, user="township.officer")
    application = await investigated(gql, household["id"])
    await ok(gql, "giveTownshipOpinion", application, "township.leader", on=day(3))
    await ok(gql, "publishNotice", application, "township.officer", on=day(4))
    # when the first notice has run its seven days
    second = await ok(gql, "closeNotice", application, "township.officer", on=day(11))
    # then the second notice runs its own seven days, recorded as a notice of its own
    assert second["state"] == "NOTICE_2" and second["stepDueOn"] == day(18)
    notices = await Notice.filter(application_id=application).order_by("id").values_list("kind", "starts_on", "ends_on")
    assert [kind for kind, _, _ in notices] == ["PRE_APPROVAL", "SECOND"] and notices[1][2].isoformat() == day(18)
    early = await step(gql, "closeNotice", application, "township.officer", on=day(15))
    assert early["errors"][0]["extensions"]["code"] == "NOTICE_STILL_RUNNING"
    assert (await Application.get(id=application)).state == "NOTICE_2"
    closed = await ok(gql, "closeNotice", application, "township.officer", on=day(18))
    assert closed["state"] == "COUNTY_REVIEW"
    approved = await ok(gql, "approveApplication", application, "county.approver", on=day(19))
    assert approved["state"] == "APPROVED"
