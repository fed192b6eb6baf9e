"""Findings through the gateway: import, preview, run, assign, verify, rectify, close; overdue lists and metrics."""

import datetime as dt

from services.supervision import projection
from services.supervision.lifecycle import today as service_day
from services.supervision.models import AuditRecord, Finding
from tests.supervision.support import TEST_FEED, citizen_id, csv_file, encoded, errors_of, event, given_household

TOWNSHIP = "431102100000"  # the demo township officer's
IMPORT = """mutation($kind: RegistryKind!, $name: String!, $content: String!) {
  importRegistry(kind: $kind, fileName: $name, contentBase64: $content) {
    alreadyImported batch { kind version rowsRead rowsLoaded rowsRejected } rejections { rowNumber field code reason } } }"""
INSPECT = """mutation($rule: InspectionRuleCode, $region: String!, $preview: Boolean!) {
  inspection(rule: $rule, regionCode: $region, preview: $preview) { rule { name version } matched alreadyOpen raised
    sample { householdId personId severity evidence alreadyOpen } } }"""
FINDINGS = """query($region: String, $rule: InspectionRuleCode, $overdue: Boolean!) {
  findings(regionCode: $region, rule: $rule, overdue: $overdue) { id householdId personId rule ruleVersion status severity evidence
    assignedTo deadline verdict visit decisionId overdue } }"""
ASSIGN = (
    'mutation($id: ID!, $deadline: Date) { assignFinding(id: $id, townshipCode: "431102100000", deadline: $deadline) '
    "{ status assignedTo deadline } }"
)
VERIFY = """mutation($id: ID!, $verdict: Verdict!, $visitors: [String!]!) {
  verifyFinding(id: $id, verdict: $verdict, visit: {visitedOn: "%s", visitors: $visitors, notes: "入户核实"}) { status verdict visit } }"""
RECTIFY = "mutation($id: ID!, $decision: ID!) { rectifyFinding(id: $id, decisionId: $decision) { status decisionId } }"
CLOSE = 'mutation($id: ID!) { closeFinding(id: $id, note: "已整改") { status } }'

_villages = iter(range(290, 400))


def today() -> str:
    """The service's day (Shanghai), which dates are checked against: UTC's is a day behind after 16:00."""
    return service_day().isoformat()


async def a_death_finding(gql) -> tuple[str, int, int, str]:
    """A household in the demo township whose member is in an imported death registry, and its finding."""
    place = f"431102100{next(_villages):03d}"
    dead = citizen_id("19350101")
    household_id, (person_id,) = await given_household(place, dead)
    content = csv_file(["身份证号", "姓名", "死亡日期"], [[dead, "故人", "2026-10-20"]])
    imported = await gql(
        IMPORT, {"kind": "DEATH", "name": f"deaths-{place}.csv", "content": encoded(content)}, user="inspector"
    )
    assert imported["data"]["importRegistry"]["batch"]["rowsLoaded"] == 1, imported
    ran = await gql(INSPECT, {"rule": "R02_STATUS_CHANGE", "region": place, "preview": False}, user="inspector")
    assert ran["data"]["inspection"][0]["raised"] == 1, ran
    [finding] = (
        await gql(FINDINGS, {"region": place, "rule": "R02_STATUS_CHANGE", "overdue": False}, user="inspector")
    )["data"]["findings"]
    return finding["id"], household_id, person_id, place


async def test_a_registry_import_over_graphql_reports_its_rejected_rows(gql):
    # given a file with one good and one bad row, when the inspector imports it through the API
    content = csv_file(
        ["身份证号", "死亡日期"], [[citizen_id("19300101"), "2026-01-01"], ["12345", "2026-01-01"]], encoding="gbk"
    )
    body = await gql(IMPORT, {"kind": "DEATH", "name": "gbk-deaths.csv", "content": encoded(content)}, user="inspector")
    # then the summary counts both and names the bad row's column and reason
    summary = body["data"]["importRegistry"]
    assert (summary["batch"]["rowsRead"], summary["batch"]["rowsLoaded"], summary["batch"]["rowsRejected"]) == (2, 1, 1)
    assert summary["rejections"][0]["rowNumber"] == 3 and summary["rejections"][0]["field"] == "身份证号"
    # and a township officer may not import at all
    refused = await gql(
        IMPORT, {"kind": "DEATH", "name": "x.csv", "content": encoded(content)}, user="township.officer"
    )
    assert errors_of(refused)[0][0] == "FORBIDDEN"


async def test_preview_writes_nothing_and_run_raises_each_finding_once(gql):
    # given a matching case, previewed
    finding_id, household_id, person_id, place = await a_death_finding(gql)
    preview = (await gql(INSPECT, {"rule": None, "region": place, "preview": True}, user="inspector"))["data"][
        "inspection"
    ]
    # then every rule is listed, the death shows as already open, and nothing new was written
    by_rule = {outcome["rule"]["name"]: outcome for outcome in preview}
    assert len(by_rule) == 13 and by_rule["R02_STATUS_CHANGE"]["alreadyOpen"] == 1
    assert by_rule["R02_STATUS_CHANGE"]["sample"][0]["personId"] == str(person_id)
    assert await Finding.filter(household_id=household_id).count() == 1


async def test_a_true_positive_goes_from_open_to_closed_through_each_step(gql):
    finding_id, household_id, person_id, place = await a_death_finding(gql)
    # verifying before assignment is refused and changes nothing
    early = await gql(
        VERIFY % today(),
        {"id": finding_id, "verdict": "TRUE_POSITIVE", "visitors": ["甲", "乙"]},
        user="township.officer",
    )
    assert errors_of(early) == [("INVALID_TRANSITION", "id")]
    assert (await Finding.get(id=int(finding_id))).status == "OPEN"
    # the inspector assigns it to the township with the default 30-day deadline
    assigned = (await gql(ASSIGN, {"id": finding_id}, user="inspector"))["data"]["assignFinding"]
    assert (
        assigned["status"] == "ASSIGNED" and assigned["deadline"] == (service_day() + dt.timedelta(days=30)).isoformat()
    )
    # one visitor is not enough
    alone = await gql(
        VERIFY % today(), {"id": finding_id, "verdict": "TRUE_POSITIVE", "visitors": ["甲"]}, user="township.officer"
    )
    assert errors_of(alone) == [("TOO_FEW_VISITORS", "visit.visitors")]
    verified = (
        await gql(
            VERIFY % today(),
            {"id": finding_id, "verdict": "TRUE_POSITIVE", "visitors": ["甲", "乙"]},
            user="township.officer",
        )
    )["data"]["verifyFinding"]
    assert verified["status"] == "VERIFIED" and verified["visit"]["visitors"] == ["甲", "乙"]
    # a decision supervision has not seen yet cannot rectify it
    unknown = await gql(RECTIFY, {"id": finding_id, "decision": "987654321"}, user="county.approver")
    assert errors_of(unknown) == [("DECISION_NOT_FOUND", "decisionId")]
    # the households decision arrives through the feed and is linked
    await projection.apply_changes(
        [
            event(
                "Decision",
                880_000_000 + household_id % 1_000_000,
                place,
                {
                    "householdId": str(household_id),
                    "kind": "STOP",
                    "amount": "0.00",
                    "decidedBy": "county.approver",
                    "decidedOn": today(),
                },
            )
        ],
        feed=TEST_FEED,
    )
    rectified = (
        await gql(
            RECTIFY, {"id": finding_id, "decision": str(880_000_000 + household_id % 1_000_000)}, user="county.approver"
        )
    )["data"]["rectifyFinding"]
    assert rectified["status"] == "RECTIFIED"
    closed = (await gql(CLOSE, {"id": finding_id}, user="inspector"))["data"]["closeFinding"]
    assert closed["status"] == "CLOSED"
    # and every step left an audit record
    actions = (
        await AuditRecord.filter(entity="Finding", entity_id=finding_id).order_by("id").values_list("action", flat=True)
    )
    assert actions == [
        "supervision.finding.assign",
        "supervision.finding.verify",
        "supervision.finding.rectify",
        "supervision.finding.close",
    ]
    # once the household has recorded the death, the rule no longer matches
    await projection.apply_changes([event("Person", person_id, place, {"deceasedOn": "2026-10-20"})], feed=TEST_FEED)
    again = await gql(INSPECT, {"rule": "R02_STATUS_CHANGE", "region": place, "preview": False}, user="inspector")
    assert again["data"]["inspection"][0]["matched"] == 0


async def test_a_closed_false_positive_is_not_raised_again(gql):
    finding_id, household_id, _, place = await a_death_finding(gql)
    await gql(ASSIGN, {"id": finding_id}, user="inspector")
    await gql(
        VERIFY % today(),
        {"id": finding_id, "verdict": "FALSE_POSITIVE", "visitors": ["甲", "乙"]},
        user="township.officer",
    )
    assert (await gql(CLOSE, {"id": finding_id}, user="inspector"))["data"]["closeFinding"]["status"] == "CLOSED"
    again = (await gql(INSPECT, {"rule": "R02_STATUS_CHANGE", "region": place, "preview": False}, user="inspector"))[
        "data"
    ]["inspection"]
    assert again[0]["raised"] == 0
    assert await Finding.filter(household_id=household_id).count() == 1


async def test_overdue_findings_are_listed_and_counted_per_township(gql):
    # given a finding assigned with a deadline that has since passed
    finding_id, _, _, place = await a_death_finding(gql)
    await gql(ASSIGN, {"id": finding_id}, user="inspector")
    await Finding.filter(id=int(finding_id)).update(deadline=service_day() - dt.timedelta(days=1))
    # when the overdue list and the township metrics are read
    overdue = (await gql(FINDINGS, {"region": place, "rule": None, "overdue": True}, user="township.officer"))["data"][
        "findings"
    ]
    metrics = (
        await gql(
            '{ findingMetrics(regionCode: "431102100000", level: township) { regionCode overdue findings '
            "perThousandHouseholds falsePositiveRate } }",
            user="inspector",
        )
    )["data"]["findingMetrics"]
    # then the finding is overdue in both
    assert [f["id"] for f in overdue] == [finding_id] and overdue[0]["overdue"] is True
    [township] = metrics
    assert township["regionCode"] == TOWNSHIP and township["overdue"] >= 1 and township["findings"] >= 1


async def test_findings_by_rule_count_what_the_findings_list_holds_and_refuse_other_regions(gql):
    # given an overdue death finding in the demo township among the seeded findings
    finding_id, _, _, _ = await a_death_finding(gql)
    await gql(ASSIGN, {"id": finding_id}, user="inspector")
    await Finding.filter(id=int(finding_id)).update(deadline=service_day() - dt.timedelta(days=1))
    # when the county approver reads the findings per rule of the county, and of a county that is not theirs
    query = "query($r: String) { findingsByRule(regionCode: $r) { rule title findings open overdue } }"
    tallies = (await gql(query, {"r": "431102000000"}, user="county.approver"))["data"]["findingsByRule"]
    other = await gql(query, {"r": "431103000000"}, user="county.approver")
    # then each rule's count is what the database holds for the county, most first, with the rule's title
    expected = {}
    for rule, status in await Finding.filter(region_code__startswith="431102").values_list("rule", "status"):
        expected.setdefault(rule, [0, 0])
        expected[rule][0] += 1
        expected[rule][1] += status != "CLOSED"
    assert {t["rule"]: [t["findings"], t["open"]] for t in tallies} == expected
    assert [t["findings"] for t in tallies] == sorted((t["findings"] for t in tallies), reverse=True)
    death = next(t for t in tallies if t["rule"] == "R02_STATUS_CHANGE")
    assert death["overdue"] >= 1 and "死亡" in death["title"]
    assert other["errors"][0]["extensions"]["code"] == "FORBIDDEN" and other["data"] is None


async def test_bad_lifecycle_inputs_are_refused_by_field_and_change_nothing(gql):
    finding_id, _, _, _ = await a_death_finding(gql)
    elsewhere = await gql(
        'mutation($id: ID!) { assignFinding(id: $id, townshipCode: "431103100000") { status } }',
        {"id": finding_id},
        user="inspector",
    )
    not_township = await gql(
        'mutation($id: ID!) { assignFinding(id: $id, townshipCode: "431102000000") { status } }',
        {"id": finding_id},
        user="inspector",
    )
    past = await gql(ASSIGN, {"id": finding_id, "deadline": "2020-01-01"}, user="inspector")
    bad_id = await gql(ASSIGN, {"id": "abc"}, user="inspector")
    assert [errors_of(b)[0] for b in (elsewhere, not_township, past, bad_id)] == [
        ("WRONG_TOWNSHIP", "townshipCode"),
        ("REGION_NOT_A_TOWNSHIP", "townshipCode"),
        ("DEADLINE_IN_PAST", "deadline"),
        ("INVALID_ID", "id"),
    ]
    assert (await Finding.get(id=int(finding_id))).status == "OPEN"
    # a township officer elsewhere cannot see it at all
    other = await gql(
        VERIFY % today(),
        {"id": "999999999", "verdict": "TRUE_POSITIVE", "visitors": ["甲", "乙"]},
        user="township.officer",
    )
    assert errors_of(other) == [("NOT_FOUND", "id")]
