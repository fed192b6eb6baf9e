"""A test client that behaves as a browser does towards the admin: it sends its Origin on every unsafe
request and the CSRF token of the last admin page it read, as the page's script puts it in forms."""

from __future__ import annotations

import re

import httpx

BASE = "http://dibao.test"
TOKEN = re.compile(r'<meta name="csrf-token" content="([^"]*)">')
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


def admin_client(app, *, base_url: str = BASE) -> httpx.AsyncClient:
    state = {"token": ""}

    async def before(request: httpx.Request) -> None:
        if request.method in UNSAFE and "origin" not in request.headers:
            request.headers["origin"] = base_url
            if state["token"] and "x-csrf-token" not in request.headers:
                request.headers["x-csrf-token"] = state["token"]

    async def after(response: httpx.Response) -> None:
        if "text/html" in response.headers.get("content-type", ""):
            found = TOKEN.search((await response.aread()).decode("utf-8", "replace"))
            if found:
                state["token"] = found.group(1)

    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url=base_url,
        event_hooks={"request": [before], "response": [after]},
    )


async def sign_in(client: httpx.AsyncClient, username: str, password: str) -> httpx.Response:
    """Open the sign-in page, post the form, then read the first page (which carries the new session's token)."""
    await client.get("/admin/login")
    response = await client.post("/admin/login", data={"username": username, "password": password})
    if response.status_code == 302:
        await client.get("/admin/")
    return response
