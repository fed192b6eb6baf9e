"""Rosters (花名册) as read: thin translation to `service`."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, scope
from kernel import connections
from kernel.enums import RosterState
from kernel.relay import DEPRECATED, After, Before, Connection, First, Last
from services.disbursement import service
from services.disbursement.schema.arguments import id_of, optional_id
from services.disbursement.schema.types.rosters import Roster


@strawberry.type
class RosterQuery:
    @strawberry.field(
        permission_classes=[allowed(Action.ROSTER_READ)],
        description="花名册 / rosters in your jurisdiction",
        deprecation_reason=DEPRECATED.format(connection="rostersConnection"),
    )
    async def rosters(
        self,
        info: Info,
        period: str | None = None,
        region_code: str | None = None,
        state: RosterState | None = None,
        first: int = 50,
        after: strawberry.ID | None = None,
    ) -> list[Roster]:
        rows = await service.list_rosters(
            scope=scope(info, Action.ROSTER_READ),
            period=period,
            region_code=region_code,
            state=state,
            first=first,
            after=optional_id(after, "after"),
        )
        return [Roster.from_row(row) for row in rows]

    @strawberry.field(
        permission_classes=[allowed(Action.ROSTER_READ)],
        description="花名册（分页连接，按编号排序）/ rosters in your jurisdiction, in id order, as a connection",
    )
    async def rosters_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        period: str | None = None,
        region_code: str | None = None,
        state: RosterState | None = None,
    ) -> Connection[Roster]:
        window = connections.window(
            "rostersConnection", first=first, after=after, last=last, before=before, maximum=service.MAX_PAGE
        )
        query = service.rosters_query(
            scope=scope(info, Action.ROSTER_READ), period=period, region_code=region_code, state=state
        )
        return Connection.of(await connections.page(query, window), Roster.from_row)

    @strawberry.field(permission_classes=[allowed(Action.ROSTER_READ)], description="一本花名册 / one roster")
    async def roster(self, info: Info, id: strawberry.ID) -> Roster:
        return Roster.from_row(
            await service.get_roster(scope=scope(info, Action.ROSTER_READ), roster_id=id_of(id, "id"))
        )
