"""One gateway request yields spans in the gateway and in every subgraph it called, under one trace id."""

from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from kernel.telemetry import configure_tracing


async def test_spans_of_one_request_share_a_trace_id(gql, tokens):
    # given a signed-in officer and an in-memory exporter on this process's tracer provider
    await tokens("municipal.officer")
    exporter = InMemorySpanExporter()
    configure_tracing("dibao-test", processor=SimpleSpanProcessor(exporter))
    # when a dashboard query crosses all three subgraphs
    body = await gql("{ households(first: 5) { id payments { amount } findings { rule } } }")
    assert "errors" not in body
    spans = exporter.get_finished_spans()
    # then the gateway's spans and each subgraph's server spans carry the same trace id
    gateway_spans = [s for s in spans if s.name.startswith("gateway")]
    assert gateway_spans, [s.name for s in spans]
    trace_ids = {s.context.trace_id for s in spans}
    assert len(trace_ids) == 1
    served = {
        s.attributes.get("server.address") or s.attributes.get("http.host") for s in spans if s.kind.name == "SERVER"
    }
    assert {"households.in-process", "disbursement.in-process", "supervision.in-process"} <= {
        str(h).split(":")[0] for h in served
    }
