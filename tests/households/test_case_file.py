"""The case file (一户一档) through the gateway: every step, notice, objection, decision, amount and check-in in time
order as the auditor sees it; the decisions, and the one a finding's rectification names, reachable by those who rectify."""

import datetime as dt

from services.households.calendar import today
from services.supervision.models import Finding
from tests.households.test_workflow import day, ok, submitted

CASE = """query($h: ID!) { household(id: $h) {
  applications { id state steps { fromState toState actor opinion signatures daysLate } }
  decisions { id kind amount amountBefore reasons decidedBy decidedOn }
  caseFile { on kind title actor applicationId decisionId amount detail }
  findings { id status decisionId decision { id kind amount decidedBy } } } }"""


async def approved_after_an_objection(gql) -> tuple[dict, str]:
    """A household approved after a notice, an objection, a second investigation and the county's home visit."""
    household, application = await submitted(gql)
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
    await ok(
        gql,
        "recordObjection",
        application,
        "township.officer",
        on=day(5),
        opinion="邻居反映家中有车",
        objectionBy="李四",
    )
    await ok(
        gql,
        "recordInvestigation",
        application,
        "township.officer",
        on=day(6),
        signatures=["township.officer", "village.assistant"],
        opinion="车辆已于去年报废",
    )
    await ok(gql, "giveTownshipOpinion", application, "township.leader", on=day(6), opinion="同意")
    await ok(gql, "publishNotice", application, "township.officer", on=day(7))
    await ok(gql, "closeNotice", application, "township.officer", on=day(14))
    await ok(gql, "recordHomeVisit", application, "county.approver", on=day(15))
    await ok(gql, "approveApplication", application, "county.approver", on=day(16), opinion="符合条件")
    checked = await gql(
        "mutation($h: ID!, $m: String!) { recordCheckIn(householdId: $h, month: $m, attended: true) { month } }",
        {"h": household["id"], "m": f"{today():%Y-%m}"},
        user="village.assistant",
    )
    assert "errors" not in checked, checked
    return household, application


async def test_the_case_file_holds_every_record_of_the_household_in_time_order(gql):
    household, application = await approved_after_an_objection(gql)
    # when the county auditor opens the case file
    body = await gql(CASE, {"h": household["id"]}, user="county.auditor")
    assert "errors" not in body, body
    found = body["data"]["household"]
    entries = found["caseFile"]
    # then it holds each step with its opinion and signatures, both notices, the objection, the decision, the amount and the check-in
    kinds = [e["kind"] for e in entries]
    assert kinds.count("STEP") == 12 and kinds.count("NOTICE") == 3 and kinds.count("OBJECTION") == 1
    assert kinds.count("DECISION") == 1 and kinds.count("AMOUNT") == 1 and kinds.count("CHECK_IN") == 1
    assert [e["on"] for e in entries] == sorted(e["on"] for e in entries)
    objection = next(e for e in entries if e["kind"] == "OBJECTION")
    assert objection["title"] == "邻居反映家中有车" and objection["applicationId"] == application
    reinvestigated = [e for e in entries if e["kind"] == "STEP" and e["detail"]["opinion"] == "车辆已于去年报废"]
    assert reinvestigated[0]["detail"]["signatures"] == ["township.officer", "village.assistant"]
    decision = next(e for e in entries if e["kind"] == "DECISION")
    assert decision["actor"] == "county.approver" and decision["decisionId"] == found["decisions"][0]["id"]
    # and the application lists its steps, the decisions their amounts and reasons
    [listed] = found["applications"]
    assert (
        listed["state"] == "APPROVED"
        and len(listed["steps"]) == 12
        and listed["steps"][-1]["actor"] == "county.approver"
    )
    assert found["decisions"][0]["kind"] == "APPROVE" and found["decisions"][0]["amount"] == "1000.00"


async def test_the_decision_a_finding_was_rectified_by_is_reachable_by_who_rectifies(gql):
    # given an approved case and a finding on it rectified by the county's decision
    household, _ = await approved_after_an_objection(gql)
    decisions = (await gql(CASE, {"h": household["id"]}, user="county.approver"))["data"]["household"]["decisions"]
    decision_id = decisions[0]["id"]
    await Finding.create(
        household_id=int(household["id"]),
        region_code="431102100200",
        rule="R06_WAGES",
        status="RECTIFIED",
        verdict="TRUE_POSITIVE",
        decision_id=int(decision_id),
        rectified_at=dt.datetime.now(dt.UTC),
    )
    # when the inspector and the county approver read it, from the finding and by its id
    for user in ("inspector", "county.approver"):
        body = await gql(CASE, {"h": household["id"]}, user=user)
        assert "errors" not in body, body
        [finding] = body["data"]["household"]["findings"]
        # then the finding's decision resolves, through federation, to the households decision itself
        assert finding["decision"] == {
            "id": decision_id,
            "kind": "APPROVE",
            "amount": "1000.00",
            "decidedBy": "county.approver",
        }
        one = await gql(
            "query($d: ID!) { decision(id: $d) { kind householdId reasons } }", {"d": decision_id}, user=user
        )
        assert one["data"]["decision"] == {"kind": "APPROVE", "householdId": household["id"], "reasons": ["符合条件"]}
    # and an id that names nothing answers like one outside the jurisdiction
    missing = await gql('{ decision(id: "987654321") { kind } }', user="inspector")
    assert missing["errors"][0]["extensions"]["code"] == "DECISION_NOT_FOUND" and missing["data"]["decision"] is None
    # a role without household rights gets nothing
    refused = await gql("query($d: ID!) { decision(id: $d) { kind } }", {"d": decision_id}, user="county.finance")
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
