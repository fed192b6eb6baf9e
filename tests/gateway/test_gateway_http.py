"""The /graphql endpoint: refusing bad requests early, authentication, headers, plans and the query page."""

from __future__ import annotations

import re

import pytest

from gateway import Gateway
from tests.gateway.conftest import GOOD_TOKEN, PLANNER_TOKEN, client_for, request_count


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"query": "{ households(first: 1) { id }"}, "GRAPHQL_PARSE_FAILED"),
        ({"query": "{ households(first: 1) { nickname } }"}, "GRAPHQL_VALIDATION_FAILED"),
        ({"query": "query($n: Int!) { households(first: $n) { id } }", "variables": {"n": "ten"}}, "BAD_USER_INPUT"),
        (
            {"query": "query($n: String!) { households(first: $n) { id } }", "variables": {"n": "1"}},
            "GRAPHQL_VALIDATION_FAILED",
        ),
        ({"query": "query($n: Int!) { households(first: $n) { id } }"}, "BAD_USER_INPUT"),
        ({"query": "query A { openFindings } query B { openFindings }", "operationName": "C"}, "OPERATION_NOT_FOUND"),
        ({"query": "query A { openFindings } query B { openFindings }"}, "INVALID_GRAPHQL"),  # @apollo/gateway's
        ({"variables": {}}, "BAD_REQUEST"),
        ({"query": "{ openFindings }", "variables": [1]}, "BAD_REQUEST"),
    ],
)
async def test_bad_requests_get_a_specific_code_and_reach_no_subgraph(http, transports, body, code):
    # when a client sends a request the gateway cannot run
    response = await http.post("/graphql", json=body, headers={"authorization": GOOD_TOKEN})
    # then it answers 400 with a coded error, no traceback, and no subgraph hears of it
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert errors and {e["extensions"]["code"] for e in errors} == {code}
    assert "Traceback" not in response.text
    assert request_count(transports) == 0


async def test_a_query_deeper_than_the_limit_is_refused(gateway: Gateway, transports):
    async with client_for(gateway, max_depth=2) as http:
        deep = await http.post(
            "/graphql",
            json={"query": "{ households(first: 1) { head { name } } }"},
            headers={"authorization": GOOD_TOKEN},
        )
        shallow = await http.post(
            "/graphql", json={"query": "{ households(first: 1) { id } }"}, headers={"authorization": GOOD_TOKEN}
        )
    assert deep.status_code == 400
    assert deep.json()["errors"][0]["extensions"]["code"] == "QUERY_TOO_DEEP"
    assert shallow.status_code == 200
    assert len(transports["households"].requests) == 1


async def test_a_body_that_is_not_json_is_a_bad_request(http, transports):
    response = await http.post(
        "/graphql", content=b"{not json", headers={"authorization": GOOD_TOKEN, "content-type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


@pytest.mark.parametrize(
    ("headers", "code"), [({}, "UNAUTHENTICATED"), ({"authorization": "Bearer forged"}, "INVALID_TOKEN")]
)
async def test_requests_without_a_valid_token_are_refused_with_401(http, transports, headers, code):
    response = await http.post("/graphql", json={"query": "{ openFindings }"}, headers=headers)
    assert response.status_code == 401
    assert response.json() == {
        "errors": [{"message": response.json()["errors"][0]["message"], "extensions": {"code": code}}]
    }
    assert request_count(transports) == 0


async def test_the_authorization_header_reaches_every_subgraph_unchanged(post, transports):
    status, _ = await post(
        "{ households(first: 2) { id payments { amount } findings { rule } } }",
        headers={"cookie": "session=secret", "accept-language": "zh-CN"},
    )
    assert status == 200
    sent = [r for t in transports.values() for r in t.requests]
    assert len(sent) == 3
    assert {r.headers["authorization"] for r in sent} == {GOOD_TOKEN}
    assert {r.headers["accept-language"] for r in sent} == {"zh-CN"}
    assert all("cookie" not in r.headers for r in sent)


async def test_the_query_plan_is_shown_only_to_principals_allowed_to_see_it(http, gateway: Gateway):
    query = {"query": "{ households(first: 2) { id findings { rule } } }"}
    for_planner = await http.post(
        "/graphql", json=query, headers={"authorization": PLANNER_TOKEN, "x-dibao-query-plan": "1"}
    )
    for_registrar = await http.post(
        "/graphql", json=query, headers={"authorization": GOOD_TOKEN, "x-dibao-query-plan": "1"}
    )
    not_asked = await http.post("/graphql", json=query, headers={"authorization": PLANNER_TOKEN})
    assert for_planner.json()["extensions"]["queryPlan"] == gateway.explain(query["query"])
    assert "extensions" not in for_registrar.json()
    assert "extensions" not in not_asked.json()
    assert for_registrar.json()["data"] == for_planner.json()["data"]


async def test_the_query_page_works_without_internet(http, gateway: Gateway):
    page = await http.get("/graphql")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    # every script and stylesheet is the gateway's own file (no CDN), and no script is inline (a strict CSP holds)
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert assets and all(asset.startswith("/graphiql/") for asset in assets)
    assert re.findall(r"<script[^>]*>", page.text) == [f'<script src="{a}" defer>' for a in assets if a.endswith(".js")]
    for asset, kind in (
        ("/graphiql/graphiql.js", "javascript"),
        ("/graphiql/graphql.worker.js", "javascript"),
        ("/graphiql/graphiql.css", "text/css"),
        ("/graphiql/page.js", "javascript"),
    ):
        served = await http.get(asset)
        assert served.status_code == 200 and kind in served.headers["content-type"], asset
    assert "localStorage" not in (await http.get("/graphiql/page.js")).text
    async with client_for(gateway, graphiql=False) as closed:
        empty = await closed.get("/graphql", headers={"authorization": GOOD_TOKEN, "apollo-require-preflight": "1"})
        assert (await closed.get("/graphiql/graphiql.js")).status_code == 404
    # without the page, a GET that names no operation is a bad request, worded as Apollo Server words it
    assert empty.status_code == 400
    assert empty.json()["errors"][0]["message"] == (
        "GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension."
    )


async def test_an_unexpected_failure_is_a_500_with_a_trace_id_and_no_traceback(gateway: Gateway, transports):
    def broken_authenticate(request):
        raise RuntimeError("database password is hunter2")

    async with client_for(gateway, authenticate=broken_authenticate) as http:
        response = await http.post("/graphql", json={"query": "{ openFindings }"})
    assert response.status_code == 500
    [error] = response.json()["errors"]
    assert error["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
    assert len(error["extensions"]["traceId"]) == 32
    assert "hunter2" not in response.text and "Traceback" not in response.text


async def test_an_async_authenticate_is_awaited(gateway: Gateway):
    async def authenticate(request):
        return "registrar"

    async with client_for(gateway, authenticate=authenticate) as http:
        response = await http.post("/graphql", json={"query": "{ openFindings }"})
    assert response.json() == {"data": {"openFindings": 3}}


async def test_execute_request_is_usable_without_http(gateway: Gateway):
    body, status = await gateway.execute_request(
        {"query": '{ household(id: "h2") { id head { name } } }'}, {"authorization": GOOD_TOKEN}
    )
    assert status == 200
    assert body == {"data": {"household": {"id": "h2", "head": {"name": "Person 2"}}}}


async def test_a_subgraph_client_reports_a_refused_connection(gateway: Gateway):
    from gateway import SubgraphClient, SubgraphError

    client = SubgraphClient("households", "http://127.0.0.1:9/graphql", timeout=2)
    with pytest.raises(SubgraphError) as raised:
        await client.request("{ __typename }", None, {})
    await client.aclose()
    assert raised.value.code == "SUBGRAPH_UNAVAILABLE"
    assert "households" in str(raised.value)
    assert isinstance(raised.value.__cause__, ConnectionRefusedError)


async def test_a_fragment_bomb_is_refused_before_it_is_expanded(http, transports):
    # given thirty fragments that each spread the next one twice (a billion fields once expanded)
    levels = 30
    fragments = "\n".join(
        f"fragment A{i} on Household {{ ...F{i + 1} }} fragment B{i} on Household {{ ...F{i + 1} }} "
        f"fragment F{i} on Household {{ ...A{i} ...B{i} }}"
        for i in range(levels)
    )
    query = f"{{ households(first: 1) {{ ...F0 }} }}\n{fragments}\nfragment F{levels} on Household {{ id }}"
    # when it is sent
    response = await http.post("/graphql", json={"query": query}, headers={"authorization": GOOD_TOKEN})
    # then it is refused as too complex, and no subgraph hears of it
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    assert request_count(transports) == 0
