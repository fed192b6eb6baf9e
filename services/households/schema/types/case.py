"""GraphQL types of the registry and of case amounts: incomes, assets, assessments with their explanation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from authz.masking import Sensitive, reveal
from kernel.enums import (
    AmountReason,
    AssetKind,
    DisabilityKind,
    ExclusionReason,
    IncomeCategory,
    IncomeTreatment,
    UrbanRural,
    WorkCapacity,
)
from services.households import models
from services.households.benefit import Assessment as AssessmentResult
from services.households.schema.types.feeds import AmountPart


@strawberry.type(description="保障金额测算 / an amount with its explanation (standard, income, members, extras)")
class Assessment:
    eligible: bool
    monthly_amount: Decimal
    parts: list[AmountPart]
    explanation: JSON
    refusals: list[str]

    @classmethod
    def from_result(cls, result: AssessmentResult) -> Assessment:
        return cls(
            eligible=result.eligible,
            monthly_amount=result.monthly,
            explanation=result.explanation,
            refusals=result.refusals,
            parts=[AmountPart(kind=p.kind, amount=p.amount, basis=p.basis) for p in result.parts],
        )


@strawberry.type(description="保障金额记录 / the monthly amount from a month on (history is never rewritten)")
class AmountRecord:
    effective_from: dt.date
    monthly_amount: Decimal
    parts: list[AmountPart]
    explanation: JSON
    reason: AmountReason

    @classmethod
    def from_row(cls, row: models.CaseAmount) -> AmountRecord:
        return cls(
            effective_from=row.effective_from,
            monthly_amount=row.monthly_amount,
            explanation=row.explanation,
            reason=row.reason,
            parts=[AmountPart(kind=p["kind"], amount=Decimal(p["amount"]), basis=p["basis"]) for p in row.parts],
        )


@strawberry.type(description="收入 / an income item; the amount is masked without the income right")
class IncomeItem:
    id: strawberry.ID
    category: IncomeCategory
    treatment: IncomeTreatment
    person_id: strawberry.ID | None
    region_code: strawberry.Private[str]
    amount: strawberry.Private[Decimal]

    @strawberry.field(description="月均金额 / monthly amount")
    def monthly_amount(self, info: Info) -> Decimal | None:
        return reveal(info, Sensitive.INCOME, self.region_code, self.amount)

    @classmethod
    def from_row(cls, row: models.IncomeItem) -> IncomeItem:
        return cls(
            id=strawberry.ID(str(row.id)),
            category=row.category,
            treatment=row.treatment,
            region_code=row.region_code,
            person_id=strawberry.ID(str(row.person_id)) if row.person_id else None,
            amount=row.monthly_amount,
        )


@strawberry.type(description="财产 / an asset item")
class AssetItem:
    id: strawberry.ID
    kind: AssetKind
    exempt: bool
    region_code: strawberry.Private[str]
    amount: strawberry.Private[Decimal]

    @strawberry.field(description="价值（元）；无权查看收入财产时为空 / value in yuan; null without the income right")
    def value(self, info: Info) -> Decimal | None:
        return reveal(info, Sensitive.INCOME, self.region_code, self.amount)

    @classmethod
    def from_row(cls, row: models.AssetItem) -> AssetItem:
        return cls(
            id=strawberry.ID(str(row.id)),
            kind=row.kind,
            exempt=row.exempt,
            region_code=row.region_code,
            amount=row.value,
        )


@strawberry.type(description="近亲属备案 / kinship filing")
class KinshipFiling:
    id: strawberry.ID
    person_id: strawberry.ID
    staff_username: str
    staff_name: str
    relation: str

    @classmethod
    def from_row(cls, row: models.KinshipFiling) -> KinshipFiling:
        return cls(
            id=strawberry.ID(str(row.id)),
            person_id=strawberry.ID(str(row.person_id)),
            staff_username=row.staff_username,
            staff_name=row.staff_name,
            relation=row.relation,
        )


@strawberry.type(description="低保标准 / a standard from a date on")
class Standard:
    region_code: str
    urban_rural: UrbanRural
    monthly_amount: Decimal
    effective_from: dt.date

    @classmethod
    def from_row(cls, row: models.Standard) -> Standard:
        return cls(
            region_code=row.region_code,
            urban_rural=row.urban_rural,
            monthly_amount=row.monthly_amount,
            effective_from=row.effective_from,
        )


@strawberry.input(description="成员情况 / a member's circumstances")
class CircumstancesInput:
    counted: bool = True
    excluded_reason: ExclusionReason | None = strawberry.field(
        default=None,
        description="不计入的原因（counted 为 false 时必填）/ why the member is not counted; required when counted is false",
    )
    disability_grade: int | None = None
    disability_kind: DisabilityKind | None = strawberry.field(
        default=None, description="残疾类别 / kind of disability, if any"
    )
    serious_illness: bool = False
    work_capacity: WorkCapacity = strawberry.field(default=WorkCapacity.FULL, description="劳动能力 / capacity to work")
    student: bool = False
