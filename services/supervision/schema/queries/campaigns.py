"""Campaigns as read — 专项行动: the campaigns of your jurisdiction; and a campaign's work: its households in your
part, and its 调增/调减/停发 lists as rows and as a file. Thin translation to `campaigns` and `campaign_lists`."""

from __future__ import annotations

import base64

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.masking import Sensitive, revealing_action
from authz.permissions import allowed, principal, scope
from kernel import connections
from kernel.enums import CampaignListKind, CampaignOutcome
from kernel.relay import DEPRECATED, After, Before, Connection, First, Last
from kernel.values import check_page
from services.supervision import campaign_lists, campaigns, findings
from services.supervision.schema.arguments import number
from services.supervision.schema.types.campaigns import Campaign, CampaignHousehold, CampaignListRow, ExportFile


@strawberry.type
class CampaignQuery:
    @strawberry.field(
        permission_classes=[allowed(Action.CAMPAIGN_READ)],
        description="专项行动 / campaigns, newest first",
        deprecation_reason=DEPRECATED.format(connection="campaignsConnection"),
    )
    async def campaigns(self, info: Info, first: int = 50) -> list[Campaign]:
        check_page(first, maximum=findings.MAX_PAGE)
        return [
            Campaign.from_row(row)
            for row in await campaigns.campaigns(scope=scope(info, Action.CAMPAIGN_READ), first=first)
        ]

    @strawberry.field(
        permission_classes=[allowed(Action.CAMPAIGN_READ)],
        description="专项行动（分页连接，新的在前）/ campaigns, newest first, as a connection",
    )
    async def campaigns_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[Campaign]:
        window = connections.window(
            "campaignsConnection", first=first, after=after, last=last, before=before, maximum=findings.MAX_PAGE
        )
        page = await connections.page(
            campaigns.campaigns_query(scope=scope(info, Action.CAMPAIGN_READ)), window, descending=True
        )
        return Connection.of(page, Campaign.from_row)


@strawberry.type
class CampaignWorkQuery:
    @strawberry.field(
        permission_classes=[allowed(Action.CAMPAIGN_READ)],
        description="行动家庭 / the households in care of your part of a campaign, with their visits "
        "(filter: visited, outcome)",
        deprecation_reason=DEPRECATED.format(connection="campaignHouseholdsConnection"),
    )
    async def campaign_households(
        self,
        info: Info,
        campaign_id: strawberry.ID,
        region_code: str | None = None,
        visited: bool | None = None,
        outcome: CampaignOutcome | None = None,
        first: int = 100,
        after: strawberry.ID | None = None,
    ) -> list[CampaignHousehold]:
        items = await campaigns.households(
            scope=scope(info, Action.CAMPAIGN_READ),
            campaign_id=number(campaign_id, "campaignId"),
            region_code=region_code,
            visited=visited,
            outcome=outcome,
            first=first,
            after=number(after, "after"),
        )
        return [CampaignHousehold.from_item(item) for item in items]

    @strawberry.field(
        permission_classes=[allowed(Action.CAMPAIGN_READ)],
        description="行动家庭（分页连接，按家庭编号排序）/ the households in care of your part of a campaign, "
        "with their visits, as a connection",
    )
    async def campaign_households_connection(
        self,
        info: Info,
        campaign_id: strawberry.ID,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        region_code: str | None = None,
        visited: bool | None = None,
        outcome: CampaignOutcome | None = None,
    ) -> Connection[CampaignHousehold]:
        campaign_number = number(campaign_id, "campaignId")
        window = connections.window(
            f"campaignHouseholdsConnection/{campaign_number}",
            first=first,
            after=after,
            last=last,
            before=before,
            maximum=campaigns.MAX_PAGE,
            default=100,
        )
        campaign, query = await campaigns.households_query(
            scope=scope(info, Action.CAMPAIGN_READ),
            campaign_id=campaign_number,
            region_code=region_code,
            visited=visited,
            outcome=outcome,
        )
        page = await connections.page(query, window, key="household_id")
        items = {item.household.household_id: item for item in await campaigns.with_visits(campaign, page.rows)}
        return Connection.of(page, lambda row: CampaignHousehold.from_item(items[row.household_id]))

    @strawberry.field(
        permission_classes=[allowed(Action.CAMPAIGN_READ)],
        description="行动名册 / a campaign's list of your part: increases 调增, decreases 调减 or stops 停发",
    )
    async def campaign_list(
        self, info: Info, campaign_id: strawberry.ID, kind: CampaignListKind, region_code: str | None = None
    ) -> list[CampaignListRow]:
        _, rows = await campaign_lists.rows(
            scope=scope(info, Action.CAMPAIGN_READ),
            ids_scope=scope(info, revealing_action(Sensitive.ID_NUMBER)),
            campaign_id=number(campaign_id, "campaignId"),
            kind=kind,
            region_code=region_code,
        )
        return [CampaignListRow.from_row(row) for row in rows]

    @strawberry.field(
        permission_classes=[allowed(Action.CAMPAIGN_READ)],
        description="下载行动名册 / the same list as an .xlsx workbook (Chinese headers, place names, masked ID numbers)",
    )
    async def campaign_list_file(
        self, info: Info, campaign_id: strawberry.ID, kind: CampaignListKind, region_code: str | None = None
    ) -> ExportFile:
        name, body, count = await campaign_lists.workbook(
            scope=scope(info, Action.CAMPAIGN_READ),
            ids_scope=scope(info, revealing_action(Sensitive.ID_NUMBER)),
            campaign_id=number(campaign_id, "campaignId"),
            kind=kind,
            region_code=region_code,
            actor=principal(info).username,
        )
        return ExportFile(
            file_name=name, media_type=campaign_lists.XLSX, content_base64=base64.b64encode(body).decode(), rows=count
        )
