"""Our gateway against @apollo/gateway over the same subgraph processes: latency, throughput, overhead, planning.
Hive Gateway, a second reference, is measured against ours in rounds of its own after each Apollo comparison;
its figures (with ours from those rounds) are written beside Apollo's.

Run alone with `python -m bench.gateway` (seeds its own databases), or as part of `make bench`.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

CASES = {
    "a_root_field": "{ households(first: 20) { id status } }",
    "b_households_payments_100": "{ households(first: 100) { id payments { period amount } } }",
    "c_three_subgraphs_100": "{ households(first: 100) { id payments { amount } findings { rule } } }",
    "c_three_subgraphs_1000": "{ households(first: 1000) { id payments { amount } findings { rule } } }",
}
REQUESTS = {1: 200, 32: 640}
"""Requests per gateway and measurement at each concurrency; the 1,000-household case sends fewer (see
`requests_for`). A subgraph's answer to the same request varies by a quarter from one to the next, so a
median needs many."""


def requests_for(case: str, concurrency: int) -> int:
    """The 1,000-household case costs the subgraphs about a fifth of a second of CPU a request: two waves at 32,
    and at 1 a hundred and twenty requests."""
    if "1000" in case:
        return 2 * concurrency if concurrency > 1 else 120
    return REQUESTS[concurrency]


async def load(
    client: httpx.AsyncClient, url: str, query: str, headers: dict[str, str], concurrency: int, total: int
) -> dict[str, Any]:
    """p50/p99 latency (ms) and throughput (requests/s) for `total` requests at a concurrency."""
    samples, failed, elapsed = await _samples(client, url, query, headers, concurrency, total)
    return _figures(samples, failed, elapsed)


async def _samples(
    client: httpx.AsyncClient, url: str, query: str, headers: dict[str, str], concurrency: int, total: int
) -> tuple[list[float], int, float]:
    samples: list[float] = []
    failed = 0
    queue = iter(range(total))

    async def worker() -> None:
        nonlocal failed
        for _ in queue:
            started = time.perf_counter()
            response = await client.post(url, json={"query": query}, headers=headers)
            failed += response.status_code != 200 or "errors" in response.json()
            samples.append((time.perf_counter() - started) * 1000)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return samples, failed, time.perf_counter() - started


def _figures(samples: list[float], failed: int, elapsed: float) -> dict[str, Any]:
    samples = sorted(samples)
    return {
        "p50_ms": round(statistics.median(samples), 2),
        "p99_ms": round(samples[min(len(samples) - 1, int(len(samples) * 0.99))], 2),
        "rps": round(len(samples) / elapsed, 1),
        "requests": len(samples),
        "failed": failed,
    }


async def compare(
    client: httpx.AsyncClient, urls: dict[str, str], query: str, headers: dict[str, str], concurrency: int, total: int
) -> dict[str, dict[str, Any]]:
    """Both gateways in alternating rounds (A B B A A B …), so a busy moment on the machine, or a slow stretch
    of a subgraph, hits both alike. One at a time a round is ten requests; at a concurrency it is half the
    requests (A B B A), so that the load is steady for most of a round rather than starting and draining."""
    gathered: dict[str, tuple[list[float], int, float]] = {name: ([], 0, 0.0) for name in urls}
    chunk = 10 if concurrency == 1 else max(concurrency, total // 2)
    rounds = max(1, total // chunk)
    order = [name for turn in range(rounds) for name in (list(urls) if turn % 2 == 0 else list(reversed(urls)))]
    for name in order:
        samples, failed, elapsed = await _samples(client, urls[name], query, headers, concurrency, chunk)
        before = gathered[name]
        gathered[name] = (before[0] + samples, before[1] + failed, before[2] + elapsed)
    return {name: _figures(*figures) for name, figures in gathered.items()}


async def overhead(
    client: httpx.AsyncClient, subgraph: str, gateway: str, query: str, headers: dict[str, str], rounds: int = 200
) -> dict[str, Any]:
    """Case (a) one request at a time, straight to the subgraph and through the gateway, interleaved."""
    direct: list[float] = []
    through: list[float] = []
    for _ in range(rounds):
        for url, samples in ((subgraph, direct), (gateway, through)):
            started = time.perf_counter()
            await client.post(url, json={"query": query}, headers=headers)
            samples.append((time.perf_counter() - started) * 1000)
    subgraph_ms, gateway_ms = statistics.median(direct), statistics.median(through)
    return {
        "subgraph_p50_ms": round(subgraph_ms, 2),
        "gateway_p50_ms": round(gateway_ms, 2),
        "overhead_ms": round(gateway_ms - subgraph_ms, 2),
    }


def planning(sdls: dict[str, str]) -> list[dict[str, Any]]:
    """Cold planning time per case, and the plan cache hit rate over the benchmark's request mix."""
    from graphql import parse

    from gateway import QueryPlanner, compose

    supergraph = compose(sdls)
    lines = []
    for name, query in CASES.items():
        document = parse(query)
        samples = []
        for _ in range(20):
            started = time.perf_counter()
            QueryPlanner(supergraph).plan(document)
            samples.append((time.perf_counter() - started) * 1000)
        lines.append({"name": "gateway_cold_plan", "case": name, "p50_ms": round(statistics.median(samples), 3)})
    planner, hits, total = QueryPlanner(supergraph), 0, 0
    for query in CASES.values():
        for _ in range(sum(REQUESTS.values()) * 2):  # the same mix of texts as the load above
            hits += planner.plan_with_cache_info(parse(query), None)[1]
            total += 1
    lines.append({"name": "gateway_plan_cache", "hit_rate": round(hits / total, 4), "requests": total})
    return lines


async def run(settings: Any) -> list[dict[str, Any]]:
    """Start subgraph processes, our gateway process and the reference gateway; measure both."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.gateway.processes import (
        apollo_compose,
        fetch_sdl,
        free_port,
        hive_gateway,
        product_subgraphs,
        reference_gateway,
        running,
    )

    lines: list[dict[str, Any]] = []
    # The reference gateway waits for a subgraph as long as it takes; ours is given the same patience here.
    subgraph_env = {**os.environ, "DIBAO_SUBGRAPH_TIMEOUT_SECONDS": "120"}
    with product_subgraphs(subgraph_env) as urls:
        env = {**subgraph_env, **{f"DIBAO_{name.upper()}_URL": url for name, url in urls.items()}}
        port = free_port()
        ours = f"http://127.0.0.1:{port}/graphql"
        with running(
            [sys.executable, "-m", "dibao.cli", "serve-gateway", "--port", str(port)],
            f"http://127.0.0.1:{port}/healthz",
            env=env,
        ):

            def signed_in() -> dict[str, str]:  # access tokens live 15 minutes; a slow machine outlasts one
                token = httpx.post(
                    f"http://127.0.0.1:{port}/auth/token",
                    data={"username": "municipal.officer", "password": "dibao-demo-2026"},
                ).json()
                return {"authorization": f"Bearer {token['access_token']}"}

            headers = signed_in()
            sdls = {name: fetch_sdl(url, headers["authorization"]) for name, url in urls.items()}
            composed = apollo_compose({name: (urls[name], sdl) for name, sdl in sdls.items()})
            with (
                reference_gateway(composed["supergraphSdl"], Path(tempfile.mkdtemp())) as theirs,
                hive_gateway(composed["supergraphSdl"], Path(tempfile.mkdtemp())) as hive,
            ):
                # both servers drop a connection idle for 5 s: reusing one just then would fail the request
                async with httpx.AsyncClient(
                    timeout=300, limits=httpx.Limits(max_connections=64, keepalive_expiry=4)
                ) as client:
                    for name, query in CASES.items():
                        headers = signed_in()
                        for url in (ours, theirs, hive):  # warm all: plans cached, pools open
                            await load(client, url, query, headers, 2, 4)
                        for concurrency in REQUESTS:
                            total = requests_for(name, concurrency)
                            measured = await compare(
                                client, {"ours": ours, "apollo": theirs}, query, headers, concurrency, total
                            )
                            mine, reference = measured["ours"], measured["apollo"]
                            # Hive in rounds of its own with ours, so the Apollo comparison is measured as before
                            beside = await compare(
                                client, {"ours": ours, "hive": hive}, query, headers, concurrency, total
                            )
                            second = {**beside["hive"], "ours_p50_ms": beside["ours"]["p50_ms"]}
                            lines.append(
                                {
                                    "name": "gateway_vs_apollo",
                                    "case": name,
                                    "concurrency": concurrency,
                                    "ours": mine,
                                    "apollo": reference,
                                    "p50_ratio": round(mine["p50_ms"] / reference["p50_ms"], 3),
                                    "p99_ratio": round(mine["p99_ms"] / reference["p99_ms"], 3),
                                    "throughput_ratio": round(mine["rps"] / reference["rps"], 3),
                                    "hive": second,
                                    "hive_p50_ratio": round(beside["ours"]["p50_ms"] / beside["hive"]["p50_ms"], 3),
                                }
                            )
                    figures = await overhead(client, urls["households"], ours, CASES["a_root_field"], signed_in())
                    lines.append({"name": "gateway_overhead", "case": "a_root_field", **figures})
    return lines + planning(sdls)


async def main() -> None:
    from bench import harness
    from bench.__main__ import emit

    households = int(os.environ.get("DIBAO_BENCH_HOUSEHOLDS", "2000"))
    async with harness.databases("dibao_bench_gw") as settings:
        harness.cli("migrate")
        harness.cli("seed", "--households", str(households), "--seed", "1")
        for line in await run(settings):
            emit(line.pop("name"), **line)


if __name__ == "__main__":
    asyncio.run(main())
