"""The whole system as one ASGI app: gateway, token endpoint, admin UI and health, plus in-process subgraphs."""

from __future__ import annotations

import datetime as dt
import importlib
import os
import re
from contextlib import asynccontextmanager, nullcontext

import httpx
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Mount, Route

from authz import tokens
from authz.actions import Action
from authz.enforcer import get_authorizer
from dibao.dashboard import dashboard_routes
from dibao.edge import edge_middleware
from dibao.error_codes import DibaoErrorCode
from dibao.wiring import wire_credentials
from gateway.app import Gateway, create_gateway_app, unauthenticated
from gateway.apq import PersistedQueries
from gateway.edge import TrustedOperations
from gateway.subgraph import ASGITransport, SubgraphClient, network_transport
from identity import sessions
from identity.http import IntrospectionGuard, authenticate_request, authenticate_token, logout_endpoint, token_endpoint
from kernel.collector import CollectBetweenRequests
from kernel.errors import DomainError
from kernel.metrics import metrics_route
from kernel.observe import ObserveRequests, note
from kernel.settings import DATABASES, SERVICES, MissingConfiguration, Settings, url_variable
from kernel.subgraph import settle_heap
from kernel.telemetry import configure_tracing
from services.households.app import registry_events_sync
from services.supervision.app import projection_sync


def subgraph_clients(settings: Settings, *, wrap=None) -> dict[str, SubgraphClient]:
    """HTTP clients for subgraphs with a URL; in-process ASGI clients for the others, in the embedded system only.

    `wrap(name, transport)` may wrap each transport (the tests count subgraph requests with it).
    """
    wire_credentials()
    clients = {}
    for name in SERVICES:
        url = settings.subgraph_urls.get(name)
        if url:
            transport = network_transport()
        elif not settings.embedded:
            raise MissingConfiguration(f"gateway cannot start: set {url_variable(name)}")
        else:
            app = importlib.import_module(f"services.{name}.app").create_app(settings=settings, own_database=False)
            url, transport = f"http://{name}.in-process/graphql", ASGITransport(app)
        clients[name] = SubgraphClient(name, url, transport=wrap(name, transport) if wrap else transport)
    # The authz subgraph (users and roles) always runs in the gateway's process, beside the identity store.
    from identity.app import create_app as create_authz_app

    transport = ASGITransport(create_authz_app(settings=settings, own_database=False))
    clients["authz"] = SubgraphClient(
        "authz", "http://authz.in-process/graphql", transport=wrap("authz", transport) if wrap else transport
    )
    return clients


class SystemGateway(Gateway):
    """The gateway asks subgraphs for SDL and readiness with its own identity, always a current short-lived token."""

    def __init__(self, clients, *, settings: Settings, **options) -> None:
        self.settings, self._sdl_token, self._sdl_expires = settings, "", None
        super().__init__(clients, **options)

    @property
    def sdl_headers(self) -> dict[str, str]:
        if self._sdl_expires is None or dt.datetime.now(dt.UTC) > self._sdl_expires - dt.timedelta(minutes=1):
            self._sdl_token, self._sdl_expires = tokens.issue(tokens.service_principal(), settings=self.settings)
        return {"authorization": f"Bearer {self._sdl_token}"}

    @sdl_headers.setter
    def sdl_headers(self, value: dict[str, str]) -> None:
        """The base class sets fixed headers; this gateway mints its own."""


DEFAULT_MAX_QUERY_COST = 1_000_000
"""Estimated fields an operation may touch (lists count `first` times); a bank page of 5,000 lines costs ~200,000."""


DEFAULT_MAX_ALIASES = 50
"""Aliased fields an operation may use (each is fetched again); a dashboard comparing a few regions uses a handful."""


def introspection_restricted(settings: Settings) -> bool:
    """DIBAO_INTROSPECTION=on|off; off (only holders of gateway.introspect) by default in production."""
    configured = os.environ.get("DIBAO_INTROSPECTION", "").lower()
    return configured == "off" or (settings.production and configured != "on")


def trusted_operations() -> TrustedOperations | None:
    """DIBAO_TRUSTED_OPERATIONS=manifest.json enables persisted operations; DIBAO_TRUSTED_ONLY=1 refuses all others."""
    manifest = os.environ.get("DIBAO_TRUSTED_OPERATIONS")
    if not manifest:
        return None
    return TrustedOperations.from_manifest(manifest, only=os.environ.get("DIBAO_TRUSTED_ONLY") == "1")


def persisted_queries() -> PersistedQueries:
    """DIBAO_APQ_CACHE_SIZE: automatic persisted queries the gateway keeps (least recently used out; 0 turns
    APQ off), DIBAO_APQ_CACHE_BYTES the most text they may hold together."""
    return PersistedQueries(
        max_entries=int(os.environ.get("DIBAO_APQ_CACHE_SIZE", "1000")),
        max_bytes=int(os.environ.get("DIBAO_APQ_CACHE_BYTES", str(8 * 1024 * 1024))),
    )


def cors_origins() -> list[str]:
    """DIBAO_CORS_ORIGINS: comma-separated origins allowed to call /graphql from a browser (none by default)."""
    return [origin.strip() for origin in os.environ.get("DIBAO_CORS_ORIGINS", "").split(",") if origin.strip()]


FILE_HEADERS = ("content-type", "content-disposition", "cache-control", "etag")


async def _signed_out(request: Request) -> Response | None:
    """A 401 when the caller's token was signed out or revoked (the subgraph itself only checks signature and
    expiry), else None."""
    try:
        note(user=(await authenticate_request(request)).username)
    except DomainError as error:
        return unauthenticated(error)
    return None


FILES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"/files/(?:batches/[0-9]{1,18}/lines\.csv|rosters/[0-9]{1,18}\.xlsx)"), "GET", "disbursement"),
    (re.compile(r"/files/visit-photos/[0-9]{1,18}"), "GET", "households"),
    (re.compile(r"/files/applications/[0-9]{1,18}/visit-photos"), "POST", "households"),
)
"""The only files the gateway relays — (path, method, service) — matched on the path exactly as sent: `%2f`, `..` or
anything else is refused. The bank's files and rosters come from disbursement; visit photos (入户照片) are uploaded to
and read from households."""

UPLOAD_HEADERS = (b"authorization", b"content-type", b"content-length")
"""What an upload passes on: the token and the body's type and length. A download passes the token only."""


def file_path(scope) -> tuple[str, str] | None:
    """(path, service) of the relayed file when the raw and the decoded path are one of the file shapes for the
    request's method, else None."""
    raw = scope.get("raw_path") or scope["path"].encode()
    raw = raw.split(b"?", 1)[0].decode("latin-1")  # httpx's in-process transport puts the query in raw_path
    if scope["path"] != raw:
        return None
    return next(
        (
            (raw, service)
            for pattern, method, service in FILES
            if pattern.fullmatch(raw) and scope.get("method", "GET") == method
        ),
        None,
    )


def _no_such_file() -> Response:
    return JSONResponse(
        {
            "errors": [
                {
                    "message": "没有这个文件 (no such file)",
                    "extensions": {
                        "code": DibaoErrorCode.FILE_NOT_FOUND,
                        "reason": "no such file",
                        "reasonZh": "没有这个文件",
                    },
                }
            ]
        },
        status_code=404,
    )


def _kept(scope) -> tuple[bytes, ...]:
    return UPLOAD_HEADERS if scope.get("method") == "POST" else (b"authorization",)


class _OnlyAuthorization:
    """ASGI: the service's in-process app sees the caller's current token (and an upload's type and length), no other
    header, as it would over HTTP."""

    def __init__(self, apps: dict[str, object]) -> None:
        self.apps = apps

    async def __call__(self, scope, receive, send) -> None:
        found = file_path(scope)
        if found is None:
            await _no_such_file()(scope, receive, send)
            return
        refusal = await _signed_out(Request(scope))
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        kept = [(k, v) for k, v in scope["headers"] if k in _kept(scope)]
        await self.apps[found[1]]({**scope, "headers": kept}, receive, send)


def files_route(settings: Settings) -> Route:
    """/files/… at the gateway: the disbursement service's bank files and printable rosters, the households service's
    visit photos, streamed both ways.

    The gateway refuses a signed-out token; the service checks the token and scope itself. The gateway passes only
    the caller's token on (and an upload's content type and length) and relays the body chunk by chunk as it comes
    (a county's CSV is never held whole): over HTTP when the service has a URL, else straight to the in-process app
    (httpx's ASGI transport would buffer the body).
    """
    services = sorted({service for _, _, service in FILES})
    for name in services:
        if not settings.subgraph_urls.get(name) and not settings.embedded:
            raise MissingConfiguration(f"gateway cannot start: set {url_variable(name)}")
    apps = {
        name: importlib.import_module(f"services.{name}.app").create_app(settings=settings, own_database=False)
        for name in services
        if not settings.subgraph_urls.get(name)
    }
    bases = {
        name: settings.subgraph_urls[name].rsplit("/graphql", 1)[0]
        for name in services
        if settings.subgraph_urls.get(name)
    }
    in_process = _OnlyAuthorization(apps)
    client = httpx.AsyncClient(transport=httpx.AsyncHTTPTransport(retries=0), timeout=120)

    async def relay(scope, receive, send) -> None:  # an ASGI app (Route treats a plain function as request → response)
        found = file_path(scope)
        if found is None or found[1] in apps:
            await in_process(scope, receive, send)
            return
        request = Request(scope, receive)
        refusal = await _signed_out(request)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        path, service = found
        headers = {k: v for k, v in request.headers.items() if k.encode() in _kept(scope)}
        body = request.stream() if request.method == "POST" else None
        upstream = await client.send(
            client.build_request(request.method, bases[service] + path, headers=headers, content=body), stream=True
        )
        kept = {k: v for k, v in upstream.headers.items() if k in FILE_HEADERS}
        response = StreamingResponse(
            upstream.aiter_raw(),
            status_code=upstream.status_code,
            headers=kept,
            background=BackgroundTask(upstream.aclose),
        )
        await response(scope, receive, send)

    return Route("/files/{path:path}", _Asgi(relay), methods=["GET", "POST"])


class _Asgi:
    """An ASGI callable as a Route endpoint."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        await self.app(scope, receive, send)


def create_system_app(settings: Settings, *, clients: dict[str, SubgraphClient] | None = None) -> Starlette:
    """Gateway and admin in front of the subgraphs; opens the databases this process needs."""
    configure_tracing("dibao-gateway")
    wire_credentials()
    clients = clients or subgraph_clients(settings)
    in_process = [name for name in SERVICES if name not in settings.subgraph_urls]
    gateway = SystemGateway(
        clients,
        settings=settings,
        production=settings.production,
        max_cost=int(os.environ.get("DIBAO_MAX_QUERY_COST", DEFAULT_MAX_QUERY_COST)),
        max_aliases=int(os.environ.get("DIBAO_MAX_ALIASES", DEFAULT_MAX_ALIASES)),
        trusted=trusted_operations(),
        persisted=persisted_queries(),
        override_labels=os.environ.get("DIBAO_OVERRIDE_LABELS", "").split(),
    )

    @asynccontextmanager
    async def lifespan(app: Starlette):
        from tortoise.contrib.starlette import RegisterTortoise

        from kernel.db import tortoise_config

        async with RegisterTortoise(app, config=tortoise_config(settings, [*in_process, "authz"])):
            await gateway.start()
            settle_heap()
            try:
                # an in-process subgraph's own lifespan never runs: its background work runs here instead
                async with (
                    projection_sync(settings) if "supervision" in in_process else nullcontext(),
                    registry_events_sync(settings) if "households" in in_process else nullcontext(),
                ):
                    yield
            finally:
                await gateway.aclose()

    async def healthz(request: Request) -> JSONResponse:
        return JSONResponse({"status": "ok", "subgraphs": sorted(clients)})

    gateway_app = create_gateway_app(
        gateway,
        authenticate=authenticate_token,
        confirm=sessions.require_current,  # revocation: beside a query, before a mutation
        graphiql=not settings.production,
        expose_plan=lambda principal: get_authorizer().holds(principal, Action.QUERY_PLAN),
        may_reload=lambda principal: get_authorizer().holds(principal, Action.GATEWAY_RELOAD),
        cors_origins=cors_origins(),
    )
    app = Starlette(
        routes=[
            Route("/healthz", healthz),
            Route("/auth/token", token_endpoint, methods=["POST"]),
            Route("/auth/logout", logout_endpoint, methods=["POST"]),
            files_route(settings),
            *dashboard_routes(),
            metrics_route(
                token=settings.metrics_token,
                databases=[*in_process, "authz"],
                scrapes=[importlib.import_module(f"services.{name}.metrics").scrape for name in in_process],
            ),
        ],
        middleware=edge_middleware(settings, graphiql=not settings.production),
        lifespan=lifespan,
    )
    app.state.gateway = gateway
    app.state.databases = [*in_process, "authz"]
    from admin import mount_admin

    mount_admin(app, settings)
    from workbench import mount_workbench

    mount_workbench(app, settings)
    if introspection_restricted(settings):
        gateway_app = IntrospectionGuard(gateway_app)
    # GraphQL answers are built with the garbage collector paused (kernel.collector)
    app.router.routes.append(Mount("/", app=CollectBetweenRequests(gateway_app)))  # last: /admin, /auth first
    app.add_middleware(ObserveRequests, service="gateway")  # trace, metrics and log line of every request
    return app


__all__ = ["DATABASES", "create_system_app", "subgraph_clients"]
