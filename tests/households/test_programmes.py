"""Programmes beside dibao on the same registry: near-poverty (低保边缘) decided from the same assessment as the benefit,
extreme-poverty support (特困供养) never beside dibao, temporary assistance (临时救助) as a one-off; the statistics
show each apart. Every refusal names its reason, writes nothing and is audited."""

from services.households.models import AuditRecord, Household, ProgrammeMembership
from tests.households.support import new_village, register

ENROL = """mutation($h: ID!, $p: Programme!, $b: String!, $m: String! = "0", $o: String! = "0", $on: Date) {
  enrolProgramme(householdId: $h, programme: $p, basis: $b, monthlyAmount: $m, oneOffAmount: $o, startsOn: $on) {
    id programme startsOn endsOn monthlyAmount oneOffAmount decidedBy } }"""
END = """mutation($id: ID!, $r: String!) { endProgramme(id: $id, reason: $r) { id endsOn } }"""
STATS = """query($r: String) { householdStatistics(regionCode: $r) { programmes { programme households
  persons monthlyAmount oneOffAmount } } }"""


async def household_with(gql, village: str, *, wages: str | None = None, deposit: str | None = None) -> str:
    household = await register(
        gql,
        ("边缘户主", "HEAD", "19700101"),
        ("边缘配偶", "SPOUSE", "19720202"),
        region=village,
        user="township.officer",
    )
    if wages:
        body = await gql(
            "mutation($h: ID!, $a: String!) { recordIncome(householdId: $h, category: WAGES, monthlyAmount: $a) { id } }",
            {"h": household["id"], "a": wages},
            user="township.officer",
        )
        assert "errors" not in body, body
    if deposit:
        body = await gql(
            "mutation($h: ID!, $v: String!) { recordAsset(householdId: $h, kind: DEPOSIT, value: $v) { id } }",
            {"h": household["id"], "v": deposit},
            user="township.officer",
        )
        assert "errors" not in body, body
    return household["id"]


async def refused(gql, household: str, programme: str, code: str, **amounts) -> None:
    before = await ProgrammeMembership.filter(household_id=household).count()
    body = await gql(ENROL, {"h": household, "p": programme, "b": "入户核实", **amounts}, user="county.approver")
    assert body["errors"][0]["extensions"]["code"] == code, body
    assert await ProgrammeMembership.filter(household_id=household).count() == before
    audit = await AuditRecord.filter(action="programme.enrol", entity_id=str(household)).order_by("-id").first()
    assert audit is not None and not audit.succeeded and audit.after["code"] == code


async def test_a_household_just_above_the_standard_is_near_poverty_and_counted_apart(gql):
    # given a rural couple whose wages put them above the standard (¥500) but below 1.5 times it
    village = await new_village()
    household = await household_with(gql, village, wages="1200.00")
    # when the county records them as near-poverty
    body = await gql(
        ENROL, {"h": household, "p": "NEAR_POVERTY", "b": "人均收入 ¥600，低于标准 1.5 倍"}, user="county.approver"
    )
    # then they are, from today, with no amount of their own, and the statistics count them apart from dibao
    assert "errors" not in body, body
    membership = body["data"]["enrolProgramme"]
    assert membership["programme"] == "NEAR_POVERTY" and membership["decidedBy"] == "county.approver"
    stats = await gql(STATS, {"r": village}, user="municipal.officer")
    assert stats["data"]["householdStatistics"]["programmes"] == [
        {"programme": "NEAR_POVERTY", "households": 1, "persons": 2, "monthlyAmount": "0.00", "oneOffAmount": "0.00"}
    ]
    listed = await gql(
        "query($h: ID!) { household(id: $h) { programmes { programme endsOn } } }",
        {"h": household},
        user="township.officer",
    )
    assert listed["data"]["household"]["programmes"] == [{"programme": "NEAR_POVERTY", "endsOn": None}]
    # and a second near-poverty record for the same household is refused
    await refused(gql, household, "NEAR_POVERTY", "PROGRAMME_ALREADY_OPEN")
    # ending it takes a reason, and it leaves the statistics
    assert (await gql(END, {"id": membership["id"], "r": ""}, user="county.approver"))["errors"][0]["extensions"][
        "field"
    ] == "reason"
    ended = await gql(END, {"id": membership["id"], "r": "收入增加"}, user="county.approver")
    assert ended["data"]["endProgramme"]["endsOn"] is not None
    assert (await gql(END, {"id": membership["id"], "r": "再次"}, user="county.approver"))["errors"][0]["extensions"][
        "code"
    ] == "PROGRAMME_ALREADY_ENDED"


async def test_near_poverty_is_refused_where_the_facts_do_not_support_it(gql):
    village = await new_village()
    # eligible for dibao itself: apply for dibao instead
    await refused(gql, await household_with(gql, village, wages="400.00"), "NEAR_POVERTY", "ELIGIBLE_FOR_DIBAO")
    # income at or above 1.5 times the standard
    await refused(
        gql, await household_with(gql, village, wages="1600.00"), "NEAR_POVERTY", "NEAR_POVERTY_INCOME_TOO_HIGH"
    )
    # deposits above the local limit
    await refused(
        gql,
        await household_with(gql, village, wages="1200.00", deposit="100000.00"),
        "NEAR_POVERTY",
        "NEAR_POVERTY_ASSETS",
    )
    # a case in dibao care
    in_care = await household_with(gql, village)
    await Household.filter(id=in_care).update(status="ACTIVE")
    await refused(gql, in_care, "NEAR_POVERTY", "NEAR_POVERTY_IN_CARE")
    # and extreme-poverty support never beside dibao
    await refused(gql, in_care, "EXTREME_POVERTY", "PROGRAMME_OVERLAPS_DIBAO", m="800.00")


async def test_temporary_assistance_and_extreme_poverty_carry_their_amounts(gql):
    village = await new_village()
    household = await household_with(gql, village)
    # amounts are required where the programme pays, and refused where they make no sense
    await refused(gql, household, "TEMPORARY_ASSISTANCE", "AMOUNT_REQUIRED")
    await refused(gql, household, "EXTREME_POVERTY", "AMOUNT_REQUIRED")
    await refused(gql, household, "TEMPORARY_ASSISTANCE", "AMOUNT_OUT_OF_RANGE", o="1e40")
    await refused(gql, household, "TEMPORARY_ASSISTANCE", "INVALID_AMOUNT", o="-5.00")
    # a programme that does not exist is not a Programme value: refused before any resolver, naming the argument
    before = await ProgrammeMembership.filter(household_id=household).count()
    unknown = await gql(ENROL, {"h": household, "p": "SPECIAL", "b": "入户核实"}, user="county.approver")
    assert [(e["extensions"]["code"], e["extensions"]["field"]) for e in unknown["errors"]] == [
        ("BAD_USER_INPUT", "programme")
    ]
    assert await ProgrammeMembership.filter(household_id=household).count() == before
    once = await gql(
        ENROL, {"h": household, "p": "TEMPORARY_ASSISTANCE", "b": "火灾", "o": "2000.00"}, user="county.approver"
    )
    assert once["data"]["enrolProgramme"]["oneOffAmount"] == "2000.00"
    support = await gql(
        ENROL,
        {"h": household, "p": "EXTREME_POVERTY", "b": "无劳动能力、无生活来源、无赡养人", "m": "900.00"},
        user="county.approver",
    )
    assert support["data"]["enrolProgramme"]["monthlyAmount"] == "900.00"
    stats = await gql(STATS, {"r": village}, user="municipal.officer")
    figures = {t["programme"]: t for t in stats["data"]["householdStatistics"]["programmes"]}
    assert (
        figures["EXTREME_POVERTY"]["monthlyAmount"] == "900.00"
        and figures["TEMPORARY_ASSISTANCE"]["oneOffAmount"] == "2000.00"
    )


async def test_only_the_county_records_programmes(gql):
    village = await new_village()
    household = await household_with(gql, village, wages="1200.00")
    body = await gql(ENROL, {"h": household, "p": "NEAR_POVERTY", "b": "x"}, user="township.officer")
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert not await ProgrammeMembership.filter(household_id=household).exists()


async def test_the_near_poverty_factor_is_a_number_the_county_may_set(gql):
    from tests.households.support import SET_POLICY

    village = await new_village()
    for bad in ("abc", "0.9", "1e400", "NaN"):
        body = await gql(SET_POLICY, {"r": village, "k": "nearPovertyIncomeFactor", "v": bad}, user="municipal.officer")
        assert body["errors"][0]["extensions"]["code"] == "INVALID_SETTING", (bad, body)
    # a county that draws the line at twice the standard takes in a household the default 1.5 leaves out
    household = await household_with(gql, village, wages="1600.00")
    body = await gql(SET_POLICY, {"r": village, "k": "nearPovertyIncomeFactor", "v": "2"}, user="municipal.officer")
    assert "errors" not in body, body
    enrolled = await gql(ENROL, {"h": household, "p": "NEAR_POVERTY", "b": "人均 ¥800"}, user="county.approver")
    assert "errors" not in enrolled, enrolled
