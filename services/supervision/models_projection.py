"""Household projection — 家庭数据镜像: supervision's own copy of households, members, kinship filings,
decisions and paid lines, fed by the households change feed and disbursement's paid lines."""

from tortoise import fields
from tortoise.models import Model

MONEY = {"max_digits": 14, "decimal_places": 2}


class ProjectedHousehold(Model):
    """Projected household — 家庭（同步副本）: a household as the change feed last described it."""

    household_id = fields.BigIntField(primary_key=True, generated=False, description="家庭编号 / household id")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    status = fields.CharField(max_length=16, default="", db_index=True, description="状态 / status")
    urban_rural = fields.CharField(max_length=8, default="", description="城乡类别 / URBAN or RURAL")
    review_class = fields.SmallIntField(null=True, description="分类 / review class")
    monthly_amount = fields.DecimalField(**MONEY, null=True, description="月保障金 / monthly amount")
    effective_month = fields.CharField(max_length=7, default="", description="起始月份 / effective month")
    approved_by = fields.CharField(max_length=64, default="", description="审批人 / approved by")

    class Meta:
        table = "sv_household"


class ProjectedPerson(Model):
    """Projected person — 家庭成员（同步副本）: a member as the change feed last described it."""

    person_id = fields.BigIntField(primary_key=True, generated=False, description="成员编号 / member id")
    household_id = fields.BigIntField(db_index=True, description="家庭编号 / household id")
    region_code = fields.CharField(max_length=12, default="", description="区划代码 / region code")
    id_number = fields.CharField(max_length=18, description="身份证号码 / ID number")
    name = fields.CharField(max_length=50, default="", description="姓名 / name")
    relation = fields.CharField(max_length=16, default="", description="与户主关系 / relation")
    counted = fields.BooleanField(default=True, description="计入家庭成员 / counted member")
    deceased_on = fields.DateField(null=True, description="死亡日期 / deceased on")

    class Meta:
        table = "sv_person"
        # an ID number's households read from the index alone (R12 groups every member by ID number)
        indexes = (("id_number", "household_id"),)


class ProjectedKinship(Model):
    """Projected kinship — 近亲属备案（同步副本）: a kinship filing linking a member to a staff member or cadre."""

    filing_id = fields.BigIntField(primary_key=True, generated=False, description="备案编号 / filing id")
    person_id = fields.BigIntField(null=True, description="成员编号 / member id")
    household_id = fields.BigIntField(db_index=True, description="家庭编号 / household id")
    staff_username = fields.CharField(
        max_length=64, default="", db_index=True, description="工作人员账号 / staff username"
    )
    staff_name = fields.CharField(max_length=50, default="", description="工作人员姓名 / staff name")
    relation = fields.CharField(max_length=16, default="", description="亲属关系 / relation")

    class Meta:
        table = "sv_kinship"


class ProjectedDecision(Model):
    """Projected decision — 审批决定（同步副本）: a county decision (审核确认、增发减发停发) on a household."""

    decision_id = fields.BigIntField(primary_key=True, generated=False, description="决定编号 / decision id")
    household_id = fields.BigIntField(db_index=True, description="家庭编号 / household id")
    kind = fields.CharField(max_length=16, default="", description="类别 / kind")
    amount = fields.DecimalField(**MONEY, null=True, description="金额 / amount")
    decided_by = fields.CharField(max_length=64, default="", description="决定人 / decided by")
    decided_on = fields.DateField(null=True, description="决定日期 / decided on")

    class Meta:
        table = "sv_decision"


class ProjectedStandard(Model):
    """Projected standard — 低保标准（同步副本）: a standard as households set it, the one the inspection rules compare
    with (supervision keeps no standard of its own)."""

    standard_id = fields.BigIntField(primary_key=True, generated=False, description="标准编号 / standard id")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    urban_rural = fields.CharField(max_length=8, default="", description="城乡类别 / URBAN or RURAL")
    monthly_amount = fields.DecimalField(**MONEY, null=True, description="月标准 / monthly amount per person")
    effective_from = fields.DateField(null=True, description="执行日期 / effective from")

    class Meta:
        table = "sv_standard"


class ProjectedRegion(Model):
    """Projected region — 行政区划（同步副本）: a region's name, for the place names printed on campaign lists."""

    region_id = fields.BigIntField(
        primary_key=True, generated=False, description="区划编号（代码的数值）/ the code as a number"
    )
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    name = fields.CharField(max_length=64, default="", description="名称 / name")
    level = fields.CharField(max_length=16, default="", description="层级 / level")

    class Meta:
        table = "sv_region"


class PaidLine(Model):
    """Paid line — 发放明细（同步副本）: a paid roster line as disbursement reported it."""

    id = fields.BigIntField(primary_key=True)
    cursor = fields.CharField(max_length=64, unique=True, description="游标 / feed cursor")
    household_id = fields.BigIntField(db_index=True, description="家庭编号 / household id")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    period = fields.CharField(max_length=7, description="期间 / period")
    last_month_start = fields.DateField(description="期间末月首日 / first day of the period's last month")
    amount = fields.DecimalField(**MONEY, description="金额 / amount")
    paid_on = fields.DateField(null=True, description="入账日期 / paid on")
    account_number = fields.CharField(max_length=32, default="", description="入账账号 / account")

    class Meta:
        table = "sv_paid_line"
        # an account's households read from the index alone (R12 groups every paid line by account)
        indexes = (("account_number", "household_id"),)


class FeedCursor(Model):
    """Feed cursor — 同步进度: where the projection stands in a feed, so a restart resumes there."""

    feed = fields.CharField(max_length=32, primary_key=True, description="数据源 / feed")
    cursor = fields.CharField(max_length=64, null=True, description="游标 / last applied cursor")
    applied = fields.BigIntField(default=0, description="已应用条数 / items applied")
    epoch = fields.CharField(max_length=32, null=True, description="纪元 / the feed's epoch the cursor belongs to")
    updated_at = fields.DatetimeField(auto_now=True, description="更新时间 / updated at")

    class Meta:
        table = "sv_feed_cursor"
