"""One transaction per mutation with its audit record inside; a refusal is audited too, outside it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from authz.principal import Principal
from kernel.audit import record
from kernel.errors import DomainError
from services.households.models import AuditRecord

DB = "households"


@asynccontextmanager
async def audited(
    actor: Principal, action: str, entity: str, entity_id: Any = "", region_code: str = ""
) -> AsyncIterator[BaseDBAsyncClient]:
    """Run the body in a transaction; when it refuses, nothing it wrote stays and the attempt is recorded."""
    try:
        async with in_transaction(DB) as conn:
            yield conn
    except DomainError as refusal:
        await record(
            AuditRecord,
            actor=actor.username,
            action=action,
            entity=entity,
            entity_id=entity_id,
            region_code=str(region_code)[:12],
            succeeded=False,
            after=refusal.recorded,
        )
        raise


async def done(
    conn: BaseDBAsyncClient,
    actor: Principal,
    action: str,
    entity: str,
    entity_id: Any,
    region_code: str,
    *,
    before: Any = None,
    after: Any = None,
) -> None:
    """The success record, in the mutation's transaction."""
    await record(
        AuditRecord,
        actor=actor.username,
        action=action,
        entity=entity,
        entity_id=entity_id,
        region_code=region_code,
        before=before,
        after=after,
        using_db=conn,
    )
