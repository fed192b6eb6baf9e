"""A campaign's households as a connection: the old list's rows and visits page by page, each township its own part,
and a cursor of one campaign refused on another."""

from tests.supervision.support import citizen_id, given_household, village
from tests.supervision.test_campaign_work import VISIT, campaign, given_sibling_township, own_village, visit

CONNECTION = """query($c: ID!, $after: String, $v: Boolean) { campaignHouseholdsConnection(campaignId: $c, first: 7, after: $after,
  visited: $v) { totalCount nodes { householdId status visit { outcome } } pageInfo { hasNextPage endCursor } } }"""
OLD = """query($c: ID!, $v: Boolean) { campaignHouseholds(campaignId: $c, first: 500, visited: $v) { householdId status
  visit { outcome } } }"""


async def _walk(gql, ident: str, user: str, visited: bool | None = None) -> tuple[list[dict], int]:
    rows, cursor, total = [], None, None
    while True:
        body = await gql(CONNECTION, {"c": ident, "after": cursor, "v": visited}, user=user)
        assert "errors" not in body, body
        page = body["data"]["campaignHouseholdsConnection"]
        rows, total = rows + page["nodes"], page["totalCount"]
        if not page["pageInfo"]["hasNextPage"]:
            return rows, total
        cursor = page["pageInfo"]["endCursor"]


async def test_a_campaigns_households_page_like_the_old_list_for_the_township_and_the_county(gql):
    # given a county campaign, a visited household in the township officer's township and one in a sibling township
    assert "errors" not in await gql("mutation { syncProjection { feed } }", user="inspector")
    ident = await campaign(gql)
    home = await own_village()
    own, _ = await given_household(home.code, citizen_id("19580101"))
    place, _ = await given_sibling_township()
    other, _ = await given_household(village(place), citizen_id("19480101"))
    assert "errors" not in await gql(VISIT, visit(ident, own, "MAINTAIN", "情况未变"), user="township.officer")
    for user in ("township.officer", "county.approver"):
        # when each pages the campaign's households seven at a time, all of them and the visited ones
        rows, total = await _walk(gql, ident, user)
        visited, visited_total = await _walk(gql, ident, user, visited=True)
        # then the pages hold the old list's rows exactly, and the totals count them
        old = (await gql(OLD, {"c": ident}, user=user))["data"]["campaignHouseholds"]
        old_visited = (await gql(OLD, {"c": ident, "v": True}, user=user))["data"]["campaignHouseholds"]
        assert rows == old and total == len(old) and visited == old_visited and visited_total == len(old_visited)
        assert {
            "householdId": str(own),
            "status": rows[[r["householdId"] for r in rows].index(str(own))]["status"],
            "visit": {"outcome": "MAINTAIN"},
        } in visited
    township_rows, _ = await _walk(gql, ident, "township.officer")
    county_rows, _ = await _walk(gql, ident, "county.approver")
    # and the county's pages hold the township's part and more: the sibling township's household among them
    township_ids, county_ids = {r["householdId"] for r in township_rows}, {r["householdId"] for r in county_rows}
    assert township_ids < county_ids and str(other) in county_ids - township_ids and len(township_rows) > 7


async def test_a_cursor_of_one_campaign_is_foreign_to_another(gql):
    first, second = await campaign(gql), await campaign(gql)
    page = (await gql(CONNECTION, {"c": first}, user="county.approver"))["data"]["campaignHouseholdsConnection"]
    body = await gql(CONNECTION, {"c": second, "after": page["pageInfo"]["endCursor"]}, user="county.approver")
    assert body["errors"][0]["extensions"]["code"] == "FOREIGN_CURSOR"
    assert body["errors"][0]["extensions"]["cursorOf"] == f"campaignHouseholdsConnection/{first}"
