"""Campaigns — 专项行动: a campaign and its townships' progress, its households and visits, its 调增/调减/停发 lists
and their files."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import scope
from kernel.enums import CampaignOutcome, HouseholdStatus, UrbanRural
from kernel.labels import CAMPAIGN_OUTCOME
from kernel.subgraph import optional_gid
from services.supervision import campaign_lists, campaigns, models
from services.supervision.schema.types.households import Household


@strawberry.type(description="乡镇进度 / a township's progress in a campaign")
class TownshipProgress:
    region_code: str
    households: int
    visited: int
    all_members_seen: int
    visited_share: float
    findings: int
    findings_closed: int

    @classmethod
    def from_progress(cls, row: campaigns.TownshipProgress) -> TownshipProgress:
        return cls(
            region_code=row.region_code,
            households=row.households,
            visited=row.visited,
            all_members_seen=row.all_members_seen,
            visited_share=row.visited_share,
            findings=row.findings,
            findings_closed=row.findings_closed,
        )


@strawberry.type(description="专项行动 / a clean-up campaign (核查清理、回头看)")
class Campaign:
    id: strawberry.ID
    name: str
    region_code: str
    starts_on: dt.date
    ends_on: dt.date
    phases: JSON

    @strawberry.field(description="各乡镇进度 / progress per township")
    async def progress(self, info: Info) -> list[TownshipProgress]:
        rows = await campaigns.progress(scope=scope(info, Action.CAMPAIGN_READ), campaign_id=int(self.id))
        return [TownshipProgress.from_progress(row) for row in rows]

    @classmethod
    def from_row(cls, row: models.Campaign) -> Campaign:
        return cls(
            id=optional_gid(row.id),
            name=row.name,
            region_code=row.region_code,
            starts_on=row.starts_on,
            ends_on=row.ends_on,
            phases=row.phases,
        )


@strawberry.input(description="行动阶段 / a campaign phase")
class PhaseInput:
    name: str
    starts_on: dt.date
    ends_on: dt.date


@strawberry.type(description="入户记录 / a household visited in a campaign, with the outcome")
class CampaignVisit:
    id: strawberry.ID
    household_id: strawberry.ID
    visited_on: dt.date
    visitor: str
    all_members_seen: bool
    notes: str
    outcome: CampaignOutcome | None = strawberry.field(description="核查结论，未走访为空 / what the visit concluded")
    outcome_label: str | None = strawberry.field(description="核查结论名称 / the outcome's Chinese name")
    reason: str
    amount_before: Decimal | None = strawberry.field(description="原月保障金 / monthly amount when visited")
    proposed_amount: Decimal | None = strawberry.field(
        description="拟调整月保障金 / proposed monthly amount (0 for 停发)"
    )

    @classmethod
    def from_row(cls, row: models.CampaignVisit) -> CampaignVisit:
        return cls(
            id=optional_gid(row.id),
            household_id=optional_gid(row.household_id),
            visited_on=row.visited_on,
            visitor=row.visitor,
            all_members_seen=row.all_members_seen,
            notes=row.notes,
            outcome=row.outcome or None,
            outcome_label=CAMPAIGN_OUTCOME.label(row.outcome) if row.outcome else None,
            reason=row.reason,
            amount_before=row.amount_before,
            proposed_amount=row.proposed_amount,
        )


@strawberry.type(
    description="行动家庭 / a household in care of your part of a campaign, with its visit if there was one"
)
class CampaignHousehold:
    household_id: strawberry.ID
    region_code: str
    status: HouseholdStatus
    monthly_amount: Decimal | None
    visit: CampaignVisit | None

    @strawberry.field(
        description="家庭（家庭服务的字段经网关合并）/ the household, for the fields households contributes"
    )
    def household(self) -> Household:
        return Household(id=self.household_id)

    @classmethod
    def from_item(cls, item: campaigns.CampaignHousehold) -> CampaignHousehold:
        row = item.household
        return cls(
            household_id=optional_gid(row.household_id),
            region_code=row.region_code,
            status=row.status,
            monthly_amount=row.monthly_amount,
            visit=CampaignVisit.from_row(item.visit) if item.visit else None,
        )


@strawberry.type(description="名册行 / one household of a campaign's 调增、调减 or 停发 list")
class CampaignListRow:
    household_id: strawberry.ID
    region_code: str
    township_name: str
    village_name: str
    head_name: str
    head_id_number: str | None = strawberry.field(
        description="户主身份证号（无权查看时脱敏）/ masked unless you may read it"
    )
    members: int
    status: HouseholdStatus
    urban_rural: UrbanRural
    amount_before: Decimal
    proposed_amount: Decimal
    change: Decimal
    reason: str
    visited_on: dt.date
    visitor: str

    @classmethod
    def from_row(cls, row: campaign_lists.ListRow) -> CampaignListRow:
        return cls(
            household_id=optional_gid(row.household_id),
            region_code=row.region_code,
            township_name=row.township_name,
            village_name=row.village_name,
            head_name=row.head_name,
            head_id_number=row.head_id_number,
            members=row.members,
            status=row.status,
            urban_rural=row.urban_rural,
            amount_before=row.amount_before,
            proposed_amount=row.proposed_amount,
            change=row.change,
            reason=row.reason,
            visited_on=row.visited_on,
            visitor=row.visitor,
        )


@strawberry.type(description="导出文件 / a file to download: its name, media type and content in base64")
class ExportFile:
    file_name: str
    media_type: str
    content_base64: str
    rows: int = strawberry.field(description="行数 / rows in the file")
