"""What a workflow step records (its participants and home visit) and the village's public list (公布名单)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import strawberry

from kernel.enums import PanelRole, Vote
from services.households.schema.types.visits import HomeVisitInput


@strawberry.input(description="评议会审参加人员 / one participant of a democratic review or a county joint review")
class PanelMemberInput:
    name: str
    role: PanelRole = strawberry.field(description="评议会审身份 / the capacity the participant sits in")
    username: str = strawberry.field(default="", description="账号（工作人员）/ account, for staff")
    signed: bool = strawberry.field(default=False, description="已签名 / signed the record")
    vote: Vote | None = strawberry.field(default=None, description="表决，未表决为空 / the vote, null if none was cast")


@strawberry.input(description="环节记录 / what is recorded with a step")
class StepInput:
    opinion: str = ""
    attachments: list[str] = strawberry.field(default_factory=list)
    signatures: list[str] = strawberry.field(default_factory=list, description="调查人员签名 / investigators (≥2)")
    missing_items: list[str] = strawberry.field(default_factory=list, description="缺少的全部材料 / every missing item")
    reasons: list[str] = strawberry.field(default_factory=list, description="理由 / reasons")
    on: dt.date | None = strawberry.field(
        default=None, description="环节日期，默认今天 / date of the step, default today"
    )
    objection_by: str = strawberry.field(default="", description="异议人（匿名留空）/ objector, empty if anonymous")
    participants: list[PanelMemberInput] = strawberry.field(
        default_factory=list, description="民主评议或会审的参加人员、签名与表决 / who reviewed, signed and voted"
    )
    visit: HomeVisitInput | None = strawberry.field(
        default=None,
        description="入户调查表（入户调查、县级入户核查）/ the home visit record, with the investigation or county visit",
    )


@strawberry.type(description="公布名单条目 / a public notice entry: name, household size and amount only (§7)")
class PublicNoticeEntry:
    name: str
    members: int
    monthly_amount: Decimal
