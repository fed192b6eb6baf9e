"""Field work through the gateway: 12349 complaints, spot checks of new approvals, and clean-up campaigns."""

import datetime as dt

from services.supervision import projection
from services.supervision.lifecycle import today as service_day
from services.supervision.models import Campaign, Complaint, SpotCheck, SpotCheckItem
from tests.supervision.support import TEST_FEED, citizen_id, errors_of, event, given_household, township, village

REGISTER = """mutation($input: ComplaintInput!) { registerComplaint(input: $input) { id status feedbackDue reporterName } }"""
COMPLAINTS = "query($overdue: Boolean!) { complaints(overdue: $overdue, first: 500) { id anonymous reporterName reporterPhone status } }"
TODAY = service_day()  # the service's day (Shanghai), which dates are checked against


def complaint(**overrides) -> dict:
    data = {"receivedOn": TODAY.isoformat(), "content": "该户家中有轿车仍领取低保", "reporterName": "举报人甲",
            "reporterPhone": "13800000000", "regionCode": "431102100201"}
    data.update(overrides)
    return {"input": data}


async def test_a_real_name_complaint_is_answered_before_it_closes_and_only_supervision_sees_the_reporter(gql):
    # given a real-name complaint registered by the supervision bureau
    registered = (await gql(REGISTER, complaint(), user="inspector"))["data"]["registerComplaint"]
    ident = registered["id"]
    assert registered["feedbackDue"] == (TODAY + dt.timedelta(days=15)).isoformat() and registered["reporterName"] == "举报人甲"
    # when the township officer reads it, the reporter is hidden; the inspector sees the name
    theirs = {c["id"]: c for c in (await gql(COMPLAINTS, {"overdue": False}, user="township.officer"))["data"]["complaints"]}
    ours = {c["id"]: c for c in (await gql(COMPLAINTS, {"overdue": False}, user="inspector"))["data"]["complaints"]}
    assert (theirs[ident]["reporterName"], theirs[ident]["reporterPhone"]) == (None, None)
    assert (ours[ident]["reporterName"], ours[ident]["reporterPhone"]) == ("举报人甲", "13800000000")
    # then it is assigned, verified by the township, refused closure until the reporter is answered, then closed
    await gql(f'mutation {{ assignComplaint(id: "{ident}", townshipCode: "431102100000") {{ status }} }}', user="inspector")
    await gql(f'mutation {{ verifyComplaint(id: "{ident}", substantiated: true, verification: "属实，已停发") {{ status }} }}',
              user="township.officer")
    early = await gql(f'mutation {{ closeComplaint(id: "{ident}") {{ status }} }}', user="inspector")
    assert errors_of(early) == [("FEEDBACK_MISSING", "id")]
    answered = await gql(f'mutation {{ answerComplaint(id: "{ident}", feedback: "经核实属实，已处理", givenOn: "{TODAY}") {{ status }} }}',
                         user="township.officer")
    assert answered["data"]["answerComplaint"]["status"] == "ANSWERED"
    closed = await gql(f'mutation {{ closeComplaint(id: "{ident}") {{ status feedbackOn }} }}', user="inspector")
    assert closed["data"]["closeComplaint"] == {"status": "CLOSED", "feedbackOn": TODAY.isoformat()}


async def test_an_unanswered_real_name_complaint_past_its_deadline_is_overdue(gql):
    received = (TODAY - dt.timedelta(days=20)).isoformat()
    ident = (await gql(REGISTER, complaint(receivedOn=received), user="inspector"))["data"]["registerComplaint"]["id"]
    anonymous = (await gql(REGISTER, complaint(receivedOn=received, anonymous=True, reporterName="", reporterPhone=""),
                           user="inspector"))["data"]["registerComplaint"]["id"]
    overdue = {c["id"] for c in (await gql(COMPLAINTS, {"overdue": True}, user="inspector"))["data"]["complaints"]}
    assert ident in overdue and anonymous not in overdue


async def test_bad_complaints_are_refused_by_field_and_nothing_is_written(gql):
    before = await Complaint.all().count()
    cases = [
        (complaint(anonymous=True), ("ANONYMOUS_WITH_IDENTITY", "reporterName")),
        (complaint(reporterPhone="call me"), ("INVALID_PHONE", "reporterPhone")),
        (complaint(reporterName=""), ("REQUIRED", "reporterName")),
        (complaint(content="  "), ("REQUIRED", "content")),
        (complaint(receivedOn=(TODAY + dt.timedelta(days=2)).isoformat()), ("DATE_IN_FUTURE", "receivedOn")),
        (complaint(regionCode="4311"), ("INVALID_REGION_CODE", "regionCode")),
        (complaint(regionCode="430100000000"), ("FORBIDDEN", "regionCode")),
        (complaint(householdId="123456789012"), ("HOUSEHOLD_NOT_FOUND", "householdId")),
    ]
    for variables, expected in cases:
        assert errors_of(await gql(REGISTER, variables, user="inspector")) == [expected], variables
    assert await Complaint.all().count() == before


DRAW = """mutation($seed: Int!, $share: Decimal) {
  drawSpotCheck(regionCode: "431102000000", period: "2019-03", seed: $seed, inspectors: ["监察甲", "监察乙"], share: $share) {
    id population share items { id householdId regionCode inspector } } }"""


async def approvals(place: str, count: int) -> list[int]:
    """`count` households approved in March 2019 (a period no other data uses)."""
    ids = []
    for index in range(count):
        household_id, _ = await given_household(village(place), citizen_id("19600101"))
        await projection.apply_changes([event("Decision", 770_000_000 + household_id % 10_000_000, village(place), {
            "householdId": str(household_id), "kind": "APPROVE", "amount": "500.00", "decidedBy": "county.approver",
            "decidedOn": f"2019-03-{index + 1:02d}"})], feed=TEST_FEED)
        ids.append(household_id)
    return ids


async def test_a_spot_check_draws_thirty_percent_per_township_reproducibly_and_publishes_when_all_are_visited(gql):
    # given ten new approvals in one township and four in another
    first, second = township(), township()
    await approvals(first, 10)
    await approvals(second, 4)
    # when a spot check is drawn twice with the same seed
    drawn = (await gql(DRAW, {"seed": 2026, "share": None}, user="inspector"))["data"]["drawSpotCheck"]
    again = (await gql(DRAW, {"seed": 2026, "share": None}, user="inspector"))["data"]["drawSpotCheck"]
    # then 30% of each township is drawn (rounded up), the same households and inspectors both times
    per_township = {}
    for item in drawn["items"]:
        per_township[item["regionCode"][:9]] = per_township.get(item["regionCode"][:9], 0) + 1
    assert per_township == {first[:9]: 3, second[:9]: 2} and drawn["population"] == 14 and drawn["share"] == "0.30"
    assert [(i["householdId"], i["inspector"]) for i in drawn["items"]] == [(i["householdId"], i["inspector"]) for i in again["items"]]
    # and publishing waits for every visit
    early = await gql(f'mutation {{ publishSpotCheck(id: "{drawn["id"]}") {{ id }} }}', user="inspector")
    assert errors_of(early) == [("SPOT_CHECK_INCOMPLETE", "id")]
    for index, item in enumerate(drawn["items"]):
        result = "DISCREPANCY" if index == 0 else "CONFIRMED"
        visit = await gql(f'mutation {{ recordSpotCheckVisit(itemId: "{item["id"]}", visitedOn: "{TODAY}", result: {result}) {{ result }} }}',
                          user="inspector")
        assert visit["data"]["recordSpotCheckVisit"]["result"] == result
    published = (await gql(f'mutation {{ publishSpotCheck(id: "{drawn["id"]}") {{ publishedAt summary }} }}',
                           user="inspector"))["data"]["publishSpotCheck"]
    assert published["publishedAt"] and published["summary"]["results"] == {"drawn": 5, "DISCREPANCY": 1, "CONFIRMED": 4}
    late = await gql(f'mutation {{ recordSpotCheckVisit(itemId: "{drawn["items"][0]["id"]}", visitedOn: "{TODAY}", result: CONFIRMED) '
                     "{ result } }", user="inspector")
    assert errors_of(late) == [("INVALID_TRANSITION", "id")]


async def test_bad_spot_check_requests_are_refused_and_draw_nothing(gql):
    before = await SpotCheck.all().count(), await SpotCheckItem.all().count()
    share = await gql(DRAW, {"seed": 1, "share": "1.5"}, user="inspector")
    period = await gql('mutation { drawSpotCheck(regionCode: "431102000000", period: "March", seed: 1, inspectors: ["甲"]) { id } }',
                       user="inspector")
    nobody = await gql('mutation { drawSpotCheck(regionCode: "431102000000", period: "2019-03", seed: 1, inspectors: [" "]) { id } }',
                       user="inspector")
    officer = await gql(DRAW, {"seed": 1, "share": None}, user="township.officer")
    assert [errors_of(b)[0] for b in (share, period, nobody, officer)] == [
        ("INVALID_SHARE", "share"), ("INVALID_PERIOD", "period"), ("NO_INSPECTORS", "inspectors"), ("FORBIDDEN", None)]
    assert (await SpotCheck.all().count(), await SpotCheckItem.all().count()) == before


CREATE = """mutation($region: String!, $phases: [PhaseInput!]!) {
  createCampaign(name: "低保专项治理回头看", regionCode: $region, startsOn: "2026-01-01", endsOn: "2026-12-31", phases: $phases) {
    id phases } }"""
PHASES = [{"name": "动员部署", "startsOn": "2026-01-01", "endsOn": "2026-02-28"},
          {"name": "入户核查", "startsOn": "2026-03-01", "endsOn": "2026-10-31"},
          {"name": "整改总结", "startsOn": "2026-11-01", "endsOn": "2026-12-31"}]


async def test_a_campaign_tracks_the_share_of_households_visited_per_township(gql):
    # given a campaign over a township with two active households
    place = township()
    visited, _ = await given_household(village(place), citizen_id())
    await given_household(village(place), citizen_id())
    campaign = (await gql(CREATE, {"region": place, "phases": PHASES}, user="inspector"))["data"]["createCampaign"]
    # when one household is visited with every member seen (twice: the second visit replaces the first)
    for seen in (False, True):
        await gql(f'mutation {{ recordCampaignVisit(campaignId: "{campaign["id"]}", householdId: "{visited}", visitedOn: "2026-03-02", '
                  f'allMembersSeen: {str(seen).lower()}, outcome: MAINTAIN) {{ id }} }}', user="inspector")
    # then the township shows half its households visited, everyone seen in one
    body = await gql("{ campaigns { id progress { regionCode households visited allMembersSeen visitedShare } } }", user="inspector")
    [mine] = [c for c in body["data"]["campaigns"] if c["id"] == campaign["id"]]
    assert mine["progress"] == [{"regionCode": place, "households": 2, "visited": 1, "allMembersSeen": 1, "visitedShare": 0.5}]


async def test_bad_campaigns_and_visits_are_refused_and_write_nothing(gql):
    before = await Campaign.all().count()
    overlap = await gql(CREATE, {"region": township(), "phases": [PHASES[0], {**PHASES[1], "startsOn": "2026-02-01"}]}, user="inspector")
    outside = await gql(CREATE, {"region": township(), "phases": [{**PHASES[0], "startsOn": "2025-12-01"}]}, user="inspector")
    assert errors_of(overlap) == [("PHASES_OVERLAP",
                                   "phases[1].startsOn")] and errors_of(outside) == [("INVALID_DATES", "phases[0].endsOn")]
    assert await Campaign.all().count() == before
    campaign = (await gql(CREATE, {"region": township(), "phases": PHASES}, user="inspector"))["data"]["createCampaign"]
    stranger, _ = await given_household(village(township()), citizen_id())
    visit = await gql(f'mutation {{ recordCampaignVisit(campaignId: "{campaign["id"]}", householdId: "{stranger}", visitedOn: "2026-03-02", '
                      "allMembersSeen: true, outcome: MAINTAIN) { id } }", user="inspector")
    assert errors_of(visit) == [("HOUSEHOLD_NOT_IN_CAMPAIGN", "householdId")]
