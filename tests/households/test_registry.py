"""The registry: members' circumstances, incomes, assets, kinship filings, standards — and refusals that write nothing."""

from decimal import Decimal

import pytest

from services.households.models import AuditRecord, CaseAmount, Household, IncomeItem, KinshipFiling, Person, Standard
from tests.households.support import new_id, register

ADD_MEMBER = """mutation($h: ID!, $id: String!, $rel: Relation!) { addMember(householdId: $h, name: "孙小明",
  idNumber: $id, relation: $rel) { id } }"""
INCOME = """mutation($h: ID!, $cat: IncomeCategory!, $amount: String!, $t: IncomeTreatment! = COUNTED) {
  recordIncome(householdId: $h, category: $cat, monthlyAmount: $amount, treatment: $t) { id category monthlyAmount } }"""
ASSESS = """query($id: ID!) { household(id: $id) { assessment(on: "2026-11-01") { eligible monthlyAmount
  parts { kind amount basis } explanation }
  incomes { category monthlyAmount } members { name counted disabilityGrade } } }"""


async def refused(gql, query, variables, user, code, field, *, action):
    """The refusal names the code and field, writes nothing, and the audit trail records who tried."""
    before = (
        await Person.all().count(),
        await IncomeItem.all().count(),
        await Standard.all().count(),
        await KinshipFiling.all().count(),
    )
    body = await gql(query, variables, user=user)
    error = body["errors"][0]["extensions"]
    assert (error["code"], error.get("field")) == (code, field), body
    assert (
        await Person.all().count(),
        await IncomeItem.all().count(),
        await Standard.all().count(),
        await KinshipFiling.all().count(),
    ) == before
    trail = await AuditRecord.filter(action=action, succeeded=False).order_by("-id").first()
    assert trail.actor == user and trail.after["code"] == code


async def test_a_registered_household_is_assessed_with_its_explanation(gql):
    # given a rural household of three in the demo village, one member severely disabled, ¥600 wages
    created = await register(
        gql, ("孙大", "HEAD", "19700101"), ("孙二", "SPOUSE", "19710101"), ("孙三", "CHILD", "20000101")
    )
    await gql(INCOME, {"h": created["id"], "cat": "WAGES", "amount": "600"}, user="village.assistant")
    await gql(INCOME, {"h": created["id"], "cat": "SCHOLARSHIP", "amount": "200"}, user="village.assistant")
    disabled = created["members"][2]["id"]
    body = await gql(
        """mutation($p: ID!) { updateMember(personId: $p, circumstances: {disabilityGrade: 2, student: true}) { id } }""",
        {"p": disabled},
        user="township.officer",
    )
    assert "errors" not in body, body
    # when the township officer asks for its assessment
    body = await gql(ASSESS, {"id": created["id"]}, user="township.officer")
    assessment = body["data"]["household"]["assessment"]
    # then (500 − 600/3) × 3 = 900 plus 10% of 500 for the disabled member, with the scholarship left out
    assert Decimal(assessment["monthlyAmount"]) == Decimal("950.00") and assessment["eligible"]
    assert assessment["explanation"]["standard"] == "500.00" and assessment["explanation"]["excludedIncome"] == "200.00"
    assert [p["kind"] for p in assessment["parts"]] == ["BASE", "SEVERE_DISABILITY"]
    # and the municipal officer sees the members but not their health or income
    hidden = (await gql(ASSESS, {"id": created["id"]}, user="municipal.officer"))["data"]["household"]
    assert {m["disabilityGrade"] for m in hidden["members"]} == {None}
    assert {i["monthlyAmount"] for i in hidden["incomes"]} == {None}


@pytest.mark.parametrize(
    ("amount", "category", "code", "field"),
    [
        ("-5", "WAGES", "NEGATIVE_AMOUNT", "monthlyAmount"),
        ("abc", "WAGES", "INVALID_AMOUNT", "monthlyAmount"),
        ("1.234", "WAGES", "INVALID_AMOUNT", "monthlyAmount"),
    ],
)
async def test_bad_income_is_refused(gql, amount, category, code, field):
    created = await register(gql)
    await refused(
        gql,
        INCOME,
        {"h": created["id"], "cat": category, "amount": amount},
        "village.assistant",
        code,
        field,
        action="income.record",
    )


async def test_an_unknown_income_category_is_refused_as_input_before_anything_runs(gql):
    # given a household, and an income category the IncomeCategory enum does not have
    created = await register(gql)
    before = await IncomeItem.all().count()
    # when the assistant records it, then the request is refused naming the argument and its enum; nothing is written
    body = await gql(INCOME, {"h": created["id"], "cat": "LOTTERY", "amount": "100"}, user="village.assistant")
    assert [(e["extensions"]["code"], e["extensions"]["field"]) for e in body["errors"]] == [
        ("BAD_USER_INPUT", "category")
    ]
    assert 'does not exist in "IncomeCategory" enum' in body["errors"][0]["message"]
    assert await IncomeItem.all().count() == before


@pytest.mark.parametrize(
    ("id_number", "code"),
    [
        ("CHECKSUM", "INVALID_ID_CHECKSUM"),
        ("FUTURE", "INVALID_ID_BIRTH_DATE"),
        ("TAKEN", "PERSON_IN_ANOTHER_HOUSEHOLD"),
    ],
)
async def test_bad_members_are_refused(gql, id_number, code):
    created = await register(gql)
    good = new_id()
    number = {
        "CHECKSUM": good[:-1] + ("1" if good[-1] == "0" else "0"),
        "FUTURE": new_id("20990101"),
        "TAKEN": (await Person.filter(region_code="431102100200").first()).id_number,
    }[id_number]
    await refused(
        gql,
        ADD_MEMBER,
        {"h": created["id"], "id": number, "rel": "CHILD"},
        "village.assistant",
        code,
        "idNumber",
        action="person.add",
    )


async def test_an_excluded_member_needs_a_reason(gql):
    created = await register(gql)
    body = await gql(
        """mutation($p: ID!) { updateMember(personId: $p, circumstances: {counted: false}) { id } }""",
        {"p": created["members"][1]["id"]},
        user="village.assistant",
    )
    assert body["errors"][0]["extensions"]["field"] == "excludedReason"
    assert (await Person.get(id=created["members"][1]["id"])).counted


async def test_a_kinship_filing_marks_the_household_separately_registered(gql):
    created = await register(gql)
    body = await gql(
        """mutation($p: ID!) { fileKinship(personId: $p, staffUsername: "village.assistant",
  staffName: "村协理员", relation: "SIBLING") { id } }""",
        {"p": created["members"][0]["id"]},
        user="township.officer",
    )
    assert "errors" not in body, body
    assert (await Household.get(id=created["id"])).separately_registered
    bad = """mutation($p: ID!) { fileKinship(personId: $p, staffUsername: "x", staffName: "x", relation: "COUSIN") { id } }"""
    await refused(
        gql,
        bad,
        {"p": created["members"][0]["id"]},
        "township.officer",
        "BAD_USER_INPUT",
        "relation",
        action="kinship.file",
    )


STANDARD = """mutation($r: String!, $amount: String!, $from: Date!) {
  setStandard(regionCode: $r, urbanRural: RURAL, monthlyAmount: $amount, effectiveFrom: $from) { monthlyAmount } }"""


async def test_a_standard_for_an_unknown_region_is_refused(gql):
    await refused(
        gql,
        STANDARD,
        {"r": "431199000000", "amount": "600", "from": "2027-01-01"},
        "municipal.officer",
        "UNKNOWN_REGION",
        "regionCode",
        action="standard.set",
    )


async def test_a_raise_changes_amounts_from_its_month_and_leaves_earlier_months_alone(gql):
    # given an active rural case in a village of 江华 (431129), paid since before November
    case = (
        await Household.filter(region_code__startswith="431129", urban_rural="RURAL", status="ACTIVE")
        .order_by("id")
        .first()
    )
    village, before = case.region_code, Decimal(case.monthly_amount)
    size = await Person.filter(household_id=case.id, counted=True).count()
    # when the city raises that village's rural standard from ¥500 to ¥560 on 1 November 2026
    body = await gql(STANDARD, {"r": village, "amount": "560", "from": "2026-11-01"}, user="municipal.officer")
    assert "errors" not in body, body
    # then the case is ¥60 a person more from November, and the October amount still reads as before
    rows = await CaseAmount.filter(household_id=case.id).order_by("effective_from")
    assert [r.effective_from.isoformat() for r in rows][-1] == "2026-11-01"
    assert Decimal(rows[-1].monthly_amount) == before + 60 * size and Decimal(rows[-2].monthly_amount) == before
    from tests.households.support import internal
    from tests.households.test_entitlements import ENTITLEMENTS

    client = internal("disbursement")
    amounts = {}
    for period in ("2026-10", "2026-11"):
        page = (await client.query(ENTITLEMENTS, {"township": village[:9] + "000", "period": period, "first": 1000}))[
            "entitlements"
        ]
        amounts[period] = next(Decimal(i["monthlyAmount"]) for i in page["items"] if i["householdId"] == str(case.id))
    await client.aclose()
    assert amounts == {"2026-10": before, "2026-11": before + 60 * size}
