"""Root fields of the households subgraph."""

from __future__ import annotations

import strawberry
from strawberry.tools import merge_types
from strawberry.types import Info
from tortoise import Tortoise

from authz.actions import Action
from authz.permissions import allowed, principal, scope
from kernel import connections, feeds
from kernel.enums import HouseholdStatus
from kernel.metrics import feed_served
from kernel.relay import DEPRECATED, After, Before, Connection, First, Last
from kernel.subgraph import create_schema, selected_arguments
from kernel.values import record_id
from services.households import entitlements, events, service, sql
from services.households.schema_dynamics import DynamicsMutation, DynamicsQuery
from services.households.schema_programmes import ProgrammeMutation
from services.households.schema_registry import RegistryMutation
from services.households.schema_visits import VisitMutation, VisitQuery
from services.households.schema_workflow import WorkflowMutation, WorkflowQuery
from services.households.schema_worklist import WorklistMutation, WorklistQuery
from services.households.types import Household, Person, Region, RegisterHouseholdInput
from services.households.types_application import Decision
from services.households.types_internal import ChangePage, EntitlementPage
from services.households.types_stats import HouseholdStatistics


def _id(value: strawberry.ID | None, field: str) -> int | None:
    if value is None:
        return None
    return record_id(value, field=field)


@strawberry.type
class Query:
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
            after=_id(after, "after"),
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
        readable = scope(info, Action.ENTITLEMENT_READ)
        if sql.postgres(Tortoise.get_connection(sql.DB)) and not selected_arguments(info, "EntitlementPage", "items"):
            written, next_cursor = await entitlements.entitlement_rows(  # a roster's bulk read: the database's JSON
                scope=readable, township_code=township_code, period=period, first=first, after=after
            )
            return EntitlementPage(raw=[], written=written, next_cursor=next_cursor)
        items, next_cursor = await entitlements.list_entitlements(
            scope=readable, township_code=township_code, period=period, first=first, after=after
        )
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


@strawberry.type
class Mutation:  # registration; the other mutations live beside their concept (schema_*.py)
    @strawberry.mutation(
        permission_classes=[allowed(Action.HOUSEHOLD_REGISTER)], description="登记家庭及成员 / register a household"
    )
    async def register_household(self, info: Info, input: RegisterHouseholdInput) -> Household:
        row = await service.register_household(
            actor=principal(info),
            region_code=input.region_code,
            urban_rural=input.urban_rural.value,
            address=input.address,
            members=[service.MemberIn(name=m.name, id_number=m.id_number, relation=m.relation) for m in input.members],
        )
        return Household.from_row(row)


schema = create_schema(
    query=merge_types("Query", (Query, WorkflowQuery, WorklistQuery, DynamicsQuery, VisitQuery)),
    mutation=merge_types(
        "Mutation",
        (
            Mutation,
            RegistryMutation,
            WorkflowMutation,
            WorklistMutation,
            DynamicsMutation,
            ProgrammeMutation,
            VisitMutation,
        ),
    ),
    types=[Household, Person, Region, Decision],
)
