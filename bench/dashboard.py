"""Dashboard query latency through the embedded gateway (three subgraphs, one request each)."""

from __future__ import annotations

import httpx
from asgi_lifespan import LifespanManager

from bench.harness import timed

QUERY = "query($n: Int!) { households(first: $n) { id head { name } payments { amount } findings { rule } } }"


async def run(settings) -> list[dict]:
    from dibao.system import create_system_app

    app = create_system_app(settings)
    lines = []
    async with LifespanManager(app, startup_timeout=60) as manager:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=manager.app), base_url="http://bench") as client:
            token = (await client.post("/auth/token", data={"username": "municipal.officer", "password": "dibao-demo-2026"})).json()
            headers = {"authorization": f"Bearer {token['access_token']}"}
            for size in (50, 500):
                async def call(size=size):
                    response = await client.post("/graphql", json={"query": QUERY, "variables": {"n": size}}, headers=headers)
                    assert response.status_code == 200 and "errors" not in response.json(), response.text[:300]

                await call()  # warm the plan cache and connections
                lines.append({"name": "dashboard_query", "households": size, **await timed(call, 30)})
    return lines
