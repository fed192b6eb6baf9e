"""The disbursement subgraph as an ASGI app, with the bank's CSV file and the printable roster beside /graphql."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from authz.actions import Action
from authz.enforcer import get_authorizer
from authz.masking import accounts_scope
from kernel.errors import DomainError
from kernel.files import WithFiles, refusal
from kernel.observe import ObserveRequests, note
from kernel.settings import Settings, get_settings
from kernel.subgraph import create_subgraph_app
from services.disbursement import bank_lines, exports, metrics
from services.disbursement.schema import schema

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _file_routes(settings: Settings) -> list[Route]:
    """GET endpoints for files; the same token check and scopes as the GraphQL fields."""
    from authz.tokens import principal_from_header

    def accounts_of(caller):
        return accounts_scope(lambda action: get_authorizer().scope(caller, action))

    def caller_scope(request: Request, action: Action):
        caller = principal_from_header(request.headers.get("authorization"), settings)
        note(user=caller.username)
        return caller, get_authorizer().scope(caller, action)

    async def batch_csv(request: Request) -> Response:
        try:
            caller, scope = caller_scope(request, Action.BATCH_READ)
            chunks = await bank_lines.batch_csv(
                scope=scope, batch_id=int(request.path_params["batch_id"]), accounts=accounts_of(caller)
            )
        except DomainError as error:
            return refusal(error)
        name = f"batch-{request.path_params['batch_id']}.csv"
        return StreamingResponse(
            chunks,
            media_type="text/csv; charset=utf-8",
            headers={"content-disposition": f'attachment; filename="{name}"'},
        )

    async def roster_xlsx(request: Request) -> Response:
        try:
            caller, scope = caller_scope(request, Action.ROSTER_READ)
            roster_id = int(request.path_params["roster_id"])
            name, body = await exports.roster_xlsx(scope=scope, roster_id=roster_id, accounts_scope=accounts_of(caller))
        except DomainError as error:
            return refusal(error)
        return Response(body, media_type=XLSX, headers={"content-disposition": f'attachment; filename="{name}"'})

    return [
        Route("/files/batches/{batch_id:int}/lines.csv", batch_csv),
        Route("/files/rosters/{roster_id:int}.xlsx", roster_xlsx),
    ]


def create_app(*, settings: Settings | None = None, own_database: bool = True):
    """`own_database=False` when the embedded system opens every database itself."""
    settings = settings or get_settings()
    graphql = create_subgraph_app(
        name="disbursement",
        schema=schema,
        databases=["disbursement"] if own_database else [],
        settings=settings,
        scrapes=[metrics.scrape],
    )
    return WithFiles(graphql, ObserveRequests(Starlette(routes=_file_routes(settings)), service="disbursement"))
