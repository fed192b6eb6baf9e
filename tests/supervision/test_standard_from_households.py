"""The inspection rules compare with the standard households pays by, carried by its change feed; supervision keeps
no standard of its own."""

from services.households.models import Region
from services.supervision.models import InspectionParameter
from tests.supervision.support import citizen_id, csv_file, encoded, errors_of, given_household, township, village

SET_STANDARD = """mutation($r: String!, $amount: String!, $from: Date!) {
  setStandard(regionCode: $r, urbanRural: RURAL, monthlyAmount: $amount, effectiveFrom: $from) { monthlyAmount } }"""
SYNC = "mutation { syncProjection { feed } }"
IMPORT = """mutation($content: String!, $name: String!) { importRegistry(kind: PENSION, fileName: $name, contentBase64: $content) {
  batch { rowsLoaded } } }"""
PREVIEW = """mutation($r: String!) { inspection(rule: R03_PENSION, regionCode: $r, preview: true, asOf: "2026-11-01") {
  matched sample { householdId evidence } } }"""
PARAMETERS = """query($r: String!) { inspectionParameters(regionCode: $r, asOf: "2026-11-01") { name value } }"""


async def test_a_standard_changed_in_households_changes_what_the_rule_finds_after_a_sync(gql):
    # given a township households knows, with a rural standard of ¥500 set there, and a household of it with pensions of ¥520 a head
    place = township()
    await Region.create(
        code=place, name="标准测试镇", level="township", parent_code=place[:6] + "000000", code_year=2024
    )
    first = await gql(SET_STANDARD, {"r": place, "amount": "500.00", "from": "2026-01-01"}, user="municipal.officer")
    assert first["data"]["setStandard"]["monthlyAmount"] == "500.00", first
    household, _ = await given_household(village(place), *(numbers := [citizen_id("19500101"), citizen_id("19520101")]))
    pensions = csv_file(["身份证号", "月养老金"], [[numbers[0], "640.00"], [numbers[1], "400.00"]])
    loaded = await gql(IMPORT, {"content": encoded(pensions), "name": f"pensions-{place}.csv"}, user="inspector")
    assert loaded["data"]["importRegistry"]["batch"]["rowsLoaded"] == 2, loaded
    assert "errors" not in await gql(SYNC, user="inspector")
    # when the inspector previews the pension rule, then households raises the standard to ¥600 and the projection syncs
    before = (await gql(PREVIEW, {"r": place}, user="inspector"))["data"]["inspection"][0]
    raised = await gql(SET_STANDARD, {"r": place, "amount": "600.00", "from": "2026-07-01"}, user="municipal.officer")
    assert raised["data"]["setStandard"]["monthlyAmount"] == "600.00", raised
    assert "errors" not in await gql(SYNC, user="inspector")
    after = (await gql(PREVIEW, {"r": place}, user="inspector"))["data"]["inspection"][0]
    shown = {
        p["name"]: p["value"]
        for p in (await gql(PARAMETERS, {"r": village(place)}, user="inspector"))["data"]["inspectionParameters"]
    }
    # then the household matched against ¥500 and no longer does against households' ¥600
    assert before["matched"] == 1 and before["sample"][0]["householdId"] == str(household)
    assert float(before["sample"][0]["evidence"]["standard"]) == 500.0
    assert after["matched"] == 0
    # and the parameters the inspector reads name the standard households pays by, the city's urban one above the township
    assert shown["standard_rural"] == "600.00" and shown["standard_urban"] == "700.00"


async def test_supervision_refuses_to_keep_a_standard_of_its_own(gql):
    # given the parameters stored
    before = await InspectionParameter.all().count()
    # when the inspector tries to set a standard as a rule parameter
    body = await gql(
        """mutation { setInspectionParameter(regionCode: "431102000000", name: "standard_rural", value: "650",
      effectiveFrom: "2026-01-01") { name } }""",
        user="inspector",
    )
    # then it is refused, pointing to households, and nothing is written
    assert errors_of(body) == [("STANDARD_SET_IN_HOUSEHOLDS", "name")]
    assert await InspectionParameter.all().count() == before
