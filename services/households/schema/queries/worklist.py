"""Worklists and decisions as read: thin translation to `worklist`."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, principal, scope
from kernel import connections
from kernel.enums import ApplicationKind, ApplicationState
from kernel.relay import DEPRECATED, After, Before, Connection, First, Last
from services.households import worklist
from services.households.schema.arguments import optional_id
from services.households.schema.types.applications import Application, Decision

# The worklist's filters, the same on the list and on its connection.
Step = Annotated[str | None, strawberry.argument(description="下一步 / a step the application waits for, e.g. approve")]
Overdue = Annotated[bool | None, strawberry.argument(description="超期 / true: only overdue; false: only not overdue")]
AssignedToMe = Annotated[bool, strawberry.argument(description="待我办理 / only those whose next step is yours")]
CampaignId = Annotated[strawberry.ID | None, strawberry.argument(description="专项行动 / renewals a campaign took")]


@strawberry.type
class WorklistQuery:
    @strawberry.field(
        permission_classes=[allowed(Action.APPLICATION_READ)],
        description="申请待办 / applications by state, next step, region, deadline and overdue, with what you may do next",
        deprecation_reason=DEPRECATED.format(connection="applicationsConnection"),
    )
    async def applications(
        self,
        info: Info,
        first: int = 50,
        after: strawberry.ID | None = None,
        state: ApplicationState | None = None,
        step: Step = None,
        region_code: str | None = None,
        due_before: dt.date | None = None,
        overdue: Overdue = None,
        assigned_to_me: AssignedToMe = False,
        kind: ApplicationKind | None = None,
        campaign_id: CampaignId = None,
    ) -> list[Application]:
        rows = await worklist.list_applications(
            actor=principal(info),
            scope=scope(info, Action.APPLICATION_READ),
            first=first,
            after=optional_id(after, "after"),
            state=state,
            step=step,
            region_code=region_code,
            due_before=due_before,
            overdue=overdue,
            assigned_to_me=assigned_to_me,
            kind=kind,
            campaign_id=optional_id(campaign_id, "campaignId"),
        )
        return [Application.from_row(row) for row in rows]

    @strawberry.field(
        permission_classes=[allowed(Action.APPLICATION_READ)],
        description="申请待办（分页连接，按编号排序）/ the applications worklist in id order, as a connection",
    )
    async def applications_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        state: ApplicationState | None = None,
        step: Step = None,
        region_code: str | None = None,
        due_before: dt.date | None = None,
        overdue: Overdue = None,
        assigned_to_me: AssignedToMe = False,
        kind: ApplicationKind | None = None,
        campaign_id: CampaignId = None,
    ) -> Connection[Application]:
        window = connections.window(
            "applicationsConnection", first=first, after=after, last=last, before=before, maximum=worklist.MAX_PAGE
        )
        actor = principal(info)
        query = worklist.applications_query(
            actor=actor,
            scope=scope(info, Action.APPLICATION_READ),
            state=state,
            step=step,
            region_code=region_code,
            due_before=due_before,
            overdue=overdue,
            assigned_to_me=assigned_to_me,
            kind=kind,
            campaign_id=optional_id(campaign_id, "campaignId"),
        )
        page = await connections.page(query, window, admit=worklist.actionable(actor) if assigned_to_me else None)
        return Connection.of(page, Application.from_row)

    @strawberry.field(
        permission_classes=[allowed(Action.HOUSEHOLD_READ)], description="按编号查决定 / one county decision"
    )
    async def decision(self, info: Info, id: strawberry.ID) -> Decision | None:
        return await Decision.resolve_reference(info, id)
