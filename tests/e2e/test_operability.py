"""Operability of the running system: /metrics, the line logged per request, and a trace continued from the caller."""

from __future__ import annotations

import json
import logging

from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from prometheus_client.parser import text_string_to_metric_families
from starlette.applications import Starlette

from kernel.logs import JsonFormatter
from kernel.metrics import metrics_route
from kernel.telemetry import configure_tracing
from services.supervision import projection
from tests.disbursement.support import compiled, next_period

ID_NUMBER, NAME = "11010519491231002X", "欧阳明远"
ADD_MEMBER = """mutation AddMember($h: ID!, $n: String!, $i: String!) {
  addMember(householdId: $h, name: $n, idNumber: $i, relation: CHILD) { id } }"""
DASHBOARD = "query Dashboard { households(first: 5) { id payments { amount } findings { rule } } }"
TRACE_ID, PARENT_ID = "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7"


async def scrape(client) -> dict[str, list]:
    """The /metrics page parsed as Prometheus parses it: samples by sample name."""
    response = await client.get("/metrics")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    samples: dict[str, list] = {}
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            samples.setdefault(sample.name, []).append(sample)
    return samples


def value(samples: dict[str, list], name: str, **labels: str) -> float:
    return sum(s.value for s in samples.get(name, []) if all(s.labels.get(k) == v for k, v in labels.items()))


async def test_metrics_count_requests_per_operation_and_subgraph_and_show_pools(client, gql):
    # given the page as it stands
    before = await scrape(client)
    # when a named dashboard query crosses the three subgraphs
    body = await gql(DASHBOARD)
    assert "errors" not in body
    after = await scrape(client)
    # then the gateway counted one more Dashboard answered with 200, and timed it
    requests = {"service": "gateway", "operation": "Dashboard", "status": "200"}
    assert value(after, "dibao_requests_total", **requests) == value(before, "dibao_requests_total", **requests) + 1
    assert value(after, "dibao_request_duration_seconds_count", service="gateway", operation="Dashboard") >= 1
    # and each subgraph served its part and counted it under its own name
    for subgraph in ("households", "disbursement", "supervision"):
        fetched = {"subgraph": subgraph, "outcome": "ok"}
        assert value(after, "dibao_subgraph_fetches_total", **fetched) > value(
            before, "dibao_subgraph_fetches_total", **fetched
        )
        assert value(after, "dibao_requests_total", service=subgraph, status="200") > value(
            before, "dibao_requests_total", service=subgraph, status="200"
        )
    # and every PostgreSQL pool of the process shows its size and what is lent out
    for database in ("households", "disbursement", "supervision", "authz"):
        assert value(after, "dibao_db_pool_max", database=database) == 16
        assert 1 <= value(after, "dibao_db_pool_connections", database=database) <= 16
        assert (
            0
            <= value(after, "dibao_db_pool_in_use", database=database)
            <= value(after, "dibao_db_pool_connections", database=database)
        )


async def test_a_compiled_roster_shows_in_the_roster_count_by_state(client, gql):
    # given the count of compiled rosters
    before = value(await scrape(client), "dibao_rosters", state="COMPILED")
    # when a township compiles a roster for a new month
    await compiled(gql, next_period())
    # then the page shows one more, counted at scrape time
    assert value(await scrape(client), "dibao_rosters", state="COMPILED") == before + 1


async def test_feed_lag_counts_the_events_supervision_has_not_read(client):
    from services.households import events
    from services.households.models import Household

    # given supervision has read the households feed and the paid lines to the end
    await projection.sync()
    families = await scrape(client)
    assert value(families, "dibao_feed_lag_events", feed="households", consumer="supervision") == 0
    assert value(families, "dibao_feed_lag_events", feed="paid_lines", consumer="supervision") == 0
    assert value(families, "dibao_feed_last_read_timestamp_seconds", feed="households", consumer="supervision") > 0
    # when households records two changes
    household = await Household.first()
    for _ in range(2):
        await events.household_changed(household=household)
    # then supervision is two events behind until it syncs again
    assert value(await scrape(client), "dibao_feed_lag_events", feed="households", consumer="supervision") == 2
    await projection.sync()
    assert value(await scrape(client), "dibao_feed_lag_events", feed="households", consumer="supervision") == 0


async def test_no_personal_data_reaches_the_metrics_or_the_request_log(client, gql, caplog):
    # given request lines are recorded
    caplog.set_level(logging.INFO, logger="dibao.request")
    # when an officer sends a name and an ID number (to a household that does not exist, so nothing is written)
    body = await gql(ADD_MEMBER, {"h": "999999999", "n": NAME, "i": ID_NUMBER}, user="township.officer")
    assert body["errors"] and body["data"] is None
    # then the gateway and the households subgraph each wrote one line with who, what, how it went and how long
    lines = [json.loads(JsonFormatter().format(r)) for r in caplog.records if r.name == "dibao.request"]
    by_service = {line["service"]: line for line in lines if line["operation"].startswith("AddMember")}
    assert set(by_service) == {"gateway", "households"}, lines
    gateway = by_service["gateway"]
    assert {"timestamp", "trace_id", "user", "operation", "status", "duration_ms"} <= set(gateway)
    assert gateway["user"] == "township.officer" and gateway["operation"] == "AddMember" and gateway["status"] == 200
    assert gateway["errors"] == 1 and gateway["duration_ms"] > 0 and len(gateway["trace_id"]) == 32
    # and both name the same trace, so the subgraph's line can be found from the gateway's
    assert by_service["households"]["trace_id"] == gateway["trace_id"]
    assert by_service["households"]["user"] == "township.officer"
    # and neither the log nor /metrics holds the name or the ID number
    logged = "\n".join(JsonFormatter().format(r) for r in caplog.records)
    page = (await client.get("/metrics")).text
    for secret in (NAME, ID_NUMBER, ID_NUMBER[:17]):
        assert secret not in logged and secret not in page


async def test_the_gateway_continues_the_callers_traceparent(gql):
    # given spans are collected in memory
    exporter = InMemorySpanExporter()
    configure_tracing("dibao-test", processor=SimpleSpanProcessor(exporter))
    try:
        # when a caller sends its own trace context with the query
        body = await gql(DASHBOARD, headers={"traceparent": f"00-{TRACE_ID}-{PARENT_ID}-01"})
        assert "errors" not in body
        spans = [s for s in exporter.get_finished_spans() if format(s.context.trace_id, "032x") == TRACE_ID]
    finally:
        exporter.shutdown()
    # then the gateway's server span hangs under the caller's span
    server = [s for s in spans if s.instrumentation_scope.name == "dibao.http"]
    assert [s.name for s in server] == ["POST /graphql"] and format(server[0].parent.span_id, "016x") == PARENT_ID
    # and the operation, the subgraph fetches and the subgraphs' own spans are all in the caller's trace
    names = {s.name for s in spans}
    assert "gateway.operation" in names
    assert {"subgraph households", "subgraph disbursement", "subgraph supervision"} <= names
    served = {
        str(s.attributes.get("server.address") or s.attributes.get("http.host")).split(":")[0]
        for s in spans
        if s.kind.name == "SERVER" and s not in server
    }
    assert {"households.in-process", "disbursement.in-process", "supervision.in-process"} <= served


async def test_with_a_metrics_token_the_page_is_refused_to_anyone_without_it():
    import httpx

    # given a process whose /metrics is restricted by a token
    app = Starlette(routes=[metrics_route(token="scrape-secret-0123456789")])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://metrics.test") as http:
        # when it is read without the token, with a wrong one, and with the right one
        missing = await http.get("/metrics")
        wrong = await http.get("/metrics", headers={"authorization": "Bearer scrape-secret-x"})
        right = await http.get("/metrics", headers={"authorization": "Bearer scrape-secret-0123456789"})
    # then only the holder of the token gets the figures
    assert missing.status_code == wrong.status_code == 401
    assert missing.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED" and "dibao_" not in missing.text
    assert right.status_code == 200 and "dibao_requests_total" in right.text


async def test_file_downloads_are_logged_with_the_caller_and_no_query_string(client, tokens, caplog):
    # given request lines are recorded
    caplog.set_level(logging.INFO, logger="dibao.request")
    # when a bank asks the gateway for a batch file that does not exist, with a query string
    token = await tokens("bank.rcc")
    response = await client.get(
        f"/files/batches/999999/lines.csv?holder={NAME}", headers={"authorization": f"Bearer {token}"}
    )
    assert response.status_code in (403, 404)
    # then the gateway and disbursement each logged it under the bank's username, counted as /files
    lines = [json.loads(JsonFormatter().format(r)) for r in caplog.records if r.name == "dibao.request"]
    files = [line for line in lines if line["operation"] == "/files"]
    assert {line["service"] for line in files} == {"gateway", "disbursement"}, lines
    assert all(line["user"] == "bank.rcc" and line["path"] == "/files/batches/999999/lines.csv" for line in files)
    assert all(NAME not in JsonFormatter().format(r) for r in caplog.records)
