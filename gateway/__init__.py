"""Apollo Federation v2 gateway in front of the households, disbursement and supervision subgraphs."""

from gateway.app import Gateway, create_gateway_app
from gateway.compose import CompositionError, EntityKey, FieldMeta, Supergraph, TypeMeta, compose, fetch_sdl
from gateway.edge import RequestError
from gateway.executor import execute
from gateway.plan import Condition, Fetch, Flatten, Parallel, QueryPlan, Sequence
from gateway.planner import PlanningError, QueryPlanner
from gateway.subgraph import (
    SUBGRAPH_INVALID_RESPONSE,
    SUBGRAPH_TIMEOUT,
    SUBGRAPH_UNAVAILABLE,
    ASGITransport,
    NetworkTransport,
    SubgraphClient,
    SubgraphError,
    Transport,
)

__all__ = [
    "SUBGRAPH_INVALID_RESPONSE",
    "SUBGRAPH_TIMEOUT",
    "SUBGRAPH_UNAVAILABLE",
    "ASGITransport",
    "CompositionError",
    "Condition",
    "EntityKey",
    "Fetch",
    "FieldMeta",
    "Flatten",
    "Gateway",
    "NetworkTransport",
    "Parallel",
    "PlanningError",
    "QueryPlan",
    "QueryPlanner",
    "RequestError",
    "Sequence",
    "SubgraphClient",
    "SubgraphError",
    "Supergraph",
    "Transport",
    "TypeMeta",
    "compose",
    "create_gateway_app",
    "execute",
    "fetch_sdl",
]
