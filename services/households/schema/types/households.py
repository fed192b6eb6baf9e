"""Households, members and regions — the entities the households subgraph owns; resolvers only translate to
loaders and service calls."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.masking import Sensitive, reveal
from authz.permissions import allowed
from kernel.enums import (
    ExclusionReason,
    HouseholdStatus,
    RegionLevel,
    Relation,
    ReviewClass,
    Sex,
    UrbanRural,
    WorkCapacity,
)
from kernel.values import lookup_id
from services.households import case_queries, models, service
from services.households.schema.loaders import (
    ApplicationsLoader,
    CaseFileLoader,
    HeadLoader,
    HouseholdLoader,
    HouseholdRecordsLoader,
    MembersLoader,
    PersonLoader,
    RegionLoader,
)
from services.households.schema.types.applications import Application, CaseFileEntry, Decision
from services.households.schema.types.case import AmountRecord, Assessment, AssetItem, IncomeItem, KinshipFiling
from services.households.schema.types.visits import DoorPlate

if TYPE_CHECKING:
    from services.households.schema.types.programmes import ProgrammeMembership


@strawberry.federation.type(keys=["code"], description="行政区划 / region (12-digit statistical division code)")
class Region:
    code: strawberry.ID
    name: str
    level: RegionLevel
    parent_code: str | None
    code_year: int

    @classmethod
    def from_row(cls, row: models.Region) -> Region:
        return cls(
            code=strawberry.ID(row.code),
            name=row.name,
            level=row.level,
            parent_code=row.parent_code,
            code_year=row.code_year,
        )

    @classmethod
    async def resolve_reference(cls, info: Info, code: strawberry.ID) -> Region | None:
        row = await RegionLoader.of(info).load(str(code))
        return cls.from_row(row) if row else None


@strawberry.federation.type(keys=["id"], description="家庭成员 / household member")
class Person:
    id: strawberry.ID
    name: str
    relation: Relation
    birth_date: dt.date
    sex: Sex
    region_code: str
    counted: bool
    excluded_reason: ExclusionReason | None
    work_capacity: WorkCapacity
    student: bool
    deceased_on: dt.date | None
    household_id: strawberry.Private[int]
    full_id_number: strawberry.Private[str]
    health: strawberry.Private[tuple[int | None, bool]]

    @strawberry.field(description="残疾等级 / disability grade; hidden without the health right")
    def disability_grade(self, info: Info) -> int | None:
        return reveal(info, Sensitive.HEALTH, self.region_code, self.health[0])

    @strawberry.field(description="重病 / serious illness; hidden without the health right")
    def serious_illness(self, info: Info) -> bool | None:
        return reveal(info, Sensitive.HEALTH, self.region_code, self.health[1])

    @strawberry.field(description="身份证号码 / ID number; masked unless the caller may read it in full")
    def id_number(self, info: Info) -> str:
        return reveal(info, Sensitive.ID_NUMBER, self.region_code, self.full_id_number)

    @strawberry.field(description="所属家庭 / household")
    async def household(self, info: Info) -> Household | None:
        return await Household.resolve_reference(info, strawberry.ID(str(self.household_id)))

    @classmethod
    def from_row(cls, row: models.Person) -> Person:
        return cls(
            id=strawberry.ID(str(row.id)),
            name=row.name,
            relation=row.relation,
            birth_date=row.birth_date,
            sex=row.sex,
            region_code=row.region_code,
            household_id=row.household_id,
            full_id_number=row.id_number,
            counted=row.counted,
            excluded_reason=row.excluded_reason or None,
            work_capacity=row.work_capacity,
            student=row.student,
            deceased_on=row.deceased_on,
            health=(row.disability_grade, row.serious_illness),
        )

    @classmethod
    async def resolve_reference(cls, info: Info, id: strawberry.ID) -> Person:
        key = lookup_id(id)
        row = None if key is None else await PersonLoader.of(info).load(key)
        if row is None:
            raise service.PersonNotFound(id)
        return cls.from_row(row)


@strawberry.federation.type(keys=["id"], description="家庭 / household, the unit of dibao")
class Household:
    id: strawberry.ID
    region_code: str
    urban_rural: UrbanRural
    status: HouseholdStatus
    review_class: ReviewClass
    registered_at: dt.datetime
    monthly_amount: Decimal = strawberry.field(description="当前月保障金 / current monthly amount")
    effective_month: dt.date | None = strawberry.field(description="享受起始月 / first paid month")
    stops_from: dt.date | None = strawberry.field(description="停发起始月 / first month no longer paid")
    separately_registered: bool = strawberry.field(description="近亲属单独登记 / separately registered")
    next_review_on: dt.date | None = strawberry.field(description="下次复核 / next review due")
    grace_until: dt.date | None = strawberry.field(description="渐退期截止 / grace exit ends")

    @strawberry.field(description="户主 / head of household")
    async def head(self, info: Info) -> Person | None:
        row = await HeadLoader.of(info).load(int(self.id))
        return Person.from_row(row) if row else None

    @strawberry.field(description="家庭成员 / members")
    async def members(self, info: Info) -> list[Person]:
        rows = await MembersLoader.of(info).load(int(self.id))
        return [Person.from_row(row) for row in rows]

    @strawberry.field(description="保障金额测算及说明 / the amount on a day, with its explanation")
    async def assessment(self, info: Info, on: dt.date | None = None) -> Assessment:
        return Assessment.from_result(await case_queries.assessment(household_id=int(self.id), on=on))

    @strawberry.field(description="保障金额历史 / amounts over time, each from a month on")
    async def amounts(self, info: Info) -> list[AmountRecord]:
        return [AmountRecord.from_row(row) for row in await _grouped(info, models.CaseAmount, int(self.id))]

    @strawberry.field(description="收入 / income items")
    async def incomes(self, info: Info) -> list[IncomeItem]:
        return [IncomeItem.from_row(row) for row in await _grouped(info, models.IncomeItem, int(self.id))]

    @strawberry.field(description="财产 / asset items")
    async def assets(self, info: Info) -> list[AssetItem]:
        return [AssetItem.from_row(row) for row in await _grouped(info, models.AssetItem, int(self.id))]

    @strawberry.field(description="近亲属备案 / kinship filings")
    async def kinship_filings(self, info: Info) -> list[KinshipFiling]:
        return [KinshipFiling.from_row(row) for row in await _grouped(info, models.KinshipFiling, int(self.id))]

    @strawberry.field(
        permission_classes=[allowed(Action.APPLICATION_READ)],
        description="申请 / the household's applications, oldest first",
    )
    async def applications(self, info: Info) -> list[Application]:
        rows = await ApplicationsLoader.of(info).load(int(self.id))
        return [Application.from_row(row) for row in rows]

    @strawberry.field(description="决定 / the county's decisions on the household, oldest first")
    async def decisions(self, info: Info) -> list[Decision]:
        return [Decision.from_row(row) for row in await _grouped(info, models.Decision, int(self.id))]

    @strawberry.field(
        permission_classes=[allowed(Action.APPLICATION_READ)],
        description="一户一档 / the case file in time order; the supervision findings are `findings`",
    )
    async def case_file(self, info: Info) -> list[CaseFileEntry]:
        rows = await CaseFileLoader.of(info).load(int(self.id))
        return [CaseFileEntry.from_entry(row) for row in rows]

    @strawberry.field(description="户籍区划 / region")
    async def region(self, info: Info) -> Region | None:
        return await Region.resolve_reference(info, strawberry.ID(self.region_code))

    @strawberry.field(description="低保边缘、特困供养、临时救助 / the household's other programmes, newest first")
    async def programmes(
        self, info: Info
    ) -> list[Annotated[ProgrammeMembership, strawberry.lazy("services.households.schema.types.programmes")]]:
        from services.households.schema.types.programmes import ProgrammeMembership

        rows = await _grouped(info, models.ProgrammeMembership, int(self.id))
        return [
            ProgrammeMembership.from_row(row) for row in sorted(rows, key=lambda r: (r.starts_on, r.id), reverse=True)
        ]

    @strawberry.field(description="挂牌记录 / the household's door plates, newest first (where the county uses them)")
    async def door_plates(self, info: Info) -> list[DoorPlate]:
        rows = await _grouped(info, models.DoorPlate, int(self.id))
        return [DoorPlate.from_row(row) for row in sorted(rows, key=lambda r: (r.hung_on, r.id), reverse=True)]

    @strawberry.field(description="当前挂牌 / the plate up now, null when none is")
    async def door_plate(self, info: Info) -> DoorPlate | None:
        rows = await _grouped(info, models.DoorPlate, int(self.id))
        return next((DoorPlate.from_row(row) for row in reversed(rows) if row.removed_on is None), None)

    @classmethod
    def from_row(cls, row: models.Household) -> Household:
        return cls.from_values({column: getattr(row, column) for column in service.HOUSEHOLD_COLUMNS})

    @classmethod
    def from_values(cls, row: dict[str, Any]) -> Household:
        """From the plain values lists and entity batches read (`service.HOUSEHOLD_COLUMNS`)."""
        return cls(
            id=strawberry.ID(str(row["id"])),
            region_code=row["region_code"],
            urban_rural=UrbanRural(row["urban_rural"]),
            status=row["status"],
            review_class=row["review_class"],
            registered_at=row["created_at"],
            monthly_amount=row["monthly_amount"],
            effective_month=row["effective_month"],
            stops_from=row["stops_from"],
            separately_registered=row["separately_registered"],
            next_review_on=row["next_review_on"],
            grace_until=row["grace_until"],
        )

    @classmethod
    async def resolve_reference(cls, info: Info, id: strawberry.ID) -> Household:
        key = lookup_id(id)
        row = None if key is None else await HouseholdLoader.of(info).load(key)
        if row is None:
            raise service.HouseholdNotFound(id)
        return cls.from_values(row)


def _grouped(info: Info, model: type, household_id: int):
    return HouseholdRecordsLoader.of(info, model).load(household_id)


@strawberry.input(description="登记的家庭成员 / a member to register")
class MemberInput:
    name: str
    id_number: str
    relation: Relation


@strawberry.input(description="家庭登记 / household registration")
class RegisterHouseholdInput:
    region_code: str = strawberry.field(description="村（社区）级区划代码 / village region code")
    urban_rural: UrbanRural
    members: list[MemberInput]
    address: str = ""
