"""Demo cases for the seeded city — 演示数据: standards, approved amounts and the matching change feed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import cache
from typing import Any

from tortoise.fields.base import DatabaseDefault
from tortoise.models import Model

from services.households import events
from services.households.models import CaseAmount, ChangeEvent, Household, IncomeItem, Person, Standard

CITY_STANDARDS = {"URBAN": Decimal("700.00"), "RURAL": Decimal("500.00")}
STANDARDS_FROM = dt.date(2026, 1, 1)
REVIEW_MONTHS = {1: 12, 2: 6, 3: 3}


@cache
def _defaults(model: type[Model]) -> tuple[dict[str, Any], dict[str, Any], str]:
    """Each stored column's default (plain values, and callables to call per row) and the primary key's name."""
    plain: dict[str, Any] = {"_partial": False, "_saved_in_db": False}
    made = {}
    for name in model._meta.fields_db_projection:
        field = model._meta.fields_map[name]
        default = (
            DatabaseDefault(field) if field.has_db_default() else field.default
        )  # the database fills it (a feed's txid)
        if callable(default):
            made[name] = default
        else:
            plain[name] = default
    return plain, made, model._meta.pk_attr


def row(model: type[Model], **values: Any):
    """A row of `model` built without the ORM's per-instance checks: generated data is valid by construction,
    and at the demo city's scale (a million rows) those checks cost more than the writing."""
    plain, made, pk = _defaults(model)
    instance = model.__new__(model)
    state = instance.__dict__
    state.update(plain)
    if made:
        state.update({name: default() for name, default in made.items()})
    state.update(values)
    state["_await_when_save"] = {}
    state["_custom_generated_pk"] = values.get(pk) is not None
    return instance


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def standards(city_code: str) -> list[Standard]:
    return [
        Standard(
            region_code=city_code, urban_rural=kind, monthly_amount=amount, effective_from=STANDARDS_FROM, set_by="seed"
        )
        for kind, amount in CITY_STANDARDS.items()
    ]


def approve(household: Household, income: Decimal, size: int, today: dt.date) -> tuple[list[IncomeItem], CaseAmount]:
    """Make a seeded household an approved case paid since a month derived from its id (no extra randomness)."""
    standard = CITY_STANDARDS[household.urban_rural]
    monthly = max(Decimal("0.00"), standard * size - income).quantize(Decimal("0.01"))
    household.monthly_amount = monthly
    household.effective_month = _add_months(dt.date(today.year, today.month, 1), -(4 + household.id % 6))
    household.approved_by = "county.approver"
    household.last_review_on = household.effective_month
    household.next_review_on = _add_months(household.effective_month, REVIEW_MONTHS[household.review_class])
    incomes = (
        [
            row(
                IncomeItem,
                household_id=household.id,
                region_code=household.region_code,
                category="WAGES",
                monthly_amount=income,
                treatment="COUNTED",
            )
        ]
        if income
        else []
    )
    basis = f"补差：(¥{standard:.2f} − ¥{income:.2f}/{size}) × {size} / gap method"
    amount = row(
        CaseAmount,
        household_id=household.id,
        region_code=household.region_code,
        effective_from=household.effective_month,
        monthly_amount=monthly,
        parts=[{"kind": "BASE", "amount": f"{monthly:.2f}", "basis": basis}],
        explanation={
            "method": "GAP",
            "standard": f"{standard:.2f}",
            "countedMembers": size,
            "householdIncome": f"{income:.2f}",
            "monthly": f"{monthly:.2f}",
        },
        reason="APPROVAL",
    )
    return incomes, amount


def feed(household: Household, persons: list[Person]) -> list[ChangeEvent]:
    """The events a live registration and approval would have written."""
    return [_event(household, "REGISTERED"), *(_event(p, "ADDED") for p in persons)]


def _event(source: Household | Person, kind: str) -> ChangeEvent:
    return row(
        ChangeEvent,
        entity=type(source).__name__,
        entity_id=source.id,
        kind=kind,
        region_code=source.region_code,
        payload=events.PAYLOADS[type(source)](source),
    )
