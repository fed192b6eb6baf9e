"""Campaigns over GraphQL — create one, record a household's visit: thin translation to `campaigns`."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, scope
from kernel.enums import CampaignOutcome
from services.supervision import campaigns
from services.supervision.schema.arguments import actor_name, number
from services.supervision.schema.types.campaigns import Campaign, CampaignVisit, PhaseInput


@strawberry.type
class CampaignMutation:
    @strawberry.mutation(
        permission_classes=[allowed(Action.CAMPAIGN_MANAGE)], description="发起专项行动 / start a campaign"
    )
    async def create_campaign(
        self, info: Info, name: str, region_code: str, starts_on: dt.date, ends_on: dt.date, phases: list[PhaseInput]
    ) -> Campaign:
        return Campaign.from_row(
            await campaigns.create(
                scope=scope(info, Action.CAMPAIGN_MANAGE),
                name=name,
                region_code=region_code,
                starts_on=starts_on,
                ends_on=ends_on,
                phases=[{"name": p.name, "starts_on": p.starts_on, "ends_on": p.ends_on} for p in phases],
                actor=actor_name(info),
            )
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.CAMPAIGN_VISIT)],
        description="登记入户 / record a campaign visit and its outcome: MAINTAIN 维持, INCREASE 调增 or DECREASE 调减 "
        "(with the proposed monthly amount), STOP 停发; a change needs its reason",
    )
    async def record_campaign_visit(
        self,
        info: Info,
        campaign_id: strawberry.ID,
        household_id: strawberry.ID,
        visited_on: dt.date,
        all_members_seen: bool,
        outcome: CampaignOutcome,
        reason: str = "",
        proposed_amount: str | None = None,
        notes: str = "",
    ) -> CampaignVisit:
        return CampaignVisit.from_row(
            await campaigns.record_visit(
                scope=scope(info, Action.CAMPAIGN_VISIT),
                campaign_id=number(campaign_id, "campaignId"),
                household_id=number(household_id, "householdId"),
                visited_on=visited_on,
                all_members_seen=all_members_seen,
                notes=notes,
                outcome=campaigns.Outcome(outcome, reason, proposed_amount),
                actor=actor_name(info),
            )
        )
