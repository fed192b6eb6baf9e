"""The embedded default (`make run`): SQLite files under a data folder, one process serving everything."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest

from tests.conftest import DEMO_PASSWORD, ROOT
from tests.gateway.processes import free_port, start, wait_until_up


@pytest.fixture(scope="module")
def embedded(tmp_path_factory):
    """`dibao migrate`, `dibao seed`, `dibao serve` on SQLite, as the README's first command runs them."""
    data = tmp_path_factory.mktemp("var")
    env = {key: value for key, value in os.environ.items() if not key.endswith("DATABASE_URL")}
    env["DIBAO_DATA_DIR"] = str(data)
    for args in (("migrate",), ("seed", "--households", "120", "--if-empty")):
        done = subprocess.run(
            [sys.executable, "-m", "dibao.cli", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
        )
        assert done.returncode == 0, done.stderr
    port = free_port()
    server = start([sys.executable, "-m", "dibao.cli", "serve", "--port", str(port)], env=env)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/healthz", server)
        yield f"http://127.0.0.1:{port}", data
    finally:
        server.terminate()
        server.wait(timeout=20)


def sign_in(base: str, username: str) -> str:
    answer = httpx.post(f"{base}/auth/token", data={"username": username, "password": DEMO_PASSWORD})
    assert answer.status_code == 200, answer.text
    return answer.json()["access_token"]


def test_the_embedded_system_keeps_its_databases_in_sqlite_files(embedded):
    _, data = embedded
    assert {p.name for p in data.glob("*.sqlite3")} >= {
        "households.sqlite3",
        "disbursement.sqlite3",
        "supervision.sqlite3",
        "authz.sqlite3",
    }


def test_the_dashboard_query_works_on_the_embedded_default(embedded):
    base, _ = embedded
    token = sign_in(base, "county.auditor")
    response = httpx.post(
        f"{base}/graphql",
        headers={"authorization": f"Bearer {token}"},
        timeout=30,
        json={"query": "{ households(first: 5) { id regionCode payments { amount } findings { rule } } }"},
    )
    body = response.json()
    assert response.status_code == 200 and "errors" not in body, body
    assert len(body["data"]["households"]) == 5
    assert all(h["regionCode"].startswith("431102") for h in body["data"]["households"])


def test_a_signed_out_token_is_refused_on_the_embedded_default(embedded):
    # given a signed-in officer whose token works
    base, _ = embedded
    token = sign_in(base, "municipal.officer")
    query = {"query": "{ households(first: 1) { id } }"}
    assert (
        "errors" not in httpx.post(f"{base}/graphql", json=query, headers={"authorization": f"Bearer {token}"}).json()
    )
    # when they sign out
    assert httpx.post(f"{base}/auth/logout", headers={"authorization": f"Bearer {token}"}).status_code == 204
    # then the same token is refused with a code
    refused = httpx.post(f"{base}/graphql", json=query, headers={"authorization": f"Bearer {token}"})
    assert refused.status_code == 401
    assert refused.json()["errors"][0]["extensions"]["code"] == "TOKEN_REVOKED"
    # and signing out everywhere also ends a session that was never named
    other_session, current = sign_in(base, "municipal.officer"), sign_in(base, "municipal.officer")
    assert (
        httpx.post(
            f"{base}/auth/logout", data={"everywhere": "true"}, headers={"authorization": f"Bearer {current}"}
        ).status_code
        == 204
    )
    ended = httpx.post(f"{base}/graphql", json=query, headers={"authorization": f"Bearer {other_session}"})
    assert ended.status_code == 401
    assert ended.json()["errors"][0]["extensions"]["code"] == "TOKEN_REVOKED"
