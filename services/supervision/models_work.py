"""Field work of the supervision bureau: spot checks, 12349 complaints and clean-up campaigns."""

from tortoise import fields
from tortoise.models import Model


class SpotCheck(Model):
    """Spot check — 双随机抽查: a seeded, township-stratified sample of a period's new approvals."""

    id = fields.BigIntField(primary_key=True)
    region_code = fields.CharField(max_length=12, db_index=True, description="抽查区划 / region sampled")
    period = fields.CharField(max_length=7, description="期间 / period of the approvals")
    share = fields.DecimalField(max_digits=4, decimal_places=2, description="抽查比例 / share drawn")
    seed = fields.BigIntField(description="随机种子 / random seed")
    inspectors = fields.JSONField(description="检查人员 / inspectors drawn from")
    population = fields.IntField(default=0, description="新批准户数 / new approvals in the period")
    drawn_by = fields.CharField(max_length=64, description="抽取人 / drawn by")
    drawn_at = fields.DatetimeField(auto_now_add=True, description="抽取时间 / drawn at")
    published_at = fields.DatetimeField(null=True, description="公开时间 / published at")
    summary = fields.JSONField(null=True, description="结果汇总 / published summary")

    class Meta:
        table = "spot_check"


class SpotCheckItem(Model):
    """Spot-check item — 抽查对象: one sampled household with its inspector, visit and result."""

    id = fields.BigIntField(primary_key=True)
    spot_check_id = fields.BigIntField(db_index=True, description="抽查 / spot check")
    household_id = fields.BigIntField(description="家庭编号 / household id")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    inspector = fields.CharField(max_length=64, description="检查人员 / inspector")
    visited_on = fields.DateField(null=True, description="入户日期 / visited on")
    result = fields.CharField(max_length=16, null=True, description="结果 / CONFIRMED, DISCREPANCY or NOT_FOUND")
    notes = fields.TextField(default="", description="记录 / notes")

    class Meta:
        table = "spot_check_item"
        unique_together = (("spot_check_id", "household_id"),)


class Complaint(Model):
    """Complaint — 12349 举报: real-name or anonymous, verified, and answered to real-name reporters."""

    id = fields.BigIntField(primary_key=True)
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    received_on = fields.DateField(description="受理日期 / received on")
    channel = fields.CharField(max_length=16, default="12349", description="渠道 / channel")
    anonymous = fields.BooleanField(default=False, description="匿名 / anonymous")
    reporter_name = fields.CharField(max_length=50, default="", description="举报人 / reporter (supervision only)")
    reporter_phone = fields.CharField(
        max_length=20, default="", description="联系电话 / reporter phone (supervision only)"
    )
    household_id = fields.BigIntField(null=True, db_index=True, description="涉及家庭 / household concerned")
    staff_username = fields.CharField(max_length=64, default="", description="涉及工作人员 / staff member concerned")
    content = fields.TextField(description="举报内容 / what was reported")
    status = fields.CharField(max_length=16, default="RECEIVED", db_index=True, description="状态 / status")
    assigned_to = fields.CharField(max_length=12, null=True, description="交办乡镇 / township assigned")
    substantiated = fields.BooleanField(null=True, description="情况属实 / substantiated")
    verification = fields.TextField(default="", description="核实情况 / verification")
    feedback_due = fields.DateField(null=True, db_index=True, description="反馈期限 / feedback due")
    feedback = fields.TextField(default="", description="反馈内容 / feedback to the reporter")
    feedback_on = fields.DateField(null=True, description="反馈日期 / feedback given on")
    registered_by = fields.CharField(max_length=64, description="登记人 / registered by")

    class Meta:
        table = "complaint"


class Campaign(Model):
    """Campaign — 专项治理/核查清理（回头看）: phases over a region, every household visited."""

    id = fields.BigIntField(primary_key=True)
    name = fields.CharField(max_length=100, description="名称 / name")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    starts_on = fields.DateField(description="开始 / starts on")
    ends_on = fields.DateField(description="结束 / ends on")
    phases = fields.JSONField(description="阶段 / phases with dates")
    created_by = fields.CharField(max_length=64, description="创建人 / created by")
    created_at = fields.DatetimeField(auto_now_add=True, description="创建时间 / created at")

    class Meta:
        table = "campaign"


class CampaignVisit(Model):
    """Campaign visit — 专项行动入户: a household visited in a campaign (家家登门、户户核实、人人见面)."""

    id = fields.BigIntField(primary_key=True)
    campaign_id = fields.BigIntField(db_index=True, description="专项行动 / campaign")
    household_id = fields.BigIntField(description="家庭编号 / household id")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    visited_on = fields.DateField(description="入户日期 / visited on")
    visitor = fields.CharField(max_length=64, description="核查人 / visitor")
    all_members_seen = fields.BooleanField(default=False, description="人人见面 / every member seen")
    notes = fields.TextField(default="", description="记录 / notes")
    outcome = fields.CharField(
        max_length=16,
        default="",
        db_default="",
        db_index=True,
        description="核查结论 / MAINTAIN, INCREASE, DECREASE or STOP (empty: recorded before outcomes were kept)",
    )
    reason = fields.TextField(default="", db_default="", description="理由 / reason for the outcome")
    amount_before = fields.DecimalField(
        max_digits=14, decimal_places=2, null=True, description="原月保障金 / monthly amount when visited"
    )
    proposed_amount = fields.DecimalField(
        max_digits=14,
        decimal_places=2,
        null=True,
        description="拟调整月保障金 / proposed monthly amount (调增/调减; 0 for 停发)",
    )

    class Meta:
        table = "campaign_visit"
        unique_together = (("campaign_id", "household_id"),)
