"""Who reviewed a case together — 民主评议 at the village, 会审 or 评审委员会 at the county — and how they voted."""

from tortoise import fields
from tortoise.models import Model


class PanelReview(Model):
    """Panel review — 评议会审记录: the participants of a democratic review or a county joint review, their
    signatures and votes, and the result."""

    id = fields.BigIntField(primary_key=True)
    application_id = fields.BigIntField(db_index=True, description="申请 / application")
    household_id = fields.BigIntField(db_index=True, description="家庭 / household")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    kind = fields.CharField(max_length=24, description="类型 / DEMOCRATIC_REVIEW, JOINT_REVIEW or COMMITTEE_REVIEW")
    held_on = fields.DateField(description="评议日期 / held on")
    participants = fields.JSONField(description="参加人员 / participants (name, role, signed, vote)")
    votes_for = fields.SmallIntField(default=0, description="赞成 / votes for")
    votes_against = fields.SmallIntField(default=0, description="反对 / votes against")
    abstentions = fields.SmallIntField(default=0, description="弃权 / abstentions")
    result = fields.CharField(max_length=16, description="结果 / PASSED or NOT_PASSED")
    recorded_by = fields.CharField(max_length=64, description="记录人 / recorded by")

    class Meta:
        table = "panel_review"
