"""Files beside a subgraph's /graphql: the dispatch to the file routes and the shape of their refusals."""

from __future__ import annotations

from collections.abc import Mapping

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from kernel.error_codes import CommonErrorCode
from kernel.errors import DomainError

STATUS: Mapping[str, int] = {
    CommonErrorCode.UNAUTHENTICATED: 401,
    CommonErrorCode.FORBIDDEN: 403,
    CommonErrorCode.RECUSAL_REQUIRED: 403,
}
"""The HTTP status of a common refusal other than 400 (and 404 for a code ending in NOT_FOUND)."""


def refusal(error: DomainError, statuses: Mapping[str, int] = STATUS) -> JSONResponse:
    """A domain refusal as a GraphQL-shaped error body, with the HTTP status its code implies (`statuses`: the common
    ones and a service's own)."""
    status = statuses.get(error.code, 404 if error.code.endswith("NOT_FOUND") else 400)
    return JSONResponse({"errors": [{"message": error.message, "extensions": error.extensions}]}, status_code=status)


class WithFiles:
    """ASGI dispatch: `/files/...` to the file routes, everything else (lifespan included) to the subgraph."""

    def __init__(self, graphql: ASGIApp, files: ASGIApp) -> None:
        self.graphql, self.files = graphql, files

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        target = self.files if scope["type"] == "http" and scope["path"].startswith("/files/") else self.graphql
        await target(scope, receive, send)
