"""The case file — 一户一档: everything the households service recorded about a household, in time order.

Steps with their opinions, signatures and lateness, notices, objections, clock extensions, decisions,
amounts (dated when they were recorded) and check-ins; read for many households at once (one query per kind of record). The
supervision bureau's findings on the household belong to the supervision service and come beside it
through federation (`Household.findings`, each with its date and the decision that rectified it).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from kernel.values import SHANGHAI
from services.households.models import (
    Application,
    CaseAmount,
    CheckIn,
    Decision,
    EntryCheckHit,
    Extension,
    Notice,
    Objection,
    WorkflowStep,
)

ORDER = ("STEP", "ENTRY_CHECK", "NOTICE", "OBJECTION", "EXTENSION", "DECISION", "AMOUNT", "CHECK_IN")
"""Within one day: the step before what it produced (its notice, its decision, the amount the decision set)."""


@dataclass(frozen=True)
class Entry:
    on: dt.date
    kind: str
    title: str
    actor: str = ""
    application_id: int | None = None
    decision_id: int | None = None
    amount: Decimal | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    sequence: int = 0

    @property
    def sort_key(self) -> tuple:
        return (self.on, ORDER.index(self.kind), self.sequence)


async def steps_of(application_ids: list[int]) -> list[list[WorkflowStep]]:
    """The steps of many applications in one query, oldest first (DataLoader)."""
    rows: dict[int, list[WorkflowStep]] = defaultdict(list)
    for row in await WorkflowStep.filter(application_id__in=application_ids).order_by("id"):
        rows[row.application_id].append(row)
    return [rows[key] for key in application_ids]


async def hits_of(application_ids: list[int]) -> list[list[EntryCheckHit]]:
    """The check-on-entry hits of many applications in one query (DataLoader)."""
    rows: dict[int, list[EntryCheckHit]] = defaultdict(list)
    for row in await EntryCheckHit.filter(application_id__in=application_ids).order_by("id"):
        rows[row.application_id].append(row)
    return [rows[key] for key in application_ids]


async def entries(household_ids: list[int]) -> list[list[Entry]]:
    """The case file of each household, oldest first (DataLoader)."""
    found: dict[int, list[Entry]] = defaultdict(list)
    applications = await Application.filter(household_id__in=household_ids)
    owner = {row.id: row.household_id for row in applications}
    accepted = {row.id: row.accepted_on for row in applications}  # the check on entry runs in the accepting step
    for row in await WorkflowStep.filter(application_id__in=list(owner)).order_by("id"):
        found[owner[row.application_id]].append(Entry(
            row.on or row.at.date(), "STEP", f"{row.from_state or '—'} → {row.to_state}", row.actor, row.application_id,
            detail={"opinion": row.opinion, "signatures": row.signatures, "attachments": row.attachments, "daysLate": row.days_late},
            sequence=row.id))
    for row in await EntryCheckHit.filter(household_id__in=household_ids).order_by("id"):
        found[row.household_id].append(Entry(
            accepted.get(row.application_id) or row.found_at.astimezone(SHANGHAI).date(), "ENTRY_CHECK",
            f"逢进必核 {row.kind} {row.reference}".strip(), row.answered_by,
            row.application_id, amount=row.amount, sequence=row.id,
            detail={"personId": str(row.person_id), "answer": row.answer,
                    "answeredOn": row.answered_on.isoformat() if row.answered_on else None}))
    for row in await Notice.filter(household_id__in=household_ids).order_by("id"):
        found[row.household_id].append(Entry(row.starts_on, "NOTICE", f"{row.kind} {row.starts_on} – {row.ends_on or ''}".strip(" –"),
                                             application_id=row.application_id, sequence=row.id,
                                             detail={"kind": row.kind, "endsOn": row.ends_on.isoformat() if row.ends_on else None}))
    for row in await Objection.filter(application_id__in=list(owner)).order_by("id"):
        found[owner[row.application_id]].append(Entry(row.received_on, "OBJECTION", row.content, application_id=row.application_id,
                                                      sequence=row.id, detail={"realName": bool(row.real_name)}))
    for row in await Extension.filter(household_id__in=household_ids).order_by("id"):
        found[row.household_id].append(Entry(row.granted_on, "EXTENSION", f"+{row.working_days} 个工作日：{row.reason}", row.granted_by,
                                             row.application_id, sequence=row.id,
                                             detail={"dueBefore": row.due_before.isoformat(), "dueAfter": row.due_after.isoformat()}))
    for row in await Decision.filter(household_id__in=household_ids).order_by("id"):
        found[row.household_id].append(Entry(row.decided_on, "DECISION", f"{row.kind}：{'；'.join(row.reasons)}", row.decided_by,
                                             decision_id=row.id, amount=row.amount, sequence=row.id,
                                             detail={"amountBefore": f"{row.amount_before:.2f}", "effectiveMonth":
                                                     row.effective_month.isoformat() if row.effective_month else None}))
    for row in await CaseAmount.filter(household_id__in=household_ids).order_by("id"):
        found[row.household_id].append(Entry(row.created_at.date(), "AMOUNT", f"{row.reason} 自 {row.effective_from:%Y-%m}",
                                             amount=row.monthly_amount, sequence=row.id,
                                             detail={"effectiveFrom": row.effective_from.isoformat(), "parts": row.parts}))
    for row in await CheckIn.filter(household_id__in=household_ids).order_by("id"):
        found[row.household_id].append(Entry(row.month, "CHECK_IN", f"{row.month:%Y-%m} {'已签到' if row.attended else '未签到'}",
                                             sequence=row.id, detail={"attended": row.attended}))
    return [sorted(found[key], key=lambda entry: entry.sort_key) for key in household_ids]
