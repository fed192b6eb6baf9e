"""Supervision's own data: findings, rule parameters and the audit trail; registries, the household
projection and field work live in the sibling model modules and are gathered here for Tortoise."""

from tortoise import fields
from tortoise.models import Model

from kernel.audit import AuditRecordBase
from services.supervision.models_projection import (
    FeedCursor,
    PaidLine,
    ProjectedDecision,
    ProjectedHousehold,
    ProjectedKinship,
    ProjectedPerson,
    ProjectedRegion,
    ProjectedStandard,
)
from services.supervision.models_registry import FeedEpoch, RegistryBatch, RegistryRecord, RegistryRejection
from services.supervision.models_work import Campaign, CampaignVisit, Complaint, SpotCheck, SpotCheckItem

__all__ = [
    "AuditRecord",
    "Campaign",
    "CampaignVisit",
    "Complaint",
    "FeedCursor",
    "FeedEpoch",
    "Finding",
    "InspectionParameter",
    "PaidLine",
    "ProjectedDecision",
    "ProjectedHousehold",
    "ProjectedKinship",
    "ProjectedPerson",
    "ProjectedRegion",
    "ProjectedStandard",
    "RegistryBatch",
    "RegistryRecord",
    "RegistryRejection",
    "SpotCheck",
    "SpotCheckItem",
]


class Finding(Model):
    """Finding — 核查线索: a case an inspection rule raised for verification (never a verdict)."""

    id = fields.BigIntField(primary_key=True)
    household_id = fields.BigIntField(db_index=True, description="家庭编号 / household id")
    person_id = fields.BigIntField(null=True, description="成员编号 / member id")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    rule = fields.CharField(max_length=32, db_index=True, description="规则 / inspection rule")
    rule_version = fields.IntField(default=1, description="规则版本 / rule version")
    severity = fields.CharField(max_length=8, default="MEDIUM", description="严重程度 / severity")
    status = fields.CharField(max_length=16, default="OPEN", db_index=True, description="状态 / status")
    evidence = fields.JSONField(null=True, description="证据 / evidence")
    open_key = fields.CharField(
        max_length=160,
        null=True,
        unique=True,
        description="未结线索键 / key that keeps one open finding per rule, case and evidence (cleared when closed as rectified)",
    )
    raised_at = fields.DatetimeField(auto_now_add=True, description="发现时间 / raised at")
    assigned_to = fields.CharField(max_length=12, null=True, db_index=True, description="交办乡镇 / township assigned")
    assigned_at = fields.DatetimeField(null=True, description="交办时间 / assigned at")
    deadline = fields.DateField(null=True, db_index=True, description="办理期限 / deadline")
    verdict = fields.CharField(max_length=16, null=True, description="核实结论 / TRUE_POSITIVE or FALSE_POSITIVE")
    visit = fields.JSONField(null=True, description="入户核实记录 / visit record")
    verified_at = fields.DatetimeField(null=True, description="核实时间 / verified at")
    decision_id = fields.BigIntField(null=True, description="整改决定 / households decision that changed the case")
    rectified_at = fields.DatetimeField(null=True, description="整改时间 / rectified at")
    closed_at = fields.DatetimeField(null=True, description="办结时间 / closed at")
    note = fields.TextField(default="", description="备注 / note")

    class Meta:
        table = "finding"


class InspectionParameter(Model):
    """Rule parameter — 核查参数: a standard or threshold set for a region from a date (the most specific region wins)."""

    id = fields.BigIntField(primary_key=True)
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    name = fields.CharField(max_length=32, description="参数 / parameter")
    value = fields.DecimalField(max_digits=14, decimal_places=2, description="取值 / value")
    effective_from = fields.DateField(description="生效日期 / effective from")
    set_by = fields.CharField(max_length=64, description="设置人 / set by")
    set_at = fields.DatetimeField(auto_now_add=True, description="设置时间 / set at")

    class Meta:
        table = "inspection_parameter"
        unique_together = (("region_code", "name", "effective_from"),)


class AuditRecord(AuditRecordBase):
    """Audit trail of the supervision service — 审计记录."""

    class Meta:
        table = "audit_record"
