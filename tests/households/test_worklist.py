"""Worklists through the gateway: filters, the steps each caller may take next, overdue cases that still move on,
the county's extensions with reasons, and the delegated 20-working-day clock."""

import datetime as dt

from services.households.calendar import WorkCalendar, today
from services.households.models import Application, AuditRecord, Extension
from tests.households.support import SET_POLICY, new_village, register
from tests.households.test_workflow import day, ok, step, submitted

WORKLIST = """query($f: Int, $after: ID, $state: ApplicationState, $step: String, $r: String, $due: Date,
  $overdue: Boolean, $mine: Boolean) {
  applications(first: $f, after: $after, state: $state, step: $step, regionCode: $r, dueBefore: $due, overdue: $overdue,
               assignedToMe: $mine) { id state dueOn overdue delegated clockDays extendedDays nextActions steps { toState daysLate } } }"""
EXTEND = """mutation($a: ID!, $d: Int!, $r: String!) { extendApplicationDeadline(applicationId: $a, workingDays: $d, reason: $r) {
  workingDays reason dueBefore dueAfter grantedBy } }"""


async def worklist(gql, user: str, **filters) -> list[dict]:
    variables = {"f": 500, **filters}
    body = await gql(WORKLIST, variables, user=user)
    assert "errors" not in body, body
    return body["data"]["applications"]


def by_id(rows: list[dict], application: str) -> dict | None:
    return next((row for row in rows if row["id"] == application), None)


async def find(gql, user: str, application: str, **filters) -> dict | None:
    """The application's row in the user's worklist as filtered, read from the page that starts at it."""
    after = str(int(application) - 1) if int(application) > 1 else None  # "0" is not a record number
    return by_id(await worklist(gql, user, f=1, after=after, **filters), application)


async def late_application(gql) -> str:
    """An application accepted 120 days ago: long past its 30 working days."""
    household = await register(gql)
    long_ago = (today() - dt.timedelta(days=120)).isoformat()
    body = await gql(
        "mutation($h: ID!, $on: Date) { submitApplication(householdId: $h, on: $on) { id } }",
        {"h": household["id"], "on": long_ago},
        user="village.assistant",
    )
    application = body["data"]["submitApplication"]["id"]
    await ok(gql, "acceptApplication", application, "township.officer", on=long_ago)
    return application


async def test_each_caller_sees_the_steps_it_may_take_next(gql):
    # given an application accepted by the township
    _, application = await submitted(gql)
    await ok(gql, "acceptApplication", application, "township.officer", on=day(1))
    # when the township officer, the village assistant and the county approver look at their worklists
    officer = await find(gql, "township.officer", application, mine=True)
    assistant = await find(gql, "village.assistant", application, mine=True)
    county = await find(gql, "county.approver", application, state="ACCEPTED")
    leader = await find(gql, "township.leader", application, mine=True)
    # then each sees what its role may do now: the investigation; the county may also extend the clock
    assert officer["nextActions"] == ["investigate"] and assistant["nextActions"] == ["investigate"]
    assert county["nextActions"] == ["investigate", "extend"]
    assert leader is None  # the leader's step (the opinion) is not due yet
    # and once investigated and signed by the leader's office, the leader's worklist holds it
    await ok(
        gql,
        "recordInvestigation",
        application,
        "township.officer",
        on=day(2),
        signatures=["township.officer", "village.assistant"],
    )
    leader = await find(gql, "township.leader", application, mine=True)
    assert leader["nextActions"] == ["township_opinion"]


async def test_recusal_and_separation_of_duties_remove_next_actions(gql):
    # given a case whose investigation the county approver signed, and whose head is the township leader's sister
    household, application = await submitted(gql)
    filed = await gql(
        """mutation($p: ID!) { fileKinship(personId: $p, staffUsername: "township.leader", staffName: "乡镇分管领导",
                      relation: "SIBLING") { id } }""",
        {"p": household["members"][0]["id"]},
        user="township.officer",
    )
    assert "errors" not in filed, filed
    await ok(gql, "acceptApplication", application, "township.officer", on=day(1))
    await ok(
        gql,
        "recordInvestigation",
        application,
        "county.approver",
        on=day(2),
        signatures=["county.approver", "village.assistant"],
    )
    # then the leader's worklist leaves it out, and the county may not give the opinion's later decision either
    assert await find(gql, "township.leader", application, mine=True) is None
    assert (await find(gql, "township.leader", application, state="INVESTIGATING"))["nextActions"] == []
    await ok(gql, "giveTownshipOpinion", application, "county.approver", on=day(3))
    await ok(gql, "publishNotice", application, "township.officer", on=day(4))
    await ok(gql, "closeNotice", application, "township.officer", on=day(11))
    county = await find(gql, "county.approver", application, state="COUNTY_REVIEW")
    assert "approve" not in county["nextActions"] and county["nextActions"] == ["extend"]


async def test_filters_by_state_step_region_and_deadline_with_keyset_pages(gql):
    _, waiting = await submitted(gql)
    late = await late_application(gql)
    # state and step
    assert await find(gql, "county.approver", waiting, state="SUBMITTED")
    assert await find(gql, "county.approver", waiting, step="accept")
    assert await find(gql, "county.approver", waiting, step="approve") is None
    # region: another county holds none of them
    assert await find(gql, "municipal.officer", waiting, r="431103000000") is None
    assert await find(gql, "municipal.officer", waiting, r="431102000000")
    # due before: the late one is due before today, the fresh one has no deadline yet
    assert await find(gql, "county.approver", late, due=today().isoformat())
    assert await find(gql, "county.approver", waiting, due=today().isoformat()) is None
    # pages follow the id order
    first = await worklist(gql, "county.approver", f=1)
    second = await worklist(gql, "county.approver", f=1, after=first[0]["id"])
    assert int(second[0]["id"]) > int(first[0]["id"])


async def test_bad_worklist_arguments_name_the_field(gql):
    for variables, code, field in (
        ({"state": "LOST"}, "BAD_USER_INPUT", "state"),
        ({"step": "fly"}, "UNKNOWN_STEP", "step"),
        ({"f": 0}, "BAD_PAGE_SIZE", "first"),
        ({"r": "12"}, None, "regionCode"),
    ):
        body = await gql(WORKLIST, variables, user="county.approver")
        error = body["errors"][0]["extensions"]
        assert error["field"] == field and (code is None or error["code"] == code), body
    refused = await gql(WORKLIST, {}, user="county.finance")
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_an_overdue_case_is_escalated_to_the_county_counted_and_still_proceeds(gql):
    # given an application accepted 120 days ago
    late = await late_application(gql)
    # then it is on the county's overdue list, flagged, and counted overdue in the statistics
    row = await find(gql, "county.approver", late, overdue=True)
    assert row["overdue"] and "investigate" in row["nextActions"]
    assert await find(gql, "county.approver", late, overdue=False) is None
    stats = await gql(
        """{ householdStatistics(regionCode: "431102000000") { applications { state count overdue } } }""",
        user="county.approver",
    )
    accepted = next(t for t in stats["data"]["householdStatistics"]["applications"] if t["state"] == "ACCEPTED")
    assert accepted["overdue"] >= 1
    # and it can still be investigated, terminated or taken on: the step records its lateness
    await ok(gql, "recordInvestigation", late, "township.officer", signatures=["a", "b"])
    row = await find(gql, "county.approver", late, overdue=True)
    assert row["state"] == "INVESTIGATING" and row["steps"][-1]["daysLate"] > 30
    terminated = await ok(gql, "terminateApplication", late, "township.officer", reasons=["拒不配合核查"])
    assert terminated["state"] == "TERMINATED"
    assert await find(gql, "county.approver", late, overdue=True) is None


async def test_the_county_extends_a_clock_with_a_reason_and_the_case_file_shows_it(gql):
    household, application = await submitted(gql)
    accepted = await ok(gql, "acceptApplication", application, "township.officer", on=day(1))
    # when the county extends it by 5 working days for a hard case
    body = await gql(EXTEND, {"a": application, "d": 5, "r": "外地户籍，需跨地区核对"}, user="county.approver")
    extension = body["data"]["extendApplicationDeadline"]
    # then the deadline moves by 5 working days, with the reason and who granted it, and is audited
    calendar = await WorkCalendar.load()
    due_before = dt.date.fromisoformat(accepted["dueOn"])
    assert extension["dueBefore"] == accepted["dueOn"] and extension["grantedBy"] == "county.approver"
    assert calendar.working_days_between(due_before, dt.date.fromisoformat(extension["dueAfter"])) == 5
    row = await Application.get(id=application)
    assert (row.clock_days, row.extended_days, row.due_on.isoformat()) == (35, 5, extension["dueAfter"])
    trail = await AuditRecord.filter(action="application.extend", entity_id=application, succeeded=True).first()
    assert trail.after["reason"] == "外地户籍，需跨地区核对"
    files = await gql(
        "query($h: ID!) { household(id: $h) { caseFile { kind title actor } } }",
        {"h": household["id"]},
        user="county.auditor",
    )
    assert any(e["kind"] == "EXTENSION" and "外地户籍" in e["title"] for e in files["data"]["household"]["caseFile"])


async def test_bad_extensions_are_refused_by_field_audited_and_change_nothing(gql):
    _, application = await submitted(gql)
    await ok(gql, "acceptApplication", application, "township.officer", on=day(1))
    before = await Application.get(id=application)
    cases = [
        ({"d": 5, "r": " "}, "county.approver", "REASON_REQUIRED", "reason"),
        ({"d": 0, "r": "疑难"}, "county.approver", "INVALID_WORKING_DAYS", "workingDays"),
        ({"d": 16, "r": "疑难"}, "county.approver", "EXTENSION_BEYOND_LIMIT", "workingDays"),
        ({"d": 5, "r": "疑难"}, "township.officer", "FORBIDDEN", None),
    ]
    for variables, user, code, field in cases:
        body = await gql(EXTEND, {"a": application, **variables}, user=user)
        error = body["errors"][0]["extensions"]
        assert (error["code"], error.get("field")) == (code, field), body
    after = await Application.get(id=application)
    assert (after.due_on, after.clock_days, after.extended_days) == (before.due_on, before.clock_days, 0)
    assert not await Extension.filter(application_id=application).exists()
    refusals = await AuditRecord.filter(
        action="application.extend", entity_id=application, succeeded=False
    ).values_list("after", flat=True)
    assert {r["code"] for r in refusals} >= {"REASON_REQUIRED", "INVALID_WORKING_DAYS", "EXTENSION_BEYOND_LIMIT"}
    # a decided case is not extended
    _, done = await submitted(gql)
    await ok(gql, "returnApplication", done, "township.officer", missingItems=["户口簿"])
    closed = await gql(EXTEND, {"a": done, "d": 5, "r": "疑难"}, user="county.approver")
    assert closed["errors"][0]["extensions"]["code"] == "ILLEGAL_TRANSITION"


async def test_a_county_that_delegates_approval_to_townships_runs_the_20_working_day_clock(gql):
    # given a village whose county set 乡镇审核确认
    village = await new_village()
    body = await gql(SET_POLICY, {"r": village, "k": "delegatedApproval", "v": True}, user="municipal.officer")
    assert "errors" not in body, body
    household = await register(gql, region=village, user="township.officer")
    submitted_body = await gql(
        "mutation($h: ID!, $on: Date) { submitApplication(householdId: $h, on: $on) { id } }",
        {"h": household["id"], "on": day(0)},
        user="township.officer",
    )
    application = submitted_body["data"]["submitApplication"]["id"]
    # when the township accepts it
    accepted = await ok(gql, "acceptApplication", application, "township.officer", on=day(1))
    # then the clock is 20 working days, and the worklist says the case is delegated
    calendar = await WorkCalendar.load()
    assert calendar.working_days_between(dt.date.fromisoformat(day(1)), dt.date.fromisoformat(accepted["dueOn"])) == 20
    row = await find(gql, "county.approver", application, r=village)
    assert row["delegated"] and row["clockDays"] == 20
    wrong = await gql(SET_POLICY, {"r": village, "k": "delegatedApproval", "v": "yes"}, user="municipal.officer")
    assert wrong["errors"][0]["extensions"]["field"] == "value"


async def test_a_late_step_cannot_be_dated_in_the_future_either(gql):
    late = await late_application(gql)
    future = await step(
        gql,
        "recordInvestigation",
        late,
        "township.officer",
        signatures=["a", "b"],
        on=(today() + dt.timedelta(days=2)).isoformat(),
    )
    assert future["errors"][0]["extensions"]["code"] == "DATE_IN_FUTURE"
    assert (await Application.get(id=late)).state == "ACCEPTED"
