"""Identical queries in flight to one subgraph share one request; different callers and mutations never do."""

from __future__ import annotations

import asyncio

from gateway import SubgraphClient
from tests.gateway.conftest import GOOD_TOKEN, PLANNER_TOKEN, client_for

QUERY = {"query": "{ households(first: 3) { id head { name } monthlyAmount } }"}


async def answers(gateway, tokens: list[str]) -> list[dict]:
    async with client_for(gateway) as http:
        responses = await asyncio.gather(
            *(http.post("/graphql", headers={"authorization": token}, json=QUERY) for token in tokens)
        )
    return [response.json() for response in responses]


async def test_eight_identical_queries_at_once_cost_each_subgraph_one_request(gateway, transports):
    # given subgraphs that take a fifth of a second to answer
    for transport in transports.values():
        transport.delay = 0.2
    # when eight callers with the same token ask the same query at once
    bodies = await answers(gateway, [GOOD_TOKEN] * 8)
    # then each gets the whole answer, and each subgraph was asked once
    assert all(body == bodies[0] for body in bodies) and "errors" not in bodies[0]
    assert [h["id"] for h in bodies[0]["data"]["households"]] == ["h1", "h2", "h3"]
    assert all(h["monthlyAmount"] is not None for h in bodies[0]["data"]["households"])
    assert len(transports["households"].requests) == 1
    assert len(transports["disbursement"].requests) == 1
    # and once they are answered, the next identical query is sent again (nothing is cached)
    await answers(gateway, [GOOD_TOKEN])
    assert len(transports["households"].requests) == 2


async def test_callers_with_different_tokens_never_share_an_answer(gateway, transports):
    transports["households"].delay = 0.2
    bodies = await answers(gateway, [GOOD_TOKEN, PLANNER_TOKEN, GOOD_TOKEN, PLANNER_TOKEN])
    assert all("errors" not in body for body in bodies)
    tokens = sorted(r.headers["authorization"] for r in transports["households"].requests)
    assert tokens == sorted([GOOD_TOKEN, PLANNER_TOKEN])


async def test_switched_off_every_query_is_sent(gateway, transports):
    for client in gateway.clients.values():
        client.deduplicate = False
    transports["households"].delay = 0.2
    await answers(gateway, [GOOD_TOKEN] * 4)
    assert len(transports["households"].requests) == 4


async def test_mutations_are_never_shared(transports):
    transport = transports["households"]
    transport.delay = 0.2
    client = SubgraphClient("households", "http://households.test/graphql", transport=transport)
    mutation = "mutation { __typename }"
    await asyncio.gather(
        *(client.request(mutation, None, {"authorization": GOOD_TOKEN}, idempotent=False) for _ in range(3))
    )
    assert len(transport.requests) == 3


async def test_a_caller_that_gives_up_does_not_cancel_the_request_for_the_others(transports):
    transport = transports["households"]
    transport.delay = 0.3
    client = SubgraphClient("households", "http://households.test/graphql", transport=transport)
    query = "{ households(first: 1) { id } }"
    first = asyncio.ensure_future(client.request(query, None, {"authorization": GOOD_TOKEN}))
    await asyncio.sleep(0.05)
    second = asyncio.ensure_future(client.request(query, None, {"authorization": GOOD_TOKEN}))
    await asyncio.sleep(0.05)
    first.cancel()  # the first caller's client went away
    assert (await second) == {"data": {"households": [{"id": "h1"}]}}
    assert len(transport.requests) == 1
