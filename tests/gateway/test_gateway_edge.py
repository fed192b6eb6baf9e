"""Edge duties: readiness, reload, CORS, trusted operations, masking, cost, subscriptions, timeouts, retries."""

from __future__ import annotations

import hashlib
import time

from graphql import parse

from gateway import Gateway, SubgraphClient
from gateway.edge import TrustedOperations
from tests.gateway.conftest import GOOD_TOKEN, client_for, request_count
from tests.gateway.fixtures import FAULTS

AUTH = {"authorization": GOOD_TOKEN}


async def test_readiness_reports_each_subgraph_and_fails_when_one_is_down(gateway, transports):
    async with client_for(gateway) as http:
        ready = await http.get("/readyz")
        transports["supervision"].mode = "down"
        unready = await http.get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"
    assert set(ready.json()["subgraphs"]) == {"households", "disbursement", "supervision"}
    assert unready.status_code == 503
    assert unready.json()["subgraphs"]["supervision"] == {
        **unready.json()["subgraphs"]["supervision"],
        "ready": False,
        "error": "SUBGRAPH_UNAVAILABLE",
    }
    assert unready.json()["subgraphs"]["households"]["ready"] is True


async def test_reload_needs_permission_and_recomposes(gateway):
    before = gateway.supergraph
    async with client_for(gateway, may_reload=lambda p: p == "planner") as http:
        refused = await http.post("/gateway/reload", headers=AUTH)
        done = await http.post("/gateway/reload", headers={"authorization": "Bearer planner-token"})
    assert refused.status_code == 403 and gateway.supergraph is not None
    assert done.status_code == 200 and done.json()["reloaded"] is True
    assert gateway.supergraph is not before


async def test_a_failed_reload_keeps_the_running_supergraph(gateway, transports):
    before = gateway.supergraph
    transports["households"].mode = "garbage"
    async with client_for(gateway, may_reload=lambda p: True) as http:
        response = await http.post("/gateway/reload", headers=AUTH)
    assert response.status_code == 409
    assert response.json()["errors"][0]["extensions"]["code"] == "COMPOSITION_FAILED"
    assert gateway.supergraph is before


async def test_cors_allows_only_configured_origins(gateway):
    preflight = {"access-control-request-method": "POST", "access-control-request-headers": "authorization"}
    async with client_for(gateway, cors_origins=["https://dashboard.example.cn"]) as http:
        allowed = await http.options("/graphql", headers={"origin": "https://dashboard.example.cn", **preflight})
        other = await http.options("/graphql", headers={"origin": "https://evil.example", **preflight})
    assert allowed.headers["access-control-allow-origin"] == "https://dashboard.example.cn"
    assert "access-control-allow-origin" not in other.headers


async def test_trusted_operations_refuse_anything_else_and_run_by_hash(gateway, transports):
    known = "{ households(first: 2) { id } }"
    digest = hashlib.sha256(known.encode()).hexdigest()
    gateway.trusted = TrustedOperations({digest: known}, only=True)
    try:
        async with client_for(gateway) as http:
            by_hash = await http.post(
                "/graphql", headers=AUTH, json={"extensions": {"persistedQuery": {"version": 1, "sha256Hash": digest}}}
            )
            other = await http.post("/graphql", headers=AUTH, json={"query": "{ households(first: 3) { id } }"})
            unknown = await http.post(
                "/graphql",
                headers=AUTH,
                json={"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "0" * 64}}},
            )
    finally:
        gateway.trusted = None
    assert by_hash.status_code == 200 and by_hash.json()["data"] == {"households": [{"id": "h1"}, {"id": "h2"}]}
    assert other.status_code == 403
    assert other.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_IN_LIST"
    assert unknown.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
    assert len(transports["households"].requests) == 1


async def test_production_masks_internal_messages_and_gives_a_trace_id(gateway, caplog):
    FAULTS.failing_amounts.add("h2")
    gateway.production = True
    try:
        async with client_for(gateway) as http:
            body = (
                await http.post(
                    "/graphql", headers=AUTH, json={"query": "{ households(first: 2) { id monthlyAmount } }"}
                )
            ).json()
    finally:
        gateway.production = False
    [error] = body["errors"]
    assert error["message"] == "Internal server error" and "h2" not in str(error)
    assert error["path"] == ["households", 1, "monthlyAmount"]
    assert len(error["extensions"]["traceId"]) == 32 and error["extensions"]["serviceName"] == "disbursement"
    # and the operators find the internal message in the log under that trace id
    assert any(error["extensions"]["traceId"] in r.getMessage() and "h2" in r.getMessage() for r in caplog.records)


async def test_a_query_over_the_cost_limit_is_refused_before_any_subgraph(gateway, transports):
    gateway.limits.max_cost = 1000
    try:
        async with client_for(gateway) as http:
            costly = await http.post(
                "/graphql",
                headers=AUTH,
                json={
                    "query": "query($n: Int!) { households(first: $n) { id payments { amount } } }",
                    "variables": {"n": 500},
                },
            )
            cheap = await http.post(
                "/graphql", headers=AUTH, json={"query": "{ households(first: 5) { id payments { amount } } }"}
            )
    finally:
        gateway.limits.max_cost = None
    assert costly.status_code == 400
    assert costly.json()["errors"][0]["extensions"]["code"] == "QUERY_TOO_COSTLY"
    assert cheap.status_code == 200
    assert request_count(transports) == 2


async def test_subscriptions_are_a_bad_request(http, transports):
    response = await http.post("/graphql", headers=AUTH, json={"query": "subscription { openFindings }"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] in {
        "SUBSCRIPTION_NOT_SUPPORTED",
        "GRAPHQL_VALIDATION_FAILED",
    }
    assert request_count(transports) == 0


async def test_deep_introspection_counts_towards_the_depth_limit(gateway):
    deep = "{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }"
    async with client_for(gateway, max_depth=5) as http:
        response = await http.post("/graphql", headers=AUTH, json={"query": deep})
    assert response.json()["errors"][0]["extensions"]["code"] == "QUERY_TOO_DEEP"


async def test_plans_are_cached_by_normalized_text(gateway):
    planner = gateway.planner
    _, first_hit = planner.plan_with_cache_info(parse("{ households(first: 1) { id } }"), None)
    _, second_hit = planner.plan_with_cache_info(parse("query {\n  households(first: 1) {\n    id\n  }\n}"), None)
    assert (first_hit, second_hit) == (False, True)


async def test_queries_are_retried_once_but_mutations_never(transports):
    transports["households"].mode = "down"
    client = SubgraphClient("households", "http://households.test/graphql", transport=transports["households"])
    for idempotent in (True, False):
        try:
            await client.request("{ __typename }", None, {}, idempotent=idempotent)
        except Exception as error:  # noqa: BLE001 - the typed failure is checked below
            assert error.code == "SUBGRAPH_UNAVAILABLE"
    await client.aclose()
    assert len(transports["households"].requests) == 3  # two attempts for the query, one for the mutation


async def test_a_hanging_subgraph_times_out_and_garbage_is_named(directive_urls):
    base = directive_urls["registry"].rsplit("/registry/", 1)[0]
    clients = {name: SubgraphClient(name, url, timeout=0.5, retries=0) for name, url in directive_urls.items()}
    gateway = Gateway(clients)
    await gateway.start()
    try:
        clients["payments"] = gateway.clients["payments"] = SubgraphClient(
            "payments", f"{base}/hang/graphql", timeout=0.5, retries=0
        )
        clients["audit"] = gateway.clients["audit"] = SubgraphClient("audit", f"{base}/garbage/graphql", retries=0)
        started = time.monotonic()
        body, status = await gateway.execute_request({"query": "{ households(first: 2) { id allowance status } }"}, {})
        elapsed = time.monotonic() - started
        partial, _ = await gateway.execute_request({"query": "{ households(first: 2) { id auditLabel } }"}, {})
    finally:
        await gateway.aclose()
    # then the hang costs the configured timeout, not more, and each failure names its subgraph and cause
    assert status == 200 and elapsed < 3
    assert body["data"] is None  # both fields are non-null, so their failure nulls the list and the root
    codes = {e["extensions"]["serviceName"]: e["extensions"]["code"] for e in body["errors"]}
    assert codes == {"payments": "SUBGRAPH_TIMEOUT", "audit": "SUBGRAPH_INVALID_RESPONSE"}
    # and a nullable field of the broken subgraph leaves the rest intact
    assert partial["data"] == {"households": [{"id": "1", "auditLabel": None}, {"id": "2", "auditLabel": None}]}
