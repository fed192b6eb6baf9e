"""Gateway fixtures: three in-process subgraphs, recorded transports, a started gateway and its HTTP app."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from starlette.requests import Request

from gateway import Gateway, SubgraphClient, create_gateway_app
from gateway.subgraph import ASGITransport, network_transport
from tests.gateway.fixtures import FAULTS, SCHEMAS, RecordingTransport, subgraph_app

GOOD_TOKEN = "Bearer registrar-token"
PLANNER_TOKEN = "Bearer planner-token"


class Unauthenticated(Exception):
    """What the identity package raises for a missing or bad token."""

    def __init__(self, message: str, code: str = "UNAUTHENTICATED") -> None:
        super().__init__(message)
        self.extensions = {"code": code}


def authenticate(request: Request) -> str:
    """Tokens name the principal; anything else is refused."""
    header = request.headers.get("authorization")
    if header is None:
        raise Unauthenticated("Missing bearer token.")
    if header not in (GOOD_TOKEN, PLANNER_TOKEN):
        raise Unauthenticated("Invalid bearer token.", "INVALID_TOKEN")
    return "planner" if header == PLANNER_TOKEN else "registrar"


@pytest.fixture(autouse=True)
def _healthy_subgraphs() -> None:
    FAULTS.failing_amounts.clear()


@pytest.fixture
def transports() -> dict[str, RecordingTransport]:
    """One recording transport per subgraph, in front of its ASGI app."""
    return {name: RecordingTransport(ASGITransport(subgraph_app(schema))) for name, schema in SCHEMAS.items()}


@pytest.fixture
async def gateway(transports: dict[str, RecordingTransport]) -> AsyncIterator[Gateway]:
    """A started gateway; the SDL requests of start-up are forgotten."""
    clients = [SubgraphClient(name, f"http://{name}.test/graphql", transport=t) for name, t in transports.items()]
    started = Gateway(clients, sdl_headers={"authorization": "Bearer gateway-service"})
    await started.start()
    for transport in transports.values():
        transport.requests.clear()
    yield started
    await started.aclose()


def client_for(gateway: Gateway, **options: Any) -> httpx.AsyncClient:
    """An HTTP client for a gateway app (query page on, plans exposed to the planner, unless overridden)."""
    settings = {"authenticate": authenticate, "graphiql": True, "expose_plan": lambda p: p == "planner", **options}
    app = create_gateway_app(gateway, **settings)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gateway.test")


@pytest.fixture
async def http(gateway: Gateway) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client for the gateway app with default settings."""
    async with client_for(gateway) as client:
        yield client


@pytest.fixture
def post(http: httpx.AsyncClient):
    """POST a GraphQL request as an authenticated registrar; returns (status, body)."""

    async def send(
        query: str,
        variables: dict[str, Any] | None = None,
        *,
        operation_name: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, Any]]:
        body = {"query": query, "variables": variables, "operationName": operation_name}
        response = await http.post("/graphql", json=body, headers={"authorization": GOOD_TOKEN, **(headers or {})})
        return response.status_code, response.json()

    return send


def request_count(transports: dict[str, RecordingTransport]) -> int:
    """Requests sent to all subgraphs since the last reset."""
    return sum(len(t.requests) for t in transports.values())


# --- the comparison with the reference gateway: real subgraph processes over HTTP ---------------


@pytest.fixture(scope="session")
def product_urls(databases, tmp_path_factory) -> Iterator[dict[str, str]]:
    """The three product subgraphs as separate processes over the seeded test databases."""
    from tests.gateway.processes import product_subgraphs

    with product_subgraphs() as urls:
        yield urls


@pytest.fixture(scope="session")
async def service_authorization(tokens) -> str:
    """A bearer token that may read every subgraph's SDL."""
    return f"Bearer {await tokens('municipal.officer')}"


@pytest.fixture(scope="session")
def product_apollo(product_urls, service_authorization) -> dict[str, Any]:
    """@apollo/composition's result for the product subgraphs' SDL."""
    from tests.gateway.processes import apollo_compose, fetch_sdl

    return apollo_compose({n: (url, fetch_sdl(url, service_authorization)) for n, url in product_urls.items()})


@pytest.fixture(scope="session")
def product_reference(product_apollo, tmp_path_factory) -> Iterator[str]:
    """The reference gateway in front of the product subgraph processes (started once per session)."""
    from tests.gateway.processes import reference_gateway

    assert product_apollo["ok"], product_apollo["errors"]
    with reference_gateway(product_apollo["supergraphSdl"], tmp_path_factory.mktemp("reference")) as url:
        yield url


@pytest.fixture(scope="session")
def product_hive(product_apollo, tmp_path_factory) -> Iterator[str]:
    """Hive Gateway in front of the product subgraph processes, from @apollo/composition's supergraph."""
    from tests.gateway.processes import hive_gateway

    with hive_gateway(product_apollo["supergraphSdl"], tmp_path_factory.mktemp("hive")) as url:
        yield url


@pytest.fixture(scope="session")
async def product_gateway(product_urls, service_authorization) -> AsyncIterator[Gateway]:
    """Our gateway in front of the same subgraph processes, counting subgraph requests."""
    clients = [
        SubgraphClient(name, url, transport=RecordingTransport(network_transport()))
        for name, url in product_urls.items()
    ]
    started = Gateway(clients, sdl_headers={"authorization": service_authorization})
    await started.start()
    yield started
    await started.aclose()


@pytest.fixture(scope="session")
async def compare(product_gateway, product_reference, tokens):
    """Send one request to both gateways as a demo user; returns (ours, reference) JSON bodies."""
    from identity.http import authenticate_request

    app = create_gateway_app(product_gateway, authenticate=authenticate_request, graphiql=False)
    ours = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gateway.test", timeout=60)
    theirs = httpx.AsyncClient(timeout=60)

    async def send(
        query: str, variables: dict | None = None, *, user: str = "municipal.officer", operation_name: str | None = None
    ) -> tuple[dict, dict]:
        body = {"query": query, "variables": variables or {}, "operationName": operation_name}
        headers = {"authorization": f"Bearer {await tokens(user)}", "content-type": "application/json"}
        mine = (await ours.post("/graphql", json=body, headers=headers)).json()
        reference = (await theirs.post(product_reference, json=body, headers=headers)).json()
        return mine, reference

    yield send
    await ours.aclose()
    await theirs.aclose()


@pytest.fixture(scope="session")
async def compare_http(product_gateway, product_reference, tokens):
    """Send one HTTP request, as it is, to both gateways as a demo user; returns (ours, reference) responses.

    For what is decided at the HTTP edge: GET, the CSRF preflight rule, batches, persisted queries."""
    from identity.http import authenticate_request

    app = create_gateway_app(product_gateway, authenticate=authenticate_request, graphiql=False)
    ours = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gateway.test", timeout=60)
    theirs = httpx.AsyncClient(timeout=60)

    async def send(
        method: str,
        *,
        params: Any = None,
        content: bytes | None = None,
        headers: dict | None = None,
        user: str = "municipal.officer",
    ) -> tuple[httpx.Response, httpx.Response]:
        sent = {"authorization": f"Bearer {await tokens(user)}", **(headers or {})}
        mine = await ours.request(method, "/graphql", params=params, content=content, headers=sent)
        reference = await theirs.request(method, product_reference, params=params, content=content, headers=sent)
        return mine, reference

    yield send
    await ours.aclose()
    await theirs.aclose()


# --- the same comparison over the directive fixture subgraphs -----------------------------------


@pytest.fixture(scope="session")
def directive_urls() -> Iterator[dict[str, str]]:
    """The directive fixture subgraphs over HTTP (plus /hang and /garbage endpoints)."""
    from tests.gateway.processes import fixture_subgraphs

    with fixture_subgraphs() as urls:
        yield urls


@pytest.fixture(scope="session")
def directive_apollo(directive_urls) -> dict[str, Any]:
    """@apollo/composition's result for the directive fixture subgraphs."""
    from tests.gateway.processes import apollo_compose, fetch_sdl

    return apollo_compose({n: (url, fetch_sdl(url, "")) for n, url in directive_urls.items()})


@pytest.fixture(scope="session")
def directive_reference(directive_apollo, tmp_path_factory) -> Iterator[str]:
    """The reference gateway in front of the directive fixture subgraphs."""
    from tests.gateway.processes import reference_gateway

    assert directive_apollo["ok"], directive_apollo["errors"]
    with reference_gateway(directive_apollo["supergraphSdl"], tmp_path_factory.mktemp("reference")) as url:
        yield url


@pytest.fixture(scope="session")
async def directive_gateway(directive_urls) -> AsyncIterator[tuple[Gateway, dict[str, RecordingTransport]]]:
    """Our gateway in front of the directive fixture subgraphs, with recording transports."""
    transports = {name: RecordingTransport(network_transport()) for name in directive_urls}
    started = Gateway([SubgraphClient(n, url, transport=transports[n]) for n, url in directive_urls.items()])
    await started.start()
    yield started, transports
    await started.aclose()


@pytest.fixture(scope="session")
async def compare_directives(directive_gateway, directive_reference):
    """Send one request to both gateways over the directive fixtures; returns (ours, reference, requests)."""
    gateway, transports = directive_gateway
    app = create_gateway_app(gateway, authenticate=lambda request: "anyone", graphiql=False)
    ours = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gateway.test", timeout=60)
    theirs = httpx.AsyncClient(timeout=60)

    async def send(query: str, variables: dict | None = None) -> tuple[dict, dict, dict[str, int]]:
        body = {"query": query, "variables": variables or {}}
        for transport in transports.values():
            transport.requests.clear()
        mine = (await ours.post("/graphql", json=body)).json()
        counts = {name: len(t.requests) for name, t in transports.items() if t.requests}
        reference = (
            await theirs.post(directive_reference, json=body, headers={"content-type": "application/json"})
        ).json()
        return mine, reference, counts

    yield send
    await ours.aclose()
    await theirs.aclose()
