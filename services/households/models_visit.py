"""Home visits and what comes with them: the visit record (入户调查表) and its photos, the county's seeded draw of
cases for its own pre-approval visit (抽查入户), and door plates (挂牌) on households in care."""

from tortoise import fields
from tortoise.models import Model


class HomeVisit(Model):
    """Home visit record — 入户调查表: what the investigating officers saw at the household, signed by two of them."""

    id = fields.BigIntField(primary_key=True)
    application_id = fields.BigIntField(db_index=True, description="申请 / application")
    household_id = fields.BigIntField(db_index=True, description="家庭 / household")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    kind = fields.CharField(max_length=16, description="类型 / INVESTIGATION (乡镇调查) or COUNTY (县级入户)")
    visited_on = fields.DateField(description="入户日期 / visited on")
    members_present = fields.JSONField(description="在场成员 / members present (person ids)")
    housing_type = fields.CharField(max_length=16, description="住房性质 / housing type")
    housing_area = fields.DecimalField(
        max_digits=8, decimal_places=2, description="住房面积（平方米）/ floor area in m²"
    )
    housing_condition = fields.CharField(max_length=16, description="住房状况 / housing condition")
    water_monthly = fields.DecimalField(max_digits=10, decimal_places=2, description="月水费 / water a month")
    electricity_monthly = fields.DecimalField(
        max_digits=10, decimal_places=2, description="月电费 / electricity a month"
    )
    gas_monthly = fields.DecimalField(max_digits=10, decimal_places=2, description="月燃气费 / gas a month")
    employment = fields.JSONField(description="就业情况 / employment seen (person, work, monthly income)")
    assets_seen = fields.JSONField(description="所见财产 / assets seen (kind, description, quantity)")
    notes = fields.TextField(default="", description="调查记录 / notes")
    signatures = fields.JSONField(description="调查人员签名 / the officers who signed (two or more)")
    recorded_by = fields.CharField(max_length=64, description="录入人 / recorded by")
    recorded_at = fields.DatetimeField(auto_now_add=True, description="录入时间 / recorded at")

    class Meta:
        table = "home_visit"


class VisitPhoto(Model):
    """Visit photo — 入户照片: a JPEG or PNG uploaded for an application's visit, kept with its SHA-256; attached to the
    visit record that names it."""

    id = fields.BigIntField(primary_key=True)
    application_id = fields.BigIntField(db_index=True, description="申请 / application")
    household_id = fields.BigIntField(db_index=True, description="家庭 / household")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    visit_id = fields.BigIntField(null=True, db_index=True, description="入户调查表 / the visit record it belongs to")
    content_type = fields.CharField(max_length=16, description="格式 / image/jpeg or image/png")
    size = fields.IntField(description="大小（字节）/ size in bytes")
    sha256 = fields.CharField(max_length=64, description="SHA-256 / hash of the content")
    content = fields.BinaryField(description="照片内容 / the image")
    uploaded_by = fields.CharField(max_length=64, description="上传人 / uploaded by")
    uploaded_at = fields.DatetimeField(auto_now_add=True, description="上传时间 / uploaded at")

    class Meta:
        table = "visit_photo"


class VisitDraw(Model):
    """Pre-approval visit draw — 抽查入户抽取: the cases awaiting county approval, the seed, the share and the cases drawn
    for the county's own visit; anyone with the seed and the population gets the same list again."""

    id = fields.BigIntField(primary_key=True)
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / the county drawn in")
    seed = fields.CharField(max_length=64, description="随机种子 / seed")
    share_percent = fields.DecimalField(max_digits=5, decimal_places=2, description="抽查比例（%）/ share drawn")
    population = fields.JSONField(description="待抽申请 / application ids awaiting county approval, ascending")
    drawn = fields.JSONField(description="抽中申请 / application ids drawn, in draw order")
    drawn_by = fields.CharField(max_length=64, description="抽取人 / drawn by")
    drawn_on = fields.DateField(description="抽取日期 / drawn on")
    drawn_at = fields.DatetimeField(auto_now_add=True, description="抽取时间 / drawn at")

    class Meta:
        table = "visit_draw"


class VisitDrawItem(Model):
    """One application in one draw — 抽查对象: every case is in at most one draw, drawn or not."""

    id = fields.BigIntField(primary_key=True)
    draw_id = fields.BigIntField(db_index=True, description="抽取 / draw")
    application_id = fields.BigIntField(unique=True, description="申请 / application")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    drawn = fields.BooleanField(description="抽中 / drawn for the county's visit")

    class Meta:
        table = "visit_draw_item"


class DoorPlate(Model):
    """Door plate — 挂牌: a plate on a household in care, from the day it went up to the day it came down, and why."""

    id = fields.BigIntField(primary_key=True)
    household_id = fields.BigIntField(db_index=True, description="家庭 / household")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    hung_on = fields.DateField(description="挂牌日期 / put up on")
    hung_by = fields.CharField(max_length=64, description="挂牌登记人 / recorded by")
    removed_on = fields.DateField(null=True, description="摘牌日期 / taken down on")
    removed_reason = fields.CharField(max_length=200, default="", description="摘牌原因 / why it was taken down")
    removed_by = fields.CharField(max_length=64, default="", description="摘牌登记人 / recorded by")

    class Meta:
        table = "door_plate"
