"""The subgraph app factory: a Strawberry federation schema on Starlette, behind token checks."""

from __future__ import annotations

import gc
import logging
import uuid
import weakref
from collections.abc import AsyncIterator, Callable, Hashable, Iterator, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager
from typing import Any, TypeVar

import orjson
import strawberry
from graphql import GraphQLEnumType, GraphQLError, GraphQLNonNull, GraphQLObjectType, GraphQLScalarType, Undefined
from opentelemetry import trace
from opentelemetry.instrumentation.asgi import OpenTelemetryMiddleware
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.extensions import MaskErrors, ParserCache, SchemaExtension, ValidationCache
from strawberry.federation.schema import FederationAny
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.types import Info
from strawberry.types.nodes import FragmentSpread, InlineFragment

from kernel import credentials, inputs
from kernel.collector import CollectBetweenRequests
from kernel.credentials import Authenticate
from kernel.edge import BodyLimit, SecurityHeaders
from kernel.error_codes import CommonErrorCode
from kernel.errors import DomainError, without_schema_hints
from kernel.glossary import describe
from kernel.metrics import Scrape, metrics_route
from kernel.observe import ObserveRequests, note
from kernel.settings import Settings, get_settings
from kernel.telemetry import configure_tracing

log = logging.getLogger("dibao")

Key = TypeVar("Key", bound=Hashable)


def _is_expected(error: GraphQLError) -> bool:
    """Validation errors, refused input and domain refusals reach the caller; anything else is masked."""
    original = error.original_error
    return (
        original is None
        or isinstance(original, (DomainError, GraphQLError))
        or bool(error.extensions)
        or inputs.is_refused_request(error)
        or inputs.translated(original) is not None
    )


def _should_mask(error: GraphQLError) -> bool:
    return not _is_expected(error)


def _trace_id() -> str:
    """The request's trace id, or a fresh id to quote in the logs when tracing is off."""
    trace_id = trace.get_current_span().get_span_context().trace_id
    return format(trace_id, "032x") if trace_id else uuid.uuid4().hex


class LeafExecutionContext(StrawberryGraphQLCoreExecutionContext):
    """graphql-core's execution, with one shortcut: a plain scalar or enum field (a Strawberry field that only reads
    an attribute: no resolver, permission or extension) is read and serialized directly, without the resolve info,
    resolver chain and completion graphql-core builds for every field. A payment's period and amount are most of a
    large answer; anything unusual on the way (a null in a non-null field, a value the scalar refuses, middleware)
    takes the general path, which reports it as it always did."""

    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: Any,
        path: Any,
        position_context: Any,
    ) -> Any:
        if self.middleware_manager is None or not self.middleware_manager.middlewares:
            leaf = _plain_leaf(parent_type, field_details_list[0].node.name.value)
            if leaf is not None and not field_details_list[0].node.arguments:
                resolve, serialize, required = leaf
                try:
                    value = resolve(source, None)
                    if value is None:
                        if not required:
                            return None
                    elif not isinstance(value, Exception):
                        serialized = serialize(value)
                        if serialized is not None and serialized is not Undefined:
                            return serialized
                except Exception:  # noqa: BLE001, S110  # the general path below reports it, with its path
                    pass
        return super().execute_field(parent_type, source, field_details_list, path, position_context)


Leaf = tuple[Callable[[Any, Any], Any], Callable[[Any], Any], bool]
_LEAVES: weakref.WeakKeyDictionary[GraphQLObjectType, dict[str, Leaf]] = weakref.WeakKeyDictionary()


def _plain_leaf(parent_type: GraphQLObjectType, name: str) -> Leaf | None:
    """(resolver, serializer, non-null) of a field that only reads an attribute of a scalar or enum type."""
    leaves = _LEAVES.get(parent_type)
    if leaves is None:
        leaves = _LEAVES[parent_type] = {}
        for field_name, field in parent_type.fields.items():
            definition = (field.extensions or {}).get("strawberry-definition")
            resolve = field.resolve
            if (
                definition is None
                or not definition.is_basic_field
                or getattr(resolve, "__name__", "") != "_get_basic_result"
            ):
                continue  # a resolver, a permission, an extension: Strawberry's own chain, which needs the info
            required = isinstance(field.type, GraphQLNonNull)
            leaf_type = field.type.of_type if required else field.type
            if isinstance(leaf_type, (GraphQLScalarType, GraphQLEnumType)):
                leaves[field_name] = (resolve, leaf_type.serialize, required)
    return leaves.get(name)


class SubgraphSchema(strawberry.federation.Schema):
    """Logs only unexpected errors: a refused input is an answer, not an incident; resolves entities in batches."""

    async def entities_resolver(  # type: ignore[override]  # strawberry awaits what it returns
        self, info: Info, representations: list[FederationAny]
    ) -> list[FederationAny]:
        """`_entities`: the keys of a type with `resolve_references(info, representations)` go to it in one call, so
        a thousand households cost one lookup and no coroutine each; other types resolve key by key as the library
        does (their loaders batch the lookups). Each result is the entity, None, or the error to give at its index."""
        results: list[Any] = [None] * len(representations)
        batches: dict[Any, list[int]] = {}
        singles: list[int] = []
        for index, representation in enumerate(representations):
            known = self.schema_converter.type_map.get(representation.get("__typename"))  # type: ignore[attr-defined]
            origin = getattr(getattr(known, "definition", None), "origin", None)
            (batches.setdefault(origin, []) if hasattr(origin, "resolve_references") else singles).append(index)
        for origin, indices in batches.items():
            keys = [
                {k: v for k, v in representations[i].items() if k != "__typename"}  # type: ignore[attr-defined]
                for i in indices
            ]
            for index, result in zip(indices, await origin.resolve_references(info, keys), strict=True):
                results[index] = result
        if singles:
            resolved = super().entities_resolver(info, [representations[i] for i in singles])
            for index, result in zip(singles, resolved, strict=True):
                results[index] = result
        return results

    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        for error in errors:
            if not _is_expected(error):
                log.error("unexpected error at %s", error.path, exc_info=error.original_error)


class MaskUnexpectedErrors(MaskErrors):
    """Unexpected failures reach the caller as a code and a trace id, never as internals."""

    def __init__(self) -> None:
        super().__init__(
            should_mask_error=_should_mask, error_message="internal error; quote the trace id to the operators"
        )

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        """Refused input answered as the field error it is (kernel.inputs); the rest kept or masked."""
        document = self.execution_context.graphql_document
        processed = []
        for error in errors:
            answer = inputs.as_field_error(error, document)
            processed.append(
                answer
                if answer is not None
                else self.anonymise_error(error)
                if self.should_mask_error(error)
                else error
            )
        return processed

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        trace_id = _trace_id()
        log.warning("masked error at %s, trace %s: %s", error.path, trace_id, error.message)
        return GraphQLError(
            message=self.error_message,
            nodes=error.nodes,
            path=error.path,
            extensions={"code": CommonErrorCode.INTERNAL_SERVER_ERROR, "traceId": trace_id},
        )


class HideSchemaHints(SchemaExtension):
    """In production, validation errors lose their `Did you mean …?`: with introspection closed, suggestions would
    spell out the schema a field name at a time."""

    def on_validate(self) -> Iterator[None]:
        yield
        if get_settings().production:
            for error in self.execution_context.pre_execution_errors or ():
                error.message = without_schema_hints(error.message)


class NoteOperation(SchemaExtension):
    """The operation's name goes to the request's log line and metrics (kernel.observe)."""

    def on_execute(self) -> Iterator[None]:
        note(operation=self.execution_context.operation_name or "anonymous")
        yield


def create_schema(*, query: type, mutation: type | None = None, types: Sequence[type] = ()) -> strawberry.Schema:
    """A federation-v2 schema with unexpected errors masked behind a trace id; undescribed fields and arguments
    take their descriptions from the glossary (`kernel.glossary`)."""
    schema = SubgraphSchema(
        query=query,
        mutation=mutation,
        types=list(types),
        federation_version="2.11",
        execution_context_class=LeafExecutionContext,
        # The gateway sends the same few operation texts over and over: parse and validate each once.
        extensions=[
            MaskUnexpectedErrors,
            HideSchemaHints,
            NoteOperation,
            inputs.RefuseControlCharacters,
            lambda: ParserCache(maxsize=512),
            lambda: ValidationCache(maxsize=512),
        ],
    )
    describe(schema._schema)
    return schema


class SubgraphGraphQL(GraphQL[dict[str, Any], None]):
    """Strawberry's ASGI app with a context carrying the verified principal and per-request loaders."""

    def encode_json(self, data: object) -> bytes:
        return orjson.dumps(data)  # a page of a few thousand rows is mostly encoding time

    def decode_json(self, data: str | bytes) -> object:
        return orjson.loads(data)  # its JSONDecodeError is the standard library's, so bad bodies stay a 400

    async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> dict[str, Any]:
        principal = request.state.principal
        return {"request": request, "response": response, "principal": principal, "loaders": {}, "scopes": {}}


class RequireToken:
    """ASGI middleware: a request without a valid token gets a GraphQL error and nothing else.

    Subgraphs accept only short-lived access tokens; revocation (sign-out, changed roles) is checked
    at the gateway, which holds the identity store, so a revoked token lives here at most minutes.
    """

    def __init__(
        self, app: ASGIApp, *, authenticate: Authenticate, settings: Settings, protected: str = "/graphql"
    ) -> None:
        self.app = app
        self.authenticate = authenticate
        self.settings = settings
        self.protected = protected

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != self.protected:
            await self.app(scope, receive, send)
            return
        headers = dict((k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"])
        try:
            principal = self.authenticate(headers.get("authorization"), self.settings)
        except DomainError as error:
            body = {"data": None, "errors": [{"message": error.message, "extensions": error.extensions}]}
            await JSONResponse(body, status_code=401)(scope, receive, send)
            return
        scope.setdefault("state", {})["principal"] = principal
        note(user=principal.username)
        await self.app(scope, receive, send)


def optional_gid(value: int | None) -> strawberry.ID | None:
    """A stored id as a GraphQL ID, None where the row has none (an unassigned finding, a line without a visit …)."""
    return None if value is None else strawberry.ID(str(value))


def ordered(keys: Sequence[Key], rows: Mapping[Key, Any], default: Any = None) -> list[Any]:
    """Loader results in key order."""
    return [rows.get(key, default) for key in keys]


def selected_arguments(info: Info, type_name: str, field: str) -> list[dict[str, Any]]:
    """The arguments of each selection of `field` on `type_name` just below the resolving field (through inline
    fragments and fragment spreads on that type or on none), so a batch can fetch what its objects will be asked."""
    found: list[dict[str, Any]] = []
    pending = [selection for selected in info.selected_fields for selection in selected.selections]
    while pending:
        selection = pending.pop()
        if isinstance(selection, (InlineFragment, FragmentSpread)):
            if selection.type_condition in (None, type_name):
                pending.extend(selection.selections)
        elif selection.name == field:
            found.append(selection.arguments)
    return found


def settle_heap() -> None:
    """Keep what start-up built (schemas, models, the policy: alive as long as the process) out of later garbage
    collections, which otherwise walk it again and again while a large page is being built."""
    gc.collect()
    gc.freeze()


async def healthz(request: Request) -> JSONResponse:
    """Liveness: the process answers; says nothing of its databases."""
    return JSONResponse({"status": "ok", "service": request.app.state.service_name})


async def readyz(request: Request) -> JSONResponse:
    """Readiness: every database this subgraph opened answers `SELECT 1`; 503 naming the ones that do not."""
    from tortoise import connections

    failing = []
    for name in request.app.state.databases:
        try:
            await connections.get(name).execute_query("SELECT 1")
        except Exception:  # any failure means: send no traffic here yet
            failing.append(name)
    status = 503 if failing else 200
    return JSONResponse(
        {
            "status": "unavailable" if failing else "ready",
            "service": request.app.state.service_name,
            "databases": {name: name not in failing for name in request.app.state.databases},
        },
        status_code=status,
    )


def create_subgraph_app(
    *,
    name: str,
    schema: strawberry.Schema,
    databases: Sequence[str] = (),
    settings: Settings | None = None,
    background: Callable[[], AbstractAsyncContextManager[Any]] | None = None,
    scrapes: Sequence[Scrape] = (),
) -> ASGIApp:
    """Starlette app for one subgraph; `databases` are opened in its lifespan when it runs alone, and
    `background` (periodic work, see kernel.periodic) runs while the app is up, once they are open; /metrics
    adds the figures of `scrapes` (kernel.metrics) to the process's counters."""
    settings = settings or get_settings()
    configure_tracing(f"dibao-{name}")
    graphql = SubgraphGraphQL(schema, graphql_ide=None)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            if databases:
                from tortoise.contrib.starlette import RegisterTortoise

                from kernel.db import tortoise_config

                await stack.enter_async_context(
                    RegisterTortoise(app, config=tortoise_config(settings, list(databases)))
                )
                settle_heap()
            if background:
                await stack.enter_async_context(background())
            yield

    routes = [
        Route("/graphql", graphql),
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        metrics_route(token=settings.metrics_token, databases=databases, scrapes=scrapes),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.service_name = name
    app.state.databases = tuple(databases)
    app.state.schema = schema
    # A thousand entities are tens of thousands of objects built and dropped in one answer (kernel.collector)
    observed = ObserveRequests(
        RequireToken(app, authenticate=credentials.installed().authenticate, settings=settings), service=name
    )
    served = CollectBetweenRequests(OpenTelemetryMiddleware(observed, tracer_provider=None))
    # The token is checked before the body is read; a body over the limit is refused while it arrives (kernel.edge)
    limit = settings.edge.max_subgraph_bytes
    return SecurityHeaders(BodyLimit(served, limit_for=lambda path: limit))
