"""Relay-style connections through the gateway: paging to the end both ways, cursors that survive inserts, bad
cursors and page sizes refused by code, the same jurisdiction and masking as the old lists, entities inside edges."""

from __future__ import annotations

import base64
import logging

import pytest

from kernel.connections import encode
from tests.households.support import register

VILLAGE, COUNTY = "431102100200", "431102000000"
HOUSEHOLDS = """query($first: Int, $after: String, $last: Int, $before: String, $r: String) {
  householdsConnection(first: $first, after: $after, last: $last, before: $before, regionCode: $r) {
    edges { cursor node { id regionCode } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"""


async def _connection(gql, query: str, variables: dict, user: str, field: str) -> dict:
    body = await gql(query, variables, user=user)
    assert "errors" not in body, body["errors"]
    return body["data"][field]


async def _walk(gql, *, user: str, size: int, region: str | None = None, backward: bool = False) -> list[str]:
    """Every household id of the connection, page by page, in list order."""
    ids: list[str] = []
    cursor = None
    for _ in range(1000):
        variables = {"last": size, "before": cursor} if backward else {"first": size, "after": cursor}
        page = await _connection(gql, HOUSEHOLDS, {**variables, "r": region}, user, "householdsConnection")
        got = [edge["node"]["id"] for edge in page["edges"]]
        ids = got + ids if backward else ids + got
        info = page["pageInfo"]
        if got:
            assert (
                info["startCursor"] == page["edges"][0]["cursor"] and info["endCursor"] == page["edges"][-1]["cursor"]
            )
        if not (info["hasPreviousPage"] if backward else info["hasNextPage"]):
            return ids
        assert len(got) == size
        cursor = info["startCursor"] if backward else info["endCursor"]
    raise AssertionError("paging never ended")


async def _old_list(gql, user: str, region: str | None = None) -> list[str]:
    body = await gql("query($r: String) { households(first: 1000, regionCode: $r) { id } }", {"r": region}, user=user)
    return [h["id"] for h in body["data"]["households"]]


@pytest.mark.parametrize("user", ["village.assistant", "county.auditor"])
async def test_paging_forward_to_the_end_reads_the_old_list_once_each(gql, user):
    # given the old list of everything the user may see (the county's 600-odd households fit in one page of 1,000)
    expected = await _old_list(gql, user)
    # when the user pages the connection forward, 7 at a time, to the end
    ids = await _walk(gql, user=user, size=7)
    # then every household comes once, in the old list's order, and the total counts exactly those
    assert ids == expected and len(set(ids)) == len(ids)
    body = await gql("{ householdsConnection(first: 1) { totalCount } }", user=user)
    assert body["data"]["householdsConnection"]["totalCount"] == len(expected)


async def test_paging_backward_from_the_end_reads_the_same_list(gql):
    forward = await _walk(gql, user="township.officer", size=9)
    backward = await _walk(gql, user="township.officer", size=9, backward=True)
    assert backward == forward


async def test_page_info_at_both_ends_and_in_the_middle(gql):
    user = "village.assistant"
    first = await _connection(gql, HOUSEHOLDS, {"first": 2}, user, "householdsConnection")
    assert first["pageInfo"]["hasPreviousPage"] is False and first["pageInfo"]["hasNextPage"] is True
    middle = await _connection(
        gql, HOUSEHOLDS, {"first": 2, "after": first["pageInfo"]["endCursor"]}, user, "householdsConnection"
    )
    assert middle["pageInfo"]["hasPreviousPage"] is True
    last = await _connection(gql, HOUSEHOLDS, {"last": 2}, user, "householdsConnection")
    assert last["pageInfo"]["hasNextPage"] is False and last["pageInfo"]["hasPreviousPage"] is True
    # and before the first row there is nothing: an empty page, no cursors
    empty = await _connection(
        gql, HOUSEHOLDS, {"last": 5, "before": first["edges"][0]["cursor"]}, user, "householdsConnection"
    )
    assert empty["edges"] == [] and empty["pageInfo"]["startCursor"] is None and empty["pageInfo"]["endCursor"] is None
    assert empty["pageInfo"]["hasNextPage"] is True and empty["pageInfo"]["hasPreviousPage"] is False


async def test_a_cursor_keeps_its_place_while_households_are_registered(gql):
    # given a village's first page of three
    user, size = "village.assistant", 3
    before = await _walk(gql, user=user, size=100)
    page = await _connection(gql, HOUSEHOLDS, {"first": size}, user, "householdsConnection")
    # when two households are registered in the village meanwhile
    added = [(await register(gql))["id"], (await register(gql))["id"]]
    # then paging on from the cursor reads each earlier household once and the new ones at the end, in their place
    rest, cursor = [], page["pageInfo"]["endCursor"]
    while cursor:
        next_page = await _connection(gql, HOUSEHOLDS, {"first": size, "after": cursor}, user, "householdsConnection")
        rest += [edge["node"]["id"] for edge in next_page["edges"]]
        cursor = next_page["pageInfo"]["endCursor"] if next_page["pageInfo"]["hasNextPage"] else None
    assert [edge["node"]["id"] for edge in page["edges"]] + rest == before + added
    # and the same cursor handed out before the inserts still means the same place
    again = await _connection(
        gql, HOUSEHOLDS, {"first": size, "after": page["pageInfo"]["endCursor"]}, user, "householdsConnection"
    )
    assert [edge["node"]["id"] for edge in again["edges"]] == rest[:size]


def _tampered(cursor: str) -> str:
    raw = bytearray(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    raw[-12] ^= 0x01  # one bit of the key: what a client guessing the next id would do
    return base64.urlsafe_b64encode(bytes(raw)).rstrip(b"=").decode()


async def test_bad_cursors_are_refused_with_their_own_code(gql):
    page = await _connection(gql, HOUSEHOLDS, {"first": 2}, "municipal.officer", "householdsConnection")
    payments = await _connection(
        gql, "{ paymentsConnection(first: 1) { edges { cursor } } }", {}, "municipal.officer", "paymentsConnection"
    )
    cases = {
        "not base64 at all": ("%%%", "after", "INVALID_CURSOR"),
        "made up": (base64.urlsafe_b64encode(b"householdsConnection:1").decode(), "after", "INVALID_CURSOR"),
        "a bit changed": (_tampered(page["pageInfo"]["endCursor"]), "after", "INVALID_CURSOR"),
        "cut short": (page["pageInfo"]["endCursor"][:-3], "before", "INVALID_CURSOR"),
        "an old list's id": ("12", "after", "INVALID_CURSOR"),
        "another list's cursor": (payments["edges"][0]["cursor"], "after", "FOREIGN_CURSOR"),
    }
    for name, (cursor, argument, code) in cases.items():
        body = await gql(HOUSEHOLDS, {"first": 2, argument: cursor})
        assert body.get("data") is None or body["data"]["householdsConnection"] is None, name
        (error,) = body["errors"]
        assert error["extensions"]["code"] == code, (name, error)
        assert error["extensions"]["field"] == argument and error["path"] == ["householdsConnection"], name
        assert "Traceback" not in str(body) and "游标" in error["message"], name
    assert body["errors"][0]["extensions"]["cursorOf"] == "paymentsConnection"


async def test_a_cursor_of_one_batch_is_foreign_to_another(gql):
    # registry rejections page per batch: a row number of batch A means nothing in batch B
    cursor = encode("registryRejectionsConnection/1", 3)
    body = await gql(
        'query($a: String) { registryRejectionsConnection(batchId: "2", after: $a) { edges { cursor } } }',
        {"a": cursor},
        user="inspector",
    )
    assert body["errors"][0]["extensions"]["code"] == "FOREIGN_CURSOR"


@pytest.mark.parametrize(
    "arguments, field, code",
    [
        ("first: 0", "first", "BAD_PAGE_SIZE"),
        ("first: -5", "first", "BAD_PAGE_SIZE"),
        ("first: 1001", "first", "BAD_PAGE_SIZE"),
        ("last: 0", "last", "BAD_PAGE_SIZE"),
        ("last: 100000", "last", "BAD_PAGE_SIZE"),
        ("first: 2, last: 2", "last", "AMBIGUOUS_PAGE"),
    ],
)
async def test_bad_page_sizes_are_refused_by_name(gql, arguments, field, code):
    body = await gql("{ householdsConnection(" + arguments + ") { edges { cursor } totalCount } }")
    (error,) = body["errors"]
    assert error["extensions"]["code"] == code and error["extensions"]["field"] == field
    assert body.get("data") is None or body["data"]["householdsConnection"] is None
    if code == "BAD_PAGE_SIZE":
        assert error["extensions"]["maximum"] == 1000


@pytest.mark.parametrize(
    "field, maximum",
    [
        ("applicationsConnection", 500),
        ("findingsConnection", 1000),
        ("paymentsConnection", 1000),
        ("rostersConnection", 1000),
    ],
)
async def test_each_list_keeps_its_own_page_limit(gql, field, maximum):
    body = await gql(f"{{ {field}(first: {maximum + 1}) {{ totalCount }} }}", user="county.approver")
    assert body["errors"][0]["extensions"] == {
        **body["errors"][0]["extensions"],
        "code": "BAD_PAGE_SIZE",
        "maximum": maximum,
    }
    ok = await gql(f"{{ {field}(first: {maximum}) {{ totalCount }} }}", user="county.approver")
    assert "errors" not in ok, ok


async def test_a_village_sees_its_village_and_a_county_its_county(gql):
    village = await _walk(gql, user="village.assistant", size=50)
    county = await _walk(gql, user="county.auditor", size=200)
    assert set(village) < set(county)
    # a county's cursor in a village assistant's hands pages only the village
    county_page = await _connection(gql, HOUSEHOLDS, {"first": 1}, "county.auditor", "householdsConnection")
    handed = await _connection(
        gql,
        HOUSEHOLDS,
        {"first": 50, "after": county_page["pageInfo"]["endCursor"]},
        "village.assistant",
        "householdsConnection",
    )
    assert {edge["node"]["regionCode"] for edge in handed["edges"]} == {VILLAGE}
    # asking for a region outside one's own narrows to nothing, as the old field does
    outside = await _connection(
        gql, HOUSEHOLDS, {"first": 5, "r": "431103000000"}, "village.assistant", "householdsConnection"
    )
    assert outside["edges"] == []
    totals = await gql("{ householdsConnection { totalCount } }", user="village.assistant")
    assert totals["data"]["householdsConnection"]["totalCount"] == len(village)


async def test_masking_and_entities_inside_edges_match_the_old_list(gql, subgraph_calls):
    # given the dashboard's selection, through the old list and through the connection
    fields = "id head { name } members { idNumber } payments { period amount } findings { rule } bankAccount { accountNumber }"
    for user in ("municipal.officer", "county.auditor"):
        old = await gql("{ households(first: 40) { " + fields + " } }", user=user)
        subgraph_calls.reset()
        new = await gql(
            "{ householdsConnection(first: 40) { edges { node { " + fields + " } } nodes { id } } }", user=user
        )
        # then the nodes are the same households with the same payments, findings and masked values, and the same
        # refusals where the user may not read a field (a municipal officer and bank accounts)
        nodes = [edge["node"] for edge in new["data"]["householdsConnection"]["edges"]]
        assert nodes == old["data"]["households"]
        refusals = sorted((e["path"][1], e["path"][2:], e["extensions"]["code"]) for e in old.get("errors", []))
        assert sorted((e["path"][2], e["path"][4:], e["extensions"]["code"]) for e in new.get("errors", [])) == refusals
        assert bool(refusals) == (user == "municipal.officer")
        assert [n["id"] for n in new["data"]["householdsConnection"]["nodes"]] == [n["id"] for n in nodes]
        # and the households' payments, findings and accounts cost one request per subgraph
        assert subgraph_calls.count() == 3
    masked = [m["idNumber"] for n in old["data"]["households"] for m in n["members"]]
    assert masked and all("*" not in number for number in masked)  # the county auditor reads ID numbers in full


async def test_every_connection_answers_through_the_gateway(gql):
    cases = [
        (
            "county.approver",
            "applicationsConnection(first: 3, overdue: true) { totalCount edges { node { id state "
            "nextActions household { id } } } }",
        ),
        ("county.approver", "applicationsConnection(first: 3, assignedToMe: true) { totalCount nodes { id } }"),
        ("county.finance", 'paymentsConnection(first: 3, period: "2026-01") { totalCount nodes { id period } }'),
        ("county.approver", "rostersConnection(first: 3) { totalCount nodes { id period state } }"),
        (
            "inspector",
            "findingsConnection(first: 3, status: OPEN) { totalCount edges { cursor node { id rule "
            "decision { id kind } } } }",
        ),
        ("inspector", "complaintsConnection(first: 3) { totalCount nodes { id } }"),
        ("inspector", "spotChecksConnection(first: 3) { totalCount nodes { id } }"),
        ("inspector", "campaignsConnection(first: 3) { totalCount nodes { id } }"),
        ("inspector", "registryBatchesConnection(first: 3) { totalCount nodes { id kind } }"),
    ]
    for user, selection in cases:
        body = await gql("{ " + selection + " }", user=user)
        assert "errors" not in body, (selection, body["errors"])
        (value,) = body["data"].values()
        assert isinstance(value["totalCount"], int)
    # a finding's rectifying decision is households' entity: resolved inside the edge, in the caller's jurisdiction
    rectified = await gql(
        "{ findingsConnection(first: 1000, status: RECTIFIED) { nodes { decisionId decision { id } } } }",
        user="inspector",
    )
    nodes = rectified["data"]["findingsConnection"]["nodes"]
    assert all((n["decision"] or {}).get("id") == n["decisionId"] for n in nodes)


def _cadres(tag: str, rows: int) -> str:
    lines = ["身份证号码,姓名,职务,村社区代码"] + [f"bad-{tag}-{i},连接测试,村委委员,{VILLAGE}" for i in range(rows)]
    return base64.b64encode("\n".join(lines).encode()).decode()


IMPORT = """mutation($c: String!, $f: String!) { importRegistry(kind: VILLAGE_CADRE, fileName: $f, contentBase64: $c)
  { batch { id } } }"""


async def test_newest_first_lists_page_newest_first_and_rejections_in_row_order(gql):
    # given three registry files, each of whose rows is rejected
    imported = []
    for n in range(3):
        body = await gql(IMPORT, {"c": _cadres(f"{id(gql)}-{n}", 4 + n), "f": f"connections-{n}.csv"}, user="inspector")
        assert "errors" not in body, body["errors"]
        imported.append(body["data"]["importRegistry"]["batch"]["id"])
    # when the inspector pages the batches two at a time
    old = [
        b["id"]
        for b in (await gql("{ registryBatches(first: 1000) { id } }", user="inspector"))["data"]["registryBatches"]
    ]
    ids, cursor = [], None
    while True:
        page = (
            await gql(
                "query($a: String) { registryBatchesConnection(first: 2, after: $a) { nodes { id } "
                "pageInfo { hasNextPage endCursor } } }",
                {"a": cursor},
                user="inspector",
            )
        )["data"]["registryBatchesConnection"]
        ids += [n["id"] for n in page["nodes"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        cursor = page["pageInfo"]["endCursor"]
    # then they come newest first, as the old list has them
    assert ids == old and ids[:3] == imported[::-1]
    # and a batch's rejected rows page in row order, backward as well as forward
    rejections = """query($b: ID!, $l: Int, $f: Int, $x: String) { registryRejectionsConnection(batchId: $b, last: $l, first: $f,
      before: $x) { totalCount nodes { rowNumber } pageInfo { hasPreviousPage startCursor } } }"""
    tail = (await gql(rejections, {"b": imported[2], "l": 4}, user="inspector"))["data"]["registryRejectionsConnection"]
    head = await gql(rejections, {"b": imported[2], "l": 4, "x": tail["pageInfo"]["startCursor"]}, user="inspector")
    rows = [n["rowNumber"] for n in head["data"]["registryRejectionsConnection"]["nodes"] + tail["nodes"]]
    assert rows == sorted(rows) and len(rows) == tail["totalCount"] == 6
    # a village assistant holds no registry right at all
    refused = await gql("{ registryBatchesConnection(first: 2) { totalCount } }", user="village.assistant")
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_total_count_is_counted_only_when_asked(gql, caplog):
    caplog.set_level(logging.DEBUG, logger="tortoise.db_client")
    await gql("{ householdsConnection(first: 3) { edges { cursor } pageInfo { hasNextPage } } }")
    assert not any("COUNT(" in record.getMessage().upper() for record in caplog.records)
    assert any("household" in record.getMessage() for record in caplog.records)
    caplog.clear()
    await gql("{ householdsConnection(first: 3) { totalCount } }")
    assert any("COUNT(" in record.getMessage().upper() for record in caplog.records)


async def test_old_lists_are_deprecated_naming_their_connection(gql):
    body = await gql(
        '{ __type(name: "Query") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }'
    )
    fields = {f["name"]: f for f in body["data"]["__type"]["fields"]}
    for old in (
        "households",
        "applications",
        "payments",
        "rosters",
        "findings",
        "complaints",
        "registryBatches",
        "registryRejections",
        "spotChecks",
        "campaigns",
        "campaignHouseholds",
    ):
        assert fields[old]["isDeprecated"], old
        assert f"{old}Connection" in fields[old]["deprecationReason"], old
        assert not fields[f"{old}Connection"]["isDeprecated"]


async def test_a_rosters_lines_page_as_a_connection_like_the_old_pages(gql):
    # given the demo township's roster, read by the county (accounts masked) and by county finance
    for user in ("county.approver", "county.finance"):
        roster = (
            await gql(
                "{ rostersConnection(first: 1) { nodes { id lineCount lines(first: 5000) { items { id "
                "accountNumber total items { kind amount } } } } } }",
                user=user,
            )
        )["data"]["rostersConnection"]["nodes"][0]
        old = roster["lines"]["items"]
        # when the lines are paged as a connection, five at a time
        lines, cursor = [], None
        while True:
            body = await gql(
                """query($r: ID!, $a: String) { roster(id: $r) { linesConnection(first: 5, after: $a) { totalCount
              nodes { id accountNumber total items { kind amount } } pageInfo { hasNextPage endCursor } } } }""",
                {"r": roster["id"], "a": cursor},
                user=user,
            )
            assert "errors" not in body, body["errors"]
            page = body["data"]["roster"]["linesConnection"]
            lines += page["nodes"]
            if not page["pageInfo"]["hasNextPage"]:
                break
            cursor = page["pageInfo"]["endCursor"]
        # then they are the old pages' lines, items and account numbers exactly, and the total is the roster's count
        assert lines == old and page["totalCount"] == roster["lineCount"] == len(old) > 5
    # and a cursor of one roster's lines means nothing on another's
    foreign = await gql(
        "query($r: ID!, $a: String) { roster(id: $r) { linesConnection(after: $a) { totalCount } } }",
        {"r": roster["id"], "a": encode("linesConnection/999999", 1)},
        user="county.approver",
    )
    assert foreign["errors"][0]["extensions"]["code"] == "FOREIGN_CURSOR"
