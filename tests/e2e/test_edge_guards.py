"""The edge in production: bodies refused while they arrive, anonymous bodies never read, no schema hints,
security headers on every page, the file relay's path shapes, and aliases counted."""

from __future__ import annotations

import dataclasses
import json

import httpx
import pytest

from kernel.settings import EdgeSettings

MIB = 1 << 20
HUGE = 300 * MIB


class Upload:
    """An ASGI client that streams `total` bytes in 1 MiB chunks (the same chunk, so the test holds 1 MiB) and
    counts how many the server pulled before it answered."""

    def __init__(self, total: int) -> None:
        self.total, self.pulled, self.chunk = total, 0, b"x" * MIB

    async def receive(self) -> dict:
        if self.pulled >= self.total:
            return {"type": "http.disconnect"}
        size = min(MIB, self.total - self.pulled)
        self.pulled += size
        return {"type": "http.request", "body": self.chunk[:size], "more_body": self.pulled < self.total}


async def send_raw(app, path: str, upload: Upload, headers: dict[str, str]) -> tuple[int, dict, dict]:
    """POST through the ASGI app; returns status, JSON body and headers of the answer."""
    answer: dict = {"body": b""}

    async def send(message: dict) -> None:
        if message["type"] == "http.response.start":
            answer["status"], answer["headers"] = (
                message["status"],
                dict((k.decode(), v.decode()) for k, v in message["headers"]),
            )
        elif message["type"] == "http.response.body":
            answer["body"] += message.get("body", b"")

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(k.encode(), v.encode()) for k, v in headers.items()],
        "client": ("10.9.8.7", 5000),
        "server": ("dibao.test", 80),
        "state": {},
    }
    await app(scope, upload.receive, send)
    return answer["status"], json.loads(answer["body"]), answer["headers"]


@pytest.fixture(scope="module")
async def production(databases):
    """The system app as production builds it (introspection guard, no query page, HSTS configured), its gateway
    composed from fresh in-process subgraphs; the databases are the session's, already open."""
    from dibao.system import create_system_app, subgraph_clients

    settings = dataclasses.replace(
        databases, env="production", edge=dataclasses.replace(EdgeSettings(), hsts_seconds=31536000)
    )
    app = create_system_app(settings, clients=subgraph_clients(settings))
    await app.state.gateway.start()
    yield app
    await app.state.gateway.aclose()


@pytest.fixture
async def prod_client(production):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=production), base_url="https://dibao.test") as http:
        yield http


async def test_an_anonymous_huge_post_is_refused_before_its_body_is_read(production):
    upload = Upload(HUGE)
    status, body, _ = await send_raw(production, "/graphql", upload, {"content-type": "application/json"})
    assert status == 401 and body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert upload.pulled == 0


async def test_a_signed_in_huge_post_is_refused_with_413_after_at_most_the_limit(production, tokens):
    upload = Upload(HUGE)
    headers = {"content-type": "application/json", "authorization": f"Bearer {await tokens('municipal.officer')}"}
    status, body, answer = await send_raw(production, "/graphql", upload, headers)
    assert status == 413 and body["errors"][0]["extensions"]["code"] == "REQUEST_TOO_LARGE"
    assert body["errors"][0]["extensions"]["limit"] == EdgeSettings().max_graphql_bytes
    assert upload.pulled <= EdgeSettings().max_graphql_bytes + MIB
    assert answer["connection"] == "close"


async def test_a_declared_length_over_the_limit_is_refused_before_any_byte_is_read(production, tokens):
    upload = Upload(HUGE)
    headers = {"content-length": str(HUGE), "authorization": f"Bearer {await tokens('municipal.officer')}"}
    status, body, _ = await send_raw(production, "/graphql", upload, headers)
    assert status == 413 and body["errors"][0]["extensions"]["code"] == "REQUEST_TOO_LARGE"
    assert upload.pulled == 0


async def test_the_token_endpoint_takes_only_a_small_body(production):
    from identity.models import SignInEvent

    upload = Upload(2 * MIB)
    status, body, _ = await send_raw(
        production, "/auth/token", upload, {"content-type": "application/x-www-form-urlencoded"}
    )
    assert status == 413 and body["error"] == "REQUEST_TOO_LARGE" and body["limit"] == EdgeSettings().max_auth_bytes
    assert upload.pulled <= EdgeSettings().max_auth_bytes + MIB
    assert not await SignInEvent.filter(remote="10.9.8.7").exists()


async def test_a_subgraph_refuses_a_huge_body_while_it_arrives_and_an_anonymous_one_unread(databases, tokens):
    from services.households.app import create_app

    app = create_app(settings=databases, own_database=False)
    signed_in = Upload(HUGE)
    status, body, _ = await send_raw(
        app,
        "/graphql",
        signed_in,
        {"content-type": "application/json", "authorization": f"Bearer {await tokens('municipal.officer')}"},
    )
    assert status == 413 and body["errors"][0]["extensions"]["code"] == "REQUEST_TOO_LARGE"
    assert signed_in.pulled <= EdgeSettings().max_subgraph_bytes + MIB
    anonymous = Upload(HUGE)
    status, _, _ = await send_raw(app, "/graphql", anonymous, {"content-type": "application/json"})
    assert status == 401 and anonymous.pulled == 0


async def test_validation_errors_give_no_schema_hints_in_production(prod_client, client, tokens):
    headers = {"authorization": f"Bearer {await tokens('municipal.officer')}"}
    query = {"query": "{ householdz(first: 1) { id } }"}
    hidden = await prod_client.post("/graphql", json=query, headers=headers)
    shown = await client.post("/graphql", json=query, headers=headers)
    assert hidden.status_code == 400
    message = hidden.json()["errors"][0]["message"]
    assert message == 'Cannot query field "householdz" on type "Query".'
    assert hidden.json()["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert "Did you mean" in shown.json()["errors"][0]["message"]  # development keeps them


async def test_a_subgraph_in_production_gives_no_schema_hints(databases, tokens, monkeypatch):
    from kernel import settings as process
    from services.households.app import create_app

    monkeypatch.setattr(process, "_current", dataclasses.replace(process.get_settings(), env="production"))
    app = create_app(settings=process.get_settings(), own_database=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://households") as direct:
        response = await direct.post(
            "/graphql",
            json={"query": "{ householdz(first: 1) { id } }"},
            headers={"authorization": f"Bearer {await tokens('municipal.officer')}"},
        )
    message = response.json()["errors"][0]["message"]
    assert "householdz" in message and "Did you mean" not in message and "households" not in message


@pytest.mark.parametrize("path", ["/graphql", "/admin/login", "/workbench/login", "/healthz", "/auth/token"])
async def test_every_answer_carries_the_security_headers(prod_client, path):
    response = await (prod_client.get(path) if path != "/auth/token" else prod_client.post(path, data={}))
    headers = response.headers
    assert headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"
    assert headers["strict-transport-security"] == "max-age=31536000; includeSubDomains"


async def test_the_admin_may_load_only_its_own_scripts_and_the_api_nothing(prod_client):
    admin = (await prod_client.get("/admin/login")).headers["content-security-policy"]
    api = (await prod_client.post("/graphql", json={})).headers["content-security-policy"]
    assert "script-src 'self' 'sha256-" in admin and "unsafe-eval" not in admin and "form-action 'self'" in admin
    assert api.startswith("default-src 'none'")


async def test_hsts_only_over_https_and_the_pages_may_run_only_their_own_scripts(production, client):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=production), base_url="http://dibao.test") as plain:
        assert "strict-transport-security" not in (await plain.get("/healthz")).headers
    page = await client.get("/graphql")  # development: the query page
    policy = page.headers["content-security-policy"]
    # its own bundle only: no inline or foreign script, no eval (Monaco's inline styles are the one allowance)
    assert page.status_code == 200 and "script-src 'self';" in policy and "connect-src 'self'" in policy
    assert "unsafe-eval" not in policy and "script-src 'self' 'unsafe-inline'" not in policy
    assert "strict-transport-security" not in page.headers  # HSTS is off unless configured
    dashboard = (await client.get("/dashboard")).headers["content-security-policy"]
    assert "script-src 'self';" in dashboard and "unsafe-inline" not in dashboard


@pytest.mark.parametrize(
    "path",
    [
        "/files/batches/1/..%2f..%2f..%2fhealthz",
        "/files/batches/1/..%2Fhealthz",
        "/files/rosters/1.xlsx%2f..%2f..%2fhealthz",
        "/files/batches/x/lines.csv",
        "/files/batches/1/lines.csv%00",
    ],
)
async def test_the_file_relay_refuses_any_path_but_its_own_shapes(client, tokens, path):
    response = await client.get(path, headers={"authorization": f"Bearer {await tokens('bank.rcc')}"})
    assert response.status_code == 404
    assert response.json()["errors"][0]["extensions"]["code"] == "FILE_NOT_FOUND"


async def test_a_thousand_aliases_are_refused_and_a_few_are_fine(gql, subgraph_calls):
    subgraph_calls.reset()
    many = await gql("{ " + " ".join(f"h{i}: households(first: 1) {{ id }}" for i in range(1000)) + " }")
    assert many["_status"] == 400 and many["errors"][0]["extensions"]["code"] == "QUERY_TOO_MANY_ALIASES"
    assert subgraph_calls.count() == 0
    spread = await gql(
        "query { ...F ...F2 } fragment F on Query { "
        + " ".join(f"a{i}: households(first: 1) {{ id }}" for i in range(30))
        + " } fragment F2 on Query { ...F }"
    )
    assert spread["_status"] == 400 and spread["errors"][0]["extensions"]["code"] == "QUERY_TOO_MANY_ALIASES"
    few = await gql("{ a: households(first: 1) { id } b: households(first: 2) { id } }")
    assert "errors" not in few and len(few["data"]["b"]) == 2
