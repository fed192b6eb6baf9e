"""Dynamic management over GraphQL: reviews, county changes, member events, check-ins: thin translation to
`dynamics`, `checkins` and `life_events`."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, principal, scope
from kernel.enums import CaseChange, MemberEvent, ReviewClass
from kernel.errors import Forbidden
from services.households import checkins, dynamics, life_events, models
from services.households.schema.arguments import household_id, household_id_of
from services.households.schema.types.dynamics import CheckInResult, RegistrySync, ReviewOutcome, ReviewTask
from services.households.schema.types.households import Household


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
