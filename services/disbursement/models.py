"""Disbursement's own data: bank accounts, payments and the audit trail."""

from tortoise import fields
from tortoise.models import Model

from kernel.audit import AuditRecordBase


class BankAccount(Model):
    """Bank account — 一卡通/一存通账户: where a household's benefit is credited."""

    id = fields.BigIntField(primary_key=True)
    household_id = fields.BigIntField(db_index=True, description="家庭编号 / household id")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    bank_name = fields.CharField(max_length=64, description="开户行 / bank")
    account_number = fields.CharField(max_length=32, description="账号 / account number")
    holder_name = fields.CharField(max_length=50, description="户名 / account holder")
    holder_person_id = fields.BigIntField(null=True, description="持卡成员编号 / holder member id")
    is_current = fields.BooleanField(default=True, description="当前账户 / current")
    opened_on = fields.DateField(null=True, description="开户日期 / opened on")

    class Meta:
        table = "bank_account"


class Payment(Model):
    """Payment — 发放记录: money credited to a household for a period."""

    id = fields.BigIntField(primary_key=True)
    household_id = fields.BigIntField(db_index=True, description="家庭编号 / household id")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    period = fields.CharField(max_length=7, db_index=True, description="期间 / period (2026-07 or 2026Q3)")
    amount = fields.DecimalField(max_digits=12, decimal_places=2, description="金额（元）/ amount (yuan)")
    status = fields.CharField(max_length=16, default="PAID", description="状态 / status")
    paid_on = fields.DateField(null=True, description="入账日期 / credited on")

    class Meta:
        table = "payment"
        unique_together = (("household_id", "period"),)


class AuditRecord(AuditRecordBase):
    """Audit trail of the disbursement service — 审计记录."""

    class Meta:
        table = "audit_record"
