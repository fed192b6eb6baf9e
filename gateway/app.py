"""The gateway service: composition at start-up, request checks, planning, execution, and the HTTP app."""

from __future__ import annotations

import asyncio
import inspect
import logging
import random
import signal
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import Any

import orjson
from graphql import get_operation_ast
from opentelemetry import trace
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from gateway.apq import PersistedQueries
from gateway.compose import CompositionError, Supergraph, compose, fetch_sdl, override_percent
from gateway.edge import Limits, RequestError, TrustedOperations, check_cost, check_document, check_variables
from gateway.error_codes import GatewayErrorCode
from gateway.executor import execute
from gateway.graphiql import ASSETS, GRAPHIQL_HTML, STATIC
from gateway.http_get import (
    ONLY_GET_POST,
    PREFLIGHT_HEADERS,
    csrf_refusal,
    get_body,
    get_mutation_refusal,
    has_operation,
    post_body,
    refuse_batch,
    response_headers,
)
from gateway.plan import QueryPlan
from gateway.planner import PlanningError, QueryPlanner
from gateway.subgraph import SubgraphClient, SubgraphError
from kernel.error_codes import CommonErrorCode
from kernel.errors import without_schema_hints
from kernel.observe import note

logger = logging.getLogger("dibao.gateway")
_tracer = trace.get_tracer("dibao.gateway")

FORWARDED_HEADERS = ("authorization", "accept-language", "x-request-id")
PLAN_HEADER = "x-dibao-query-plan"


class GraphQLResponse(JSONResponse):
    """A JSON response encoded by orjson: a large answer is mostly encoding time."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content)


def trace_id() -> str:
    """The current trace id in hex, or a fresh id when tracing is off."""
    context = trace.get_current_span().get_span_context()
    return format(context.trace_id, "032x") if context.trace_id else uuid.uuid4().hex


def internal_error_body(what: str) -> dict[str, Any]:
    """Log the exception being handled with a trace id; the 500 body gives that id, never a traceback."""
    identifier = trace_id()
    logger.exception("unexpected error while %s (trace %s)", what, identifier)
    return {
        "errors": [
            {
                "message": "Internal server error",
                "extensions": {"code": CommonErrorCode.INTERNAL_SERVER_ERROR, "traceId": identifier},
            }
        ]
    }


def mask_errors(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Production masking: errors without a domain code (none, or the gateway's DOWNSTREAM_SERVICE_ERROR for a
    subgraph error that had none) lose their internal message and gain a trace id."""
    masked = []
    for error in errors:
        extensions = error.get("extensions") or {}
        code = extensions.get("code")
        if code and code not in (CommonErrorCode.INTERNAL_SERVER_ERROR, GatewayErrorCode.DOWNSTREAM_SERVICE_ERROR):
            masked.append(error)
            continue
        identifier = trace_id()
        logger.warning(
            "masked error from %s (trace %s): %s",
            extensions.get("serviceName", "the gateway"),
            identifier,
            error.get("message"),
        )
        kept = {k: v for k, v in error.items() if k == "path"}
        masked.append(
            {
                "message": "Internal server error",
                **kept,
                "extensions": {
                    "code": CommonErrorCode.INTERNAL_SERVER_ERROR,
                    "traceId": identifier,
                    **({"serviceName": extensions["serviceName"]} if "serviceName" in extensions else {}),
                },
            }
        )
    return masked


class Gateway:
    """Holds the subgraph clients, the composed supergraph, the planner and the request limits."""

    def __init__(
        self,
        clients: Iterable[SubgraphClient] | Mapping[str, SubgraphClient],
        *,
        sdl_headers: Mapping[str, str] | None = None,
        plan_cache_size: int = 1000,
        forward_headers: Iterable[str] = FORWARDED_HEADERS,
        max_depth: int = 15,
        max_fields: int = 5000,
        max_cost: int | None = None,
        trusted: TrustedOperations | None = None,
        production: bool = False,
        override_labels: Iterable[str] = (),
        persisted: PersistedQueries | None = None,
        max_aliases: int | None = 50,
    ) -> None:
        items = clients.values() if isinstance(clients, Mapping) else clients
        self.clients: dict[str, SubgraphClient] = {c.name: c for c in items}
        self.sdl_headers = dict(sdl_headers or {})
        self.plan_cache_size = plan_cache_size
        self.forward_headers = tuple(h.lower() for h in forward_headers)
        self.limits = Limits(max_depth=max_depth, max_fields=max_fields, max_cost=max_cost, max_aliases=max_aliases)
        self.trusted = trusted
        self.persisted = persisted if persisted is not None else PersistedQueries()
        self.production = production
        self.override_labels = frozenset(override_labels)
        self.supergraph: Supergraph | None = None
        self.planner: QueryPlanner | None = None

    @property
    def max_depth(self) -> int:
        """The depth limit (nested fields, introspection included)."""
        return self.limits.max_depth

    async def start(self) -> None:
        """Fetch every subgraph's SDL and compose the supergraph."""
        await self.reload()

    async def reload(self) -> None:
        """Recompose from the subgraphs' current SDL; the old supergraph stays if composition fails."""
        names = list(self.clients)
        sdls = await asyncio.gather(*(fetch_sdl(self.clients[n], self.sdl_headers) for n in names))
        supergraph = compose(dict(zip(names, sdls, strict=True)))
        self.supergraph, self.planner = supergraph, QueryPlanner(supergraph, self.plan_cache_size)
        logger.info("composed supergraph from %s", ", ".join(names))

    async def readiness(self, timeout: float = 2.0) -> dict[str, Any]:
        """Whether the supergraph is composed and every subgraph answers `{ __typename }` in time."""

        async def probe(client: SubgraphClient) -> dict[str, Any]:
            started = time.perf_counter()
            try:
                body = await asyncio.wait_for(client.request("{ __typename }", None, self.sdl_headers), timeout)
                ok, error = bool((body.get("data") or {}).get("__typename")), None
            except (TimeoutError, SubgraphError) as failure:
                ok, error = False, getattr(failure, "code", GatewayErrorCode.SUBGRAPH_TIMEOUT)
            return {"ready": ok, "error": error, "ms": round((time.perf_counter() - started) * 1000, 1)}

        results = await asyncio.gather(*(probe(c) for c in self.clients.values()))
        subgraphs = dict(zip(self.clients, results, strict=True))
        ready = self.supergraph is not None and all(r["ready"] for r in results)
        return {
            "status": "ready" if ready else "unready",
            "composed": self.supergraph is not None,
            "subgraphs": subgraphs,
        }

    async def aclose(self) -> None:
        """Close every subgraph connection pool."""
        await asyncio.gather(*(c.aclose() for c in self.clients.values()))

    def _planner(self) -> QueryPlanner:
        if self.planner is None:
            raise RuntimeError("the gateway has not been started")
        return self.planner

    def explain(self, query: str, operation_name: str | None = None) -> dict[str, Any]:
        """The JSON plan of a query, for EXPLAIN."""
        document = check_document(
            {"query": query, "operationName": operation_name}, self._planner().supergraph.api_schema, self.limits
        )
        return self._planner().plan(document, operation_name, self.labels()).to_dict()

    def labels(self) -> frozenset[str]:
        """Progressive-override labels switched on for one request: the configured ones, and each
        `percent(n)` label with probability n %."""
        in_use = self._planner().supergraph.override_labels
        if not in_use:
            return frozenset()
        drawn = {
            label
            for label in in_use
            if (percent := override_percent(label)) is not None and random.random() * 100 < percent
        }
        return frozenset(drawn | (self.override_labels & in_use))

    async def execute_request(
        self,
        body: Any,
        headers: Mapping[str, str],
        *,
        include_plan: bool = False,
        max_depth: int | None = None,
        confirmed: Awaitable[Any] | None = None,
        method: str = "POST",
    ) -> tuple[dict[str, Any], int]:
        """Run one GraphQL request body; returns the response body and HTTP status.

        A body may name its operation by hash (automatic persisted queries, gateway.apq); a GET (`method`)
        may only run a query.

        `confirmed` (the caller's revocation check, already running) must pass before a mutation is sent;
        a query runs beside it and the caller waits for it before answering.
        """
        with _tracer.start_as_current_span("gateway.operation") as span:
            limits = self.limits if max_depth is None else replace(self.limits, max_depth=max_depth)
            schema = self._planner().supergraph.api_schema
            try:
                refuse_batch(body)
                body, register = self.persisted.resolve(body, self.trusted)
                document = check_document(body, schema, limits, self.trusted)
                operation_name = body.get("operationName") or None
                if method == "GET" and (kind := operation_kind(document, operation_name)) != "query":
                    raise get_mutation_refusal(kind)
                variables = check_variables(document, operation_name, schema, body.get("variables"))
                check_cost(document, operation_name, schema, variables, limits)
                plan, cache_hit = self._planner().plan_with_cache_info(document, operation_name, self.labels())
            except RequestError as error:
                span.set_attribute("error.type", error.code)
                if self.production:
                    return {
                        "errors": [{**e, "message": without_schema_hints(e["message"])} for e in error.errors]
                    }, error.status
                return {"errors": error.errors}, error.status
            except PlanningError as error:
                logger.warning("query planning failed: %s", error)
                return {
                    "errors": [{"message": str(error), "extensions": {"code": GatewayErrorCode.QUERY_PLANNING_FAILED}}]
                }, 500
            if register is not None and plan.operation.introspection is None:
                # a new persisted query, kept once it has validated; never introspection, which a production
                # guard in front of the gateway recognises by its text (a hash alone would pass it)
                self.persisted.put(register, body["query"])
            note(operation=plan.operation.name or "anonymous")
            span.set_attribute("graphql.operation.name", plan.operation.name or "")
            span.set_attribute("graphql.operation.type", plan.operation.kind)
            span.set_attribute("dibao.plan_cache_hit", cache_hit)
            forwarded = {k.lower(): v for k, v in headers.items() if k.lower() in self.forward_headers}
            if confirmed is not None and plan.operation.kind == "mutation":
                await confirmed  # a refused caller's mutation never reaches a subgraph
            try:
                data, errors = await execute(plan, clients=self.clients, variables=variables, headers=forwarded)
            except Exception:
                return internal_error_body(f"executing {plan.operation.name or 'an operation'}"), 500
            span.set_attribute("dibao.error_count", len(errors))
            note(errors=len(errors))
            if self.production:
                errors = mask_errors(errors)
            return self._response(plan, data, errors, include_plan), 200

    @staticmethod
    def _response(
        plan: QueryPlan, data: dict[str, Any] | None, errors: list[dict[str, Any]], include_plan: bool
    ) -> dict[str, Any]:
        response: dict[str, Any] = {"data": data}
        if errors:
            response["errors"] = errors
        if include_plan:
            response["extensions"] = {"queryPlan": plan.to_dict()}
        return response


def operation_kind(document: Any, operation_name: str | None) -> str:
    """`query`, `mutation` or `subscription`: the kind of the operation a request runs."""
    operation = get_operation_ast(document, operation_name)
    return operation.operation.value if operation is not None else "query"


Authenticate = Callable[[Request], Any | Awaitable[Any]]


Confirm = Callable[[Any], Awaitable[Any]]


def unauthenticated(error: Exception) -> Response:
    """A 401 for an error the identity package raised (it carries `extensions`); anything else re-raises."""
    extensions = getattr(error, "extensions", None)
    if not isinstance(extensions, dict):
        raise error
    message = str(error) or "Authentication required."
    return JSONResponse({"errors": [{"message": message, "extensions": extensions}]}, status_code=401)


async def _principal(authenticate: Authenticate, request: Request) -> Any:
    """The caller, or a 401 response when the identity package refuses the token."""
    try:
        principal = authenticate(request)
        if inspect.isawaitable(principal):
            principal = await principal
        return principal
    except Exception as error:
        return unauthenticated(error)


def _confirming(confirm: Confirm | None, principal: Any) -> asyncio.Future[Any] | None:
    """Start the slower check of the caller (revocation) without waiting for it."""
    return asyncio.ensure_future(confirm(principal)) if confirm is not None else None


async def _refused(check: asyncio.Future[Any] | None) -> Response | None:
    """Wait for the check: None when it passed, a 401 when it refused the caller."""
    if check is None:
        return None
    try:
        await check
    except Exception as error:
        return unauthenticated(error)
    return None


def create_gateway_app(
    gateway: Gateway,
    *,
    authenticate: Authenticate,
    graphiql: bool,
    max_depth: int = 15,
    confirm: Confirm | None = None,
    expose_plan: Callable[[Any], bool] = lambda principal: False,
    may_reload: Callable[[Any], bool] = lambda principal: False,
    cors_origins: Sequence[str] = (),
    reload_on_sighup: bool = True,
) -> Starlette:
    """The HTTP app: POST /graphql executes, and GET /graphql runs a query given in the query string (else it
    serves the query page); requests are checked as Apollo Server checks them (gateway.http_get: CSRF
    preflight rule, no batches, no mutation over GET). /readyz and /gateway/reload.

    `confirm(principal)`, a check that costs a database round trip (revocation), runs beside a query's
    execution and before a mutation's; no answer leaves before it passes.
    """

    async def graphql(request: Request) -> Response:
        if request.method not in ("GET", "POST"):
            return JSONResponse(
                {"errors": [{"message": ONLY_GET_POST, "extensions": {"code": CommonErrorCode.BAD_REQUEST}}]},
                status_code=405,
                headers={"allow": "GET, POST"},
            )
        if request.method == "GET" and not has_operation(request.query_params):
            if graphiql:
                return HTMLResponse(GRAPHIQL_HTML)
        refused = csrf_refusal(request.headers)
        if refused is not None:
            return JSONResponse({"errors": refused.errors}, status_code=refused.status)
        principal = await _principal(authenticate, request)
        if isinstance(principal, Response):
            return principal
        note(user=getattr(principal, "username", None))
        check = _confirming(confirm, principal)
        try:
            body = (
                get_body(request.query_params, request.headers)
                if request.method == "GET"
                else post_body(await request.body(), request.headers)
            )
        except RequestError as error:
            return await _refused(check) or JSONResponse({"errors": error.errors}, status_code=error.status)
        include_plan = request.headers.get(PLAN_HEADER) == "1" and bool(expose_plan(principal))
        try:
            result, status = await gateway.execute_request(
                body,
                request.headers,
                include_plan=include_plan,
                max_depth=max_depth,
                confirmed=check,
                method=request.method,
            )
        except Exception:
            refusal = await _refused(check)
            if refusal is None:
                raise
            return refusal
        return await _refused(check) or GraphQLResponse(
            result, status_code=status, headers=response_headers(result, status)
        )

    async def endpoint(request: Request) -> Response:
        try:
            return await graphql(request)
        except ClientDisconnect:  # gone, or cut off by a body limit that has already answered 413
            return Response(status_code=400)
        except Exception:
            return JSONResponse(internal_error_body(f"serving {request.method} {request.url.path}"), status_code=500)

    async def readyz(request: Request) -> Response:
        report = await gateway.readiness()
        return JSONResponse(report, status_code=200 if report["status"] == "ready" else 503)

    async def reload(request: Request) -> Response:
        principal = await _principal(authenticate, request)
        if isinstance(principal, Response):
            return principal
        refusal = await _refused(_confirming(confirm, principal))
        if refusal is not None:
            return refusal
        if not may_reload(principal):
            return JSONResponse(
                {
                    "errors": [
                        {
                            "message": "Not allowed to recompose the supergraph.",
                            "extensions": {"code": CommonErrorCode.FORBIDDEN},
                        }
                    ]
                },
                status_code=403,
            )
        try:
            await gateway.reload()
        except (CompositionError, SubgraphError) as error:
            return JSONResponse(
                {"errors": [{"message": str(error), "extensions": {"code": GatewayErrorCode.COMPOSITION_FAILED}}]},
                status_code=409,
            )
        return JSONResponse({"reloaded": True, "subgraphs": sorted(gateway.clients)})

    @asynccontextmanager
    async def lifespan(app: Starlette):  # type: ignore[no-untyped-def]
        if gateway.supergraph is None:
            await gateway.start()
        if reload_on_sighup:
            _reload_on_sighup(gateway)
        yield
        await gateway.aclose()

    routes: list[BaseRoute] = [
        Route("/graphql", endpoint, methods=["GET", "POST", "PUT", "PATCH", "DELETE"]),
        Route("/readyz", readyz),
        Route("/gateway/reload", reload, methods=["POST"]),
    ]
    if graphiql:  # the query page's GraphiQL bundle, from the package: works offline
        routes.append(Mount(ASSETS, app=StaticFiles(directory=STATIC), name="graphiql"))
    middleware = (
        [
            Middleware(
                CORSMiddleware,
                allow_origins=list(cors_origins),
                allow_methods=["GET", "POST"],
                allow_headers=["authorization", "content-type", PLAN_HEADER, *PREFLIGHT_HEADERS],
                max_age=600,
            )
        ]
        if cors_origins
        else []
    )
    return Starlette(routes=routes, middleware=middleware, lifespan=lifespan)


def _reload_on_sighup(gateway: Gateway) -> None:
    """`kill -HUP` recomposes the supergraph; a failed composition keeps the old one and is logged."""

    async def reload() -> None:
        try:
            await gateway.reload()
        except (CompositionError, SubgraphError) as error:
            logger.error("recomposition on SIGHUP failed, keeping the current supergraph: %s", error)

    try:
        asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, lambda: asyncio.ensure_future(reload()))
    except (NotImplementedError, RuntimeError, ValueError, AttributeError):
        logger.info("SIGHUP reload is not available in this process")
