"""The city dashboard (数据大屏) at /dashboard: a static page drawing the public GraphQL statistics with ECharts.

The page, its script and ECharts itself are files of this package (no CDN, no inline script), so it works offline
and under a strict content security policy; it signs in at /auth/token and keeps the token for the tab only.
"""

from __future__ import annotations

from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

STATIC = Path(__file__).resolve().parent / "static"


async def dashboard_page(request: Request) -> FileResponse:
    return FileResponse(
        STATIC / "index.html", media_type="text/html; charset=utf-8", headers={"cache-control": "no-cache"}
    )


async def dashboard_labels(request: Request) -> JSONResponse:
    """The names the charts print, from the one label table: the open workflow steps in their order."""
    from kernel.labels import APPLICATION_STATE
    from services.households.workflow import OPEN

    return JSONResponse(
        {"openSteps": [[state, APPLICATION_STATE.label(state)] for state in OPEN]},
        headers={"cache-control": "max-age=3600"},
    )


def dashboard_routes() -> list:
    """/dashboard (the page), its labels and /dashboard/static/ (its script, styles and ECharts)."""
    return [
        Route("/dashboard", dashboard_page, methods=["GET"]),
        Route("/dashboard/labels.json", dashboard_labels, methods=["GET"]),
        Mount("/dashboard/static", app=StaticFiles(directory=STATIC), name="dashboard-static"),
    ]
