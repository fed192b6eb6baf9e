"""Policy configuration: standards (低保标准), effective-dated local settings, and the holiday table."""

from tortoise import fields
from tortoise.models import Model


class Standard(Model):
    """Standard — 低保标准: monthly amount per person for a region and urban/rural, from a date on."""

    id = fields.BigIntField(primary_key=True)
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    urban_rural = fields.CharField(max_length=8, description="城乡类别 / URBAN or RURAL")
    monthly_amount = fields.DecimalField(max_digits=10, decimal_places=2, description="月标准 / monthly per person")
    effective_from = fields.DateField(description="执行日期 / effective from")
    set_by = fields.CharField(max_length=64, default="", description="设定人 / set by")

    class Meta:
        table = "standard"
        unique_together = (("region_code", "urban_rural", "effective_from"),)


class PolicySetting(Model):
    """Policy setting — 地方政策配置: a local rule (extras, tiers, rounding, clocks…) per region, effective-dated."""

    id = fields.BigIntField(primary_key=True)
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    key = fields.CharField(max_length=32, description="配置项 / setting")
    value = fields.JSONField(description="值 / value")
    effective_from = fields.DateField(description="执行日期 / effective from")
    set_by = fields.CharField(max_length=64, default="", description="设定人 / set by")

    class Meta:
        table = "policy_setting"
        unique_together = (("region_code", "key", "effective_from"),)


class Holiday(Model):
    """Holiday table — 节假日: days that override the calendar (a holiday, or a worked weekend 调休)."""

    day = fields.DateField(primary_key=True, description="日期 / day")
    working = fields.BooleanField(description="是否工作日 / working day")
    name = fields.CharField(max_length=32, default="", description="名称 / name")

    class Meta:
        table = "holiday"
