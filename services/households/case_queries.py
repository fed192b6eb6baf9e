"""Reads behind a household's case fields; the household itself was already found inside the caller's scope."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from services.households.benefit import Assessment
from services.households.calendar import today
from services.households.cases import assess_household
from services.households.models import AssetItem, CaseAmount, Household, IncomeItem, KinshipFiling


async def assessment(*, household_id: int, on: dt.date | None = None) -> Assessment:
    household = await Household.get(id=household_id)
    return await assess_household(household, on or today())


async def grouped(model: type[CaseAmount | IncomeItem | AssetItem | KinshipFiling], household_ids: list[int]) -> list[list]:
    """Rows of `model` for many households in one query, grouped in the order of `household_ids` (DataLoader)."""
    order = "effective_from" if model is CaseAmount else "id"
    rows: dict[int, list] = defaultdict(list)
    for row in await model.filter(household_id__in=household_ids).order_by(order):
        rows[row.household_id].append(row)
    return [rows[key] for key in household_ids]
