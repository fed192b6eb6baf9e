"""Root fields of the households subgraph."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, principal, scope
from kernel.subgraph import create_schema
from services.households import service
from services.households.types import Household, Person, Region, RegisterHouseholdInput


def _id(value: strawberry.ID | None, field: str) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        raise service.InvalidInput(f"{field} must be a household id", f"{field} 应为家庭编号", field=field) from None


@strawberry.type
class Query:
    @strawberry.field(permission_classes=[allowed(Action.HOUSEHOLD_READ)], description="家庭列表 / households in your jurisdiction")
    async def households(
        self, info: Info, first: int = 50, after: strawberry.ID | None = None,
        region_code: str | None = None, status: str | None = None,
    ) -> list[Household]:
        rows = await service.list_households(
            scope=scope(info, Action.HOUSEHOLD_READ), first=first, after=_id(after, "after"),
            region_code=region_code, status=status,
        )
        return [Household.from_row(row) for row in rows]

    @strawberry.field(permission_classes=[allowed(Action.HOUSEHOLD_READ)], description="按编号查家庭 / one household")
    async def household(self, info: Info, id: strawberry.ID) -> Household | None:
        return await Household.resolve_reference(info, id)

    @strawberry.field(permission_classes=[allowed(Action.HOUSEHOLD_READ)], description="按编号查成员 / one member")
    async def person(self, info: Info, id: strawberry.ID) -> Person | None:
        return await Person.resolve_reference(info, id)

    @strawberry.field(permission_classes=[allowed(Action.REGION_READ)], description="行政区划 / regions")
    async def regions(self, info: Info, parent_code: str | None = None) -> list[Region]:
        rows = await service.list_regions(scope=scope(info, Action.REGION_READ), parent_code=parent_code)
        return [Region.from_row(row) for row in rows]


@strawberry.type
class Mutation:
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


schema = create_schema(query=Query, mutation=Mutation, types=[Household, Person, Region])
