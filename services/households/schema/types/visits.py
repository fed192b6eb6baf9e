"""GraphQL types of home visits (入户调查表) and their photos, the county's visit draws (抽查入户) and door plates (挂牌)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import strawberry
from strawberry.types import Info

from authz.masking import Sensitive, reveal
from kernel.enums import AssetSeenKind, HousingCondition, HousingType, VisitKind
from services.households import models, visit_draws, visits
from services.households.schema.loaders import VisitPhotosLoader
from services.households.visits import PHOTO_URL


@strawberry.input(description="所见就业 / a member's work as seen at the visit")
class EmploymentSeenInput:
    person_id: strawberry.ID
    work: str = strawberry.field(description="工作内容 / what the member does")
    monthly_income: str = strawberry.field(
        default="", description="月收入（元，可空）/ monthly income in yuan, optional"
    )


@strawberry.input(description="所见财产 / an asset seen at the visit")
class AssetSeenInput:
    kind: AssetSeenKind
    description: str
    quantity: int = 1


@strawberry.input(
    description="入户调查表 / the home visit record, signed by the step's signatures (two or more officers)"
)
class HomeVisitInput:
    members_present: list[strawberry.ID] = strawberry.field(description="在场成员 / members present")
    housing_type: HousingType
    housing_area: str = strawberry.field(description="住房面积（平方米）/ floor area in m²")
    housing_condition: HousingCondition
    water_monthly: str = strawberry.field(description="月水费（元）/ water a month, yuan")
    electricity_monthly: str = strawberry.field(description="月电费（元）/ electricity a month, yuan")
    gas_monthly: str = strawberry.field(description="月燃气费（元）/ gas a month, yuan")
    employment: list[EmploymentSeenInput] = strawberry.field(default_factory=list)
    assets: list[AssetSeenInput] = strawberry.field(default_factory=list)
    notes: str = ""
    photo_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list,
        description="照片（先上传到 /files/applications/{id}/visit-photos）/ photos uploaded for this application",
    )

    def to_visit(self) -> visits.VisitIn:
        return visits.VisitIn(
            members_present=[str(p) for p in self.members_present],
            housing_type=self.housing_type,
            housing_area=self.housing_area,
            housing_condition=self.housing_condition,
            water_monthly=self.water_monthly,
            electricity_monthly=self.electricity_monthly,
            gas_monthly=self.gas_monthly,
            employment=[
                visits.EmploymentSeen(person_id=str(e.person_id), work=e.work, monthly_income=e.monthly_income)
                for e in self.employment
            ],
            assets=[visits.AssetSeen(kind=a.kind, description=a.description, quantity=a.quantity) for a in self.assets],
            notes=self.notes,
            photo_ids=[str(p) for p in self.photo_ids],
        )


@strawberry.type(description="入户照片 / a photo of a visit: its hash, size and type; the image at `url` (same token)")
class VisitPhoto:
    id: strawberry.ID
    content_type: str
    size: int
    sha256: str
    uploaded_by: str
    uploaded_at: dt.datetime

    @strawberry.field(description="下载地址 / where the gateway serves it")
    def url(self) -> str:
        return PHOTO_URL.format(id=self.id)


@strawberry.type(description="所见就业 / a member's work as seen")
class EmploymentSeen:
    person_id: strawberry.ID
    work: str
    region_code: strawberry.Private[str]
    income: strawberry.Private[str]

    @strawberry.field(description="月收入 / monthly income; hidden without the income right")
    def monthly_income(self, info: Info) -> Decimal | None:
        return reveal(info, Sensitive.INCOME, self.region_code, Decimal(self.income)) if self.income else None


@strawberry.type(description="所见财产 / an asset seen")
class AssetSeen:
    kind: AssetSeenKind
    description: str
    quantity: int


@strawberry.type(description="入户调查表 / what the officers saw at the household, signed by two or more of them")
class HomeVisit:
    id: strawberry.ID
    application_id: strawberry.ID
    kind: VisitKind
    visited_on: dt.date
    members_present: list[strawberry.ID]
    housing_type: HousingType
    housing_area: Decimal = strawberry.field(description="平方米 / m²")
    housing_condition: HousingCondition
    employment: list[EmploymentSeen]
    assets: list[AssetSeen]
    notes: str
    signatures: list[str]
    recorded_by: str
    region_code: strawberry.Private[str]
    spending: strawberry.Private[tuple[Decimal, Decimal, Decimal]]

    @strawberry.field(description="月水费 / water a month; hidden without the income right")
    def water_monthly(self, info: Info) -> Decimal | None:
        return reveal(info, Sensitive.INCOME, self.region_code, self.spending[0])

    @strawberry.field(description="月电费 / electricity a month; hidden without the income right")
    def electricity_monthly(self, info: Info) -> Decimal | None:
        return reveal(info, Sensitive.INCOME, self.region_code, self.spending[1])

    @strawberry.field(description="月燃气费 / gas a month; hidden without the income right")
    def gas_monthly(self, info: Info) -> Decimal | None:
        return reveal(info, Sensitive.INCOME, self.region_code, self.spending[2])

    @strawberry.field(description="照片 / the photos")
    async def photos(self, info: Info) -> list[VisitPhoto]:
        rows = await VisitPhotosLoader.of(info).load(int(self.id))
        return [
            VisitPhoto(
                id=strawberry.ID(str(r["id"])),
                content_type=r["content_type"],
                size=r["size"],
                sha256=r["sha256"],
                uploaded_by=r["uploaded_by"],
                uploaded_at=r["uploaded_at"],
            )
            for r in rows
        ]

    @classmethod
    def from_row(cls, row: models.HomeVisit) -> HomeVisit:
        return cls(
            id=strawberry.ID(str(row.id)),
            application_id=strawberry.ID(str(row.application_id)),
            kind=row.kind,
            visited_on=row.visited_on,
            members_present=[strawberry.ID(str(p)) for p in row.members_present],
            housing_type=row.housing_type,
            housing_area=row.housing_area,
            housing_condition=row.housing_condition,
            notes=row.notes,
            signatures=row.signatures,
            recorded_by=row.recorded_by,
            region_code=row.region_code,
            spending=(row.water_monthly, row.electricity_monthly, row.gas_monthly),
            employment=[
                EmploymentSeen(
                    person_id=strawberry.ID(e["personId"]),
                    work=e["work"],
                    region_code=row.region_code,
                    income=e["monthlyIncome"],
                )
                for e in row.employment
            ],
            assets=[
                AssetSeen(kind=a["kind"], description=a["description"], quantity=a["quantity"]) for a in row.assets_seen
            ],
        )


@strawberry.type(
    description="抽查入户抽取 / a seeded draw of cases awaiting county approval for the county's own visit"
)
class VisitDraw:
    id: strawberry.ID
    region_code: str
    seed: str = strawberry.field(description="随机种子 / the seed")
    share_percent: Decimal = strawberry.field(description="抽查比例（%）/ the share drawn, rounded up (不低于)")
    population: list[strawberry.ID] = strawberry.field(
        description="待抽申请（升序）/ the applications it drew from, ascending"
    )
    drawn: list[strawberry.ID] = strawberry.field(description="抽中申请 / the applications drawn, in draw order")
    drawn_by: str
    drawn_on: dt.date
    row: strawberry.Private[models.VisitDraw]

    @strawberry.field(
        description="复算一致 / re-running the draw from its seed and population gives the same list: the drawn are "
        'those with the smallest hex SHA-256 of "seed:applicationId"'
    )
    def reproduced(self) -> bool:
        return visit_draws.reproduced(self.row)

    @classmethod
    def from_row(cls, row: models.VisitDraw) -> VisitDraw:
        return cls(
            id=strawberry.ID(str(row.id)),
            region_code=row.region_code,
            seed=row.seed,
            share_percent=row.share_percent,
            population=[strawberry.ID(str(key)) for key in row.population],
            drawn=[strawberry.ID(str(key)) for key in row.drawn],
            drawn_by=row.drawn_by,
            drawn_on=row.drawn_on,
            row=row,
        )


@strawberry.type(description="挂牌 / a door plate on a household: up on a day, down on a later one with the reason")
class DoorPlate:
    id: strawberry.ID
    household_id: strawberry.ID
    hung_on: dt.date = strawberry.field(description="挂牌日期 / put up on")
    hung_by: str
    removed_on: dt.date | None = strawberry.field(description="摘牌日期 / taken down on; null while up")
    removed_reason: str
    removed_by: str

    @classmethod
    def from_row(cls, row: models.DoorPlate) -> DoorPlate:
        return cls(
            id=strawberry.ID(str(row.id)),
            household_id=strawberry.ID(str(row.household_id)),
            hung_on=row.hung_on,
            hung_by=row.hung_by,
            removed_on=row.removed_on,
            removed_reason=row.removed_reason,
            removed_by=row.removed_by,
        )


@strawberry.type(
    description="挂牌统计 / households in care with a plate up, and plates still up on households that left care"
)
class DoorPlateTally:
    up: int
    to_take_down: int = strawberry.field(description="待摘牌 / plates up on households no longer in care")
