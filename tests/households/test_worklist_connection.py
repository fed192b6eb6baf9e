"""The worklist as a connection: the same rows as `applications`, recusal applied per row while the pages stay
full, cursors past recused rows, and a total that leaves out what the caller may not act on."""

from tests.households.support import new_village, register
from tests.households.test_workflow import day

CONNECTION = """query($r: String, $first: Int, $after: String, $last: Int, $before: String, $mine: Boolean!) {
  applicationsConnection(regionCode: $r, first: $first, after: $after, last: $last, before: $before, assignedToMe: $mine) {
    totalCount edges { cursor node { id nextActions household { id } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"""


async def _submitted_in(gql, village: str) -> tuple[str, str]:
    household = await register(gql, region=village, user="township.officer")
    body = await gql(
        "mutation($h: ID!, $on: Date) { submitApplication(householdId: $h, on: $on) { id } }",
        {"h": household["id"], "on": day(0)},
        user="township.officer",
    )
    assert "errors" not in body, body
    return household["members"][0]["id"], body["data"]["submitApplication"]["id"]


async def _pages(gql, village: str, *, user: str, backward: bool = False) -> tuple[list[str], list[dict]]:
    ids, infos, cursor = [], [], None
    while True:
        variables = {"last": 1, "before": cursor} if backward else {"first": 1, "after": cursor}
        body = await gql(CONNECTION, {"r": village, "mine": True, **variables}, user=user)
        assert "errors" not in body, body
        page = body["data"]["applicationsConnection"]
        got = [edge["node"]["id"] for edge in page["edges"]]
        ids = got + ids if backward else ids + got
        infos.append(page["pageInfo"])
        more = page["pageInfo"]["hasPreviousPage"] if backward else page["pageInfo"]["hasNextPage"]
        if not more:
            return ids, infos
        cursor = page["pageInfo"]["startCursor"] if backward else page["pageInfo"]["endCursor"]


async def test_assigned_to_me_pages_past_recused_rows_one_at_a_time(gql):
    # given five submitted applications in a fresh village, the second and the fourth of families related to the officer
    village = await new_village()
    made = [await _submitted_in(gql, village) for _ in range(5)]
    for person, _ in (made[1], made[3]):
        filed = await gql(
            """mutation($p: ID!) { fileKinship(personId: $p, staffUsername: "township.officer",
                          staffName: "乡镇民政专干", relation: "SIBLING") { id } }""",
            {"p": person},
            user="county.approver",
        )
        assert "errors" not in filed, filed
    mine = [application for index, (_, application) in enumerate(made) if index not in (1, 3)]
    # when the township officer pages the worklist of things to do one by one, forward and backward
    forward, infos = await _pages(gql, village, user="township.officer")
    backward, _ = await _pages(gql, village, user="township.officer", backward=True)
    # then both read exactly the three the officer may accept, in id order, as the old list does
    old = await gql(
        "query($r: String) { applications(regionCode: $r, assignedToMe: true) { id } }",
        {"r": village},
        user="township.officer",
    )
    assert forward == backward == mine == [a["id"] for a in old["data"]["applications"]]
    # and the page info never promises a row the officer will not get: the last page has no next
    assert [info["hasNextPage"] for info in infos] == [True, True, False]
    assert [info["hasPreviousPage"] for info in infos] == [False, True, True]
    # and the total counts the officer's rows only, while the whole list (not only mine) holds all five
    counted = await gql(CONNECTION, {"r": village, "mine": True, "first": 1}, user="township.officer")
    assert counted["data"]["applicationsConnection"]["totalCount"] == 3
    everything = await gql(CONNECTION, {"r": village, "mine": False, "first": 10}, user="township.officer")
    page = everything["data"]["applicationsConnection"]
    assert page["totalCount"] == 5 and [e["node"]["id"] for e in page["edges"]] == [a for _, a in made]
    assert [bool(e["node"]["nextActions"]) for e in page["edges"]] == [True, False, True, False, True]


async def test_a_recused_row_after_the_last_page_is_not_a_next_page(gql):
    # given two applications in a fresh village, the later one of the officer's sister's family
    village = await new_village()
    (_, first), (relative, _) = await _submitted_in(gql, village), await _submitted_in(gql, village)
    filed = await gql(
        """mutation($p: ID!) { fileKinship(personId: $p, staffUsername: "township.officer",
                      staffName: "乡镇民政专干", relation: "SIBLING") { id } }""",
        {"p": relative},
        user="county.approver",
    )
    assert "errors" not in filed, filed
    # when the officer asks for one row of the worklist
    body = await gql(CONNECTION, {"r": village, "mine": True, "first": 1}, user="township.officer")
    page = body["data"]["applicationsConnection"]
    # then the one row is the first application and nothing follows it for this officer
    assert [e["node"]["id"] for e in page["edges"]] == [first]
    assert page["pageInfo"]["hasNextPage"] is False and page["totalCount"] == 1
