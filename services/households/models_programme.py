"""Other assistance a household receives on the same registry — 救助项目: near-poverty (低保边缘), extreme-poverty
support (特困供养) and temporary assistance (临时救助), shown apart from dibao in the statistics."""

from tortoise import fields
from tortoise.models import Model


class ProgrammeMembership(Model):
    """Programme membership — 救助项目: one household in one programme from a date, with its amounts and basis."""

    id = fields.BigIntField(primary_key=True)
    household = fields.ForeignKeyField(
        "households.Household", related_name="programmes", on_delete=fields.CASCADE, db_index=True
    )
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    programme = fields.CharField(
        max_length=24, db_index=True, description="救助项目 / NEAR_POVERTY, EXTREME_POVERTY or TEMPORARY_ASSISTANCE"
    )
    starts_on = fields.DateField(description="起始日期 / from")
    ends_on = fields.DateField(null=True, description="终止日期 / until (last day), open when empty")
    monthly_amount = fields.DecimalField(
        max_digits=12, decimal_places=2, default=0, description="月救助金 / monthly amount (特困供养)"
    )
    one_off_amount = fields.DecimalField(
        max_digits=12, decimal_places=2, default=0, description="一次性救助金 / one-off amount (临时救助)"
    )
    basis = fields.CharField(max_length=200, description="认定依据 / basis of the decision")
    decided_by = fields.CharField(max_length=64, description="认定人 / decided by")
    created_at = fields.DatetimeField(auto_now_add=True, description="登记时间 / recorded at")

    class Meta:
        table = "programme_membership"
