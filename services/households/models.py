"""Households' own data: regions, households, members and the audit trail."""

from tortoise import fields
from tortoise.models import Model

from kernel.audit import AuditRecordBase


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
    """Household — 家庭: the unit that applies for and receives dibao, as a whole."""

    id = fields.BigIntField(primary_key=True)
    region_code = fields.CharField(max_length=12, db_index=True, description="户籍区划 / hukou region code")
    urban_rural = fields.CharField(max_length=8, db_index=True, description="城乡类别 / URBAN or RURAL")
    status = fields.CharField(max_length=16, default="ACTIVE", db_index=True, description="状态 / status")
    review_class = fields.SmallIntField(default=1, description="分类 / review class 1-3")
    address = fields.CharField(max_length=200, default="", description="住址 / address")
    created_at = fields.DatetimeField(auto_now_add=True, description="登记时间 / registered at")
    updated_at = fields.DatetimeField(auto_now=True, description="更新时间 / updated at")

    class Meta:
        table = "household"


class Person(Model):
    """Person — 家庭成员: a member of a household, identified by the resident ID number."""

    id = fields.BigIntField(primary_key=True)
    household = fields.ForeignKeyField(
        "households.Household", related_name="members", on_delete=fields.CASCADE, description="家庭 / household"
    )
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    id_number = fields.CharField(max_length=18, unique=True, description="身份证号码 / ID number")
    name = fields.CharField(max_length=50, db_index=True, description="姓名 / name")
    relation = fields.CharField(max_length=16, description="与户主关系 / relation to head (HEAD for the head)")
    birth_date = fields.DateField(description="出生日期 / birth date")
    sex = fields.CharField(max_length=8, description="性别 / sex")

    class Meta:
        table = "person"


class AuditRecord(AuditRecordBase):
    """Audit trail of the households service — 审计记录."""

    class Meta:
        table = "audit_record"


class ChangeEvent(Model):
    """Change feed — 变更记录: an ordered, replayable log other services consume by cursor."""

    id = fields.BigIntField(primary_key=True, description="游标 / cursor")
    entity = fields.CharField(max_length=32, description="对象类型 / entity type")
    entity_id = fields.BigIntField(description="对象编号 / entity id")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    payload = fields.JSONField(description="内容 / payload")
    at = fields.DatetimeField(auto_now_add=True, description="时间 / time")

    class Meta:
        table = "change_event"
