"""What people do in the admin, recorded in the authz database: sign-ins, personal-data views, exports, changes."""

from __future__ import annotations

from typing import Any

from sqladmin.audit import AuditBackend, AuditEntry
from starlette.requests import Request

from admin import scope as scopes
from admin.error_codes import AdminErrorCode
from authz.actions import Action
from authz.enforcer import get_authorizer
from authz.principal import Principal
from identity.models import AdminAuditRecord, AuditNote
from kernel.audit import record
from kernel.error_codes import CommonErrorCode
from kernel.errors import Forbidden, InvalidInput

SIGN_IN = "admin.sign_in"
VIEW_PERSONAL = "admin.view_personal"
EXPORT = "admin.export"
NOTE = "admin.note"
CHANGE = "admin.{}"  # admin.create, admin.update, admin.delete
NOTE_MAX = 2000
HIDDEN_CHANGES = ("password",)
"""Submitted form fields never written to the trail."""


def home_region(principal: Principal | None) -> str:
    """The region a principal works in for the admin: its admin.access grant ("" for everywhere)."""
    if principal is None:
        return ""
    allowed = get_authorizer().scope(principal, Action.ADMIN_ACCESS)
    if allowed.everything or allowed.empty:
        return ""
    return min(allowed.prefixes).ljust(12, "0")


async def log(
    request: Request | None,
    *,
    action: str,
    entity: str,
    entity_id: Any = "",
    region_code: str | None = None,
    rows: int | None = None,
    after: Any = None,
    actor: str | None = None,
) -> AdminAuditRecord:
    """One line of the admin audit trail; the region defaults to the actor's own."""
    principal = scopes.principal_of(request) if request is not None else None
    return await AdminAuditRecord.create(
        actor=actor or (principal.username if principal else ""),
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        region_code=home_region(principal) if region_code is None else region_code,
        after=after,
        rows=rows,
    )


class AdminAuditBackend(AuditBackend):
    """sqladmin reports every create, update and delete made through a form; each becomes a trail line."""

    async def log(self, entry: AuditEntry, request: Request) -> None:
        changes = {
            key: value
            for key, value in (entry.changes or {}).items()
            if not any(word in key for word in HIDDEN_CHANGES)
        }
        await log(
            request,
            action=CHANGE.format(entry.action),
            entity=entry.identity,
            entity_id=entry.pk or "",
            after={key: str(value) if value is not None else None for key, value in changes.items()} or None,
        )


async def add_note(request: Request, *, entity: str, entity_id: str, region_code: str, text: str) -> AuditNote:
    """An audit note — 审计意见 — on a record the author may see and annotate; the trail records it too."""
    principal = scopes.principal_of(request)
    text = (text or "").strip()
    if not text:
        raise InvalidInput("the note is empty", "审计意见不能为空", field="text", code=AdminErrorCode.NOTE_EMPTY)
    if len(text) > NOTE_MAX:
        raise InvalidInput(
            f"the note exceeds {NOTE_MAX} characters",
            f"审计意见不能超过{NOTE_MAX}字",
            field="text",
            code=AdminErrorCode.NOTE_TOO_LONG,
        )
    if principal is None or not scopes.scope(request, Action.AUDIT_NOTE_WRITE).admits(region_code):
        raise Forbidden(
            "you may not annotate this record", "您无权对该记录填写审计意见", code=CommonErrorCode.FORBIDDEN
        )
    from tortoise.transactions import in_transaction

    async with in_transaction("authz") as connection:
        note = await AuditNote.create(
            entity=entity,
            entity_id=entity_id,
            region_code=region_code or "",
            author=principal.username,
            text=text,
            using_db=connection,
        )
        await record(
            AdminAuditRecord,
            actor=principal.username,
            action=NOTE,
            entity=entity,
            entity_id=entity_id,
            region_code=region_code or "",
            after={"note": note.id},
            using_db=connection,
        )
    return note


async def notes_on(entity: str, entity_id: str) -> list[AuditNote]:
    return await AuditNote.filter(entity=entity, entity_id=entity_id).order_by("at", "id")
