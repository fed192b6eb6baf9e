"""Tracing: one operation span, one span per plan node and per subgraph call, propagated to subgraphs."""

from __future__ import annotations

from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from kernel.telemetry import configure_tracing


async def test_an_operation_is_traced_end_to_end(post, transports):
    # given spans are collected in memory (on the process-wide provider)
    exporter = InMemorySpanExporter()
    configure_tracing("dibao-gateway-test", processor=SimpleSpanProcessor(exporter))
    try:
        # when the same named operation runs twice
        query = "query Dashboard { households(first: 3) { id payments { amount } findings { rule } } }"
        for _ in range(2):
            status, _ = await post(query)
            assert status == 200
        spans = exporter.get_finished_spans()
    finally:
        exporter.shutdown()
    operations = [s for s in spans if s.name == "gateway.operation"]
    # then each request has one operation span, named, telling whether the plan was cached
    assert [s.attributes["graphql.operation.name"] for s in operations] == ["Dashboard", "Dashboard"]
    assert [s.attributes["dibao.plan_cache_hit"] for s in operations] == [False, True]
    last_trace = operations[-1].context.trace_id
    in_last = [s for s in spans if s.context.trace_id == last_trace]
    names = sorted(s.name for s in in_last)
    # and the plan nodes and subgraph calls are spans of the same trace
    assert names.count("gateway.fetch") == 1 and names.count("gateway.flatten") == 2
    assert {s.attributes["dibao.subgraph"] for s in in_last if s.name.startswith("subgraph ")} == {
        "households",
        "disbursement",
        "supervision",
    }
    # and the subgraphs receive the trace context, so their server spans hang under the gateway's calls
    last_requests = [t.requests[-1] for t in transports.values()]
    assert all(f"{last_trace:032x}" in r.headers["traceparent"] for r in last_requests)
    calls = {s.context.span_id: s.attributes["dibao.subgraph"] for s in in_last if s.name.startswith("subgraph ")}
    served = [s for s in in_last if s.kind.name == "SERVER"]
    assert sorted(calls[s.parent.span_id] for s in served) == ["disbursement", "households", "supervision"]
