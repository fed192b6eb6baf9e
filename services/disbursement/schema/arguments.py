"""Arguments as the domain functions take them: ids as the integers the tables use (anything else refused by
name), and the scopes a batch read is filtered by."""

from __future__ import annotations

from strawberry.types import Info

from authz.actions import Action
from authz.permissions import scope
from kernel.values import record_id


def id_of(value: object, field: str) -> int:
    return record_id(value, field=field)


def optional_id(value: object, field: str) -> int | None:
    return None if value is None else id_of(value, field)


def batch_scopes(info: Info) -> dict:
    return {"batch_scope": scope(info, Action.BATCH_READ), "staff_scope": scope(info, Action.ROSTER_READ)}
