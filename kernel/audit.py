"""The audit trail every service keeps in its own database: who, when, what, before and after."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model


class AuditRecordBase(Model):
    """One audited action — 审计记录. Each service subclasses it into its own app."""

    id = fields.BigIntField(primary_key=True)
    actor = fields.CharField(max_length=64, db_index=True, description="操作人 / actor")
    action = fields.CharField(max_length=64, db_index=True, description="操作 / action")
    entity = fields.CharField(max_length=64, description="对象类型 / entity type")
    entity_id = fields.CharField(max_length=64, default="", db_index=True, description="对象编号 / entity id")
    region_code = fields.CharField(max_length=12, default="", db_index=True, description="区划代码 / region code")
    succeeded = fields.BooleanField(default=True, description="成功 / succeeded")
    before: fields.JSONField[Any] = fields.JSONField(null=True, description="变更前 / before")
    after: fields.JSONField[Any] = fields.JSONField(null=True, description="变更后 / after")
    at = fields.DatetimeField(auto_now_add=True, db_index=True, description="时间 / time")

    class Meta:
        abstract = True


async def record(
    model: type[AuditRecordBase],
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: Any = "",
    region_code: str = "",
    before: Any = None,
    after: Any = None,
    succeeded: bool = True,
    using_db: BaseDBAsyncClient | None = None,
) -> AuditRecordBase:
    """Write one audit record, inside the caller's transaction when `using_db` is given."""
    return await model.create(
        actor=actor,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        region_code=region_code,
        before=before,
        after=after,
        succeeded=succeeded,
        using_db=using_db,
    )
