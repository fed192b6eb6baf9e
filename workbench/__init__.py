"""The staff workbench (工作台) at /workbench: worklist, case page with its next steps, household registration and the
notices to print, for village, township and county staff, over the public API of the app it is mounted in."""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kernel.settings import Settings
from workbench import session
from workbench.api import Api, SignedOut
from workbench.views import Workbench

BASE_URL = "/workbench"
SESSION_HOURS = 8
STATIC = Path(__file__).resolve().parent / "static"


def _signed_in_only(endpoint):
    """Pages for signed-in staff: the sign-in page for everyone else, and again when the tokens stop working."""

    async def guarded(request: Request) -> Response:
        if not session.signed_in(request):
            return session.to_login(request)
        try:
            return await endpoint(request)
        except SignedOut:
            request.session.clear()
            return session.to_login(request)

    return guarded


def create_workbench(app: Starlette, settings: Settings) -> Starlette:
    bench = Workbench(Api(app))
    routes = [
        Route("/login", bench.login, methods=["GET", "POST"], name="login"),
        Route("/logout", bench.logout, methods=["POST"], name="logout"),
        Route("/", _signed_in_only(bench.home), name="home"),
        Route("/households/new", _signed_in_only(bench.register), methods=["GET", "POST"], name="register"),
        Route("/households/{household_id:int}", _signed_in_only(bench.household), name="household"),
        Route("/households/{household_id:int}/submit", _signed_in_only(bench.submit), methods=["POST"], name="submit"),
        Route("/households/{household_id:int}/incomes", _signed_in_only(bench.income), methods=["POST"], name="income"),
        Route(
            "/households/{household_id:int}/applications/{application_id:int}/{step}",
            _signed_in_only(bench.take_step),
            methods=["POST"],
            name="step",
        ),
        Route("/notices", _signed_in_only(bench.notices), name="notices"),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    middleware = [
        Middleware(
            SessionMiddleware,
            secret_key=settings.session_secret,
            session_cookie=session.COOKIE,
            max_age=SESSION_HOURS * 3600,
            path=BASE_URL,
            same_site="strict",
            https_only=settings.production,
        )
    ]
    return Starlette(routes=routes, middleware=middleware)


def mount_workbench(app: Starlette, settings: Settings) -> None:
    """Mount the workbench at /workbench of `app`, whose /auth and /graphql it calls."""
    app.router.routes.append(Mount(BASE_URL, app=create_workbench(app, settings), name="workbench"))


__all__ = ["BASE_URL", "mount_workbench"]
