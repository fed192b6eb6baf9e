"""Disbursement's own data: accounts, rosters, sign-offs, bank batches, results, the fund ledger, audit."""

from tortoise import fields
from tortoise.models import Model

from kernel.audit import AuditRecordBase
from kernel.feeds import FeedEpochRecord, txid_field

MONEY = {"max_digits": 14, "decimal_places": 2}


class BankAccount(Model):
    """Bank account — 一卡通/一存通账户: where a household's benefit is credited; every change is a new version."""

    id = fields.BigIntField(primary_key=True)
    household_id = fields.BigIntField(db_index=True, description="家庭编号 / household id")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    bank_name = fields.CharField(max_length=64, description="开户行 / bank")
    account_number = fields.CharField(max_length=32, description="账号 / account number")
    holder_name = fields.CharField(max_length=50, description="户名 / account holder")
    holder_person_id = fields.BigIntField(null=True, description="持卡成员编号 / holder member id")
    is_current = fields.BooleanField(default=True, description="当前账户 / current")
    opened_on = fields.DateField(null=True, description="开户日期 / opened on")
    kind = fields.CharField(
        max_length=16,
        default="YIKATONG",
        description="账户类型 / kind: YIKATONG 一卡通, YICUNTONG 一存通, SOCIAL_CARD 社保卡",
    )
    version = fields.IntField(default=1, description="版本 / version")
    luhn_ok = fields.BooleanField(default=True, description="卡号校验通过 / Luhn check passed (warning only)")
    staff_held_by = fields.CharField(
        max_length=64, default="", description="代管工作人员 / staff member holding the card"
    )
    staff_agreement = fields.CharField(max_length=128, default="", description="代管书面协议 / filed written agreement")
    changed_by = fields.CharField(max_length=64, default="", description="变更人 / changed by")
    changed_at = fields.DatetimeField(null=True, description="变更时间 / changed at")

    class Meta:
        table = "bank_account"


class Payment(Model):
    """Payment — 发放记录: money credited to a household for a period, traceable to a ledger entry."""

    id = fields.BigIntField(primary_key=True)
    household_id = fields.BigIntField(db_index=True, description="家庭编号 / household id")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    period = fields.CharField(max_length=7, db_index=True, description="期间 / period (2026-07 or 2026Q3)")
    amount = fields.DecimalField(max_digits=12, decimal_places=2, description="金额（元）/ amount (yuan)")
    status = fields.CharField(max_length=16, default="PAID", description="状态 / status")
    paid_on = fields.DateField(null=True, description="入账日期 / credited on")
    account_number = fields.CharField(max_length=32, default="", description="入账账号 / account credited")
    line_id = fields.BigIntField(null=True, description="发放明细 / payment line")
    ledger_entry_id = fields.BigIntField(null=True, description="资金台账分录 / ledger entry")
    txid = txid_field()

    class Meta:
        table = "payment"
        unique_together = (("household_id", "period"),)
        indexes = (("txid", "id"),)


class FeedEpoch(FeedEpochRecord):
    """The paid-lines feed's epoch (new after a restore), so consumers know their cursors still apply."""

    class Meta:
        table = "feed_epoch"


class PaymentCycle(Model):
    """Payment cycle — 发放周期: a county pays monthly or quarterly from a date on (local configuration)."""

    id = fields.BigIntField(primary_key=True)
    region_code = fields.CharField(max_length=12, db_index=True, description="县级区划 / county code")
    cycle = fields.CharField(max_length=16, description="周期 / MONTHLY or QUARTERLY")
    effective_from = fields.DateField(description="生效日期 / effective from")
    stale_after_days = fields.IntField(default=30, description="资金滞留天数 / days unpaid before flagged")
    window_opens_days_before = fields.SmallIntField(
        default=5, description="季初造册：季前可提前天数 / days before the quarter compiling opens"
    )
    window_closes_day = fields.SmallIntField(
        default=10, description="季初造册：季首月截止日 / day of the quarter's first month compiling closes"
    )
    set_by = fields.CharField(max_length=64, description="设置人 / set by")

    class Meta:
        table = "payment_cycle"
        unique_together = (("region_code", "effective_from"),)


class Subsidy(Model):
    """Subsidy — 补贴项目: a one-off (春节一次性生活补贴) or price subsidy (物价临时补贴) decided for a period."""

    id = fields.BigIntField(primary_key=True)
    region_code = fields.CharField(max_length=12, db_index=True, description="适用区划 / region it applies to")
    period = fields.CharField(max_length=7, db_index=True, description="发放期间 / period (month or quarter)")
    kind = fields.CharField(max_length=16, description="类型 / ONE_OFF or PRICE")
    name = fields.CharField(max_length=64, description="名称 / name")
    amount = fields.DecimalField(**MONEY, description="标准（元）/ amount (yuan)")
    per_person = fields.BooleanField(default=False, description="按人计发 / per member (else per household)")
    basis = fields.CharField(max_length=200, description="依据 / basis (document)")
    declared_by = fields.CharField(max_length=64, description="设定人 / declared by")

    class Meta:
        table = "subsidy"


class Roster(Model):
    """Roster — 发放花名册: one township's payment list for one period, signed off step by step."""

    id = fields.BigIntField(primary_key=True)
    region_code = fields.CharField(max_length=12, db_index=True, description="乡镇区划 / township code")
    period = fields.CharField(max_length=7, db_index=True, description="期间 / period")
    months = fields.SmallIntField(description="月数 / months covered")
    state = fields.CharField(
        max_length=20,
        db_index=True,
        description="状态 / COMPILED, TOWNSHIP_APPROVED, COUNTY_APPROVED, RELEASED, SENT_BACK",
    )
    compiled_by = fields.CharField(max_length=64, description="编制人 / compiled by")
    compiled_at = fields.DatetimeField(description="编制时间 / compiled at")
    revision = fields.IntField(default=1, description="编制次数 / compilation count")
    line_count = fields.IntField(default=0, description="户数 / lines")
    total = fields.DecimalField(**MONEY, default=0, description="合计（元）/ total (yuan)")
    exception_count = fields.IntField(default=0, description="异常数 / exceptions")
    batch_id = fields.BigIntField(null=True, db_index=True, description="支付批次 / payment batch")
    sent_back_reason = fields.TextField(default="", description="退回理由 / reason sent back")
    compile_reason = fields.TextField(
        default="", description="窗口外造册理由 / why compiled outside the quarter-start window"
    )

    class Meta:
        table = "roster"
        unique_together = (("region_code", "period"),)


class RosterLine(Model):
    """Roster line — 花名册明细: one household's money for the period and the account it goes to."""

    id = fields.BigIntField(primary_key=True)
    roster_id = fields.BigIntField(db_index=True, description="花名册 / roster")
    household_id = fields.BigIntField(db_index=True, description="家庭编号 / household id")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    head_name = fields.CharField(max_length=50, description="户主 / head of household")
    members = fields.SmallIntField(description="保障人数 / members")
    monthly_amount = fields.DecimalField(**MONEY, description="月保障金 / monthly amount")
    total = fields.DecimalField(**MONEY, description="合计 / total")
    account_id = fields.BigIntField(null=True, description="账户 / account")
    bank_name = fields.CharField(max_length=64, default="", description="开户行 / bank")
    account_number = fields.CharField(max_length=32, default="", description="账号 / account number")
    holder_name = fields.CharField(max_length=50, default="", description="户名 / holder")

    class Meta:
        table = "roster_line"
        unique_together = (("roster_id", "household_id"),)


class RosterItem(Model):
    """Line item — 发放项目: base benefit, extra support, one-off or price subsidy, each with its basis."""

    id = fields.BigIntField(primary_key=True)
    line_id = fields.BigIntField(db_index=True, description="明细 / roster line")
    kind = fields.CharField(max_length=16, description="类型 / BASE, EXTRA, ONE_OFF, PRICE ...")
    amount = fields.DecimalField(**MONEY, description="金额 / amount")
    basis = fields.CharField(max_length=200, description="依据 / basis")

    class Meta:
        table = "roster_item"


class RosterException(Model):
    """Roster exception — 花名册异常: an entitled household left off the roster and why (never dropped silently)."""

    id = fields.BigIntField(primary_key=True)
    roster_id = fields.BigIntField(db_index=True, description="花名册 / roster")
    household_id = fields.BigIntField(description="家庭编号 / household id")
    region_code = fields.CharField(max_length=12, description="区划代码 / region code")
    head_name = fields.CharField(max_length=50, description="户主 / head of household")
    reason = fields.CharField(
        max_length=32, description="原因 / NO_ACCOUNT, HOLDER_NOT_MEMBER, STAFF_HELD_NO_AGREEMENT"
    )
    amount = fields.DecimalField(**MONEY, description="应发金额 / amount due")

    class Meta:
        table = "roster_exception"


class SignOff(Model):
    """Sign-off — 审核签字: one step of the chain (compile, approve, send back, release) with its reason."""

    id = fields.BigIntField(primary_key=True)
    roster_id = fields.BigIntField(db_index=True, description="花名册 / roster")
    step = fields.CharField(
        max_length=24, description="环节 / COMPILE, TOWNSHIP_APPROVE, COUNTY_APPROVE, SEND_BACK, RELEASE"
    )
    actor = fields.CharField(max_length=64, description="签字人 / signed by")
    reason = fields.TextField(default="", description="意见 / remarks")
    at = fields.DatetimeField(auto_now_add=True, description="时间 / time")

    class Meta:
        table = "sign_off"


class PaymentBatch(Model):
    """Payment batch — 代发批次: a county's aggregated rosters, transferred and released to the bank."""

    id = fields.BigIntField(primary_key=True)
    region_code = fields.CharField(max_length=12, db_index=True, description="县级区划 / county code")
    period = fields.CharField(max_length=7, db_index=True, description="期间 / period")
    kind = fields.CharField(max_length=16, default="REGULAR", description="类型 / REGULAR or SUPPLEMENTARY 补发")
    state = fields.CharField(max_length=16, db_index=True, description="状态 / AGGREGATED, RELEASED, ACKNOWLEDGED")
    line_count = fields.IntField(default=0, description="笔数 / lines")
    total = fields.DecimalField(**MONEY, default=0, description="批次金额 / released total")
    created_by = fields.CharField(max_length=64, description="汇总人 / aggregated by")
    created_at = fields.DatetimeField(auto_now_add=True, description="汇总时间 / aggregated at")
    released_by = fields.CharField(max_length=64, default="", description="财政确认人 / released by")
    released_at = fields.DatetimeField(null=True, description="下发时间 / released at")
    acknowledged_by = fields.CharField(max_length=64, default="", description="银行确认人 / acknowledged by")
    acknowledged_at = fields.DatetimeField(null=True, description="银行接收时间 / acknowledged at")

    class Meta:
        table = "payment_batch"


class PaymentLine(Model):
    """Payment line — 代发明细: what the bank credits, and the result it reports for it."""

    id = fields.BigIntField(primary_key=True)
    batch_id = fields.BigIntField(db_index=True, description="批次 / batch")
    roster_line_id = fields.BigIntField(db_index=True, description="花名册明细 / roster line")
    household_id = fields.BigIntField(db_index=True, description="家庭编号 / household id")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    period = fields.CharField(max_length=7, description="期间 / period")
    bank_name = fields.CharField(max_length=64, description="开户行 / bank")
    account_number = fields.CharField(max_length=32, description="账号 / account number")
    holder_name = fields.CharField(max_length=50, description="户名 / holder")
    amount = fields.DecimalField(**MONEY, description="金额 / amount")
    status = fields.CharField(
        max_length=16, default="PENDING", db_index=True, description="状态 / PENDING, PAID, FAILED, REISSUED"
    )
    reason = fields.CharField(
        max_length=24, default="", description="失败原因 / ACCOUNT_CLOSED, NAME_MISMATCH, FROZEN, OTHER"
    )
    paid_on = fields.DateField(null=True, description="入账日期 / credited on")
    result_at = fields.DatetimeField(null=True, description="回盘时间 / result received")
    reissue_of_id = fields.BigIntField(null=True, description="补发自 / re-issue of line")

    class Meta:
        table = "payment_line"


class LedgerEntry(Model):
    """Fund ledger entry — 资金台账: an allocation, a disbursement or a return of a county's dibao fund."""

    id = fields.BigIntField(primary_key=True)
    region_code = fields.CharField(max_length=12, db_index=True, description="县级区划 / county code")
    period = fields.CharField(max_length=7, db_index=True, description="期间 / period")
    kind = fields.CharField(max_length=16, description="类型 / ALLOCATION, DISBURSEMENT, RETURN")
    source = fields.CharField(max_length=16, default="", description="资金来源 / CENTRAL, PROVINCIAL, COUNTY")
    amount = fields.DecimalField(**MONEY, description="金额 / amount (positive)")
    batch_id = fields.BigIntField(null=True, description="批次 / batch")
    reference = fields.CharField(max_length=128, default="", description="凭证 / reference")
    recorded_by = fields.CharField(max_length=64, description="记账人 / recorded by")
    at = fields.DatetimeField(auto_now_add=True, description="时间 / time")

    class Meta:
        table = "ledger_entry"


class FundOverride(Model):
    """Fund override — 资金透支授权: a named authorisation to release a batch the county fund does not cover."""

    id = fields.BigIntField(primary_key=True)
    batch_id = fields.BigIntField(db_index=True, description="批次 / batch")
    region_code = fields.CharField(max_length=12, db_index=True, description="县级区划 / county code")
    balance = fields.DecimalField(**MONEY, description="授权时余额 / fund balance when authorised")
    shortfall = fields.DecimalField(**MONEY, description="缺口 / shortfall authorised")
    reason = fields.TextField(description="理由 / reason")
    authorized_by = fields.CharField(max_length=64, description="授权人 / authorised by")
    at = fields.DatetimeField(auto_now_add=True, description="时间 / time")

    class Meta:
        table = "fund_override"


class AuditRecord(AuditRecordBase):
    """Audit trail of the disbursement service — 审计记录."""

    class Meta:
        table = "audit_record"
