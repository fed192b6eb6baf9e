"""External registries — 家庭经济状况核对数据: imported batches, their records and their rejected rows."""

from tortoise import fields
from tortoise.models import Model

from kernel.feeds import FeedEpochRecord, txid_field


class RegistryBatch(Model):
    """Registry batch — 比对数据批次: one imported file of one kind, versioned; the same file twice is one batch."""

    id = fields.BigIntField(primary_key=True)
    kind = fields.CharField(max_length=16, db_index=True, description="数据类别 / registry kind")
    version = fields.IntField(description="版本 / version within the kind")
    file_name = fields.CharField(max_length=255, description="文件名 / file name")
    file_sha256 = fields.CharField(max_length=64, description="文件摘要 / SHA-256 of the file")
    encoding = fields.CharField(max_length=16, default="", description="文件编码 / detected encoding")
    rows_read = fields.IntField(default=0, description="读取行数 / rows read")
    rows_loaded = fields.IntField(default=0, description="入库行数 / rows loaded")
    rows_duplicate = fields.IntField(default=0, description="重复行数 / rows already present")
    rows_rejected = fields.IntField(default=0, description="拒收行数 / rows rejected")
    unknown_columns = fields.JSONField(null=True, description="未识别列 / columns kept in detail but not understood")
    imported_by = fields.CharField(max_length=64, description="导入人 / imported by")
    imported_at = fields.DatetimeField(auto_now_add=True, description="导入时间 / imported at")

    class Meta:
        table = "registry_batch"
        unique_together = (("kind", "file_sha256"), ("kind", "version"))


class RegistryRecord(Model):
    """Registry record — 比对记录: one row of an external registry, normalised to a few typed columns."""

    id = fields.BigIntField(primary_key=True)
    batch_id = fields.BigIntField(db_index=True, description="批次 / batch")
    kind = fields.CharField(max_length=16, description="数据类别 / registry kind")
    id_number = fields.CharField(max_length=18, description="身份证号码 / ID number")
    name = fields.CharField(max_length=50, default="", description="姓名 / name")
    event_date = fields.DateField(null=True, description="事件日期 / event date (death, registration, month…)")
    end_date = fields.DateField(null=True, description="截止日期 / end date")
    amount = fields.DecimalField(
        max_digits=14, decimal_places=2, null=True, description="金额或数量 / amount (yuan) or area"
    )
    quantity = fields.IntField(null=True, description="人数 / count (employees)")
    flag = fields.BooleanField(null=True, description="标志 / flag (commercial vehicle, refused…)")
    reference = fields.CharField(max_length=64, default="", description="证照号或类别 / licence, plate or category")
    counterpart_id = fields.CharField(
        max_length=18, default="", db_index=True, description="关联人身份证 / related person's ID number"
    )
    region_code = fields.CharField(max_length=12, default="", description="区划代码 / region code")
    detail = fields.JSONField(null=True, description="其他列 / other columns as read")
    row_hash = fields.CharField(max_length=32, description="行摘要 / digest of the normalised row")
    txid = txid_field()

    class Meta:
        table = "registry_record"
        unique_together = (("kind", "row_hash"),)
        indexes = (("id_number", "kind"), ("txid", "id"))


class FeedEpoch(FeedEpochRecord):
    """The registry life-events feed's epoch (new after a restore), so consumers know their cursors still apply."""

    class Meta:
        table = "feed_epoch"


class RegistryRejection(Model):
    """Rejected row — 拒收记录: a row that did not load, kept as read with the reason, so nothing is lost."""

    id = fields.BigIntField(primary_key=True)
    batch_id = fields.BigIntField(db_index=True, description="批次 / batch")
    row_number = fields.IntField(description="行号 / row number in the file")
    field = fields.CharField(max_length=32, default="", description="字段 / column at fault")
    code = fields.CharField(max_length=32, description="错误代码 / error code")
    reason = fields.CharField(max_length=255, description="原因 / reason (zh and en)")
    row = fields.JSONField(null=True, description="原始内容 / the row as read")
    region_code = fields.CharField(
        max_length=12,
        null=True,
        db_index=True,
        description="区划代码 / the row's region when it can be read (its region column, or the member with its ID number); "
        "null: only city-wide readers see the row",
    )

    class Meta:
        table = "registry_rejection"
