"""Households' own data: regions, households, members, their income and assets, and the audit trail.

Case, workflow and policy tables live in `models_case.py` and `models_policy.py`; they are re-exported
here because Tortoise and the admin UI find an app's models in this one module.
"""

from tortoise import fields
from tortoise.models import Model

from kernel.audit import AuditRecordBase
from kernel.feeds import FeedEpochRecord, TransactionId, txid_field


class Region(Model):
    """Region — 行政区划: a 12-digit statistical division code with its place in the hierarchy."""

    code = fields.CharField(max_length=12, primary_key=True, description="区划代码 / region code")
    name = fields.CharField(max_length=64, description="名称 / name")
    level = fields.CharField(max_length=16, db_index=True, description="层级 / level")
    parent_code = fields.CharField(max_length=12, null=True, db_index=True, description="上级代码 / parent code")
    code_year = fields.IntField(default=2024, description="代码年份 / code year")
    urban_rural_class = fields.CharField(max_length=3, default="", description="城乡分类代码 / urban-rural class")

    class Meta:
        table = "region"


class Household(Model):
    """Household — 家庭 / 保障档案: the unit that applies for and receives dibao, as a whole."""

    id = fields.BigIntField(primary_key=True)
    region_code = fields.CharField(max_length=12, db_index=True, description="户籍区划 / hukou region code")
    urban_rural = fields.CharField(max_length=8, db_index=True, description="城乡类别 / URBAN or RURAL")
    status = fields.CharField(max_length=16, default="ACTIVE", db_index=True, description="状态 / status")
    review_class = fields.SmallIntField(default=1, description="分类 / review class 1-3")
    address = fields.CharField(max_length=200, default="", description="住址 / address")
    monthly_amount = fields.DecimalField(
        max_digits=12, decimal_places=2, default=0, description="月保障金 / monthly amount"
    )
    effective_month = fields.DateField(null=True, description="享受起始月 / first paid month")
    stops_from = fields.DateField(null=True, description="停发起始月 / first month no longer paid")
    approved_by = fields.CharField(max_length=64, default="", description="审批人 / approved by")
    separately_registered = fields.BooleanField(
        default=False, description="单独登记备案 / separately registered (kinship)"
    )
    single_person_basis = fields.CharField(max_length=200, default="", description="单人户依据 / single-person basis")
    grace_until = fields.DateField(null=True, description="渐退期截止 / grace exit ends (last paid month)")
    last_review_on = fields.DateField(null=True, description="上次复核 / last review")
    next_review_on = fields.DateField(null=True, db_index=True, description="下次复核 / next review due")
    counted_members = fields.SmallIntField(
        default=0, db_default=0, description="计入成员数 / counted living members (kept with every member change)"
    )
    created_at = fields.DatetimeField(auto_now_add=True, description="登记时间 / registered at")
    updated_at = fields.DatetimeField(auto_now=True, description="更新时间 / updated at")

    class Meta:
        table = "household"
        indexes = (("region_code", "status"),)


class TownshipTally(Model):
    """Township tally — 乡镇汇总: the households of a township by urban/rural, status and class, their counted
    persons and monthly amount, kept by triggers on `household` in the transaction of every change to it
    (statistics.py reads it for a county, a city or wider instead of adding up every household; docs/architecture.md,
    "Township tallies")."""

    id = fields.BigIntField(primary_key=True)
    township_code = fields.CharField(max_length=9, description="乡镇区划代码 / township code (9 digits)")
    urban_rural = fields.CharField(max_length=8, description="城乡类别 / URBAN or RURAL")
    status = fields.CharField(max_length=16, description="状态 / household status")
    review_class = fields.SmallIntField(description="分类 / review class 1-3")
    households = fields.IntField(default=0, description="户数 / households")
    persons = fields.IntField(default=0, description="人数 / counted living members")
    amount_fen = fields.BigIntField(default=0, description="月保障金（分）/ monthly amount in fen")

    class Meta:
        table = "township_tally"
        unique_together = (("township_code", "urban_rural", "status", "review_class"),)


class TownshipTallyChange(Model):
    """A change to a township tally not yet folded in — 待汇总变更: on PostgreSQL each statement on `household` notes
    here what it changed, and the transaction folds its notes into the tallies when it commits, in key order, so
    writers that share tallies never deadlock on them (SQLite, one writer at a time, adds to the tallies at once)."""

    id = fields.BigIntField(primary_key=True)
    txid = fields.BigIntField(
        db_default=TransactionId(), db_index=True, description="写入事务 / transaction that made the change"
    )
    township_code = fields.CharField(max_length=9, description="乡镇区划代码 / township code (9 digits)")
    urban_rural = fields.CharField(max_length=8, description="城乡类别 / URBAN or RURAL")
    status = fields.CharField(max_length=16, description="状态 / household status")
    review_class = fields.SmallIntField(description="分类 / review class 1-3")
    households = fields.IntField(description="户数变化 / change in households")
    persons = fields.IntField(description="人数变化 / change in counted living members")
    amount_fen = fields.BigIntField(description="月保障金变化（分）/ change in monthly amount, fen")

    class Meta:
        table = "township_tally_change"


class Person(Model):
    """Person — 家庭成员: a member of a household, identified by the resident ID number."""

    id = fields.BigIntField(primary_key=True)
    household = fields.ForeignKeyField(
        "households.Household",
        related_name="members",
        on_delete=fields.CASCADE,
        db_index=True,
        description="家庭 / household",
    )
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    id_number = fields.CharField(max_length=18, unique=True, description="身份证号码 / ID number")
    name = fields.CharField(max_length=50, db_index=True, description="姓名 / name")
    relation = fields.CharField(max_length=16, description="与户主关系 / relation to head (HEAD for the head)")
    birth_date = fields.DateField(description="出生日期 / birth date")
    sex = fields.CharField(max_length=8, description="性别 / sex")
    counted = fields.BooleanField(default=True, description="计入共同生活成员 / counted member")
    excluded_reason = fields.CharField(max_length=32, default="", description="不计入原因 / why not counted")
    disability_grade = fields.SmallIntField(null=True, description="残疾等级 / disability grade 1-4")
    disability_kind = fields.CharField(max_length=16, default="", description="残疾类别 / disability kind")
    serious_illness = fields.BooleanField(default=False, description="重病 / recognised serious illness")
    work_capacity = fields.CharField(max_length=8, default="FULL", description="劳动能力 / FULL, PARTIAL or NONE")
    student = fields.BooleanField(default=False, description="在校生 / full-time student")
    deceased_on = fields.DateField(null=True, description="死亡日期 / date of death")

    class Meta:
        table = "person"


class IncomeItem(Model):
    """Income item — 收入: one source of household income, counted, excluded or deducted (Art 13)."""

    id = fields.BigIntField(primary_key=True)
    household = fields.ForeignKeyField(
        "households.Household", related_name="incomes", on_delete=fields.CASCADE, db_index=True
    )
    person_id = fields.BigIntField(null=True, description="成员 / member the income belongs to")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    category = fields.CharField(max_length=32, description="类别 / category")
    monthly_amount = fields.DecimalField(max_digits=12, decimal_places=2, description="月均金额 / monthly amount")
    period_from = fields.DateField(null=True, description="计算期起 / period from")
    period_to = fields.DateField(null=True, description="计算期止 / period to")
    treatment = fields.CharField(max_length=12, description="处理 / COUNTED, EXCLUDED or DEDUCTED")
    note = fields.CharField(max_length=200, default="", description="说明 / note")

    class Meta:
        table = "income_item"


class AssetItem(Model):
    """Asset item — 财产: deposits, securities, vehicles, houses, business (Art 14)."""

    id = fields.BigIntField(primary_key=True)
    household = fields.ForeignKeyField(
        "households.Household", related_name="assets", on_delete=fields.CASCADE, db_index=True
    )
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    kind = fields.CharField(max_length=16, description="类别 / kind")
    value = fields.DecimalField(max_digits=14, decimal_places=2, default=0, description="价值 / value")
    exempt = fields.BooleanField(default=False, description="生活生产必需豁免 / exempt")
    note = fields.CharField(max_length=200, default="", description="说明 / note")

    class Meta:
        table = "asset_item"


class KinshipFiling(Model):
    """Kinship filing — 近亲属备案: a member who is a near relative of dibao staff or a village cadre."""

    id = fields.BigIntField(primary_key=True)
    household = fields.ForeignKeyField(
        "households.Household", related_name="kinship_filings", on_delete=fields.CASCADE, db_index=True
    )
    person_id = fields.BigIntField(db_index=True, description="成员 / member")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    staff_username = fields.CharField(max_length=64, db_index=True, description="工作人员账号 / staff username")
    staff_name = fields.CharField(max_length=50, description="工作人员姓名 / staff name")
    relation = fields.CharField(max_length=16, description="亲属关系 / relation")
    filed_by = fields.CharField(max_length=64, description="备案人 / filed by")
    filed_at = fields.DatetimeField(auto_now_add=True, description="备案时间 / filed at")

    class Meta:
        table = "kinship_filing"


class AuditRecord(AuditRecordBase):
    """Audit trail of the households service — 审计记录."""

    class Meta:
        table = "audit_record"


class ChangeEvent(Model):
    """Change feed — 变更记录: an ordered, replayable log other services consume by cursor."""

    id = fields.BigIntField(primary_key=True, description="游标 / cursor")
    entity = fields.CharField(max_length=32, description="对象类型 / entity type")
    entity_id = fields.BigIntField(description="对象编号 / entity id")
    kind = fields.CharField(max_length=24, default="UPDATED", description="变更类型 / kind of change")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    payload = fields.JSONField(description="内容 / payload")
    at = fields.DatetimeField(auto_now_add=True, description="时间 / time")
    txid = txid_field()

    class Meta:
        table = "change_event"
        indexes = (("txid", "id"), ("entity", "entity_id", "txid"))


class FeedEpoch(FeedEpochRecord):
    """The change feed's epoch (new after a restore), so consumers know their cursors still apply."""

    class Meta:
        table = "feed_epoch"


from services.households.models_case import (  # noqa: E402,F401  (re-exported for Tortoise and the admin)
    Application,
    CaseAmount,
    CheckIn,
    Decision,
    EntryCheckHit,
    Extension,
    Notice,
    Objection,
    RegistryBasis,
    ReviewTask,
    SyncCursor,
    WorkflowStep,
)
from services.households.models_panel import PanelReview  # noqa: E402,F401
from services.households.models_policy import Holiday, PolicySetting, Standard  # noqa: E402,F401
from services.households.models_programme import ProgrammeMembership  # noqa: E402,F401
from services.households.models_visit import DoorPlate, HomeVisit, VisitDraw, VisitDrawItem, VisitPhoto  # noqa: E402,F401
