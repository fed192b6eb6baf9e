"""Apollo Federation v2 gateway in front of the households, disbursement and supervision subgraphs."""

from gateway.app import Gateway, create_gateway_app
from gateway.compose import CompositionError, EntityKey, FieldMeta, Supergraph, TypeMeta, compose, fetch_sdl
from gateway.edge import RequestError
from gateway.error_codes import GatewayErrorCode
from gateway.executor import execute
from gateway.plan import Condition, Fetch, Flatten, Parallel, QueryPlan, Sequence
from gateway.planner import PlanningError, QueryPlanner
from gateway.subgraph import (
    ASGITransport,
    NetworkTransport,
    SubgraphClient,
    SubgraphError,
    Transport,
)

__all__ = [
    "ASGITransport",
    "CompositionError",
    "Condition",
    "EntityKey",
    "Fetch",
    "FieldMeta",
    "Flatten",
    "Gateway",
    "GatewayErrorCode",
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
