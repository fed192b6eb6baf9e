"""The admin back office (管理后台): generated views over every service's data, scoped to the signed-in user."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

from sqladmin import Admin
from sqladmin._menu import CategoryMenu
from sqlalchemy import Select
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.orm import Session
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from admin import audit, csrf
from admin import scope as scopes
from admin.auth import AdminAuth
from admin.generate import view_for
from admin.i18n import chinese
from admin.tables import PK_LABEL, Entity, build_entities
from admin.views import ScopedModelView
from kernel.db import MODEL_MODULES, tortoise_url
from kernel.errors import DomainError, Forbidden
from kernel.settings import Settings
from kernel.values import SHANGHAI

TITLE = "最低生活保障管理后台"
BASE_URL = "/admin"
TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = Path(__file__).resolve().parent / "static"
TORTOISE_ONLY_PARAMS = {
    "minsize",
    "maxsize",
    "max_queries",
    "max_inactive_connection_lifetime",
    "schema",
    "journal_mode",
}

__all__ = ["TITLE", "ScopedModelView", "build_entities", "mount_admin", "sqlalchemy_url", "view_for"]


def sqlalchemy_url(url: str) -> str:
    """The async SQLAlchemy URL of a Tortoise database URL (postgres:// or sqlite://)."""
    url = tortoise_url(url)
    scheme, _, rest = url.partition("://")
    if scheme == "sqlite":
        path = rest.split("?", 1)[0]
        return "sqlite+aiosqlite://" if path in ("", ":memory:") else f"sqlite+aiosqlite:///{path}"
    if scheme in ("postgres", "asyncpg"):
        parts = urlsplit(url)
        query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k not in TORTOISE_ONLY_PARAMS])
        return f"postgresql+asyncpg://{parts.netloc}{parts.path}" + (f"?{query}" if query else "")
    raise ValueError(f"unsupported database URL scheme {scheme!r}")


def _engine(url: str) -> AsyncEngine:
    url = sqlalchemy_url(url)
    options = {} if url.startswith("sqlite") else {"pool_size": 5, "max_overflow": 5, "pool_pre_ping": True}
    return create_async_engine(url, **options)


def engines_for(settings: Settings, apps: set[str]) -> dict[str, AsyncEngine]:
    """One lazy engine per database the admin reads; no connection is opened before the first query."""
    return {app: _engine(settings.database_url(app)) for app in sorted(apps)}


def replica_engines_for(settings: Settings, apps: set[str]) -> dict[str, AsyncEngine]:
    """An engine per database with a read replica configured (DIBAO_<NAME>_READ_DATABASE_URL)."""
    return {
        app: _engine(settings.read_database_urls[app]) for app in sorted(apps) if app in settings.read_database_urls
    }


class ReplicaReadingSession(Session):
    """Lists, searches, pages and exports read a database's replica; a flush or an INSERT/UPDATE/DELETE (an audit
    note, an administrator's edit) goes to the primary, as does everything of a database without a replica."""

    replicas: dict = {}  # the primary's sync engine -> the replica's

    def get_bind(self, mapper=None, clause=None, **kwargs):
        primary = super().get_bind(mapper=mapper, clause=clause, **kwargs)
        if self._flushing or not isinstance(clause, Select):
            return primary
        return self.replicas.get(primary, primary)


def session_maker(
    entities: list[Entity], engines: dict[str, AsyncEngine], replicas: dict[str, AsyncEngine] | None = None
) -> async_sessionmaker:
    """One session spanning every database: each table is bound to its own app's engine (reads to its replica)."""
    routing = type(
        "AdminSession",
        (ReplicaReadingSession,),
        {"replicas": {engines[app].sync_engine: engine.sync_engine for app, engine in (replicas or {}).items()}},
    )
    return async_sessionmaker(
        binds={entity.table: engines[entity.app] for entity in entities},
        expire_on_commit=False,
        sync_session_class=routing,
    )


def _dispose_on_shutdown(app: Starlette, engines: dict[str, AsyncEngine]) -> None:
    """Close the admin's connection pools when the application stops."""
    inner = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(application):
        async with inner(application) as state:
            try:
                yield state
            finally:
                for engine in engines.values():
                    await engine.dispose()

    app.router.lifespan_context = lifespan


def mount_admin(app: Starlette, settings: Settings) -> Admin:
    """Mount the admin at /admin: one generated view per Tortoise model of every database in the settings."""
    entities = [entity for entity in build_entities(MODEL_MODULES) if entity.app in settings.database_urls]
    engines = engines_for(settings, {entity.app for entity in entities})
    replicas = replica_engines_for(settings, {entity.app for entity in entities})
    auth = AdminAuth(settings, base_url=BASE_URL)
    admin = Admin(
        app,
        session_maker=session_maker(entities, engines, replicas),
        base_url=BASE_URL,
        title=TITLE,
        templates_dir=str(TEMPLATES),
        authentication_backend=auth,
        i18n_config=chinese(),
        audit_backend=audit.AdminAuditBackend(),
    )
    admin.templates.env.globals["current_principal"] = scopes.principal_of
    admin.templates.env.globals["csrf_token"] = csrf.token_of
    admin.templates.env.globals["shanghai"] = SHANGHAI
    admin.templates.env.filters["title"] = _chinese_title(admin.templates.env.filters["title"])

    async def refuse(request: Request, reason: str) -> Response:
        return await admin.templates.TemplateResponse(
            request, "sqladmin/login.html", {"error": reason}, status_code=400
        )

    auth.render_refusal = refuse
    for entity in entities:
        admin.add_view(view_for(entity, entities))
    for item in admin._menu.items:
        if isinstance(item, CategoryMenu):
            item.__class__ = UsedCategory
    admin.admin.router.routes.insert(
        0, Route("/{identity}/notes/{pk}", _note_endpoint(admin, auth), methods=["POST"], name="note")
    )
    admin.admin.router.routes.insert(0, Mount("/dibao-static", StaticFiles(directory=STATIC), name="dibao_static"))
    # innermost, inside the session middleware, so the guard reads the session's token
    admin.admin.user_middleware.append(Middleware(csrf.CsrfGuard, trusted_origins=settings.admin_origins))
    _dispose_on_shutdown(app, {**engines, **{f"{name}_read": engine for name, engine in replicas.items()}})
    return admin


def _chinese_title(title):
    """sqladmin titles the primary-key column by its SQL name ("Id: 12"); ours reads "编号: 12"."""

    def chinese(value):
        return PK_LABEL if str(value).lower() == "id" else title(value)

    return chinese


class UsedCategory(CategoryMenu):
    """A menu group shown only when the viewer may open at least one of its views."""

    def is_accessible(self, request: Request) -> bool:
        return any(child.is_visible(request) and child.is_accessible(request) for child in self.children)


def _note_endpoint(admin: Admin, auth: AdminAuth):
    """POST an audit note on one record the viewer can open; back to the record's page."""

    async def add_note(request: Request) -> Response:
        if not await auth.authenticate(request):
            return RedirectResponse(request.url_for("admin:login"), status_code=302)
        view = admin._find_model_view(request.path_params["identity"])
        if not view.is_accessible(request):
            raise HTTPException(403)
        record = await view._get_object_by_pk(view.form_details_query(request))
        if record is None:
            raise HTTPException(404)
        form = await request.form()
        try:
            await audit.add_note(
                request,
                entity=view.identity,
                entity_id=request.path_params["pk"],
                region_code=view._region_of(record) or "",
                text=str(form.get("text", "")),
            )
        except DomainError as error:
            status = 403 if isinstance(error, Forbidden) else 400
            context = {"status_code": status, "message": error.message, "code": error.code, "field": error.field}
            return await admin.templates.TemplateResponse(request, "sqladmin/error.html", context, status_code=status)
        url = request.url_for("admin:details", identity=view.identity, pk=request.path_params["pk"])
        return RedirectResponse(url, status_code=302)

    return add_note
