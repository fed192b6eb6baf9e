"""The multi-process deployment: three subgraph processes and the gateway process talking HTTP."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest

from kernel.settings import SERVICES
from tests.conftest import DEMO_PASSWORD
from tests.gateway.processes import free_port, service_ports, start, wait_until_up, with_service_urls


@pytest.fixture(scope="module")
def deployment(databases):
    """Separate processes on free loopback ports, stopped after the module."""
    processes: list[subprocess.Popen] = []
    ports = service_ports()
    env = with_service_urls(os.environ, ports)
    try:
        for service, port in ports.items():
            process = start(
                [sys.executable, "-m", "dibao.cli", "serve-subgraph", service, "--port", str(port)], env=env
            )
            processes.append(process)
            wait_until_up(f"http://127.0.0.1:{port}/healthz", process)
        port = free_port()
        gateway = start([sys.executable, "-m", "dibao.cli", "serve-gateway", "--port", str(port)], env=env)
        processes.append(gateway)
        wait_until_up(f"http://127.0.0.1:{port}/healthz", gateway)
        yield f"http://127.0.0.1:{port}", env
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=20)


def test_the_dashboard_query_works_across_processes(deployment):
    base, _ = deployment
    token = httpx.post(f"{base}/auth/token", data={"username": "county.auditor", "password": DEMO_PASSWORD}).json()
    response = httpx.post(
        f"{base}/graphql",
        json={
            "query": "{ households(first: 20) { id regionCode head { name } payments { amount } findings { rule } } }"
        },
        headers={"authorization": f"Bearer {token['access_token']}"},
        timeout=30,
    )
    body = response.json()
    assert response.status_code == 200 and "errors" not in body, body
    assert len(body["data"]["households"]) == 20
    assert all(h["regionCode"].startswith("431102") for h in body["data"]["households"])


def test_a_subgraph_process_refuses_a_request_without_a_token(deployment):
    _, env = deployment
    response = httpx.post(env["DIBAO_DISBURSEMENT_URL"], json={"query": "{ payments(first: 5) { amount } }"})
    assert response.status_code == 401
    assert response.json()["data"] is None


def test_each_subgraph_process_is_ready_once_its_database_answers(deployment):
    """/readyz (Kubernetes readiness) checks the subgraph's own database; /healthz only that it runs."""
    _, env = deployment
    for service in SERVICES:
        url = env[f"DIBAO_{service.upper()}_URL"].removesuffix("/graphql")
        response = httpx.get(f"{url}/readyz", timeout=10)
        assert response.status_code == 200, response.text
        assert response.json() == {"status": "ready", "service": service, "databases": {service: True}}


def test_the_gateway_process_relays_no_path_outside_the_file_shapes(deployment):
    base, _ = deployment
    token = httpx.post(f"{base}/auth/token", data={"username": "bank.rcc", "password": DEMO_PASSWORD}).json()
    headers = {"authorization": f"Bearer {token['access_token']}"}
    for path in ("/files/batches/1/..%2f..%2f..%2fhealthz", "/files/batches/1/..%2F..%2F..%2Fgraphql"):
        response = httpx.get(base + path, headers=headers)
        assert response.status_code == 404, path
        assert response.json()["errors"][0]["extensions"]["code"] == "FILE_NOT_FOUND"


def _raw_post(base: str, head: str, chunks: int) -> bytes:
    """Send a request head and up to `chunks` 1 MiB chunks over a plain socket; the answer's head."""
    import socket

    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as conn:
        conn.sendall(head.encode())
        try:
            for _ in range(chunks):
                conn.sendall(b"100000\r\n" + b"x" * (1 << 20) + b"\r\n")
        except OSError:
            pass  # the server answered and closed: the rest was never read
        answer = b""
        while b"\r\n\r\n" not in answer and (chunk := conn.recv(65536)):
            answer += chunk
        return answer


def test_the_gateway_process_answers_an_endless_upload_with_413_and_headers(deployment):
    base, _ = deployment
    token = httpx.post(f"{base}/auth/token", data={"username": "county.auditor", "password": DEMO_PASSWORD}).json()
    head = (
        f"POST /graphql HTTP/1.1\r\nHost: dibao\r\nAuthorization: Bearer {token['access_token']}\r\n"
        "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    answer = _raw_post(base, head, 300)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b"connection: close" in answer and b"x-frame-options: DENY" in answer
    anonymous = _raw_post(base, head.replace(f"Authorization: Bearer {token['access_token']}\r\n", ""), 1)
    assert anonymous.startswith(b"HTTP/1.1 401"), anonymous[:200]
