"""Dynamic management — 动态管理: review tasks, what a review or a check-in found, a registry sync's summary."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import strawberry

from kernel.enums import ReviewKind, ReviewResult
from services.households import models
from services.households.schema.types.households import Household


@strawberry.type(description="复核任务 / a review task: scheduled, re-opened by a member event, or missed check-ins")
class ReviewTask:
    id: strawberry.ID
    household_id: strawberry.ID
    region_code: str
    kind: ReviewKind
    reason: str
    due_on: dt.date
    closed_on: dt.date | None
    outcome: ReviewResult | None = strawberry.field(
        description="复核结论：维持或提出/决定的变更，未办结为空 / KEEP or the change proposed or decided; null while open"
    )

    @classmethod
    def from_row(cls, row: models.ReviewTask) -> ReviewTask:
        return cls(
            id=strawberry.ID(str(row.id)),
            household_id=strawberry.ID(str(row.household_id)),
            region_code=row.region_code,
            kind=row.kind,
            reason=row.reason,
            due_on=row.due_on,
            closed_on=row.closed_on,
            outcome=row.outcome or None,
        )


@strawberry.type(description="复核结果 / what a review found: KEEP, or the change it proposes to the county")
class ReviewOutcome:
    outcome: ReviewResult
    assessed_amount: Decimal
    household: Household
    task: ReviewTask | None


@strawberry.type(description="续保签到 / a recorded check-in and the misses it counts")
class CheckInResult:
    month: str
    attended: bool
    consecutive_misses: int
    misses_this_year: int
    household: Household
    task: ReviewTask | None


@strawberry.type(description="比对同步结果 / what a run over the registries' deaths, imprisonments and hukou moves did")
class RegistrySync:
    read: int = strawberry.field(description="读取条数 / registry rows read")
    recorded: int = strawberry.field(description="已记录并重新审核 / member events recorded, each re-opening its case")
    already_recorded: int = strawberry.field(description="此前已记录 / already recorded (by a clerk or an earlier run)")
    not_in_care: int = strawberry.field(description="非在保成员 / ID numbers not a member of any case in care: ignored")
    unreadable: int = strawberry.field(description="无法识别 / rows of an unknown kind or without a date: skipped")
    refused: int = strawberry.field(description="被拒绝 / refused by the member-event rules (audited with the reason)")
    cursor: str | None
