"""The edge prices a connection like the list it replaces: its `first`/`last` multiplies what its edges and nodes select."""

from __future__ import annotations

import importlib

import pytest
from graphql import parse

from gateway import compose
from gateway.edge import Limits, RequestError, check_cost
from kernel.settings import SERVICES


@pytest.fixture(scope="module")
def api_schema():
    sdls = {
        name: importlib.import_module(f"services.{name}.schema")
        .schema.execute_sync("{ _service { sdl } }")
        .data["_service"]["sdl"]
        for name in SERVICES
    }
    return compose(sdls).api_schema


def cost(api_schema, query: str, variables: dict | None = None) -> int:
    return check_cost(parse(query), None, api_schema, variables or {}, Limits(max_cost=None))


def test_a_connection_page_costs_what_the_old_list_of_the_same_size_costs(api_schema):
    old = cost(api_schema, "{ households(first: 1000) { members { name } payments { amount } } }")
    edges = cost(
        api_schema, "{ householdsConnection(first: 1000) { edges { node { members { name } payments { amount } } } } }"
    )
    nodes = cost(
        api_schema,
        "query($n: Int) { householdsConnection(last: $n) { nodes { members { name } payments { amount } } } }",
        {"n": 1000},
    )
    # the edge and node levels add one per row; nothing is counted by the default list size of 10 instead of 1,000
    assert old == 41000 and edges == old + 1000 + 1 and nodes == old + 1


def test_page_info_and_total_count_are_not_multiplied(api_schema):
    assert (
        cost(api_schema, "{ householdsConnection(first: 1000) { totalCount pageInfo { hasNextPage endCursor } } }") == 5
    )


def test_a_large_connection_page_is_refused_before_any_subgraph(api_schema):
    query = "{ householdsConnection(first: 1000) { edges { node { members { household { members { name } } } } } } }"
    with pytest.raises(RequestError) as refused:
        check_cost(parse(query), None, api_schema, {}, Limits(max_cost=100_000))
    assert refused.value.code == "QUERY_TOO_COSTLY" and refused.value.status == 400
