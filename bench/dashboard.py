"""Dashboard query latency through the embedded gateway (three subgraphs, one request each): the old list, the same
page as a connection (with and without its total), and paging a connection from the first page to the last.

`python -m bench.dashboard` seeds its own throwaway databases (`DIBAO_BENCH_HOUSEHOLDS`, 20,000 by default)."""

from __future__ import annotations

import asyncio
import os
import time

import httpx
from asgi_lifespan import LifespanManager

from bench import harness
from bench.harness import timed

QUERY = "query($n: Int!) { households(first: $n) { id head { name } payments { amount } findings { rule } } }"
CONNECTION = """query($n: Int!, $after: String) { householdsConnection(first: $n, after: $after) {
  edges { cursor node { id head { name } payments { amount } findings { rule } } } pageInfo { hasNextPage endCursor } } }"""
COUNTED = """query($n: Int!) { householdsConnection(first: $n) { totalCount
  nodes { id head { name } payments { amount } findings { rule } } } }"""
WALK = "query($after: String) { householdsConnection(first: 1000, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }"


async def run(settings) -> list[dict]:
    from dibao.system import create_system_app

    app = create_system_app(settings)
    lines = []
    async with LifespanManager(app, startup_timeout=60) as manager:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=manager.app), base_url="http://bench") as client:
            token = (
                await client.post("/auth/token", data={"username": "municipal.officer", "password": "dibao-demo-2026"})
            ).json()
            headers = {"authorization": f"Bearer {token['access_token']}"}
            for size in (50, 500):

                async def call(size=size):
                    response = await client.post(
                        "/graphql", json={"query": QUERY, "variables": {"n": size}}, headers=headers
                    )
                    assert response.status_code == 200 and "errors" not in response.json(), response.text[:300]

                await call()  # warm the plan cache and connections
                lines.append({"name": "dashboard_query", "households": size, **await timed(call, 30)})
                for name, query in (
                    ("dashboard_query_connection", CONNECTION),
                    ("dashboard_query_connection_total", COUNTED),
                ):

                    async def page(query=query, size=size):
                        response = await client.post(
                            "/graphql", json={"query": query, "variables": {"n": size}}, headers=headers
                        )
                        assert response.status_code == 200 and "errors" not in response.json(), response.text[:300]

                    await page()
                    lines.append({"name": name, "households": size, **await timed(page, 30)})
            lines.append({"name": "connection_walk_city", **await _walk(client, headers)})
    return lines


async def _walk(client: httpx.AsyncClient, headers: dict) -> dict:
    """Every household of the city by pages of 1,000, cursor to cursor: the time per page stays flat (keyset)."""
    cursor, pages, rows, slowest = None, 0, 0, 0.0
    started = time.perf_counter()
    while True:
        began = time.perf_counter()
        response = await client.post("/graphql", json={"query": WALK, "variables": {"after": cursor}}, headers=headers)
        slowest = max(slowest, time.perf_counter() - began)
        page = response.json()["data"]["householdsConnection"]
        pages, rows = pages + 1, rows + len(page["nodes"])
        if not page["pageInfo"]["hasNextPage"]:
            break
        cursor = page["pageInfo"]["endCursor"]
    seconds = time.perf_counter() - started
    return {
        "households": rows,
        "pages": pages,
        "seconds": round(seconds, 2),
        "mean_page_ms": round(seconds / pages * 1000, 1),
        "slowest_page_ms": round(slowest * 1000, 1),
    }


async def main() -> None:
    households = int(os.environ.get("DIBAO_BENCH_HOUSEHOLDS", "20000"))
    async with harness.databases("dibao_bench_dash") as settings:
        harness.cli("migrate")
        harness.cli("seed", "--households", str(households), "--seed", "1")
        from bench.__main__ import emit

        for line in await run(settings):
            emit(line.pop("name"), **line)


if __name__ == "__main__":
    asyncio.run(main())
