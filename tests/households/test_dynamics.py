"""Dynamic management through the gateway: reviews, county changes in writing, grace exit, member events, check-ins."""

import datetime as dt
from decimal import Decimal

from services.households.calendar import add_months, today
from services.households.dynamics import months_later
from services.households.models import AuditRecord, CaseAmount, ChangeEvent, Decision, Household, Person, ReviewTask
from tests.households.support import VILLAGE, register
from tests.households.test_workflow import day, ok, to_county

OTHER_VILLAGE = "431102100201"
NEXT_MONTH = add_months(today(), 1)
HOUSEHOLD = "id status monthlyAmount graceUntil stopsFrom nextReviewOn"
REVIEW = f"""mutation($h: ID!) {{ reviewCase(householdId: $h) {{ outcome assessedAmount household {{ {HOUSEHOLD} }}
  task {{ id kind outcome }} }} }}"""
DECIDE = f"""mutation($h: ID!, $k: CaseChange!, $r: [String!]!, $g: Int) {{
  decideCaseChange(householdId: $h, kind: $k, reasons: $r, graceMonths: $g) {{ {HOUSEHOLD} }} }}"""
EVENT = "mutation($p: ID!, $k: MemberEvent!, $on: Date!) { recordMemberEvent(personId: $p, kind: $k, on: $on) { id kind dueOn } }"
CHECK_IN = """mutation($h: ID!, $m: String!, $a: Boolean!) {
  recordCheckIn(householdId: $h, month: $m, attended: $a) { consecutiveMisses missesThisYear household { status } task { kind } } }"""


async def active_case(gql, region: str = VILLAGE) -> dict:
    """A rural household of two without income, approved at ¥1,000 (500 × 2) from next month."""
    household = await register(
        gql, ("周一", "HEAD", "19600101"), ("吴二", "SPOUSE", "19620101"), region=region, user="township.officer"
    )
    body = await gql(
        "mutation($h: ID!, $on: Date) { submitApplication(householdId: $h, on: $on) { id } }",
        {"h": household["id"], "on": day(0)},
        user="township.officer",
    )
    application = body["data"]["submitApplication"]["id"]
    await to_county(gql, application)
    await ok(gql, "approveApplication", application, "county.approver", on=day(12))
    return household


async def income(gql, household: str, amount: str) -> None:
    body = await gql(
        """mutation($h: ID!, $a: String!) { recordIncome(householdId: $h, category: WAGES, monthlyAmount: $a) { id } }""",
        {"h": household, "a": amount},
        user="township.officer",
    )
    assert "errors" not in body, body


async def call(gql, query: str, user: str, **variables) -> dict:
    body = await gql(query, variables, user=user)
    assert "errors" not in body, body
    return next(iter(body["data"].values()))


def refusal(body: dict) -> tuple[str, str]:
    return body["errors"][0]["extensions"]["code"], body["errors"][0]["extensions"].get("field")


async def test_a_review_that_finds_no_change_keeps_the_amount_and_schedules_the_next(gql):
    household = await active_case(gql)
    amounts = await CaseAmount.filter(household_id=household["id"]).count()
    found = await call(gql, REVIEW, "township.officer", h=household["id"])
    assert found["outcome"] == "KEEP" and found["task"] is None
    assert Decimal(found["household"]["monthlyAmount"]) == Decimal("1000.00")
    assert found["household"]["nextReviewOn"] == add_months(today(), 12).isoformat()  # class 一类: yearly
    assert await CaseAmount.filter(household_id=household["id"]).count() == amounts
    assert await ChangeEvent.filter(entity="Household", entity_id=household["id"], kind="REVIEWED").exists()


async def test_a_reduction_is_proposed_by_the_review_and_decided_by_the_county_with_reasons(gql):
    # given an active case whose member found work at ¥400 a month
    household = await active_case(gql)
    await income(gql, household["id"], "400.00")
    # when the township reviews it, then a reduction to (500 − 400/2) × 2 = ¥600 is proposed, not applied
    found = await call(gql, REVIEW, "township.officer", h=household["id"])
    assert (found["outcome"], Decimal(found["assessedAmount"]), found["task"]["outcome"]) == (
        "REDUCE",
        Decimal("600.00"),
        "REDUCE",
    )
    # (the task reads its proposal by name, as the admin shows it, not by the code)
    task = await ReviewTask.get(id=found["task"]["id"])
    assert task.reason == "复核发现变化，建议减发 / review proposes reduce"
    assert Decimal(found["household"]["monthlyAmount"]) == Decimal("1000.00")
    # and the county can neither call it an increase nor decide it without written reasons
    assert refusal(await gql(DECIDE, {"h": household["id"], "k": "INCREASE", "r": ["x"]}, user="county.approver")) == (
        "CHANGE_MISMATCHES_ASSESSMENT",
        "kind",
    )
    assert refusal(await gql(DECIDE, {"h": household["id"], "k": "REDUCE", "r": [" "]}, user="county.approver")) == (
        "BAD_USER_INPUT",
        "reasons",
    )
    assert not await Decision.filter(household_id=household["id"], kind="REDUCE").exists()
    assert await AuditRecord.filter(action="case.reduce", succeeded=False, actor="county.approver").exists()
    # when it decides the reduction with reasons, then ¥600 applies from the month after the decision
    decided = await call(gql, DECIDE, "county.approver", h=household["id"], k="REDUCE", r=["成员就业，月工资 ¥400"])
    assert Decimal(decided["monthlyAmount"]) == Decimal("600.00")
    amounts = await (
        CaseAmount.filter(household_id=household["id"])
        .order_by("effective_from")
        .values_list("effective_from", "monthly_amount")
    )
    assert amounts[-1] == (NEXT_MONTH, Decimal("600.00"))
    decision = await Decision.get(household_id=household["id"], kind="REDUCE")
    assert (decision.amount_before, decision.amount, decision.reasons) == (
        Decimal("1000.00"),
        Decimal("600.00"),
        ["成员就业，月工资 ¥400"],
    )
    assert (await ReviewTask.get(id=found["task"]["id"])).closed_on == today()
    assert await ChangeEvent.filter(entity="Decision", entity_id=decision.id, kind="DECIDED").exists()


async def test_a_stop_is_decided_in_writing_and_ends_payment_from_the_next_month(gql):
    household = await active_case(gql)
    assert refusal(await gql(DECIDE, {"h": household["id"], "k": "STOP", "r": []}, user="county.approver")) == (
        "BAD_USER_INPUT",
        "reasons",
    )
    assert (await Household.get(id=household["id"])).status == "ACTIVE"
    stopped = await call(gql, DECIDE, "county.approver", h=household["id"], k="STOP", r=["家庭人均收入超过低保标准"])
    assert (stopped["status"], stopped["stopsFrom"]) == ("STOPPED", NEXT_MONTH.isoformat())
    assert (await Decision.get(household_id=household["id"], kind="STOP")).reasons == ["家庭人均收入超过低保标准"]
    # a township officer may review but not decide
    assert (
        refusal(await gql(DECIDE, {"h": household["id"], "k": "STOP", "r": ["x"]}, user="township.officer"))[0]
        == "FORBIDDEN"
    )


async def test_work_income_above_the_standard_gives_a_grace_exit_up_to_the_configured_months(gql):
    # given a case whose wages of ¥1,200 lift it above the standard (600 a head ≥ 500)
    household = await active_case(gql)
    await income(gql, household["id"], "1200.00")
    # when the county asks for seven months, then six is the most (Art 33), and nothing changes
    body = await gql(
        DECIDE, {"h": household["id"], "k": "GRACE_EXIT", "r": ["就业增收"], "g": 7}, user="county.approver"
    )
    assert refusal(body) == ("BAD_USER_INPUT", "graceMonths")
    assert (await Household.get(id=household["id"])).status == "ACTIVE"
    # when it decides three months, then ¥1,000 stays paid three months and the case stops after them
    grace = await call(
        gql, DECIDE, "county.approver", h=household["id"], k="GRACE_EXIT", r=["就业增收，渐退三个月"], g=3
    )
    assert grace["status"] == "GRACE" and Decimal(grace["monthlyAmount"]) == Decimal("1000.00")
    assert (grace["graceUntil"], grace["stopsFrom"]) == (
        add_months(NEXT_MONTH, 2).isoformat(),
        add_months(NEXT_MONTH, 3).isoformat(),
    )


async def test_a_death_re_opens_the_case_with_a_three_month_deadline(gql):
    household = await active_case(gql)
    spouse = household["members"][1]["id"]
    died = today() - dt.timedelta(days=5)
    # a death dated in the future is refused and writes nothing
    future = await gql(
        EVENT, {"p": spouse, "k": "DEATH", "on": (today() + dt.timedelta(days=2)).isoformat()}, user="village.assistant"
    )
    assert refusal(future) == ("DATE_IN_FUTURE", "on") and (await Person.get(id=spouse)).deceased_on is None
    task = await call(gql, EVENT, "village.assistant", p=spouse, k="DEATH", on=died.isoformat())
    assert (task["kind"], task["dueOn"]) == ("MEMBER_EVENT", months_later(died, 3).isoformat())
    row = await Household.get(id=household["id"])
    assert (row.counted_members, row.next_review_on, row.status) == (1, months_later(died, 3), "ACTIVE")
    assert (await Person.get(id=spouse)).deceased_on == died
    assert await ChangeEvent.filter(entity="Person", entity_id=spouse, kind="UPDATED").exists()
    due = await gql("{ reviewsDue(withinDays: 120) { id } }", user="township.officer")
    assert household["id"] in {h["id"] for h in due["data"]["reviewsDue"]}
    again = await gql(EVENT, {"p": spouse, "k": "DEATH", "on": died.isoformat()}, user="village.assistant")
    assert refusal(again) == ("MEMBER_DECEASED", "personId")


async def test_two_missed_check_ins_open_a_review_task_and_never_stop_the_case(gql):
    household = await active_case(gql)
    months = [f"{add_months(today(), k):%Y-%m}" for k in (-3, -2, -1)]
    first = await call(gql, CHECK_IN, "village.assistant", h=household["id"], m=months[0], a=False)
    assert first["task"] is None and first["consecutiveMisses"] == 1
    second = await call(gql, CHECK_IN, "village.assistant", h=household["id"], m=months[1], a=False)
    assert (
        second["consecutiveMisses"] == 2
        and second["task"]["kind"] == "CHECK_IN"
        and second["household"]["status"] == "ACTIVE"
    )
    third = await call(gql, CHECK_IN, "village.assistant", h=household["id"], m=months[2], a=True)
    assert third["consecutiveMisses"] == 0 and third["household"]["status"] == "ACTIVE"
    assert await ReviewTask.filter(household_id=household["id"], kind="CHECK_IN", closed_on__isnull=True).count() == 1


async def test_where_the_rule_says_suspend_misses_suspend_until_the_county_decides(gql):
    # given a village whose local rule suspends after two consecutive misses
    body = await gql(
        """mutation($r: String!, $v: JSON!) { setPolicy(regionCode: $r, key: "checkInMisses",
  value: $v, effectiveFrom: "2020-01-01") }""",
        {"r": OTHER_VILLAGE, "v": {"consecutive": 2, "perYear": 3, "action": "SUSPEND"}},
        user="municipal.officer",
    )
    assert "errors" not in body, body
    household = await active_case(gql, region=OTHER_VILLAGE)
    for months_back in (-2, -1):
        done = await call(
            gql, CHECK_IN, "township.officer", h=household["id"], m=f"{add_months(today(), months_back):%Y-%m}", a=False
        )
    assert done["household"]["status"] == "SUSPENDED"
    # when the county keeps the case with reasons, then it is active again at the same amount
    kept = await call(gql, DECIDE, "county.approver", h=household["id"], k="KEEP", r=["已补办续保手续"])
    assert kept["status"] == "ACTIVE" and Decimal(kept["monthlyAmount"]) == Decimal("1000.00")
    future = await gql(
        CHECK_IN, {"h": household["id"], "m": f"{add_months(today(), 2):%Y-%m}", "a": True}, user="township.officer"
    )
    assert refusal(future) == ("DATE_IN_FUTURE", "month")
