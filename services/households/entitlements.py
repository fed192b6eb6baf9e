"""Entitlements — 应发名单: the active cases of a township as of a period's start, for the payment roster."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from tortoise.expressions import Q, Subquery

from authz.scope import Scope
from kernel.errors import InvalidInput
from kernel.values import Period, RegionCode, prefix_bounds
from services.households.events import parse_cursor
from services.households.models import CaseAmount, Household, Person

PAYABLE = ("ACTIVE", "GRACE")
MAX_PAGE = 5000


@dataclass
class Entitlement:
    household: Household
    head_name: str
    members: list[Person]
    monthly_amount: Decimal
    parts: list[dict]
    stops_from: dt.date | None


def township(code: str) -> RegionCode:
    region = RegionCode.parse(code, field="townshipCode")
    if region.level != "township":
        raise InvalidInput(
            f"{code} is not a township (乡镇/街道) code", f"{code} 不是乡镇（街道）级区划代码",
            field="townshipCode", code="REGION_NOT_A_TOWNSHIP",
        )
    return region


def _living_counted(start: dt.date) -> Q:
    return Q(counted=True) & (Q(deceased_on__isnull=True) | Q(deceased_on__gt=start))


async def list_entitlements(
    *, scope: Scope, township_code: str, period: str, first: int = 1000, after: str | None = None
) -> tuple[list[Entitlement], str | None]:
    """Cases effective at the period start, not stopped, with a living counted member; keyset by household id."""
    region = township(township_code)
    start = Period.parse(period).start
    if not 0 < first <= MAX_PAGE:
        raise InvalidInput(f"first must be between 1 and {MAX_PAGE}", f"first 应在 1 到 {MAX_PAGE} 之间", field="first")
    low, high = prefix_bounds(region.prefix)
    living = Person.filter(_living_counted(start), region_code__gte=low, region_code__lte=high).values("household_id")
    households = await (
        Household.filter(
            scope.q(), Q(stops_from__isnull=True) | Q(stops_from__gt=start),
            region_code__gte=low, region_code__lte=high, status__in=PAYABLE,
            effective_month__lte=start, id__gt=parse_cursor(after), id__in=Subquery(living),
        ).order_by("id").limit(first)
    )
    ids = [h.id for h in households]
    members: dict[int, list[Person]] = defaultdict(list)
    heads: dict[int, str] = {}
    for person in await Person.filter(household_id__in=ids).order_by("id"):
        if person.relation == "HEAD":
            heads[person.household_id] = person.name
        if person.counted and (person.deceased_on is None or person.deceased_on > start):
            members[person.household_id].append(person)
    amounts: dict[int, CaseAmount] = {}
    for row in await CaseAmount.filter(household_id__in=ids, effective_from__lte=start).order_by("effective_from"):
        amounts[row.household_id] = row  # the latest in force wins
    items = []
    for household in households:
        amount = amounts.get(household.id)
        items.append(Entitlement(
            household=household, head_name=heads.get(household.id, ""), members=members[household.id],
            monthly_amount=amount.monthly_amount if amount else household.monthly_amount,
            parts=amount.parts if amount else [], stops_from=household.stops_from,
        ))
    return items, (str(ids[-1]) if len(ids) == first else None)
