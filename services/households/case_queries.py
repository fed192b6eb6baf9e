"""Reads behind a household's case fields; the household itself was already found inside the caller's scope."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from tortoise.models import Model

from authz.scope import Scope
from kernel.values import MAX_DAYS, bounded
from services.households.benefit import Assessment
from services.households.calendar import today
from services.households.cases import assess_household
from services.households.models import Application, CaseAmount, Decision, Household, ReviewTask


async def assessment(*, household_id: int, on: dt.date | None = None) -> Assessment:
    household = await Household.get(id=household_id)
    return await assess_household(household, on or today())


async def grouped(model: type[Model], household_ids: list[int]) -> list[list]:
    """Rows of `model` for many households in one query, grouped in the order of `household_ids` (DataLoader)."""
    order = "effective_from" if model is CaseAmount else "id"
    rows: dict[int, list] = defaultdict(list)
    for row in await model.filter(household_id__in=household_ids).order_by(order):
        rows[row.household_id].append(row)
    return [rows[key] for key in household_ids]


async def applications_by_household(*, scope: Scope, household_ids: list[int]) -> list[list[Application]]:
    """The applications of many households inside the caller's application scope, oldest first (DataLoader)."""
    rows: dict[int, list[Application]] = defaultdict(list)
    for row in await Application.filter(scope.q(), household_id__in=household_ids).order_by("id"):
        rows[row.household_id].append(row)
    return [rows[key] for key in household_ids]


async def decisions_by_id(*, scope: Scope, ids: list[int]) -> dict[int, Decision]:
    """County decisions by id, inside the caller's household scope (DataLoader)."""
    return {row.id: row for row in await Decision.filter(scope.q(), id__in=ids)}


async def reviews_due(
    *, scope: Scope, region_code: str | None = None, within_days: int = 0, first: int = 500
) -> list[Household]:
    """Cases in care whose next review (scheduled, or re-opened by a member event) falls before today + `within_days`."""
    limit = today() + dt.timedelta(days=bounded(within_days, field="withinDays", low=-MAX_DAYS, high=MAX_DAYS))
    return (
        await Household.filter(
            scope.narrowed(region_code).q(), status__in=("ACTIVE", "GRACE", "SUSPENDED"), next_review_on__lt=limit
        )
        .order_by("next_review_on", "id")
        .limit(min(first, 1000))
    )


async def review_tasks(*, scope: Scope, region_code: str | None = None, open_only: bool = True) -> list[ReviewTask]:
    """Review tasks (复核任务) in the caller's jurisdiction, the earliest due first."""
    query = ReviewTask.filter(scope.narrowed(region_code).q())
    if open_only:
        query = query.filter(closed_on__isnull=True)
    return await query.order_by("due_on", "id").limit(1000)
