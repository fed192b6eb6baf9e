"""Case tables: applications and their steps, decisions, amounts over time, notices, reviews, check-ins."""

from tortoise import fields
from tortoise.models import Model


class Application(Model):
    """Application — 申请: one pass of a household through the approval workflow (DOMAIN §2)."""

    id = fields.BigIntField(primary_key=True)
    household = fields.ForeignKeyField(
        "households.Household", related_name="applications", on_delete=fields.CASCADE, db_index=True
    )
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    state = fields.CharField(max_length=20, db_index=True, description="环节 / workflow state")
    channel = fields.CharField(max_length=16, default="IN_PERSON", description="申请渠道 / channel")
    proxy = fields.CharField(max_length=100, default="", description="委托申请人 / entrusted proxy")
    submitted_on = fields.DateField(description="申请日期 / submitted")
    accepted_on = fields.DateField(null=True, description="受理日期 / accepted")
    clock_days = fields.SmallIntField(default=30, description="总时限（工作日） / overall limit in working days")
    due_on = fields.DateField(null=True, db_index=True, description="总时限到期 / overall deadline")
    step_due_on = fields.DateField(null=True, db_index=True, description="本环节到期 / current step deadline")
    single_person = fields.BooleanField(default=False, description="单人户 / single-person inclusion")
    single_person_basis = fields.CharField(max_length=200, default="", description="单人户依据 / legal basis")
    single_person_id = fields.BigIntField(null=True, description="单人户申请人 / the single person included")
    complained = fields.BooleanField(default=False, description="有异议或举报 / objection or complaint received")
    home_visited = fields.BooleanField(default=False, description="县级入户 / county home visit done")
    missing_items = fields.JSONField(default=list, description="缺少材料 / missing materials")
    rejection_reasons = fields.JSONField(default=list, description="不予批准理由 / rejection reasons")
    decided_on = fields.DateField(null=True, description="决定日期 / decided")
    delegated = fields.BooleanField(
        default=False, description="乡镇审核确认 / approval delegated to the township (20-day clock)"
    )
    extended_days = fields.SmallIntField(
        default=0, description="延期（工作日）/ working days added by approved extensions"
    )
    entry_checked_at = fields.DatetimeField(
        null=True, description="逢进必核时间 / when the registries were checked on entry"
    )
    kind = fields.CharField(
        max_length=12,
        default="NEW",
        db_default="NEW",
        db_index=True,
        description="申请类型 / NEW 新申请 or RENEWAL 续保申请",
    )
    campaign_id = fields.BigIntField(
        null=True, db_index=True, description="专项行动 / the supervision campaign that took a renewal"
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "application"


class WorkflowStep(Model):
    """Workflow step — 审核环节记录: one transition with actor, opinion, attachments and signatures."""

    id = fields.BigIntField(primary_key=True)
    application = fields.ForeignKeyField("households.Application", related_name="steps", on_delete=fields.CASCADE)
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    from_state = fields.CharField(max_length=20, description="原环节 / from")
    to_state = fields.CharField(max_length=20, description="新环节 / to")
    actor = fields.CharField(max_length=64, description="经办人 / actor")
    on = fields.DateField(null=True, description="环节日期 / date of the step")
    opinion = fields.TextField(default="", description="意见 / opinion")
    attachments = fields.JSONField(default=list, description="附件 / attachments")
    signatures = fields.JSONField(default=list, description="签名 / signatures (investigators, reviewers)")
    days_late = fields.SmallIntField(default=0, description="超期（工作日）/ working days past the overall deadline")
    at = fields.DatetimeField(auto_now_add=True, description="时间 / time")

    class Meta:
        table = "workflow_step"


class EntryCheckHit(Model):
    """Entry-check hit — 逢进必核命中: a registry record about a member found when the township accepted the case,
    to be answered (explained or acted on) before the county approves."""

    id = fields.BigIntField(primary_key=True)
    application_id = fields.BigIntField(db_index=True, description="申请 / application")
    household_id = fields.BigIntField(db_index=True, description="家庭 / household")
    person_id = fields.BigIntField(description="成员 / member")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    kind = fields.CharField(max_length=16, description="比对类别 / registry kind")
    record_id = fields.CharField(max_length=32, description="比对记录 / the supervision registry record")
    reference = fields.CharField(max_length=64, default="", description="证照号等 / plate, licence, bank…")
    event_date = fields.DateField(null=True, description="日期 / date in the registry")
    amount = fields.DecimalField(
        max_digits=14, decimal_places=2, null=True, description="金额 / amount in the registry"
    )
    answer = fields.TextField(default="", description="核实说明 / the township's answer")
    answered_by = fields.CharField(max_length=64, default="", description="答复人 / answered by")
    answered_on = fields.DateField(null=True, description="答复日期 / answered on")
    found_at = fields.DatetimeField(auto_now_add=True, description="发现时间 / found at")

    class Meta:
        table = "entry_check_hit"


class Extension(Model):
    """Extension — 延期审批: the county adds working days to an application's clock, with its reason."""

    id = fields.BigIntField(primary_key=True)
    application_id = fields.BigIntField(db_index=True, description="申请 / application")
    household_id = fields.BigIntField(db_index=True, description="家庭 / household")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    working_days = fields.SmallIntField(description="延长工作日 / working days added")
    reason = fields.TextField(description="理由 / reason")
    due_before = fields.DateField(description="原到期 / deadline before")
    due_after = fields.DateField(description="新到期 / deadline after")
    granted_by = fields.CharField(max_length=64, description="批准人 / granted by")
    granted_on = fields.DateField(description="批准日期 / granted on")
    at = fields.DatetimeField(auto_now_add=True, description="时间 / time")

    class Meta:
        table = "application_extension"


class Decision(Model):
    """Decision — 审核确认 / 增发减发停发: approve, reject, increase, reduce, stop or keep, with reasons."""

    id = fields.BigIntField(primary_key=True)
    household = fields.ForeignKeyField(
        "households.Household", related_name="decisions", on_delete=fields.CASCADE, db_index=True
    )
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    kind = fields.CharField(max_length=12, description="决定类型 / kind")
    amount_before = fields.DecimalField(max_digits=12, decimal_places=2, default=0, description="变更前金额 / before")
    amount = fields.DecimalField(max_digits=12, decimal_places=2, default=0, description="金额 / amount")
    reasons = fields.JSONField(default=list, description="理由 / reasons")
    decided_by = fields.CharField(max_length=64, description="决定人 / decided by")
    decided_on = fields.DateField(description="决定日期 / decided")
    effective_month = fields.DateField(null=True, description="生效月 / effective month")

    class Meta:
        table = "decision"


class CaseAmount(Model):
    """Case amount — 保障金额: the monthly amount from a month on, with its parts and explanation."""

    id = fields.BigIntField(primary_key=True)
    household = fields.ForeignKeyField(
        "households.Household", related_name="amounts", on_delete=fields.CASCADE, db_index=True
    )
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    effective_from = fields.DateField(description="生效月 / from month")
    monthly_amount = fields.DecimalField(max_digits=12, decimal_places=2, description="月保障金 / monthly amount")
    parts = fields.JSONField(description="构成 / parts (kind, amount, basis)")
    explanation = fields.JSONField(description="计算说明 / explanation")
    reason = fields.CharField(max_length=32, description="原因 / why (APPROVAL, RAISE, CHANGE, GRACE)")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "case_amount"
        unique_together = (("household_id", "effective_from"),)


class Notice(Model):
    """Notice — 公示/公布: pre-approval notice in the village, or publication after approval."""

    id = fields.BigIntField(primary_key=True)
    application_id = fields.BigIntField(null=True, db_index=True, description="申请 / application")
    household_id = fields.BigIntField(db_index=True, description="家庭 / household")
    region_code = fields.CharField(max_length=12, db_index=True, description="公示村 / village")
    kind = fields.CharField(max_length=16, description="类型 / PRE_APPROVAL, SECOND or PUBLICATION")
    starts_on = fields.DateField(description="开始 / start")
    ends_on = fields.DateField(null=True, description="结束 / end")

    class Meta:
        table = "notice"


class Objection(Model):
    """Objection — 异议/举报: against a notice or case, real-name or anonymous, verified, answered."""

    id = fields.BigIntField(primary_key=True)
    application_id = fields.BigIntField(db_index=True, description="申请 / application")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    real_name = fields.CharField(max_length=50, default="", description="实名 / reporter name (empty if anonymous)")
    content = fields.TextField(description="内容 / content")
    received_on = fields.DateField(description="收到 / received")

    class Meta:
        table = "objection"


class ReviewTask(Model):
    """Review task — 复核任务: scheduled review, death re-check or check-in misses, with its deadline."""

    id = fields.BigIntField(primary_key=True)
    household = fields.ForeignKeyField(
        "households.Household", related_name="review_tasks", on_delete=fields.CASCADE, db_index=True
    )
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    kind = fields.CharField(max_length=16, description="类型 / SCHEDULED, MEMBER_EVENT or CHECK_IN")
    reason = fields.CharField(max_length=200, default="", description="原因 / reason")
    due_on = fields.DateField(db_index=True, description="期限 / due")
    closed_on = fields.DateField(null=True, description="完成 / closed")
    outcome = fields.CharField(max_length=16, default="", description="结果 / outcome")

    class Meta:
        table = "review_task"


class RegistryBasis(Model):
    """Registry basis — 比对依据: the registry record behind a member event the registry sync recorded; one per
    member, kind and record, so following the registries again records nothing twice."""

    id = fields.BigIntField(primary_key=True)
    person_id = fields.BigIntField(description="成员 / member")
    household_id = fields.BigIntField(db_index=True, description="家庭 / household")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    kind = fields.CharField(max_length=16, description="事件 / DEATH, IMPRISONMENT or HUKOU_MOVE")
    record_id = fields.CharField(max_length=32, description="比对记录 / the supervision registry record")
    batch_id = fields.CharField(max_length=32, default="", description="批次 / its registry batch")
    reference = fields.CharField(
        max_length=64, default="", description="证照号等 / certificate, prison or kind of move"
    )
    event_date = fields.DateField(description="事件日期 / date of the event")
    task_id = fields.BigIntField(description="复核任务 / the review task it opened")
    recorded_at = fields.DatetimeField(auto_now_add=True, description="记录时间 / recorded at")

    class Meta:
        table = "registry_basis"
        unique_together = (("person_id", "kind", "record_id"),)


class SyncCursor(Model):
    """Sync cursor — 同步游标: how far this service has followed another service's feed."""

    feed = fields.CharField(max_length=32, primary_key=True, description="数据源 / the feed followed")
    cursor = fields.CharField(max_length=32, description="游标 / the last item applied")
    read = fields.BigIntField(default=0, description="已读条数 / items read so far")
    epoch = fields.CharField(max_length=32, null=True, description="纪元 / the feed's epoch the cursor belongs to")
    updated_at = fields.DatetimeField(auto_now=True, description="更新时间 / updated at")

    class Meta:
        table = "sync_cursor"


class CheckIn(Model):
    """Renewal check-in — 续保签到: a household's monthly check-in, attended or missed."""

    id = fields.BigIntField(primary_key=True)
    household = fields.ForeignKeyField(
        "households.Household", related_name="check_ins", on_delete=fields.CASCADE, db_index=True
    )
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    month = fields.DateField(description="月份 / month")
    attended = fields.BooleanField(description="已签到 / attended")

    class Meta:
        table = "check_in"
        unique_together = (("household_id", "month"),)
