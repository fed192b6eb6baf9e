"""Visit photos over HTTP beside /graphql (relayed by the gateway): upload one JPEG or PNG for an application,
download one by id. The same token check and scopes as the GraphQL fields; every answer is audited."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from authz.actions import Action
from authz.enforcer import get_authorizer
from authz.scope import Scope
from kernel.error_codes import CommonErrorCode
from kernel.errors import DomainError, Forbidden
from kernel.files import STATUS, refusal
from kernel.observe import note
from kernel.settings import Settings
from services.households import visits
from services.households.error_codes import HouseholdsErrorCode

UPLOADERS = (Action.INVESTIGATION_RECORD, Action.APPLICATION_DECIDE)
"""Who takes photos: the township's investigators and the county's visitors, each where they hold the step."""
PHOTO_STATUS = {**STATUS, HouseholdsErrorCode.PHOTO_TOO_LARGE: 413, HouseholdsErrorCode.PHOTO_TYPE_NOT_ALLOWED: 415}
"""A photo too large is 413 and one of another type 415, as HTTP names them."""


async def _body(request: Request, limit: int) -> bytes:
    """The body, read no further than one byte past the limit (the rest is refused unread)."""
    chunks, size = [], 0
    async for chunk in request.stream():
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            break
    return b"".join(chunks)


def file_routes(settings: Settings) -> list[Route]:
    from authz.tokens import principal_from_header

    limit = settings.edge.max_photo_bytes

    def caller(request: Request):
        found = principal_from_header(request.headers.get("authorization"), settings)
        note(user=found.username)
        return found

    async def upload(request: Request) -> Response:
        try:
            actor = caller(request)
            where = Scope.of({p for action in UPLOADERS for p in get_authorizer().scope(actor, action).prefixes})
            if where.empty:
                raise Forbidden("you do not record home visits", "您无权录入入户调查", code=CommonErrorCode.FORBIDDEN)
            row = await visits.upload(
                actor=actor,
                scope=where,
                application_id=int(request.path_params["application_id"]),
                content=await _body(request, limit),
                content_type=request.headers.get("content-type", ""),
                limit=limit,
            )
        except DomainError as error:
            return refusal(error, PHOTO_STATUS)
        return JSONResponse(
            {
                "id": str(row.id),
                "applicationId": str(row.application_id),
                "contentType": row.content_type,
                "size": row.size,
                "sha256": row.sha256,
                "url": visits.PHOTO_URL.format(id=row.id),
            },
            status_code=201,
        )

    async def download(request: Request) -> Response:
        try:
            actor = caller(request)
            row = await visits.download(
                actor=actor,
                scope=get_authorizer().scope(actor, Action.HOUSEHOLD_READ),
                photo_id=int(request.path_params["photo_id"]),
            )
        except DomainError as error:
            return refusal(error, PHOTO_STATUS)
        extension = "png" if row.content_type == "image/png" else "jpg"
        return Response(
            bytes(row.content),
            media_type=row.content_type,
            headers={
                "content-disposition": f'inline; filename="visit-photo-{row.id}.{extension}"',
                "etag": f'"{row.sha256}"',
                "cache-control": "private, no-store",
            },
        )

    return [
        Route("/files/applications/{application_id:int}/visit-photos", upload, methods=["POST"]),
        Route("/files/visit-photos/{photo_id:int}", download, methods=["GET"]),
    ]
