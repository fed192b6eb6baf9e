"""Root fields of a campaign's work: its households in your part, and its 调增/调减/停发 lists as rows and as a file."""

from __future__ import annotations

import base64

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.masking import Sensitive, revealing_action
from authz.permissions import allowed, principal, scope
from kernel.enums import CampaignListKind, CampaignOutcome
from services.supervision import campaign_lists, campaigns
from services.supervision.types import number
from services.supervision.types_work import CampaignHousehold, CampaignListRow, ExportFile


@strawberry.type
class CampaignQuery:
    @strawberry.field(permission_classes=[allowed(Action.CAMPAIGN_READ)],
                      description="行动家庭 / the households in care of your part of a campaign, with their visits "
                                  "(filter: visited, outcome)")
    async def campaign_households(self, info: Info, campaign_id: strawberry.ID, region_code: str | None = None,
                                  visited: bool | None = None, outcome: CampaignOutcome | None = None, first: int = 100,
                                  after: strawberry.ID | None = None) -> list[CampaignHousehold]:
        items = await campaigns.households(
            scope=scope(info, Action.CAMPAIGN_READ), campaign_id=number(campaign_id, "campaignId"), region_code=region_code,
            visited=visited, outcome=outcome, first=first, after=number(after, "after"))
        return [CampaignHousehold.from_item(item) for item in items]

    @strawberry.field(permission_classes=[allowed(Action.CAMPAIGN_READ)],
                      description="行动名册 / a campaign's list of your part: increases 调增, decreases 调减 or stops 停发")
    async def campaign_list(self, info: Info, campaign_id: strawberry.ID, kind: CampaignListKind,
                            region_code: str | None = None) -> list[CampaignListRow]:
        _, rows = await campaign_lists.rows(
            scope=scope(info, Action.CAMPAIGN_READ), ids_scope=scope(info, revealing_action(Sensitive.ID_NUMBER)),
            campaign_id=number(campaign_id, "campaignId"), kind=kind, region_code=region_code)
        return [CampaignListRow.from_row(row) for row in rows]

    @strawberry.field(permission_classes=[allowed(Action.CAMPAIGN_READ)],
                      description="下载行动名册 / the same list as an .xlsx workbook (Chinese headers, place names, masked ID numbers)")
    async def campaign_list_file(self, info: Info, campaign_id: strawberry.ID, kind: CampaignListKind,
                                 region_code: str | None = None) -> ExportFile:
        name, body, count = await campaign_lists.workbook(
            scope=scope(info, Action.CAMPAIGN_READ), ids_scope=scope(info, revealing_action(Sensitive.ID_NUMBER)),
            campaign_id=number(campaign_id, "campaignId"), kind=kind, region_code=region_code, actor=principal(info).username)
        return ExportFile(file_name=name, media_type=campaign_lists.XLSX, content_base64=base64.b64encode(body).decode(), rows=count)
