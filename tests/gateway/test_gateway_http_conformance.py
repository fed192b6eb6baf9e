"""What Apollo users expect at the HTTP edge, compared with @apollo/server + @apollo/gateway over the same subgraphs:
GET execution, the CSRF preflight rule, batches, automatic persisted queries, body checks, other methods."""

from __future__ import annotations

import hashlib
import json
import uuid

import pytest

PREFLIGHT = {"apollo-require-preflight": "true"}
JSON = {"content-type": "application/json"}
QUERY = "{ households(first: 2) { id payments { amount } } }"
TWO = "query Two($n: Int!) { households(first: $n) { id status findings { rule } } }"
MUTATION = 'mutation { setPolicy(regionCode: "x", key: "k", value: 1, effectiveFrom: "2026-01-01") }'


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def apq(digest: str, version: int = 1) -> dict:
    return {"persistedQuery": {"version": version, "sha256Hash": digest}}


def post(body) -> dict:
    return {"content": json.dumps(body).encode(), "headers": JSON}


def shown(response) -> tuple[int, object, list[tuple[str, str | None]]]:
    """Status, data and the errors' (message, code), sorted."""
    body = response.json()
    errors = sorted((e["message"], (e.get("extensions") or {}).get("code")) for e in body.get("errors") or ())
    return response.status_code, body.get("data"), errors


# (name, method, request options)
CASES = [
    ("get query with preflight header", "GET", {"params": {"query": QUERY}, "headers": PREFLIGHT}),
    (
        "get query with operation name header",
        "GET",
        {"params": {"query": QUERY}, "headers": {"x-apollo-operation-name": "Q"}},
    ),
    ("get query with json content type", "GET", {"params": {"query": QUERY}, "headers": JSON}),
    (
        "get with variables and operation name",
        "GET",
        {"params": {"query": TWO, "variables": '{"n": 3}', "operationName": "Two"}, "headers": PREFLIGHT},
    ),
    ("get without preflight is csrf", "GET", {"params": {"query": QUERY}}),
    (
        "get with simple content type",
        "GET",
        {"params": {"query": QUERY}, "headers": {"content-type": "text/plain", **PREFLIGHT}},
    ),
    ("get variables invalid json", "GET", {"params": {"query": TWO, "variables": '{"n": 3'}, "headers": PREFLIGHT}),
    ("get variables not an object", "GET", {"params": {"query": TWO, "variables": "[3]"}, "headers": PREFLIGHT}),
    ("get query given twice", "GET", {"params": [("query", QUERY), ("query", QUERY)], "headers": PREFLIGHT}),
    ("get without query", "GET", {"params": {"operationName": "x"}, "headers": PREFLIGHT}),
    ("get mutation", "GET", {"params": {"query": MUTATION}, "headers": PREFLIGHT}),
    ("get bad variable", "GET", {"params": {"query": TWO, "variables": '{"n": "x"}'}, "headers": PREFLIGHT}),
    ("get validation error", "GET", {"params": {"query": "{ households(first: 1) { nope } }"}, "headers": PREFLIGHT}),
    (
        "post text plain is csrf",
        "POST",
        {"content": json.dumps({"query": QUERY}).encode(), "headers": {"content-type": "text/plain"}},
    ),
    (
        "post form is csrf",
        "POST",
        {"content": b"query=x", "headers": {"content-type": "application/x-www-form-urlencoded"}},
    ),
    ("post without content type is csrf", "POST", {"content": json.dumps({"query": QUERY}).encode()}),
    (
        "post text plain with preflight",
        "POST",
        {"content": json.dumps({"query": QUERY}).encode(), "headers": {"content-type": "text/plain", **PREFLIGHT}},
    ),
    (
        "post json with charset",
        "POST",
        {
            "content": json.dumps({"query": QUERY}).encode(),
            "headers": {"content-type": "application/json; charset=utf-8"},
        },
    ),
    ("batch", "POST", post([{"query": QUERY}, {"query": QUERY}])),
    ("empty body", "POST", {"content": b"", "headers": JSON}),
    ("empty object", "POST", post({})),
    ("variables as a string", "POST", post({"query": QUERY, "variables": '{"n": 1}'})),
    ("variables as a list", "POST", post({"query": QUERY, "variables": [1]})),
    ("extensions as a string", "POST", post({"query": QUERY, "extensions": "{}"})),
    ("operation name not a string", "POST", post({"query": QUERY, "operationName": 5})),
    ("query not a string", "POST", post({"query": 5})),
    ("no query", "POST", post({"operationName": "x"})),
    ("put", "PUT", post({"query": QUERY})),
    ("persisted query unknown hash", "POST", post({"extensions": apq(sha("{ regions { code name level } }"))})),
    ("persisted query hash mismatch", "POST", post({"query": QUERY, "extensions": apq("0" * 64)})),
    ("persisted query version 2", "POST", post({"query": QUERY, "extensions": apq(sha(QUERY), 2)})),
]
CODES_APOLLO_GETS_WRONG = {"provided sha does not match query", "Unsupported persisted query version"}
"""Apollo Server labels these client mistakes INTERNAL_SERVER_ERROR; this gateway says BAD_REQUEST, which
production masking leaves readable. Messages and statuses are the same."""


@pytest.mark.parametrize(("method", "options"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
async def test_the_http_edge_answers_like_apollo_server(compare_http, method, options):
    # when both gateways get the same HTTP request
    ours, reference = await compare_http(method, **options)
    # then the status, data, messages and codes are the same (and so is Allow on a 405)
    mine, theirs = shown(ours), shown(reference)
    if any(message in CODES_APOLLO_GETS_WRONG for message, _ in theirs[2]):
        assert [e[1] for e in mine[2]] == ["BAD_REQUEST"]
        mine, theirs = (mine[0], mine[1], [e[0] for e in mine[2]]), (theirs[0], theirs[1], [e[0] for e in theirs[2]])
    assert mine == theirs, (ours.json(), reference.json())
    assert ours.headers.get("allow") == reference.headers.get("allow")


async def test_automatic_persisted_queries_register_on_miss_and_run_by_hash(compare_http, product_gateway):
    # given a query neither gateway has seen (a fresh alias makes its hash new)
    alias = f"h{uuid.uuid4().hex[:8]}"
    query = f"query($n: Int!) {{ {alias}: households(first: $n) {{ id payments {{ amount }} }} }}"
    digest = sha(query)
    kept = len(product_gateway.persisted)
    # when a client sends the hash alone, then the hash with the text, then the hash alone again (by GET too)
    miss = await compare_http("POST", **post({"extensions": apq(digest), "variables": {"n": 2}}))
    register = await compare_http("POST", **post({"query": query, "extensions": apq(digest), "variables": {"n": 2}}))
    hit = await compare_http("POST", **post({"extensions": apq(digest), "variables": {"n": 3}}))
    by_get = await compare_http(
        "GET", params={"extensions": json.dumps(apq(digest)), "variables": '{"n": 1}'}, headers=PREFLIGHT
    )
    # then the miss is PERSISTED_QUERY_NOT_FOUND with 200 and no-cache, as Apollo Server answers it
    assert shown(miss[0]) == shown(miss[1]) == (200, None, [("PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND")])
    assert miss[0].headers["cache-control"] == miss[1].headers["cache-control"] == "private, no-cache, must-revalidate"
    # and the registration runs the query, and later requests by hash run it with their own variables
    for ours, reference in (register, hit, by_get):
        assert shown(ours) == shown(reference) and ours.status_code == 200
    assert len(hit[0].json()["data"][alias]) == 3
    assert len(product_gateway.persisted) == kept + 1


async def test_a_persisted_query_that_does_not_validate_is_not_kept(compare_http, product_gateway):
    # given a text with the right hash that does not validate
    query = f"{{ households(first: 1) {{ nope{uuid.uuid4().hex[:8]} }} }}"
    kept = len(product_gateway.persisted)
    # when it is sent to register, then by hash alone
    register = await compare_http("POST", **post({"query": query, "extensions": apq(sha(query))}))
    again = await compare_http("POST", **post({"extensions": apq(sha(query))}))
    # then the first answer is the validation error, and nothing was kept: the hash is still unknown
    assert shown(register[0]) == shown(register[1]) and register[0].status_code == 400
    assert shown(again[0]) == shown(again[1]) == (200, None, [("PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND")])
    assert len(product_gateway.persisted) == kept


async def test_a_mutation_over_get_never_reaches_a_subgraph(compare_http, product_gateway):
    # given a mutation that would write a policy value
    before = sum(len(c.transport.requests) for c in product_gateway.clients.values())
    # when it comes over GET
    ours, reference = await compare_http("GET", params={"query": MUTATION}, headers=PREFLIGHT)
    # then it is refused with 405 and Allow: POST, and no subgraph was asked anything
    assert (
        shown(ours)
        == shown(reference)
        == (405, None, [("GET requests only support query operations, not mutation operations", "BAD_REQUEST")])
    )
    assert ours.headers["allow"] == "POST"
    assert sum(len(c.transport.requests) for c in product_gateway.clients.values()) == before
