"""Dynamic management over GraphQL: reviews, county changes, member events, check-ins, and what is due."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, principal, scope
from kernel.enums import CaseChange, MemberEvent, ReviewClass, ReviewKind, ReviewResult
from kernel.errors import Forbidden
from services.households import case_queries, checkins, dynamics, life_events, models
from services.households.types import Household, household_id


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


def _task(row: models.ReviewTask | None) -> ReviewTask | None:
    return ReviewTask.from_row(row) if row else None


@strawberry.type
class DynamicsMutation:
    @strawberry.mutation(
        permission_classes=[allowed(Action.CASE_REVIEW)],
        description="定期复核 / review a case; a change goes to the county",
    )
    async def review_case(
        self,
        info: Info,
        household_id: strawberry.ID,
        on: dt.date | None = None,
        review_class: ReviewClass | None = None,
        opinion: str = "",
    ) -> ReviewOutcome:
        found = await dynamics.review(
            actor=principal(info),
            household_id=household_id_of(household_id),
            on=on,
            review_class=review_class,
            opinion=opinion,
        )
        return ReviewOutcome(
            outcome=found.outcome,
            assessed_amount=found.amount,
            household=Household.from_row(found.household),
            task=_task(found.task),
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.CASE_DECIDE)],
        description="县级决定增发/减发/停发/渐退/维持（书面理由）/ the county decides a change with written reasons",
    )
    async def decide_case_change(
        self,
        info: Info,
        household_id: strawberry.ID,
        kind: CaseChange,
        reasons: list[str],
        on: dt.date | None = None,
        grace_months: int | None = None,
    ) -> Household:
        row = await dynamics.decide(
            actor=principal(info),
            household_id=household_id_of(household_id),
            kind=kind,
            reasons=reasons,
            on=on,
            grace_months=grace_months,
        )
        return Household.from_row(row)

    @strawberry.mutation(
        permission_classes=[allowed(Action.MEMBER_EVENT)],
        description="成员死亡/服刑/户籍迁出，重新审核（3个月内）/ a member event re-opens the case",
    )
    async def record_member_event(
        self, info: Info, person_id: strawberry.ID, kind: MemberEvent, on: dt.date
    ) -> ReviewTask:
        row = await dynamics.member_event(
            actor=principal(info), person_id=household_id(person_id, "personId"), kind=kind, on=on
        )
        return ReviewTask.from_row(row)

    @strawberry.mutation(
        permission_classes=[allowed(Action.REGISTRY_EVENTS_SYNC)],
        description="同步比对数据中的死亡/服刑/户籍迁出 / record the registries' member events (whole city)",
    )
    async def sync_registry_events(self, info: Info) -> RegistrySync:
        if not scope(info, Action.REGISTRY_EVENTS_SYNC).everything:
            raise Forbidden(
                "the registry sync covers every region: it needs a grant everywhere", "比对同步覆盖全部区划，需全域授权"
            )
        done = await life_events.sync_registry_events(triggered_by=principal(info).username)
        return RegistrySync(
            read=done.read,
            recorded=done.recorded,
            already_recorded=done.already_recorded,
            not_in_care=done.not_in_care,
            unreadable=done.unreadable,
            refused=sum(done.refused.values()),
            cursor=done.cursor,
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.CHECK_IN_RECORD)], description="续保签到 / record a month's check-in"
    )
    async def record_check_in(
        self, info: Info, household_id: strawberry.ID, month: str, attended: bool
    ) -> CheckInResult:
        done = await checkins.record(
            actor=principal(info), household_id=household_id_of(household_id), month=month, attended=attended
        )
        return CheckInResult(
            month=f"{done.check_in.month:%Y-%m}",
            attended=done.check_in.attended,
            consecutive_misses=done.consecutive_misses,
            misses_this_year=done.misses_this_year,
            household=Household.from_row(done.household),
            task=_task(done.task),
        )


@strawberry.type
class DynamicsQuery:
    @strawberry.field(
        permission_classes=[allowed(Action.HOUSEHOLD_READ)], description="到期及逾期复核 / cases whose review is due"
    )
    async def reviews_due(self, info: Info, region_code: str | None = None, within_days: int = 0) -> list[Household]:
        rows = await case_queries.reviews_due(
            scope=scope(info, Action.HOUSEHOLD_READ), region_code=region_code, within_days=within_days
        )
        return [Household.from_row(row) for row in rows]

    @strawberry.field(
        permission_classes=[allowed(Action.CASE_REVIEW)], description="复核任务 / review tasks, earliest due first"
    )
    async def review_tasks(
        self, info: Info, region_code: str | None = None, open_only: bool = True
    ) -> list[ReviewTask]:
        rows = await case_queries.review_tasks(
            scope=scope(info, Action.CASE_REVIEW), region_code=region_code, open_only=open_only
        )
        return [ReviewTask.from_row(row) for row in rows]


def household_id_of(value: strawberry.ID) -> int:
    return household_id(value, "householdId")
