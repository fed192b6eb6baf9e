"""Helpers to write federation v2 subgraph SDL by hand in tests."""

from __future__ import annotations

from graphql import parse

from gateway import QueryPlan, QueryPlanner, Supergraph, compose

LINK = (
    'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: '
    '["@key", "@shareable", "@external", "@provides", "@requires", "@override", "@inaccessible", "@tag", "@interfaceObject"])\n'
)


def supergraph(**subgraphs: str) -> Supergraph:
    """Compose hand-written subgraph SDL (the federation link is added)."""
    return compose({name: LINK + sdl for name, sdl in subgraphs.items()})


def plan_of(graph: Supergraph, query: str, operation_name: str | None = None) -> QueryPlan:
    """Plan a query against a supergraph."""
    return QueryPlanner(graph).plan(parse(query), operation_name)


def fetch(service: str, operation: str, *, requires: str | None = None, variables: tuple[str, ...] = ()) -> dict:
    """The JSON form of a Fetch node."""
    return {
        "kind": "Fetch",
        "serviceName": service,
        "variableUsages": list(variables),
        "requires": requires,
        "operation": operation,
    }


def flatten(path: str, node: dict) -> dict:
    """The JSON form of a Flatten node; `path` is dotted (`households.@`)."""
    return {"kind": "Flatten", "path": path.split("."), "node": node}


def sequence(*nodes: dict) -> dict:
    """The JSON form of a Sequence node."""
    return {"kind": "Sequence", "nodes": list(nodes)}


def parallel(*nodes: dict) -> dict:
    """The JSON form of a Parallel node."""
    return {"kind": "Parallel", "nodes": list(nodes)}


def entities(type_name: str, selection: str, variables: str = "") -> str:
    """The operation text of an entity fetch for one type."""
    return (
        f"query($representations: [_Any!]!{variables}) {{ _entities(representations: $representations) "
        f"{{ ... on {type_name} {{ {selection} }} }} }}"
    )
