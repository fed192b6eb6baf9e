"""Check on entry (逢进必核) through the gateway: the township's acceptance runs the members through supervision's
registries, the hits are shown with the application, and the county approves only once each is answered."""

import base64
import datetime as dt

from services.households.models import Application, AuditRecord, EntryCheckHit
from tests.households.support import new_id, register
from tests.households.test_workflow import day, ok, step, submitted

IMPORT = """mutation($kind: RegistryKind!, $name: String!, $content: String!) {
  importRegistry(kind: $kind, fileName: $name, contentBase64: $content) { batch { rowsLoaded rowsRejected } } }"""
HITS = """query($a: ID!) { applications(after: $a, first: 1) { id entryCheckedAt
  entryCheckHits { id personId kind reference amount answer answeredBy answeredOn } } }"""
ANSWER = (
    "mutation($h: ID!, $t: String!) { answerEntryCheck(hitId: $h, answer: $t) { id answer answeredBy answeredOn } }"
)


async def imported(gql, kind: str, header: list[str], rows: list[list[str]]) -> None:
    text = "\n".join(",".join(row) for row in [header, *rows]) + "\n"
    body = await gql(
        IMPORT,
        {
            "kind": kind,
            "name": f"entry-{kind}-{rows[0][0]}.csv",
            "content": base64.b64encode(text.encode("utf-8")).decode(),
        },
        user="inspector",
    )
    assert body["data"]["importRegistry"]["batch"]["rowsLoaded"] == len(rows), body


async def hits_of(gql, application: str, user: str = "township.officer") -> dict:
    body = await gql(HITS, {"a": str(int(application) - 1)}, user=user)
    assert "errors" not in body, body
    return body["data"]["applications"][0]


async def test_acceptance_checks_every_member_and_approval_waits_for_every_answer(gql):
    # given a household whose head has a deposit and whose spouse ran a business that closed last year
    head, spouse = new_id("19700101"), new_id("19720202")
    await imported(gql, "DEPOSIT", ["身份证号", "存款余额", "开户银行"], [[head, "35000.00", "农村信用社"]])
    closed = (dt.date.today() - dt.timedelta(days=300)).isoformat()
    await imported(
        gql, "BUSINESS", ["身份证号", "统一社会信用代码", "注销日期"], [[spouse, "92431102MA4L000001", closed]]
    )
    household = await register(
        gql, ("钟大山", "HEAD", "19700101"), ("钱小花", "SPOUSE", "19720202"), ids=[head, spouse]
    )
    body = await gql(
        "mutation($h: ID!, $on: Date) { submitApplication(householdId: $h, on: $on) { id } }",
        {"h": household["id"], "on": day(0)},
        user="village.assistant",
    )
    application = body["data"]["submitApplication"]["id"]
    # when the township accepts it
    await ok(gql, "acceptApplication", application, "township.officer", on=day(1))
    # then the deposit is a hit shown with the application; the closed business is not
    found = await hits_of(gql, application)
    assert found["entryCheckedAt"] and [(h["kind"], h["reference"], h["amount"]) for h in found["entryCheckHits"]] == [
        ("DEPOSIT", "农村信用社", "35000.00")
    ]
    assert found["entryCheckHits"][0]["personId"] == household["members"][0]["id"]
    # and the county cannot approve while the hit is unanswered
    await ok(
        gql,
        "recordInvestigation",
        application,
        "township.officer",
        on=day(2),
        signatures=["township.officer", "village.assistant"],
    )
    await ok(gql, "giveTownshipOpinion", application, "township.leader", on=day(3))
    await ok(gql, "publishNotice", application, "township.officer", on=day(4))
    await ok(gql, "closeNotice", application, "township.officer", on=day(11))
    refused = await step(gql, "approveApplication", application, "county.approver", on=day(12))
    error = refused["errors"][0]["extensions"]
    assert (error["code"], error["field"], error["kinds"]) == ("ENTRY_CHECK_UNANSWERED", "applicationId", ["DEPOSIT"])
    assert (await Application.get(id=application)).state == "COUNTY_REVIEW"
    # when the township answers it, the county approves
    hit = found["entryCheckHits"][0]["id"]
    answered = (await gql(ANSWER, {"h": hit, "t": "存款为大病医疗专项借款，已核实凭据"}, user="township.officer"))[
        "data"
    ]["answerEntryCheck"]
    assert answered["answeredBy"] == "township.officer" and answered["answeredOn"]
    assert (await ok(gql, "approveApplication", application, "county.approver", on=day(12)))["state"] == "APPROVED"
    # and the case file holds the hit with its answer
    files = await gql(
        "query($h: ID!) { household(id: $h) { caseFile { kind detail } } }",
        {"h": household["id"]},
        user="county.auditor",
    )
    [entry] = [e for e in files["data"]["household"]["caseFile"] if e["kind"] == "ENTRY_CHECK"]
    assert entry["detail"]["answer"] == "存款为大病医疗专项借款，已核实凭据"


async def test_bad_answers_are_refused_by_field_audited_and_change_nothing(gql):
    head = new_id("19650505")
    await imported(gql, "VEHICLE", ["身份证号", "号牌号码"], [[head, "湘M12345"]])
    household = await register(gql, ("冯老三", "HEAD", "19650505"), ids=[head])
    body = await gql(
        "mutation($h: ID!, $on: Date) { submitApplication(householdId: $h, on: $on) { id } }",
        {"h": household["id"], "on": day(0)},
        user="village.assistant",
    )
    application = body["data"]["submitApplication"]["id"]
    await ok(gql, "acceptApplication", application, "township.officer", on=day(1))
    [hit] = (await hits_of(gql, application))["entryCheckHits"]
    for variables, user, code, field in (
        ({"h": hit["id"], "t": "  "}, "township.officer", "ANSWER_REQUIRED", "answer"),
        ({"h": hit["id"], "t": "已报废"}, "village.assistant", "FORBIDDEN", None),
        ({"h": "987654321", "t": "已报废"}, "township.officer", "HIT_NOT_FOUND", "hitId"),
    ):
        refused = await gql(ANSWER, variables, user=user)
        error = refused["errors"][0]["extensions"]
        assert (error["code"], error.get("field")) == (code, field), refused
    row = await EntryCheckHit.get(id=int(hit["id"]))
    assert (row.answer, row.answered_on) == ("", None)
    trail = await AuditRecord.filter(action="entrycheck.answer", entity_id=hit["id"], succeeded=False).values_list(
        "after", flat=True
    )
    assert {t["code"] for t in trail} == {"ANSWER_REQUIRED"}
    await gql(ANSWER, {"h": hit["id"], "t": "车辆已于2025年报废注销"}, user="township.officer")
    again = await gql(ANSWER, {"h": hit["id"], "t": "再次"}, user="township.officer")
    assert again["errors"][0]["extensions"]["code"] == "ALREADY_ANSWERED"
    assert (await EntryCheckHit.get(id=int(hit["id"]))).answer == "车辆已于2025年报废注销"


async def test_a_household_without_hits_is_accepted_with_an_empty_check(gql):
    _, application = await submitted(gql)
    await ok(gql, "acceptApplication", application, "township.officer", on=day(1))
    found = await hits_of(gql, application, user="county.approver")
    assert found["entryCheckedAt"] and found["entryCheckHits"] == []
