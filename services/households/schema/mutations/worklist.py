"""Answers to entry checks and clock extensions over GraphQL: thin translation to `entry_checks` and `extensions`."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, principal
from services.households import entry_checks, extensions
from services.households.schema.arguments import household_id
from services.households.schema.types.applications import EntryCheckHit, Extension


@strawberry.type
class WorklistMutation:
    @strawberry.mutation(
        permission_classes=[allowed(Action.ENTRY_CHECK_ANSWER)],
        description="逢进必核答复 / answer a registry hit found on entry (before the county approves)",
    )
    async def answer_entry_check(
        self, info: Info, hit_id: strawberry.ID, answer: str, on: dt.date | None = None
    ) -> EntryCheckHit:
        row = await entry_checks.answer(actor=principal(info), hit_id=household_id(hit_id, "hitId"), text=answer, on=on)
        return EntryCheckHit.from_row(row)

    @strawberry.mutation(
        permission_classes=[allowed(Action.APPLICATION_EXTEND)],
        description="批准延期（写明理由）/ extend an application's clock by working days, with the reason",
    )
    async def extend_application_deadline(
        self, info: Info, application_id: strawberry.ID, working_days: int, reason: str, on: dt.date | None = None
    ) -> Extension:
        row = await extensions.extend(
            actor=principal(info),
            application_id=household_id(application_id, "applicationId"),
            working_days=working_days,
            reason=reason,
            on=on,
        )
        return Extension.from_row(row)
