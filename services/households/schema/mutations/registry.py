"""Registry and policy mutations: households, members, incomes, assets, kinship filings, standards and local rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, principal
from kernel.enums import AssetKind, IncomeCategory, IncomeTreatment, Relation, UrbanRural
from kernel.values import record_id
from services.households import registration, service, standards
from services.households.schema.arguments import household_id, household_id_of
from services.households.schema.types.case import AssetItem, CircumstancesInput, IncomeItem, KinshipFiling, Standard
from services.households.schema.types.households import Household, Person, RegisterHouseholdInput


def _circumstances(data: CircumstancesInput | None) -> registration.Circumstances:
    if data is None:
        return registration.Circumstances()
    given = asdict(data)  # type: ignore[call-overload]
    return registration.Circumstances(
        **{**given, "excluded_reason": data.excluded_reason or "", "disability_kind": data.disability_kind or ""}
    )


@strawberry.type
class RegistryMutation:
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

    @strawberry.mutation(permission_classes=[allowed(Action.REGISTRY_EDIT)], description="新增家庭成员 / add a member")
    async def add_member(
        self,
        info: Info,
        household_id: strawberry.ID,
        name: str,
        id_number: str,
        relation: Relation,
        circumstances: CircumstancesInput | None = None,
    ) -> Person:
        row = await registration.add_member(
            actor=principal(info),
            household_id=household_id_of(household_id),
            name=name,
            id_number=id_number,
            relation=relation,
            circumstances=_circumstances(circumstances),
        )
        return Person.from_row(row)

    @strawberry.mutation(
        permission_classes=[allowed(Action.REGISTRY_EDIT)], description="登记成员情况 / record a member's circumstances"
    )
    async def update_member(self, info: Info, person_id: strawberry.ID, circumstances: CircumstancesInput) -> Person:
        row = await registration.update_member(
            actor=principal(info),
            person_id=household_id(person_id, "personId"),
            circumstances=_circumstances(circumstances),
        )
        return Person.from_row(row)

    @strawberry.mutation(
        permission_classes=[allowed(Action.REGISTRY_EDIT)], description="登记收入 / record an income item"
    )
    async def record_income(
        self,
        info: Info,
        household_id: strawberry.ID,
        category: IncomeCategory,
        monthly_amount: str,
        treatment: IncomeTreatment = IncomeTreatment.COUNTED,
        person_id: strawberry.ID | None = None,
        note: str = "",
    ) -> IncomeItem:
        row = await registration.record_income(
            actor=principal(info),
            household_id=household_id_of(household_id),
            category=category,
            monthly_amount=monthly_amount,
            treatment=treatment,
            person_id=record_id(person_id, field="personId") if person_id else None,
            note=note,
        )
        return IncomeItem.from_row(row)

    @strawberry.mutation(
        permission_classes=[allowed(Action.REGISTRY_EDIT)], description="登记财产 / record an asset item"
    )
    async def record_asset(
        self, info: Info, household_id: strawberry.ID, kind: AssetKind, value: str, exempt: bool = False, note: str = ""
    ) -> AssetItem:
        row = await registration.record_asset(
            actor=principal(info),
            household_id=household_id_of(household_id),
            kind=kind,
            value=value,
            exempt=exempt,
            note=note,
        )
        return AssetItem.from_row(row)

    @strawberry.mutation(permission_classes=[allowed(Action.KINSHIP_FILE)], description="近亲属备案 / file a kinship")
    async def file_kinship(
        self, info: Info, person_id: strawberry.ID, staff_username: str, staff_name: str, relation: str
    ) -> KinshipFiling:
        row = await registration.file_kinship(
            actor=principal(info),
            person_id=household_id(person_id, "personId"),
            staff_username=staff_username,
            staff_name=staff_name,
            relation=relation,
        )
        return KinshipFiling.from_row(row)

    @strawberry.mutation(
        permission_classes=[allowed(Action.STANDARD_SET)], description="设定低保标准（提标） / set a standard"
    )
    async def set_standard(
        self, info: Info, region_code: str, urban_rural: UrbanRural, monthly_amount: str, effective_from: dt.date
    ) -> Standard:
        row = await standards.set_standard(
            actor=principal(info),
            region_code=region_code,
            urban_rural=urban_rural,
            monthly_amount=monthly_amount,
            effective_from=effective_from,
        )
        return Standard.from_row(row)

    @strawberry.mutation(
        permission_classes=[allowed(Action.POLICY_SET)], description="设定地方政策 / set a local rule from a date"
    )
    async def set_policy(self, info: Info, region_code: str, key: str, value: JSON, effective_from: dt.date) -> bool:
        await standards.set_policy(
            actor=principal(info), region_code=region_code, key=key, value=value, effective_from=effective_from
        )
        return True
