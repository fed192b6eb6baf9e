"""The processes as production runs them (DIBAO_ENV=production, a metrics token): JSON logs, /metrics, trace ids."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import httpx
import pytest

from kernel.settings import SERVICES
from tests.conftest import DEMO_PASSWORD
from tests.gateway.processes import free_port, output_of, start, wait_until_up

METRICS_TOKEN = "metrics-token-for-the-scraper-0123456789"
ID_NUMBER, NAME = "11010519491231002X", "欧阳明远"
TRACE_ID = "0af7651916cd43dd8448eb211c80319c"
ADD_MEMBER = """mutation AddMember($h: ID!, $n: String!, $i: String!) {
  addMember(householdId: $h, name: $n, idNumber: $i, relation: CHILD) { id } }"""


@pytest.fixture(scope="module")
def production(databases):
    """The three subgraphs and the gateway as separate production processes; yields their base URLs and logs."""
    ports = {name: free_port() for name in (*SERVICES, "gateway")}
    env = {
        **os.environ,
        "DIBAO_ENV": "production",
        "DIBAO_METRICS_TOKEN": METRICS_TOKEN,
        "OTEL_TRACES_EXPORTER": "none",
        **{f"DIBAO_{name.upper()}_URL": f"http://127.0.0.1:{ports[name]}/graphql" for name in SERVICES},
    }
    processes: dict[str, subprocess.Popen] = {}
    try:
        for name in SERVICES:
            processes[name] = start(
                [sys.executable, "-m", "dibao.cli", "serve-subgraph", name, "--port", str(ports[name])], env=env
            )
        processes["gateway"] = start(
            [sys.executable, "-m", "dibao.cli", "serve-gateway", "--port", str(ports["gateway"])], env=env
        )
        for name, process in processes.items():
            wait_until_up(f"http://127.0.0.1:{ports[name]}/healthz", process)
        yield {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}, processes
    finally:
        for process in processes.values():
            process.terminate()
        for process in processes.values():
            process.wait(timeout=20)


def test_each_process_logs_json_lines_with_the_callers_trace_and_no_personal_data(production):
    urls, processes = production
    # given an officer signed in at the gateway
    token = httpx.post(
        f"{urls['gateway']}/auth/token", data={"username": "township.officer", "password": DEMO_PASSWORD}
    ).json()["access_token"]
    # when they send a member's name and ID number under their own trace (to no household, so nothing is written)
    response = httpx.post(
        f"{urls['gateway']}/graphql",
        timeout=30,
        json={"query": ADD_MEMBER, "variables": {"h": "999999999", "n": NAME, "i": ID_NUMBER}},
        headers={"authorization": f"Bearer {token}", "traceparent": f"00-{TRACE_ID}-b7ad6b7169203331-01"},
    )
    assert response.status_code == 200 and response.json()["data"] is None
    # a request's line is written once its answer has gone: wait (briefly) until both processes have written it
    for _ in range(100):
        logs = {name: output_of(process) for name, process in processes.items()}
        if all(TRACE_ID in logs[name] for name in ("gateway", "households")):
            break
        time.sleep(0.05)
    # then every line each process wrote is one JSON object
    lines = {name: [json.loads(line) for line in text.splitlines() if line.strip()] for name, text in logs.items()}
    # and the gateway and households each logged the request once, under the caller's trace id, naming the officer
    for name in ("gateway", "households"):
        mine = [
            line for line in lines[name] if line.get("logger") == "dibao.request" and line.get("trace_id") == TRACE_ID
        ]
        assert len(mine) == 1, lines[name]
        assert mine[0]["user"] == "township.officer" and mine[0]["operation"].startswith("AddMember")
        assert mine[0]["status"] == 200 and isinstance(mine[0]["duration_ms"], float) and mine[0]["timestamp"]
    # and no log holds the name or the ID number
    for text in logs.values():
        assert NAME not in text and ID_NUMBER not in text and ID_NUMBER[:17] not in text


def test_each_process_serves_metrics_only_with_the_token(production):
    urls, _ = production
    for name, url in urls.items():
        # when /metrics is read without the token, then with it
        refused = httpx.get(f"{url}/metrics")
        page = httpx.get(f"{url}/metrics", headers={"authorization": f"Bearer {METRICS_TOKEN}"})
        # then only the token holder gets the figures, and each process counts its own requests
        assert refused.status_code == 401 and "dibao_" not in refused.text
        assert page.status_code == 200 and "# TYPE dibao_requests_total counter" in page.text, name
    disbursement = httpx.get(
        f"{urls['disbursement']}/metrics", headers={"authorization": f"Bearer {METRICS_TOKEN}"}
    ).text
    assert "# TYPE dibao_rosters gauge" in disbursement and "# TYPE dibao_payment_batches gauge" in disbursement
    assert 'dibao_db_pool_max{database="disbursement"} 16.0' in disbursement
