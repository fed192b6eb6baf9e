"""The garbage collector waits while requests are answered, resumes when none is, and still runs under load."""

from __future__ import annotations

import asyncio
import gc

import httpx
import pytest
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from kernel.collector import CollectBetweenRequests, _Pause


def _app(seen: list[bool], hold: asyncio.Event | None = None):
    async def endpoint(request):
        seen.append(gc.isenabled())
        if hold is not None:
            await hold.wait()
        return JSONResponse({"ok": True})

    return Starlette(routes=[Route("/graphql", endpoint, methods=["POST"])])


async def test_the_collector_is_paused_while_a_request_is_answered_and_resumes_after():
    seen: list[bool] = []
    app = CollectBetweenRequests(_app(seen))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as client:
        assert (await client.post("/graphql")).json() == {"ok": True}
    assert seen == [False]
    assert gc.isenabled() and app.in_flight == 0


async def test_overlapping_requests_keep_it_paused_until_the_last_ends_and_a_timer_still_collects():
    seen: list[bool] = []
    hold = asyncio.Event()
    app = CollectBetweenRequests(_app(seen, hold), every=0.02)
    before, ticks = gc.get_stats()[0]["collections"], _Pause.ticks
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as client:
        first = asyncio.ensure_future(client.post("/graphql"))
        second = asyncio.ensure_future(client.post("/graphql"))
        await asyncio.sleep(0.2)  # both in flight: paused, but the timer collects the young generation
        assert app.in_flight == 2 and not gc.isenabled()
        assert _Pause.ticks >= ticks + 3 and gc.get_stats()[0]["collections"] > before
        hold.set()
        await asyncio.gather(first, second)
    assert seen == [False, False]
    assert gc.isenabled() and app.in_flight == 0
    await asyncio.sleep(0.05)
    assert _Pause.timer is None  # nothing in flight: the timer stopped


async def test_a_failing_request_still_resumes_the_collector():
    async def broken(scope, receive, send):
        raise RuntimeError("boom")

    app = CollectBetweenRequests(broken)
    with pytest.raises(RuntimeError, match="boom"):
        await app({"type": "http"}, None, None)
    assert gc.isenabled() and app.in_flight == 0


async def test_apps_wrapped_inside_each_other_share_one_pause():
    seen: list[bool] = []
    inner = CollectBetweenRequests(_app(seen))

    async def outer_endpoint(scope, receive, send):
        await inner(scope, receive, send)
        seen.append(gc.isenabled())  # the outer request is still being answered

    outer = CollectBetweenRequests(outer_endpoint)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=outer), base_url="http://gw") as client:
        assert (await client.post("/graphql")).status_code == 200
    assert seen == [False, False]
    assert gc.isenabled() and _Pause.in_flight == 0


async def test_a_subgraph_answers_with_the_collector_paused():
    import datetime as dt

    import strawberry

    from authz import tokens
    from authz.principal import Grant, Principal
    from kernel.subgraph import create_schema, create_subgraph_app

    @strawberry.type
    class Query:
        @strawberry.field
        def collecting(self) -> bool:
            return gc.isenabled()

    app = create_subgraph_app(name="probe", schema=create_schema(query=Query))
    token, _ = tokens.issue(
        Principal("probe", frozenset({Grant("municipal_officer", "431100000000")})), lifetime=dt.timedelta(minutes=5)
    )
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://subgraph") as client:
        answer = await client.post(
            "/graphql", json={"query": "{ collecting }"}, headers={"authorization": f"Bearer {token}"}
        )
    assert answer.json() == {"data": {"collecting": False}}
    assert gc.isenabled() and _Pause.in_flight == 0
