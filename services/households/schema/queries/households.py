"""Households, members, regions, the change feed, entitlements and statistics as read: thin translation to
`service`, `events`, `entitlements` and `statistics`."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, scope
from kernel import connections, feeds
from kernel.enums import HouseholdStatus
from kernel.metrics import feed_served
from kernel.relay import DEPRECATED, After, Before, Connection, First, Last
from kernel.subgraph import selected_arguments
from services.households import entitlements, events, service
from services.households.schema.arguments import optional_id
from services.households.schema.types.feeds import ChangePage, EntitlementPage
from services.households.schema.types.households import Household, Person, Region
from services.households.schema.types.statistics import HouseholdStatistics


@strawberry.type
class HouseholdQuery:
    @strawberry.field(
        permission_classes=[allowed(Action.HOUSEHOLD_READ)],
        description="家庭列表 / households in your jurisdiction",
        deprecation_reason=DEPRECATED.format(connection="householdsConnection"),
    )
    async def households(
        self,
        info: Info,
        first: int = 50,
        after: strawberry.ID | None = None,
        region_code: str | None = None,
        status: HouseholdStatus | None = None,
    ) -> list[Household]:
        rows = await service.list_households(
            scope=scope(info, Action.HOUSEHOLD_READ),
            first=first,
            after=optional_id(after, "after"),
            region_code=region_code,
            status=status,
        )
        return [Household.from_values(row) for row in rows]

    @strawberry.field(
        permission_classes=[allowed(Action.HOUSEHOLD_READ)],
        description="家庭列表（分页连接，按编号排序）/ households in your jurisdiction, in id order, as a connection",
    )
    async def households_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        region_code: str | None = None,
        status: HouseholdStatus | None = None,
    ) -> Connection[Household]:
        window = connections.window(
            "householdsConnection", first=first, after=after, last=last, before=before, maximum=service.MAX_PAGE
        )
        query = service.households_query(
            scope=scope(info, Action.HOUSEHOLD_READ), region_code=region_code, status=status
        )
        return Connection.of(
            await connections.page(query, window, fetch=service.household_values), Household.from_values
        )

    @strawberry.field(permission_classes=[allowed(Action.HOUSEHOLD_READ)], description="按编号查家庭 / one household")
    async def household(self, info: Info, id: strawberry.ID) -> Household | None:
        return await Household.resolve_reference(info, id)

    @strawberry.field(permission_classes=[allowed(Action.HOUSEHOLD_READ)], description="按编号查成员 / one member")
    async def person(self, info: Info, id: strawberry.ID) -> Person | None:
        return await Person.resolve_reference(info, id)

    @strawberry.field(
        permission_classes=[allowed(Action.HOUSEHOLDS_FEED_READ)],
        description="变更记录，按游标从旧到新 / the change feed, oldest first",
    )
    async def changes(self, info: Info, after: str | None = None, first: int = 1000) -> ChangePage:
        readable = scope(info, Action.HOUSEHOLDS_FEED_READ)
        rows, next_cursor = await events.read_feed(scope=readable, after=after, first=first)
        feed_served(info.context["principal"], "households", str(feeds.Position.of(rows[-1])) if rows else after)
        return ChangePage(
            raw=rows, next_cursor=next_cursor, marks_of=feeds.once(lambda: events.feed_marks(scope=readable))
        )

    @strawberry.field(
        permission_classes=[allowed(Action.ENTITLEMENT_READ)],
        description="乡镇某期应发名单 / entitlements of a township for a period",
    )
    async def entitlements(
        self, info: Info, township_code: str, period: str, first: int = 1000, after: str | None = None
    ) -> EntitlementPage:
        page = {
            "scope": scope(info, Action.ENTITLEMENT_READ),
            "township_code": township_code,
            "period": period,
            "first": first,
            "after": after,
        }
        details = {
            arguments.get("memberDetails", True) for arguments in selected_arguments(info, "EntitlementPage", "rows")
        }
        if not selected_arguments(info, "EntitlementPage", "items") and len(details) == 1:
            # the rows alone, asked once: PostgreSQL writes them
            written = await entitlements.compact_entitlements(**page, member_details=details.pop())
            if written is not None:
                return EntitlementPage(raw=[], compact_json=written[0], next_cursor=written[1])
        items, next_cursor = await entitlements.list_entitlements(**page)
        return EntitlementPage(raw=items, next_cursor=next_cursor)

    @strawberry.field(
        permission_classes=[allowed(Action.STATS_READ)],
        description="统计（户数、人数、金额、申请）/ dashboard statistics of a region",
    )
    async def household_statistics(self, info: Info, region_code: str | None = None) -> HouseholdStatistics:
        return HouseholdStatistics.of_region(scope(info, Action.STATS_READ), region_code)

    @strawberry.field(permission_classes=[allowed(Action.REGION_READ)], description="行政区划 / regions")
    async def regions(self, info: Info, parent_code: str | None = None) -> list[Region]:
        rows = await service.list_regions(scope=scope(info, Action.REGION_READ), parent_code=parent_code)
        return [Region.from_row(row) for row in rows]
