"""The inspection rules look at applicants, grace exits and suspended cases as well as the cases in care; a stopped
or rejected household is not inspected."""

from tests.supervision.support import citizen_id, csv_file, encoded, given_household

IMPORT = """mutation($content: String!, $name: String!) { importRegistry(kind: PUBLIC_EMPLOYEE, fileName: $name, contentBase64: $content) {
  batch { rowsLoaded } } }"""
INSPECT = """mutation($region: String!) { inspection(rule: R01_PUBLIC_EMPLOYEE, regionCode: $region, preview: true) {
  matched sample { householdId } } }"""


async def test_applicants_grace_exits_and_suspended_cases_are_inspected_but_not_stopped_ones(gql):
    # given five households of one village, each with a member who works for the county, in five states
    place = "431102100480"
    workers = {status: citizen_id("19750101") for status in ("APPLYING", "GRACE", "SUSPENDED", "ACTIVE", "STOPPED")}
    households = {
        status: (await given_household(place, number, status=status))[0] for status, number in workers.items()
    }
    content = csv_file(["身份证号", "工作单位"], [[number, "县财政局"] for number in workers.values()])
    loaded = await gql(IMPORT, {"content": encoded(content), "name": f"staff-{place}.csv"}, user="inspector")
    assert loaded["data"]["importRegistry"]["batch"]["rowsLoaded"] == 5, loaded
    # when the inspector previews the public-employee rule for the village
    body = await gql(INSPECT, {"region": place}, user="inspector")
    # then the applicant, the grace exit, the suspended and the active case match; the stopped one does not
    found = {int(hit["householdId"]) for hit in body["data"]["inspection"][0]["sample"]}
    assert found == {households[s] for s in ("APPLYING", "GRACE", "SUSPENDED", "ACTIVE")}
