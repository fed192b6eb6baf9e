"""The system app's edge: body limits per path and a content-security policy per page."""

from __future__ import annotations

from pathlib import Path

import sqladmin
from starlette.middleware import Middleware

from kernel.edge import API_POLICY, BodyLimit, SecurityHeaders, body_limits, inline_hash
from kernel.settings import Settings

ADMIN_TEMPLATES = (
    Path(__file__).resolve().parent.parent / "admin" / "templates",
    Path(sqladmin.__file__).resolve().parent / "templates",
)


def _admin_template(name: str) -> str:
    """A template as the admin renders it: the project's own copy first, else sqladmin's."""
    for root in ADMIN_TEMPLATES:
        if (root / name).exists():
            return (root / name).read_text(encoding="utf-8")
    raise FileNotFoundError(name)


def admin_policy() -> str:
    """The admin's pages load sqladmin's scripts and styles from /admin/statics; the one inline script (the flash
    messages' toasts) is allowed by its hash. Inline style attributes stay (tabler sets them), nothing else inline."""
    toasts = inline_hash(_admin_template("sqladmin/flash.html"), "script")
    return (
        "default-src 'self'; script-src 'self' " + toasts + "; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
    )


GRAPHIQL_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; worker-src 'self'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)
"""The development query page and its bundle (/graphiql/): its own scripts and workers, Monaco's inline styles
(the editor sets them), requests to its own origin only."""

DASHBOARD_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
"""The city dashboard: its own page, script, stylesheet and ECharts; it calls /auth/token and /graphql only."""

WORKBENCH_POLICY = (
    "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
)
"""The staff workbench: server-rendered pages with their own stylesheet and forms, no scripts."""


def edge_middleware(settings: Settings, *, graphiql: bool) -> list[Middleware]:
    """The system app's security headers, then its body limits (outermost first)."""
    edge = settings.edge
    limit_for = body_limits(
        [
            ("/graphql", edge.max_graphql_bytes),
            ("/auth", edge.max_auth_bytes),
            ("/files/applications/", edge.max_photo_bytes),
        ],
        edge.max_body_bytes,
    )
    admin = admin_policy()

    def policy_for(path: str) -> str:
        if path == "/admin" or path.startswith("/admin/"):
            return admin
        if path == "/workbench" or path.startswith("/workbench/"):
            return WORKBENCH_POLICY
        if graphiql and (path == "/graphql" or path.startswith("/graphiql/")):
            return GRAPHIQL_POLICY
        if path == "/dashboard" or path.startswith("/dashboard/"):
            return DASHBOARD_POLICY
        return API_POLICY

    return [
        Middleware(SecurityHeaders, policy_for=policy_for, hsts_seconds=edge.hsts_seconds),
        Middleware(BodyLimit, limit_for=limit_for),
    ]
