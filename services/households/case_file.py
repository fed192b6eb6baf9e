"""The case file — 一户一档: everything the households service recorded about a household, in time order.

Steps with their opinions, signatures and lateness, home visit records (入户调查表: who signed, how many photos; the
record itself is `Application.homeVisits`), the county's visit draws that picked the case, notices, objections, clock
extensions, decisions, amounts (dated when they were recorded), check-ins and door plates; read for many households
at once (one query per kind of record). The supervision bureau's findings on the household belong to the
supervision service and come beside it through federation (`Household.findings`, each with its date and the
decision that rectified it).
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
    DoorPlate,
    EntryCheckHit,
    Extension,
    HomeVisit,
    Notice,
    Objection,
    PanelReview,
    VisitDraw,
    VisitDrawItem,
    VisitPhoto,
    WorkflowStep,
)

ORDER = (
    "VISIT_DRAW",
    "STEP",
    "HOME_VISIT",
    "ENTRY_CHECK",
    "NOTICE",
    "OBJECTION",
    "EXTENSION",
    "DECISION",
    "AMOUNT",
    "CHECK_IN",
    "DOOR_PLATE",
)
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


async def panels_of(application_ids: list[int]) -> list[list[PanelReview]]:
    """The panels (democratic review, joint review) of many applications in one query, oldest first (DataLoader)."""
    rows: dict[int, list[PanelReview]] = defaultdict(list)
    for row in await PanelReview.filter(application_id__in=application_ids).order_by("id"):
        rows[row.application_id].append(row)
    return [rows[key] for key in application_ids]


async def entries(household_ids: list[int]) -> list[list[Entry]]:
    """The case file of each household, oldest first (DataLoader)."""
    found: dict[int, list[Entry]] = defaultdict(list)
    applications = await Application.filter(household_id__in=household_ids)
    owner = {row.id: row.household_id for row in applications}
    accepted = {row.id: row.accepted_on for row in applications}  # the check on entry runs in the accepting step
    for row in await WorkflowStep.filter(application_id__in=list(owner)).order_by("id"):
        found[owner[row.application_id]].append(
            Entry(
                row.on or row.at.date(),
                "STEP",
                f"{row.from_state or '—'} → {row.to_state}",
                row.actor,
                row.application_id,
                detail={
                    "opinion": row.opinion,
                    "signatures": row.signatures,
                    "attachments": row.attachments,
                    "daysLate": row.days_late,
                },
                sequence=row.id,
            )
        )
    photos: dict[int, int] = defaultdict(int)
    for visit_id in await VisitPhoto.filter(household_id__in=household_ids, visit_id__isnull=False).values_list(
        "visit_id", flat=True
    ):
        photos[visit_id] += 1
    for row in await HomeVisit.filter(household_id__in=household_ids).order_by("id"):
        found[row.household_id].append(
            Entry(
                row.visited_on,
                "HOME_VISIT",
                f"{'县级入户核查' if row.kind == 'COUNTY' else '入户调查'}：{'、'.join(row.signatures)}",
                row.recorded_by,
                row.application_id,
                sequence=row.id,
                detail={
                    "visitId": str(row.id),
                    "kind": row.kind,
                    "signatures": row.signatures,
                    "membersPresent": len(row.members_present),
                    "housingType": row.housing_type,
                    "housingCondition": row.housing_condition,
                    "photos": photos[row.id],
                },
            )
        )
    items = await VisitDrawItem.filter(application_id__in=list(owner), drawn=True).values_list(
        "application_id", "draw_id"
    )
    draws = {row.id: row for row in await VisitDraw.filter(id__in=[draw for _, draw in items])}
    for application_id, draw_id in items:
        draw = draws[draw_id]
        found[owner[application_id]].append(
            Entry(
                draw.drawn_on,
                "VISIT_DRAW",
                "抽中县级入户抽查",
                draw.drawn_by,
                application_id,
                sequence=draw.id,
                detail={"drawId": str(draw.id), "seed": draw.seed, "sharePercent": f"{draw.share_percent}"},
            )
        )
    for row in await DoorPlate.filter(household_id__in=household_ids).order_by("id"):
        found[row.household_id].append(
            Entry(
                row.hung_on,
                "DOOR_PLATE",
                "挂牌",
                row.hung_by,
                sequence=row.id,
                detail={"removedOn": row.removed_on.isoformat() if row.removed_on else None},
            )
        )
        if row.removed_on:
            found[row.household_id].append(
                Entry(
                    row.removed_on,
                    "DOOR_PLATE",
                    f"摘牌：{row.removed_reason}",
                    row.removed_by,
                    sequence=row.id,
                    detail={"hungOn": row.hung_on.isoformat()},
                )
            )
    for row in await EntryCheckHit.filter(household_id__in=household_ids).order_by("id"):
        found[row.household_id].append(
            Entry(
                accepted.get(row.application_id) or row.found_at.astimezone(SHANGHAI).date(),
                "ENTRY_CHECK",
                f"逢进必核 {row.kind} {row.reference}".strip(),
                row.answered_by,
                row.application_id,
                amount=row.amount,
                sequence=row.id,
                detail={
                    "personId": str(row.person_id),
                    "answer": row.answer,
                    "answeredOn": row.answered_on.isoformat() if row.answered_on else None,
                },
            )
        )
    for row in await Notice.filter(household_id__in=household_ids).order_by("id"):
        found[row.household_id].append(
            Entry(
                row.starts_on,
                "NOTICE",
                f"{row.kind} {row.starts_on} – {row.ends_on or ''}".strip(" –"),
                application_id=row.application_id,
                sequence=row.id,
                detail={"kind": row.kind, "endsOn": row.ends_on.isoformat() if row.ends_on else None},
            )
        )
    for row in await Objection.filter(application_id__in=list(owner)).order_by("id"):
        found[owner[row.application_id]].append(
            Entry(
                row.received_on,
                "OBJECTION",
                row.content,
                application_id=row.application_id,
                sequence=row.id,
                detail={"realName": bool(row.real_name)},
            )
        )
    for row in await Extension.filter(household_id__in=household_ids).order_by("id"):
        found[row.household_id].append(
            Entry(
                row.granted_on,
                "EXTENSION",
                f"+{row.working_days} 个工作日：{row.reason}",
                row.granted_by,
                row.application_id,
                sequence=row.id,
                detail={"dueBefore": row.due_before.isoformat(), "dueAfter": row.due_after.isoformat()},
            )
        )
    for row in await Decision.filter(household_id__in=household_ids).order_by("id"):
        found[row.household_id].append(
            Entry(
                row.decided_on,
                "DECISION",
                f"{row.kind}：{'；'.join(row.reasons)}",
                row.decided_by,
                decision_id=row.id,
                amount=row.amount,
                sequence=row.id,
                detail={
                    "amountBefore": f"{row.amount_before:.2f}",
                    "effectiveMonth": row.effective_month.isoformat() if row.effective_month else None,
                },
            )
        )
    for row in await CaseAmount.filter(household_id__in=household_ids).order_by("id"):
        found[row.household_id].append(
            Entry(
                row.created_at.date(),
                "AMOUNT",
                f"{row.reason} 自 {row.effective_from:%Y-%m}",
                amount=row.monthly_amount,
                sequence=row.id,
                detail={"effectiveFrom": row.effective_from.isoformat(), "parts": row.parts},
            )
        )
    for row in await CheckIn.filter(household_id__in=household_ids).order_by("id"):
        found[row.household_id].append(
            Entry(
                row.month,
                "CHECK_IN",
                f"{row.month:%Y-%m} {'已签到' if row.attended else '未签到'}",
                sequence=row.id,
                detail={"attended": row.attended},
            )
        )
    return [sorted(found[key], key=lambda entry: entry.sort_key) for key in household_ids]
