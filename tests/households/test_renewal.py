"""Renewal applications (续保申请书) through the gateway: a case in care due for review applies, in a campaign or not; the
application goes through the normal workflow, and the county decision renews the case at its new amount or stops it."""

import datetime as dt

from services.households.calendar import add_months, today
from services.households.models import Application, AuditRecord, Decision, ReviewTask
from tests.households.support import register
from tests.households.test_dynamics import active_case
from tests.households.test_workflow import ok

RENEW = """mutation($h: ID!, $c: ID, $on: Date) { submitRenewal(householdId: $h, campaignId: $c, on: $on) {
  id state kind campaignId nextActions } }"""
RENEWALS = (
    """query($c: ID) { applications(kind: RENEWAL, campaignId: $c, first: 500) { id kind campaignId householdId } }"""
)
HOUSEHOLD = "query($h: ID!) { household(id: $h) { status monthlyAmount nextReviewOn stopsFrom } }"
EVENT = "mutation($p: ID!, $on: Date!) { recordMemberEvent(personId: $p, kind: DEATH, on: $on) { id dueOn } }"


def ago(days: int) -> str:
    return (today() - dt.timedelta(days=days)).isoformat()


async def due_case(gql) -> dict:
    """A case approved eight days ago at ¥1,000 for two, whose spouse has since died: a re-check is due (the review task)."""
    household = await active_case(gql)
    spouse = next(m for m in household["members"] if m["relation"] == "SPOUSE")
    body = await gql(EVENT, {"p": spouse["id"], "on": ago(8)}, user="township.officer")
    assert "errors" not in body, body
    return household


async def through_the_township(gql, application: str) -> None:
    """Accepted (with the check on entry), investigated, the township's opinion, a seven-day notice closed today."""
    await ok(gql, "acceptApplication", application, "township.officer", on=ago(8))
    await ok(
        gql,
        "recordInvestigation",
        application,
        "township.officer",
        on=ago(8),
        signatures=["township.officer", "village.assistant"],
    )
    await ok(gql, "giveTownshipOpinion", application, "township.leader", on=ago(8), opinion="同意续保")
    await ok(gql, "publishNotice", application, "township.officer", on=ago(7))
    await ok(gql, "closeNotice", application, "township.officer", on=ago(0))


async def test_a_renewal_taken_in_a_campaign_goes_through_the_workflow_and_renews_the_case_at_its_new_amount(gql):
    # given a case in care due for its re-check after a member's death
    household = await due_case(gql)
    # when the township takes its renewal application in campaign 4242 and it goes through the workflow to the county
    body = await gql(RENEW, {"h": household["id"], "c": "4242", "on": ago(8)}, user="township.officer")
    renewal = body["data"]["submitRenewal"]
    assert (renewal["state"], renewal["kind"], renewal["campaignId"]) == ("SUBMITTED", "RENEWAL", "4242"), body
    assert "accept" in renewal["nextActions"]
    listed = (await gql(RENEWALS, {"c": "4242"}, user="county.approver"))["data"]["applications"]
    assert renewal["id"] in {a["id"] for a in listed} and all(a["campaignId"] == "4242" for a in listed)
    await through_the_township(gql, renewal["id"])
    approved = await ok(gql, "approveApplication", renewal["id"], "county.approver", on=ago(0), opinion="核减一人")
    # then the case stays in care, paid for one from next month, its next review a year away and the re-check closed
    case = (await gql(HOUSEHOLD, {"h": household["id"]}, user="county.approver"))["data"]["household"]
    assert approved["state"] == "APPROVED"
    assert (case["status"], case["monthlyAmount"], case["nextReviewOn"]) == (
        "ACTIVE",
        "500.00",
        add_months(today(), 12).isoformat(),
    )
    decision = await Decision.filter(household_id=household["id"]).order_by("-id").first()
    assert (decision.kind, decision.amount_before, decision.amount) == ("REDUCE", 1000, 500)
    assert decision.effective_month == add_months(today(), 1)
    assert not await ReviewTask.filter(household_id=household["id"], closed_on__isnull=True).exists()


async def test_a_renewal_the_county_rejects_stops_the_case_from_next_month_in_writing(gql):
    household = await due_case(gql)
    renewal = (await gql(RENEW, {"h": household["id"], "on": ago(8)}, user="township.officer"))["data"]["submitRenewal"]
    assert renewal["campaignId"] is None
    await through_the_township(gql, renewal["id"])
    rejected = await ok(
        gql, "rejectApplication", renewal["id"], "county.approver", on=ago(0), reasons=["家庭人均收入超过标准"]
    )
    case = (await gql(HOUSEHOLD, {"h": household["id"]}, user="county.approver"))["data"]["household"]
    assert rejected["state"] == "REJECTED"
    assert (case["status"], case["monthlyAmount"], case["stopsFrom"]) == (
        "STOPPED",
        "0.00",
        add_months(today(), 1).isoformat(),
    )
    decision = await Decision.filter(household_id=household["id"]).order_by("-id").first()
    assert (decision.kind, decision.reasons) == ("STOP", ["家庭人均收入超过标准"])


async def test_only_a_case_in_care_due_for_review_may_renew_and_a_refusal_writes_nothing(gql):
    # given a case approved just now (next review a year away), an applicant, and a due case with a renewal open
    fresh = await active_case(gql)
    applicant = await register(gql)
    due = await due_case(gql)
    first = await gql(RENEW, {"h": due["id"], "on": ago(8)}, user="township.officer")
    assert "errors" not in first, first
    applications, refusals = (
        await Application.all().count(),
        await AuditRecord.filter(action="application.renew", succeeded=False).count(),
    )
    # when each asks for a renewal (and one outside the officer's township, and a malformed campaign id)
    cases = [
        ({"h": fresh["id"]}, "township.officer", ("NOT_DUE_FOR_REVIEW", "householdId")),
        ({"h": applicant["id"]}, "township.officer", ("CASE_NOT_IN_CARE", "householdId")),
        ({"h": due["id"]}, "township.officer", ("ILLEGAL_TRANSITION", "householdId")),
        (
            {"h": due["id"], "on": (today() + dt.timedelta(days=1)).isoformat()},
            "township.officer",
            ("DATE_IN_FUTURE", "on"),
        ),
        ({"h": fresh["id"], "c": "campaign-7"}, "township.officer", ("INVALID_ID", "campaignId")),
    ]
    for variables, user, expected in cases:
        body = await gql(RENEW, variables, user=user)
        extensions = body["errors"][0]["extensions"]
        assert (extensions["code"], extensions.get("field")) == expected, body
    # then nothing was submitted, and each refusal that reached the case is in the audit trail
    assert await Application.all().count() == applications
    assert await AuditRecord.filter(action="application.renew", succeeded=False).count() >= refusals + 3
