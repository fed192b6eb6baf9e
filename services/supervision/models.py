"""Supervision's own data: findings raised by inspection rules, and the audit trail."""

from tortoise import fields
from tortoise.models import Model

from kernel.audit import AuditRecordBase


class Finding(Model):
    """Finding — 核查线索: a case an inspection rule raised for verification (never a verdict)."""

    id = fields.BigIntField(primary_key=True)
    household_id = fields.BigIntField(db_index=True, description="家庭编号 / household id")
    person_id = fields.BigIntField(null=True, description="成员编号 / member id")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    rule = fields.CharField(max_length=32, db_index=True, description="规则 / inspection rule")
    severity = fields.CharField(max_length=8, default="MEDIUM", description="严重程度 / severity")
    status = fields.CharField(max_length=16, default="OPEN", db_index=True, description="状态 / status")
    evidence = fields.JSONField(null=True, description="证据 / evidence")
    raised_at = fields.DatetimeField(auto_now_add=True, description="发现时间 / raised at")

    class Meta:
        table = "finding"


class AuditRecord(AuditRecordBase):
    """Audit trail of the supervision service — 审计记录."""

    class Meta:
        table = "audit_record"
