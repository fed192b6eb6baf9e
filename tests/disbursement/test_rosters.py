"""Rosters: compiled from the households service's entitlements, itemised, exceptions listed, one per township and period."""

import asyncio
from decimal import Decimal

from services.disbursement.models import BankAccount, Roster, RosterItem, RosterLine
from tests.disbursement.support import (
    APPROVE,
    COMPILE,
    REVIEW,
    SEND_BACK,
    TOWNSHIP,
    compiled,
    counts,
    data,
    error,
    next_period,
    next_quarter,
    user,
)

ROSTER = """query($id: ID!) { roster(id: $id) { state total lineCount exceptionCount
  lines(first: 500) { items { householdId total monthlyAmount members accountNumber items { kind amount basis } } nextCursor }
  exceptions { householdId reason amount } signOffs { step actor reason } } }"""
SUBSIDY = """mutation($r: String!, $p: String!, $k: SubsidyKind!, $a: String!, $pp: Boolean!) {
  declareSubsidy(regionCode: $r, period: $p, kind: $k, name: "春节一次性生活补贴", amount: $a, basis: "县政府〔2027〕1号",
                 perPerson: $pp) { id amount } }"""
CYCLE = """mutation($c: String!, $d: Date!) { setPaymentCycle(countyCode: $c, cycle: QUARTERLY, effectiveFrom: $d) { cycle } }"""


async def test_a_compiled_roster_lists_each_entitled_household_with_monthly_amount_times_months_and_subsidies(gql):
    # given a one-off Spring Festival subsidy per household and a per-person price subsidy for the month
    period = next_period()
    data(await gql(SUBSIDY, {"r": "431102000000", "p": period, "k": "ONE_OFF", "a": "300.00", "pp": False},
                   user="county.approver"), "declareSubsidy")
    data(await gql(SUBSIDY, {"r": TOWNSHIP, "p": period, "k": "PRICE", "a": "25.50", "pp": True}, user="county.approver"), "declareSubsidy")
    # when the township officer compiles the month's roster
    roster = await compiled(gql, period)
    # then every line is the monthly amount plus 300 plus 25.50 per member, each item with its type and basis
    assert roster["state"] == "COMPILED" and roster["lineCount"] > 10
    detail = data(await gql(ROSTER, {"id": roster["id"]}, user="township.leader"), "roster")
    for line in detail["lines"]["items"]:
        kinds = {item["kind"]: Decimal(item["amount"]) for item in line["items"]}
        assert kinds["ONE_OFF"] == Decimal("300.00")
        assert kinds["PRICE"] == Decimal("25.50") * line["members"]
        monthly = sum(a for k, a in kinds.items() if k not in ("ONE_OFF", "PRICE"))
        assert monthly == Decimal(line["monthlyAmount"])
        assert Decimal(line["total"]) == sum(kinds.values())
        assert all(item["basis"] for item in line["items"])
        assert "*" in line["accountNumber"]  # the leader sees masked accounts
    assert Decimal(roster["total"]) == sum(Decimal(line["total"]) for line in detail["lines"]["items"])
    assert [s["step"] for s in detail["signOffs"]] == ["COMPILE"]


async def test_a_quarterly_county_pays_three_months_and_refuses_a_monthly_roster(gql):
    # given the other county configured for quarterly payment
    county_officer = await user("lst.officer", ("township_officer", "431103100000"))
    await user("lst.approver", ("county_approver", "431103000000"))
    quarter = next_quarter()
    data(await gql(CYCLE, {"c": "431103000000", "d": f"{quarter[:4]}-01-01"}, user="lst.approver"), "setPaymentCycle")
    # when its township compiles a quarter, and then tries a single month
    roster = await compiled(gql, quarter, township="431103100000", user=county_officer,
                            reason="提前造册 / compiled ahead for the test quarter")
    month = await gql(COMPILE, {"t": "431103100000", "p": f"{quarter[:4]}-02"}, user=county_officer)
    # then the quarter's lines are three months of the monthly amount; the month is refused
    assert roster["months"] == 3
    line = await RosterLine.filter(roster_id=int(roster["id"])).first()
    assert line.total == line.monthly_amount * 3
    assert error(month)["code"] == "PERIOD_NOT_COUNTY_CYCLE" and error(month)["field"] == "period"


async def test_households_without_a_usable_account_are_listed_as_exceptions_not_dropped(gql):
    # given an entitled household whose account was closed (no current account) in the township
    period = next_period()
    first = await compiled(gql, period)
    line = await RosterLine.filter(roster_id=int(first["id"])).order_by("id").first()
    await BankAccount.filter(household_id=line.household_id).update(is_current=False)
    try:
        # when the roster is sent back and compiled again
        data(await gql(SEND_BACK, {"id": first["id"], "r": "账户待核实"}, user="township.leader"), "sendBackRoster")
        again = await compiled(gql, period)
        # then the household is an exception with the amount it is due, and not on the roster
        detail = data(await gql(ROSTER, {"id": again["id"]}, user="township.officer"), "roster")
        assert {"householdId": str(line.household_id), "reason": "NO_ACCOUNT", "amount": str(line.total)} in detail["exceptions"]
        assert str(line.household_id) not in {li["householdId"] for li in detail["lines"]["items"]}
        assert again["exceptionCount"] == first["exceptionCount"] + 1 and again["revision"] == 2
        assert again["lineCount"] == first["lineCount"] - 1
    finally:
        await BankAccount.filter(household_id=line.household_id, version=1).update(is_current=True)


async def test_compiling_twice_is_refused_with_a_clear_error_and_leaves_one_roster(gql):
    # given a compiled roster
    period = next_period()
    await compiled(gql, period)
    before = await counts(period)
    # when the officer compiles the same township and period again
    body = await gql(COMPILE, {"t": TOWNSHIP, "p": period}, user="township.officer")
    # then the second is refused, naming the period, and nothing was written
    assert error(body)["code"] == "ROSTER_ALREADY_COMPILED" and error(body)["field"] == "period"
    assert await counts(period) == before


async def test_two_compilations_at_once_yield_one_roster(gql):
    # given nobody has compiled the period
    period = next_period()
    # when two requests compile it at the same moment
    bodies = await asyncio.gather(*(gql(COMPILE, {"t": TOWNSHIP, "p": period}, user="township.officer") for _ in range(3)))
    # then exactly one succeeds, the others get the clear error, and the database holds one roster with one set of lines
    codes = sorted(b["errors"][0]["extensions"]["code"] if b.get("errors") else "OK" for b in bodies)
    assert codes == ["OK", "ROSTER_ALREADY_COMPILED", "ROSTER_ALREADY_COMPILED"]
    roster = await Roster.get(region_code=TOWNSHIP, period=period)
    assert await RosterLine.filter(roster_id=roster.id).count() == roster.line_count


async def test_bad_compile_requests_are_refused_and_write_nothing(gql):
    period = next_period()
    before = await counts(period)
    cases = [
        ({"t": "431102100200", "p": period}, "township.officer", "NOT_A_TOWNSHIP", "townshipCode"),
        ({"t": TOWNSHIP, "p": "2027-13"}, "township.officer", "INVALID_PERIOD", "period"),
        ({"t": "431103100000", "p": period}, "township.officer", "FORBIDDEN", None),  # a foreign county's township
    ]
    for variables, who, code, field in cases:
        body = await gql(COMPILE, variables, user=who)
        assert error(body)["code"] == code and error(body).get("field") == field, body
    wrong_role = await gql(COMPILE, {"t": TOWNSHIP, "p": period}, user="township.leader")
    assert error(wrong_role)["code"] == "FORBIDDEN"
    assert await counts(period) == before


async def test_the_chain_runs_leader_then_county_and_a_compiler_cannot_approve_their_own_roster(gql):
    # given a user who both compiles and reviews in the township, and has compiled a roster
    both = await user("ts.both", ("township_officer", TOWNSHIP), ("township_leader", TOWNSHIP))
    period = next_period()
    roster = await compiled(gql, period, user=both)
    # when they try to review it, and when the county approves before the leader
    own = await gql(REVIEW, {"id": roster["id"]}, user=both)
    early = await gql(APPROVE, {"id": roster["id"]}, user="county.approver")
    # then both are refused and the roster is still only compiled
    assert error(own)["code"] == "CANNOT_APPROVE_OWN_ROSTER"
    assert error(early)["code"] == "WRONG_STATE"
    assert (await Roster.get(id=int(roster["id"]))).state == "COMPILED"
    # and the leader then the county approve it in order
    assert data(await gql(REVIEW, {"id": roster["id"]}, user="township.leader"), "reviewRoster")["state"] == "TOWNSHIP_APPROVED"
    assert data(await gql(APPROVE, {"id": roster["id"]}, user="county.approver"), "approveRoster")["state"] == "COUNTY_APPROVED"


async def test_a_roster_sent_back_carries_its_reasons_and_can_be_recompiled(gql):
    period = next_period()
    roster = await compiled(gql, period)
    data(await gql(REVIEW, {"id": roster["id"]}, user="township.leader"), "reviewRoster")
    # when the county sends it back with reasons (and once without any)
    empty = await gql(SEND_BACK, {"id": roster["id"], "r": "  "}, user="county.approver")
    back = data(await gql(SEND_BACK, {"id": roster["id"], "r": "第3户人数与档案不符"}, user="county.approver"), "sendBackRoster")
    # then the reason is kept, the empty one refused, and the officer can compile again
    assert error(empty)["code"] == "REASON_REQUIRED" and error(empty)["field"] == "reason"
    assert back["state"] == "SENT_BACK" and back["sentBackReason"] == "第3户人数与档案不符"
    again = await compiled(gql, period)
    assert again["id"] == roster["id"] and again["revision"] == 2 and again["state"] == "COMPILED"
    lines = await RosterLine.filter(roster_id=int(roster["id"])).values_list("id", flat=True)
    assert await RosterItem.filter(line_id__in=lines).count() > 0
