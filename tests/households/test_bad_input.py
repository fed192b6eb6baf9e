"""Bad input through the gateway gets a field error naming what is wrong, never an internal error, and
writes nothing."""

from __future__ import annotations

import asyncio
import itertools

from kernel.values import id_check_digit
from services.disbursement.models import Roster
from services.households.models import AuditRecord, IncomeItem, Person, Standard
from services.supervision.models import SpotCheck
from tests.e2e.test_access import VILLAGE
from tests.households.test_registration import REGISTER, counts

INCOME = """mutation($h: ID!, $a: String!, $p: ID) {
  recordIncome(householdId: $h, category: WAGES, monthlyAmount: $a, personId: $p) { id personId monthlyAmount } }"""
STANDARD = """mutation($d: Date!) {
  setStandard(regionCode: "431102000000", urbanRural: RURAL, monthlyAmount: "700.00", effectiveFrom: $d) { regionCode } }"""

DRAW = """mutation($share: Decimal) { drawSpotCheck(regionCode: "431102000000", period: "2019-04", seed: 7,
  inspectors: ["监察甲"], share: $share) { id } }"""

_sequence = itertools.count(1)


def new_id(birth: str = "19930815") -> str:
    """An ID number no other test module makes (its own birth dates and sequence)."""
    body = f"431102{birth}{next(_sequence) % 1000:03d}"
    return body + id_check_digit(body)


def household(**overrides) -> dict:
    data = {
        "regionCode": VILLAGE,
        "urbanRural": "RURAL",
        "members": [
            {"name": "周建华", "idNumber": new_id("19930815"), "relation": "HEAD"},
            {"name": "吴桂兰", "idNumber": new_id("19940927"), "relation": "SPOUSE"},
        ],
    }
    data.update(overrides)
    return data


def refusal(body: dict) -> dict:
    """The one error's extensions, asserting there is exactly one and it is not a masked internal error."""
    assert body.get("errors") and len(body["errors"]) == 1, body
    extensions = body["errors"][0]["extensions"]
    assert extensions["code"] != "INTERNAL_SERVER_ERROR", body
    return extensions


async def registered(gql) -> dict:
    body = await gql(REGISTER, {"input": household()}, user="village.assistant")
    assert "errors" not in body, body
    return body["data"]["registerHousehold"]


async def test_ids_that_cannot_name_a_record_are_not_found_by_name(gql):
    for query, code in (
        ("query($id: ID!) { household(id: $id) { id } }", "HOUSEHOLD_NOT_FOUND"),
        ("query($id: ID!) { person(id: $id) { id } }", "PERSON_NOT_FOUND"),
    ):
        for bad in ("abc", str(2**63), "9" * 40, "１２", "-1", "0"):
            # when an id that is not a number, or wider than any record id, is asked for
            found = refusal(await gql(query, {"id": bad}, user="county.approver"))
            # then it is simply not found, naming the argument
            assert (found["code"], found["field"]) == (code, "id"), (bad, found)


async def test_huge_day_counts_are_refused_by_name(gql):
    for query in (
        "{ lateApplications(withinDays: 2000000000) { id } }",
        "{ reviewsDue(withinDays: -2000000000) { id } }",
    ):
        found = refusal(await gql(query, user="county.approver"))
        assert (found["code"], found["field"], found["maximum"]) == ("OUT_OF_RANGE", "withinDays", 36600)


async def test_amounts_too_wide_or_not_in_ascii_digits_are_refused_and_nothing_is_written(gql):
    # given a household, and the income items recorded so far
    created = await registered(gql)
    before = await IncomeItem.all().count()
    for amount, code in (
        ("1e40", "AMOUNT_OUT_OF_RANGE"),
        ("1e400", "AMOUNT_OUT_OF_RANGE"),
        ("１２.００", "INVALID_AMOUNT"),
        ("12.345", "INVALID_AMOUNT"),
        ("Infinity", "INVALID_AMOUNT"),
    ):
        # when an amount is given that no money column holds, or in full-width digits
        found = refusal(await gql(INCOME, {"h": created["id"], "a": amount}, user="village.assistant"))
        # then it is refused by name
        assert (found["code"], found["field"]) == (code, "monthlyAmount"), (amount, found)
    # and nothing was written
    assert await IncomeItem.all().count() == before


async def test_an_income_is_recorded_for_a_member(gql):
    # given a household
    created = await registered(gql)
    person = await Person.filter(household_id=int(created["id"])).order_by("id").first()
    # when an income is recorded for one of its members
    body = await gql(INCOME, {"h": created["id"], "a": "812.50", "p": str(person.id)}, user="village.assistant")
    # then it is recorded against that member
    assert "errors" not in body, body
    assert body["data"]["recordIncome"]["personId"] == str(person.id)
    assert (await IncomeItem.get(id=int(body["data"]["recordIncome"]["id"]))).person_id == person.id


async def test_impossible_dates_and_periods_are_field_errors(gql):
    before = await Standard.all().count(), await Roster.all().count()
    # when a date that does not exist, or a period in year 0, is given
    date = refusal(await gql(STANDARD, {"d": "2026-02-30"}))
    literal = refusal(await gql(STANDARD.replace("($d: Date!)", "").replace("$d", '"2026-02-30"')))
    period = refusal(
        await gql(
            'mutation { compileRoster(townshipCode: "431102100000", period: "0000-01") { id } }',
            user="township.officer",
        )
    )
    # then each names its field, and no standard was set
    assert (date["code"], date["field"]) == ("BAD_USER_INPUT", "d")
    assert (literal["code"], literal["field"]) == ("BAD_USER_INPUT", "effectiveFrom")
    assert (period["code"], period["field"]) == ("INVALID_PERIOD", "period")
    assert (await Standard.all().count(), await Roster.all().count()) == before


async def test_a_share_that_is_not_a_number_is_refused_by_name(gql):
    before = await SpotCheck.all().count()
    for share in ("NaN", "-Infinity", "1e400"):
        found = refusal(await gql(DRAW, {"share": share}, user="inspector"))
        assert (found["code"], found["field"]) == ("INVALID_SHARE", "share"), (share, found)
    assert await SpotCheck.all().count() == before


async def test_text_with_a_nul_or_longer_than_its_column_is_refused_and_nothing_is_written(gql):
    before = await counts()
    members = household()["members"]
    # when a member's name holds a NUL character, as a variable or as a literal
    nul = refusal(
        await gql(
            REGISTER, {"input": household(members=[{**members[0], "name": "王\u0000建国"}])}, user="village.assistant"
        )
    )
    literal = refusal(
        await gql(
            'mutation { recordIncome(householdId: "1", category: WAGES, monthlyAmount: "1.00",'
            ' note: "a\\u0000b") { id } }',
            user="village.assistant",
        )
    )
    # or is longer than the name column
    long = refusal(
        await gql(REGISTER, {"input": household(members=[{**members[0], "name": "王" * 51}])}, user="village.assistant")
    )
    # then each is refused by name, with the column's limit for the long one
    assert (nul["code"], nul["field"]) == ("INVALID_TEXT", "input.members[0].name")
    assert (literal["code"], literal["field"]) == ("INVALID_TEXT", "note")
    assert (long["code"], long["field"], long["maxLength"]) == ("TOO_LONG", "name", 50)
    # and nothing was written
    assert await counts() == before


async def test_full_width_digits_in_an_id_number_are_the_same_person(gql):
    # given a registered household
    first = household()
    body = await gql(REGISTER, {"input": first}, user="village.assistant")
    assert "errors" not in body, body
    before = await counts()
    # when the head's ID number is typed again in full-width digits, with a lower-case x and spaces, in another household
    number = first["members"][0]["idNumber"]
    wide = " " + "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c.lower() for c in number) + " "
    again = household(members=[{"name": "周建华", "idNumber": wide, "relation": "HEAD"}])
    found = refusal(await gql(REGISTER, {"input": again}, user="village.assistant"))
    # then it is the same person, already in a household, and nothing is written
    assert (found["code"], found["field"]) == ("PERSON_IN_ANOTHER_HOUSEHOLD", "members[0].idNumber")
    assert await counts() == before
    # and a new number typed in full width is stored in ASCII digits
    fresh = new_id("19951111")
    typed = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in fresh)
    body = await gql(
        REGISTER,
        {"input": household(members=[{"name": "赵六", "idNumber": typed, "relation": "HEAD"}])},
        user="village.assistant",
    )
    assert "errors" not in body, body
    assert await Person.filter(id_number=fresh).exists()


async def test_the_losers_of_a_concurrent_duplicate_registration_are_told_why(gql):
    # given one household sent five times at once
    data = household()
    before = await counts()
    # when the registrations race
    bodies = await asyncio.gather(*(gql(REGISTER, {"input": data}, user="village.assistant") for _ in range(5)))
    # then exactly one lands, and every other is refused as already registered, naming the member
    landed = [body for body in bodies if "errors" not in body]
    refused = [refusal(body) for body in bodies if "errors" in body]
    assert len(landed) == 1
    assert {(r["code"], r["field"]) for r in refused} == {("PERSON_IN_ANOTHER_HOUSEHOLD", "members[0].idNumber")}
    assert await counts() == (before[0] + 1, before[1] + 2)
    refusals = await AuditRecord.filter(action="household.register", succeeded=False).order_by("-id").limit(4)
    assert {record.after["code"] for record in refusals} == {"PERSON_IN_ANOTHER_HOUSEHOLD"}
