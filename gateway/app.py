"""The gateway service: composition at start-up, request checks, planning, execution, and the HTTP app."""

from __future__ import annotations

import asyncio
import inspect
import logging
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping
from contextlib import asynccontextmanager
from typing import Any

from graphql import (
    DocumentNode,
    FragmentDefinitionNode,
    GraphQLError,
    OperationDefinitionNode,
    get_operation_ast,
    parse,
    validate,
)
from graphql.execution.values import get_variable_values
from opentelemetry import trace
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from gateway.compose import Supergraph, compose, fetch_sdl
from gateway.executor import execute
from gateway.graphiql import GRAPHIQL_HTML
from gateway.plan import QueryPlan
from gateway.planner import PlanningError, QueryPlanner
from gateway.selection import measure
from gateway.subgraph import SubgraphClient

logger = logging.getLogger("dibao.gateway")
_tracer = trace.get_tracer("dibao.gateway")

FORWARDED_HEADERS = ("authorization", "accept-language", "x-request-id")
PLAN_HEADER = "x-dibao-query-plan"


class RequestError(Exception):
    """A request the gateway refuses before planning; carries the GraphQL errors and HTTP status."""

    def __init__(self, code: str, messages: Iterable[str | GraphQLError], status: int = 400) -> None:
        self.code = code
        self.status = status
        self.errors = [self._error(m) for m in messages]
        super().__init__("; ".join(e["message"] for e in self.errors))

    def _error(self, message: str | GraphQLError) -> dict[str, Any]:
        error: dict[str, Any] = message.formatted if isinstance(message, GraphQLError) else {"message": message}
        return {**error, "extensions": {**(error.get("extensions") or {}), "code": self.code}}


def trace_id() -> str:
    """The current trace id in hex, or a fresh id when tracing is off."""
    context = trace.get_current_span().get_span_context()
    return format(context.trace_id, "032x") if context.trace_id else uuid.uuid4().hex


def internal_error_body() -> dict[str, Any]:
    """The 500 body: a code and a trace id to find the logs, never a traceback."""
    return {"errors": [{"message": "Internal server error", "extensions": {
        "code": "INTERNAL_SERVER_ERROR", "traceId": trace_id()}}]}


class Gateway:
    """Holds the subgraph clients, the composed supergraph and the planner."""

    def __init__(
        self, clients: Iterable[SubgraphClient] | Mapping[str, SubgraphClient], *,
        sdl_headers: Mapping[str, str] | None = None, plan_cache_size: int = 1000,
        forward_headers: Iterable[str] = FORWARDED_HEADERS, max_depth: int = 15, max_fields: int = 5000,
    ) -> None:
        items = clients.values() if isinstance(clients, Mapping) else clients
        self.clients: dict[str, SubgraphClient] = {c.name: c for c in items}
        self.sdl_headers = dict(sdl_headers or {})
        self.plan_cache_size = plan_cache_size
        self.forward_headers = tuple(h.lower() for h in forward_headers)
        self.max_depth = max_depth
        self.max_fields = max_fields
        self.supergraph: Supergraph | None = None
        self.planner: QueryPlanner | None = None

    async def start(self) -> None:
        """Fetch every subgraph's SDL and compose the supergraph."""
        await self.reload()

    async def reload(self) -> None:
        """Recompose from the subgraphs' current SDL; the old supergraph stays if composition fails."""
        names = list(self.clients)
        sdls = await asyncio.gather(*(fetch_sdl(self.clients[n], self.sdl_headers) for n in names))
        supergraph = compose(dict(zip(names, sdls)))
        self.supergraph, self.planner = supergraph, QueryPlanner(supergraph, self.plan_cache_size)
        logger.info("composed supergraph from %s", ", ".join(names))

    async def aclose(self) -> None:
        """Close every subgraph connection pool."""
        await asyncio.gather(*(c.aclose() for c in self.clients.values()))

    def _planner(self) -> QueryPlanner:
        if self.planner is None:
            raise RuntimeError("the gateway has not been started")
        return self.planner

    def explain(self, query: str, operation_name: str | None = None) -> dict[str, Any]:
        """The JSON plan of a query, for EXPLAIN."""
        document = self._check_document({"query": query, "operationName": operation_name}, self.max_depth)
        return self._planner().plan(document, operation_name).to_dict()

    async def execute_request(
        self, body: Any, headers: Mapping[str, str], *, include_plan: bool = False, max_depth: int | None = None,
    ) -> tuple[dict[str, Any], int]:
        """Run one GraphQL request body; returns the response body and HTTP status."""
        with _tracer.start_as_current_span("gateway.operation") as span:
            try:
                document = self._check_document(body, self.max_depth if max_depth is None else max_depth)
                operation_name = body.get("operationName") or None
                variables = self._check_variables(document, operation_name, body.get("variables"))
                plan, cache_hit = self._planner().plan_with_cache_info(document, operation_name)
            except RequestError as error:
                span.set_attribute("error.type", error.code)
                return {"errors": error.errors}, error.status
            except PlanningError as error:
                logger.warning("query planning failed: %s", error)
                return {"errors": [{"message": str(error), "extensions": {"code": "QUERY_PLANNING_FAILED"}}]}, 500
            span.set_attribute("graphql.operation.name", plan.operation.name or "")
            span.set_attribute("graphql.operation.type", plan.operation.kind)
            span.set_attribute("dibao.plan_cache_hit", cache_hit)
            forwarded = {k.lower(): v for k, v in headers.items() if k.lower() in self.forward_headers}
            try:
                data, errors = await execute(plan, clients=self.clients, variables=variables, headers=forwarded)
            except Exception:
                logger.exception("unexpected error while executing %s", plan.operation.name or "an operation")
                return internal_error_body(), 500
            return self._response(plan, data, errors, include_plan), 200

    @staticmethod
    def _response(plan: QueryPlan, data: dict[str, Any] | None, errors: list[dict[str, Any]],
                  include_plan: bool) -> dict[str, Any]:
        response: dict[str, Any] = {"data": data}
        if errors:
            response["errors"] = errors
        if include_plan:
            response["extensions"] = {"queryPlan": plan.to_dict()}
        return response

    def _check_document(self, body: Any, max_depth: int) -> DocumentNode:
        """Parse, bound the size, validate against the API schema, and find the operation."""
        if not isinstance(body, dict) or not isinstance(body.get("query"), str) or not body["query"].strip():
            raise RequestError("BAD_REQUEST", ['The request body must be a JSON object with a "query" string.'])
        operation_name = body.get("operationName") or None
        if operation_name is not None and not isinstance(operation_name, str):
            raise RequestError("BAD_REQUEST", ['"operationName" must be a string.'])
        try:
            document = parse(body["query"])
        except GraphQLError as error:
            raise RequestError("GRAPHQL_PARSE_FAILED", [error]) from None
        operation = get_operation_ast(document, operation_name)
        if operation is not None:  # measured before validation, which is costly on huge queries
            self._check_size(document, operation, max_depth)
        errors = validate(self._planner().supergraph.api_schema, document)
        if errors:
            raise RequestError("GRAPHQL_VALIDATION_FAILED", errors)
        if operation is None:
            if operation_name:
                raise RequestError("OPERATION_NOT_FOUND", [f'Unknown operation named "{operation_name}".'])
            raise RequestError("GRAPHQL_VALIDATION_FAILED",
                               ["Must provide operation name if query contains multiple operations."])
        return document

    def _check_size(self, document: DocumentNode, operation: OperationDefinitionNode, max_depth: int) -> None:
        fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
        query_depth, size = measure(operation.selection_set, fragments)
        if query_depth > max_depth:
            raise RequestError("QUERY_TOO_DEEP", [f"Query depth {query_depth} exceeds the limit of {max_depth}."])
        if size > self.max_fields:
            raise RequestError("QUERY_TOO_COMPLEX", [
                f"Query selects {size} fields once fragments are expanded; the limit is {self.max_fields}."])

    def _check_variables(self, document: DocumentNode, operation_name: str | None, variables: Any) -> dict[str, Any]:
        """Coerce the variables against their declared types; returns the values as sent."""
        if variables is None:
            variables = {}
        if not isinstance(variables, dict):
            raise RequestError("BAD_REQUEST", ['"variables" must be a JSON object.'])
        operation = get_operation_ast(document, operation_name)
        assert operation is not None
        coerced = get_variable_values(self._planner().supergraph.api_schema,
                                      operation.variable_definitions or (), variables)
        if isinstance(coerced, list):
            raise RequestError("GRAPHQL_VALIDATION_FAILED", coerced)
        return variables


Authenticate = Callable[[Request], Any | Awaitable[Any]]


def create_gateway_app(
    gateway: Gateway, *, authenticate: Authenticate, graphiql: bool, max_depth: int = 15,
    expose_plan: Callable[[Any], bool] = lambda principal: False,
) -> Starlette:
    """The HTTP app: GET /graphql serves the query page, POST /graphql executes."""

    async def graphql_get(request: Request) -> Response:
        if not graphiql:
            return JSONResponse({"errors": [{"message": "Send GraphQL requests with POST.",
                                             "extensions": {"code": "METHOD_NOT_ALLOWED"}}]}, status_code=405)
        return HTMLResponse(GRAPHIQL_HTML)

    async def graphql_post(request: Request) -> Response:
        try:
            principal = authenticate(request)
            if inspect.isawaitable(principal):
                principal = await principal
        except Exception as error:
            extensions = getattr(error, "extensions", None)
            if not isinstance(extensions, dict):
                raise
            message = str(error) or "Authentication required."
            return JSONResponse({"errors": [{"message": message, "extensions": extensions}]}, status_code=401)
        try:
            body = await request.json()
        except ValueError:
            error = RequestError("BAD_REQUEST", ["The request body is not valid JSON."])
            return JSONResponse({"errors": error.errors}, status_code=400)
        include_plan = request.headers.get(PLAN_HEADER) == "1" and bool(expose_plan(principal))
        result, status = await gateway.execute_request(body, request.headers, include_plan=include_plan,
                                                       max_depth=max_depth)
        return JSONResponse(result, status_code=status)

    async def endpoint(request: Request) -> Response:
        try:
            if request.method == "POST":
                return await graphql_post(request)
            return await graphql_get(request)
        except Exception:
            logger.exception("unexpected error while serving %s %s", request.method, request.url.path)
            return JSONResponse(internal_error_body(), status_code=500)

    @asynccontextmanager
    async def lifespan(app: Starlette):  # type: ignore[no-untyped-def]
        if gateway.supergraph is None:
            await gateway.start()
        yield
        await gateway.aclose()

    return Starlette(routes=[Route("/graphql", endpoint, methods=["GET", "POST"])], lifespan=lifespan)
