"""One audited step of a record's lifecycle: locked, checked against the allowed states, saved, recorded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar

from tortoise.models import Model
from tortoise.transactions import in_transaction

from authz.scope import Scope
from kernel.audit import record
from kernel.errors import InvalidInput
from kernel.values import SHANGHAI
from services.supervision.error_codes import SupervisionErrorCode
from services.supervision.errors import not_found, transition
from services.supervision.models import AuditRecord
from services.supervision.sql import CONNECTION

Row = TypeVar("Row", bound=Model)


def today() -> dt.date:
    return dt.datetime.now(SHANGHAI).date()


def not_after_today(day: dt.date, en: str, zh: str, *, field: str) -> None:
    """Refuse a day of something done that lies after today (`en`/`zh` say what)."""
    if day > today():
        raise InvalidInput(en, zh, field=field, code=SupervisionErrorCode.DATE_IN_FUTURE)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def plain(value: Any) -> Any:
    """A value as the audit trail stores it."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


async def get_in_scope(model: type[Row], ident: int, scope: Scope, what: tuple[str, str], *, using_db=None) -> Row:
    """A record by id inside the caller's jurisdiction; outside it looks exactly like a missing one."""
    query = model.filter(scope.q(), id=ident)
    row = await (query.using_db(using_db).select_for_update() if using_db else query).first()
    if row is None:
        raise not_found(what[0], what[1], ident)
    return row


async def step(
    model: type[Row],
    ident: int,
    scope: Scope,
    *,
    actor: str,
    action: str,
    what: tuple[str, str],
    allowed: set[str],
    verb: tuple[str, str],
    change: Callable[[Row], dict[str, Any]],
) -> Row:
    """Move one record on: refuse unless its status is in `allowed`; `change` validates and returns the new values."""
    async with in_transaction(CONNECTION) as conn:
        row = await get_in_scope(model, ident, scope, what, using_db=conn)
        if row.status not in allowed:
            raise transition(row.status, *verb)
        changes = change(row)
        before = {name: plain(getattr(row, name)) for name in changes}
        for name, value in changes.items():
            setattr(row, name, value)
        await row.save(using_db=conn, update_fields=list(changes))
        await record(
            AuditRecord,
            actor=actor,
            action=action,
            entity=model.__name__,
            entity_id=row.id,
            region_code=row.region_code,
            before=before,
            after={name: plain(value) for name, value in changes.items()},
            using_db=conn,
        )
    return row


@dataclass(frozen=True)
class Lifecycle(Generic[Row]):
    """The steps of one kind of record: per step (its name ends the audited action), the statuses it starts from and
    its verb in English and Chinese, for the refusal of a step out of order."""

    model: type[Row]
    what: tuple[str, str]
    action: str
    steps: Mapping[str, tuple[set[str], tuple[str, str]]]

    async def take(
        self, name: str, ident: int, scope: Scope, *, actor: str, change: Callable[[Row], dict[str, Any]]
    ) -> Row:
        allowed, verb = self.steps[name]
        return await step(
            self.model,
            ident,
            scope,
            actor=actor,
            action=f"{self.action}.{name}",
            what=self.what,
            allowed=allowed,
            verb=verb,
            change=change,
        )
