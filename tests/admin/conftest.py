"""Admin fixtures: a fresh browser-like client per user on the shared system app (its own cookie jar)."""

from __future__ import annotations

import httpx
import pytest

from dibao.seed import DEMO_PASSWORD



@pytest.fixture
async def browser(system):
    """Open clients bound to the running system app; each has its own cookies, like a separate browser."""
    opened: list[httpx.AsyncClient] = []

    async def open_one() -> httpx.AsyncClient:
        client = httpx.AsyncClient(transport=httpx.ASGITransport(app=system), base_url="http://dibao.test")
        opened.append(client)
        return client

    yield open_one
    for client in opened:
        await client.aclose()


@pytest.fixture
async def sign_in(browser):
    """POST the real admin login form; returns the client (with its session cookie) and the response."""

    async def run(username: str, password: str = DEMO_PASSWORD) -> tuple[httpx.AsyncClient, httpx.Response]:
        client = await browser()
        response = await client.post("/admin/login", data={"username": username, "password": password})
        return client, response

    return run


@pytest.fixture
async def auditor(sign_in) -> httpx.AsyncClient:
    """county.auditor, signed in (granted county 431102000000 by the demo seed)."""
    client, response = await sign_in("county.auditor")
    assert response.status_code == 302, response.text
    return client
