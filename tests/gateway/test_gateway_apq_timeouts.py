"""Automatic persisted queries beside the trusted list, and subgraph timeouts (a frozen subgraph process)."""

from __future__ import annotations

import hashlib
import os
import signal
import socket
import sys
import time

import pytest

from gateway import Gateway, SubgraphClient, SubgraphError
from gateway.apq import PersistedQueries
from gateway.edge import TrustedOperations
from gateway.subgraph import timeout_for
from tests.gateway.conftest import GOOD_TOKEN, client_for, request_count
from tests.gateway.fixtures import FAULTS
from tests.gateway.processes import free_port, start

HEADERS = {"authorization": GOOD_TOKEN}


def apq_body(query: str | None, digest: str | None = None) -> dict:
    body = {
        "extensions": {
            "persistedQuery": {"version": 1, "sha256Hash": digest or hashlib.sha256(query.encode()).hexdigest()}
        }
    }
    return {**body, "query": query} if query is not None else body


def codes(response) -> list[str]:
    return [e["extensions"]["code"] for e in response.json().get("errors") or ()]


async def test_the_store_keeps_the_most_recent_queries_only(gateway):
    # given a store of two queries
    gateway.persisted = PersistedQueries(max_entries=2)
    texts = [f"{{ households(first: {n}) {{ id }} }}" for n in (1, 2, 3)]
    async with client_for(gateway) as http:
        for text in texts:  # each registered by a request with its text
            assert (await http.post("/graphql", headers=HEADERS, json=apq_body(text))).status_code == 200
        # when each is asked for by hash alone
        by_hash = [
            await http.post(
                "/graphql",
                headers=HEADERS,
                json=apq_body(None, apq_body(t)["extensions"]["persistedQuery"]["sha256Hash"]),
            )
            for t in texts
        ]
    # then the oldest is gone and the two newest run
    assert codes(by_hash[0]) == ["PERSISTED_QUERY_NOT_FOUND"] and by_hash[0].status_code == 200
    assert [len(r.json()["data"]["households"]) for r in by_hash[1:]] == [2, 3]
    assert len(gateway.persisted) == 2


def test_the_store_is_bounded_by_text_size_too():
    store = PersistedQueries(max_entries=100, max_bytes=100)
    for n in range(5):
        store.put(str(n), "x" * 40)
    store.put("big", "y" * 101)  # larger than the whole store: never kept
    assert len(store) == 2 and store.get("0") is None and store.get("4") == "x" * 40 and store.get("big") is None


async def test_an_enforced_trusted_list_registers_nothing(gateway, transports):
    # given a gateway that runs only its trusted list
    listed = "{ households(first: 2) { id } }"
    gateway.trusted = TrustedOperations({hashlib.sha256(listed.encode()).hexdigest(): listed}, only=True)
    other = "{ households(first: 3) { id status } }"
    try:
        async with client_for(gateway) as http:
            # when a client tries the APQ handshake for an operation outside the list
            miss = await http.post(
                "/graphql",
                headers=HEADERS,
                json=apq_body(None, apq_body(other)["extensions"]["persistedQuery"]["sha256Hash"]),
            )
            register = await http.post("/graphql", headers=HEADERS, json=apq_body(other))
            listed_by_hash = await http.post(
                "/graphql", headers=HEADERS, json=apq_body(None, hashlib.sha256(listed.encode()).hexdigest())
            )
    finally:
        gateway.trusted = None
    # then the hash is not found, the text is refused as before, nothing is kept, and no subgraph ran it
    assert codes(miss) == ["PERSISTED_QUERY_NOT_FOUND"]
    assert register.status_code == 403 and codes(register) == ["PERSISTED_QUERY_NOT_IN_LIST"]
    assert len(gateway.persisted) == 0
    # and a listed operation still runs by its hash
    assert listed_by_hash.json()["data"] == {"households": [{"id": "h1"}, {"id": "h2"}]}
    assert request_count(transports) == 1


async def test_beside_a_list_that_is_not_enforced_unlisted_queries_register(gateway):
    listed = "{ households(first: 2) { id } }"
    gateway.trusted = TrustedOperations({hashlib.sha256(listed.encode()).hexdigest(): listed}, only=False)
    other = "{ households(first: 1) { id } }"
    try:
        async with client_for(gateway) as http:
            await http.post("/graphql", headers=HEADERS, json=apq_body(other))
            again = await http.post(
                "/graphql", headers=HEADERS, json=apq_body(None, hashlib.sha256(other.encode()).hexdigest())
            )
    finally:
        gateway.trusted = None
    assert again.json()["data"] == {"households": [{"id": "h1"}]} and len(gateway.persisted) == 1


async def test_with_the_store_switched_off_a_hash_is_not_supported(gateway, transports):
    gateway.persisted = PersistedQueries(max_entries=0)
    async with client_for(gateway) as http:
        response = await http.post("/graphql", headers=HEADERS, json=apq_body(None, "a" * 64))
        registered = await http.post("/graphql", headers=HEADERS, json=apq_body("{ households(first: 1) { id } }"))
    assert response.status_code == 200 and codes(response) == ["PERSISTED_QUERY_NOT_SUPPORTED"]
    assert response.json()["errors"][0]["message"] == "PersistedQueryNotSupported"
    assert registered.json()["data"] == {"households": [{"id": "h1"}]} and len(gateway.persisted) == 0


def test_timeouts_are_configured_per_subgraph_or_for_all():
    environ = {"DIBAO_SUBGRAPH_TIMEOUT_SECONDS": "4", "DIBAO_PAYMENTS_TIMEOUT_SECONDS": "0.5"}
    assert timeout_for("payments", environ) == 0.5
    assert timeout_for("households", environ) == 4
    assert timeout_for("households", {}) == 10
    assert timeout_for("households", {"DIBAO_SUBGRAPH_TIMEOUT": "7"}) == 7  # the older name still works
    for bad in ("0", "-1", "soon", "inf"):
        with pytest.raises(ValueError, match="DIBAO_HOUSEHOLDS_TIMEOUT_SECONDS"):
            timeout_for("households", {"DIBAO_HOUSEHOLDS_TIMEOUT_SECONDS": bad})


@pytest.fixture
def frozen_url():
    """A real HTTP server process, stopped (SIGSTOP): it accepts connections and never answers."""
    port = free_port()
    process = start([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"])
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            assert time.monotonic() < deadline, "the server did not come up"
            time.sleep(0.05)
    os.kill(process.pid, signal.SIGSTOP)
    yield f"http://127.0.0.1:{port}/graphql"
    os.kill(process.pid, signal.SIGCONT)
    process.terminate()
    process.wait(timeout=10)


async def test_a_frozen_subgraph_costs_its_timeout_once_and_is_named(directive_urls, frozen_url, monkeypatch):
    # given a composed gateway whose payments subgraph, given half a second by its own setting, then freezes
    gateway = Gateway({name: SubgraphClient(name, url) for name, url in directive_urls.items()})
    await gateway.start()
    monkeypatch.setenv("DIBAO_PAYMENTS_TIMEOUT_SECONDS", "0.5")
    frozen = gateway.clients["payments"] = SubgraphClient("payments", frozen_url)
    try:
        assert frozen.timeout == 0.5 and frozen.retries == 1
        # when a query is sent to it, alone and as part of an operation
        started = time.monotonic()
        with pytest.raises(SubgraphError) as failure:
            await frozen.request("{ __typename }", None, {})
        elapsed = time.monotonic() - started
        body, status = await gateway.execute_request({"query": "{ households(first: 2) { id allowance status } }"}, {})
    finally:
        await gateway.aclose()
    # then it costs the timeout once (a retry would double it) and the error names the subgraph and the cause
    assert failure.value.code == "SUBGRAPH_TIMEOUT" and 0.5 <= elapsed < 0.95
    assert status == 200
    [error] = body["errors"]
    assert error["extensions"] == {"code": "SUBGRAPH_TIMEOUT", "serviceName": "payments"}
    assert error["message"] == 'Subgraph "payments" timed out after 0.5 s'


async def test_a_subgraph_error_without_a_code_is_a_downstream_error_and_masked_in_production(gateway):
    # given a subgraph that fails one household's amount with an error that has no code
    FAULTS.failing_amounts.add("h2")
    query = {"query": "{ households(first: 2) { id monthlyAmount } }"}
    async with client_for(gateway) as http:
        shown = (await http.post("/graphql", headers=HEADERS, json=query)).json()
        gateway.production = True
        try:
            masked = (await http.post("/graphql", headers=HEADERS, json=query)).json()
        finally:
            gateway.production = False
    # then it carries DOWNSTREAM_SERVICE_ERROR and the subgraph's name, as @apollo/gateway tags it
    [error] = shown["errors"]
    assert error["extensions"] == {"serviceName": "disbursement", "code": "DOWNSTREAM_SERVICE_ERROR"}
    assert "h2" in error["message"]
    # and in production the internal message is still hidden behind a trace id
    [hidden] = masked["errors"]
    assert hidden["message"] == "Internal server error" and hidden["extensions"]["code"] == "INTERNAL_SERVER_ERROR"


async def test_introspection_is_never_kept_as_a_persisted_query(gateway):
    # given an introspection query sent with its hash (a production guard recognises introspection by its text)
    query = "{ __schema { queryType { name } } }"
    async with client_for(gateway) as http:
        first = await http.post("/graphql", headers=HEADERS, json=apq_body(query))
        by_hash = await http.post(
            "/graphql", headers=HEADERS, json=apq_body(None, hashlib.sha256(query.encode()).hexdigest())
        )
    # then it runs, but is not kept: by hash alone it is not found
    assert first.json()["data"] == {"__schema": {"queryType": {"name": "Query"}}}
    assert codes(by_hash) == ["PERSISTED_QUERY_NOT_FOUND"] and len(gateway.persisted) == 0
