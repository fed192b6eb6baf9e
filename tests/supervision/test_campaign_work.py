"""A county-wide campaign worked by its townships, through the gateway: each township sees and records only its own
households; the county reads the 调增/调减/停发 lists of all, as rows and as a workbook."""

import base64
import datetime as dt
import io

from openpyxl import load_workbook

from services.households.models import Region
from services.supervision import projection
from services.supervision.lifecycle import today as service_day
from services.supervision.models import AuditRecord, CampaignVisit
from tests.disbursement.support import user
from tests.supervision.support import TEST_FEED, citizen_id, errors_of, event, given_household, township, village

TODAY = service_day()
COUNTY, OWN = "431102000000", "431102100000"  # township.officer works in 431102100000
CREATE = """mutation($from: Date!, $to: Date!) { createCampaign(name: "低保核查清理回头看", regionCode: "431102000000", startsOn: $from,
  endsOn: $to, phases: []) { id } }"""
VISIT = """mutation($c: ID!, $h: ID!, $d: Date!, $o: CampaignOutcome!, $r: String!, $a: String) {
  recordCampaignVisit(campaignId: $c, householdId: $h, visitedOn: $d, allMembersSeen: true, outcome: $o, reason: $r, proposedAmount: $a) {
    householdId outcome outcomeLabel reason amountBefore proposedAmount } }"""
HOUSEHOLDS = """query($c: ID!, $r: String, $v: Boolean, $o: CampaignOutcome) {
  campaignHouseholds(campaignId: $c, regionCode: $r, visited: $v,
  outcome: $o, first: 500) { householdId status visit { outcome proposedAmount } } }"""
LIST = """query($c: ID!, $k: CampaignListKind!, $r: String) { campaignList(campaignId: $c, kind: $k, regionCode: $r) {
  householdId townshipName villageName headName headIdNumber members amountBefore proposedAmount change reason } }"""
FILE = """query($c: ID!, $k: CampaignListKind!, $r: String) { campaignListFile(campaignId: $c, kind: $k, regionCode: $r) {
  fileName mediaType contentBase64 rows } }"""


async def campaign(gql) -> str:
    body = await gql(
        CREATE,
        {"from": (TODAY - dt.timedelta(days=30)).isoformat(), "to": (TODAY + dt.timedelta(days=30)).isoformat()},
        user="inspector",
    )
    return body["data"]["createCampaign"]["id"]


async def own_village() -> Region:
    return await Region.filter(parent_code=OWN, level="village").order_by("code").first()


def visit(campaign_id: str, household: int, outcome: str, reason: str = "", amount: str | None = None) -> dict:
    return {"c": campaign_id, "h": str(household), "d": TODAY.isoformat(), "o": outcome, "r": reason, "a": amount}


async def given_sibling_township() -> tuple[str, str]:
    """A township of the same county that township.officer does not work in, with a household officer of its own."""
    place = township()
    await projection.apply_changes(
        [
            event("Region", int(code), code, {"name": name, "level": level}, kind="ADDED")
            for code, name, level in ((place, "邻乡", "township"), (village(place), "邻村", "village"))
        ],
        feed=TEST_FEED,
    )
    return place, await user(f"officer.{place}", ("township_officer", place))


async def test_townships_work_their_own_part_of_a_county_campaign_and_the_county_reads_every_list(gql):
    # given a county-wide campaign, a household in care in township.officer's township and one in a sibling township
    assert "errors" not in await gql(
        "mutation { syncProjection { feed } }", user="inspector"
    )  # place names from households
    ident = await campaign(gql)
    home = await own_village()
    own, _ = await given_household(home.code, citizen_id("19600101"), citizen_id("19650101"))
    place, neighbour = await given_sibling_township()
    other, _ = await given_household(village(place), citizen_id("19500101"))
    # when each township records its visit: an increase here, a stop there
    raised = await gql(
        VISIT, visit(ident, own, "INCREASE", "家庭成员新增重病，支出增加", "650.00"), user="township.officer"
    )
    stopped = await gql(VISIT, visit(ident, other, "STOP", "家庭人均收入已超过标准"), user=neighbour)
    # and township.officer tries the neighbour's household
    before = await CampaignVisit.filter(household_id=other).values_list("outcome", "reason")
    trespass = await gql(VISIT, visit(ident, other, "MAINTAIN"), user="township.officer")
    # then each visit is recorded with its outcome, and the trespass is refused and changes nothing
    assert raised["data"]["recordCampaignVisit"] == {
        "householdId": str(own),
        "outcome": "INCREASE",
        "outcomeLabel": "调增",
        "reason": "家庭成员新增重病，支出增加",
        "amountBefore": "500.00",
        "proposedAmount": "650.00",
    }, raised
    assert stopped["data"]["recordCampaignVisit"]["proposedAmount"] == "0.00", stopped
    assert errors_of(trespass) == [("HOUSEHOLD_NOT_IN_CAMPAIGN", "householdId")]
    assert await CampaignVisit.filter(household_id=other).values_list("outcome", "reason") == before
    # and the township sees the campaign and its own visited households only; the county sees both
    campaigns = (await gql("{ campaigns { id } }", user="township.officer"))["data"]["campaigns"]
    assert ident in {c["id"] for c in campaigns}
    mine = (await gql(HOUSEHOLDS, {"c": ident, "v": True}, user="township.officer"))["data"]["campaignHouseholds"]
    county = (await gql(HOUSEHOLDS, {"c": ident, "v": True}, user="county.approver"))["data"]["campaignHouseholds"]
    assert str(own) in {h["householdId"] for h in mine} and str(other) not in {h["householdId"] for h in mine}
    assert {str(own), str(other)} <= {h["householdId"] for h in county}
    elsewhere = await gql(HOUSEHOLDS, {"c": ident, "r": place}, user="township.officer")
    assert errors_of(elsewhere) == [("FORBIDDEN", "regionCode")]
    # and the lists name places, heads and amounts: ID numbers in full for the officer, masked for the township leader
    ours = (await gql(LIST, {"c": ident, "k": "INCREASE", "r": home.code}, user="township.officer"))["data"][
        "campaignList"
    ]
    theirs = (await gql(LIST, {"c": ident, "k": "INCREASE", "r": home.code}, user="township.leader"))["data"][
        "campaignList"
    ]
    stops = (await gql(LIST, {"c": ident, "k": "STOP", "r": place}, user="county.approver"))["data"]["campaignList"]
    township_name = (await Region.get(code=OWN)).name
    assert [
        (
            r["householdId"],
            r["townshipName"],
            r["villageName"],
            r["headName"],
            r["members"],
            r["amountBefore"],
            r["proposedAmount"],
            r["change"],
        )
        for r in ours
    ] == [(str(own), township_name, home.name, "成员0", 2, "500.00", "650.00", "150.00")]
    assert "*" not in ours[0]["headIdNumber"] and "*" in theirs[0]["headIdNumber"]
    assert [(r["householdId"], r["townshipName"], r["villageName"], r["change"]) for r in stops] == [
        (str(other), "邻乡", "邻村", "-500.00")
    ]
    assert (await gql(LIST, {"c": ident, "k": "STOP", "r": home.code}, user="township.officer"))["data"][
        "campaignList"
    ] == []


async def test_the_county_downloads_a_list_as_a_workbook_with_names_not_codes(gql):
    # given a county campaign with a reduction recorded by the township
    assert "errors" not in await gql("mutation { syncProjection { feed } }", user="inspector")
    ident = await campaign(gql)
    home = await own_village()
    own, _ = await given_household(home.code, citizen_id("19600101"))
    body = await gql(VISIT, visit(ident, own, "DECREASE", "子女就业，收入增加", "300.00"), user="township.officer")
    assert "errors" not in body, body
    exports = await AuditRecord.filter(action="supervision.campaign.export").count()
    # when the county approver and the township leader (who may not read ID numbers) download the 调减名册 of the village
    file = (await gql(FILE, {"c": ident, "k": "DECREASE", "r": home.code}, user="county.approver"))["data"][
        "campaignListFile"
    ]
    leaders = (await gql(FILE, {"c": ident, "k": "DECREASE", "r": home.code}, user="township.leader"))["data"][
        "campaignListFile"
    ]
    # then the workbook has a title, Chinese headers, the row with place names, labels and the ID number, and totals
    assert (
        file["mediaType"].endswith("spreadsheetml.sheet") and file["fileName"].endswith(".xlsx") and file["rows"] == 1
    )
    sheet = load_workbook(io.BytesIO(base64.b64decode(file["contentBase64"]))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert "调减名册" in rows[0][0] and home.name in rows[0][0]
    headers = rows[1]
    assert headers[:7] == ("序号", "乡镇（街道）", "村（社区）", "区划代码", "家庭编号", "户主姓名", "户主身份证号")
    line = dict(zip(headers, rows[2], strict=False))
    assert (line["乡镇（街道）"], line["村（社区）"], line["城乡类别"], line["保障状态"]) == (
        (await Region.get(code=OWN)).name,
        home.name,
        "农村",
        "在保",
    )
    assert line["户主身份证号"].isdigit() and line["拟调整月保障金（元）"] == 300 and line["增减额（元）"] == -200
    assert rows[3][0] == "合计" and rows[3][headers.index("增减额（元）")] == -200
    # and the leader's copy masks the ID number, and both exports are in the audit trail
    masked = list(
        load_workbook(io.BytesIO(base64.b64decode(leaders["contentBase64"]))).active.iter_rows(values_only=True)
    )[2]
    assert "*" in masked[headers.index("户主身份证号")]
    assert await AuditRecord.filter(action="supervision.campaign.export").count() == exports + 2


async def test_bad_visits_and_list_requests_are_refused_by_field_and_write_nothing(gql):
    ident = await campaign(gql)
    home = await own_village()
    own, _ = await given_household(home.code, citizen_id("19600101"))
    audits = await AuditRecord.filter(action="supervision.campaign.visit").count()
    cases = [
        (visit(ident, own, "RAISE", "理由"), ("BAD_USER_INPUT", "outcome")),  # not a CampaignOutcome
        (visit(ident, own, "STOP", "  "), ("REASON_REQUIRED", "reason")),
        (visit(ident, own, "INCREASE", "重病"), ("AMOUNT_REQUIRED", "proposedAmount")),
        (visit(ident, own, "INCREASE", "重病", "450.00"), ("AMOUNT_NOT_HIGHER", "proposedAmount")),
        (visit(ident, own, "DECREASE", "就业", "500.00"), ("AMOUNT_NOT_LOWER", "proposedAmount")),
        (visit(ident, own, "DECREASE", "就业", "0.00"), ("AMOUNT_NOT_LOWER", "proposedAmount")),
        (visit(ident, own, "INCREASE", "重病", "六百"), ("INVALID_AMOUNT", "proposedAmount")),
        (visit(ident, own, "MAINTAIN", "", "500.00"), ("AMOUNT_NOT_EXPECTED", "proposedAmount")),
        (
            {**visit(ident, own, "MAINTAIN"), "d": (TODAY + dt.timedelta(days=1)).isoformat()},
            ("DATE_OUT_OF_RANGE", "visitedOn"),
        ),
        (visit("999999999", own, "MAINTAIN"), ("CAMPAIGN_NOT_FOUND", "campaignId")),
        (visit(ident, 999_999_999, "MAINTAIN"), ("HOUSEHOLD_NOT_IN_CAMPAIGN", "householdId")),
    ]
    for variables, expected in cases:
        assert errors_of(await gql(VISIT, variables, user="township.officer")) == [expected], variables
    assert not await CampaignVisit.filter(household_id=own).exists()
    assert await AuditRecord.filter(action="supervision.campaign.visit").count() == audits
    refused = [
        (LIST, {"c": ident, "k": "RAISE"}, ("BAD_USER_INPUT", "kind")),  # not a CampaignListKind
        (FILE, {"c": ident, "k": "STOP", "r": "4311"}, ("INVALID_REGION_CODE", "regionCode")),
        (LIST, {"c": ident, "k": "STOP", "r": "431103000000"}, ("FORBIDDEN", "regionCode")),
        (HOUSEHOLDS, {"c": ident, "o": "RAISE"}, ("BAD_USER_INPUT", "outcome")),
    ]
    exports = await AuditRecord.filter(action="supervision.campaign.export").count()
    for query, variables, expected in refused:
        assert errors_of(await gql(query, variables, user="county.approver")) == [expected], variables
    assert await AuditRecord.filter(action="supervision.campaign.export").count() == exports
