"""Public notices — 公示/公布 (§7) and the clock watch: what may be published, and which cases are late."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from tortoise.expressions import Q

from authz.scope import Scope
from kernel.values import MAX_DAYS, Period, RegionCode, bounded
from services.households.calendar import today
from services.households.entitlements import PAYABLE
from services.households.models import Application, Household, Person
from services.households.workflow import OPEN


@dataclass(frozen=True)
class PublicEntry:
    """Only the applicant's name, the number of members and the amount (Art 24; N22) — nothing else."""

    name: str
    members: int
    monthly_amount: Decimal


async def public_list(*, scope: Scope, village_code: str, period: str) -> list[PublicEntry]:
    """The publication list of a village for a period: cases in force at its start."""
    village = RegionCode.parse(village_code, field="villageCode")
    start = Period.parse(period).start
    households = await Household.filter(
        scope.q(),
        Q(stops_from__isnull=True) | Q(stops_from__gt=start),
        region_code=village.code,
        status__in=PAYABLE,
        effective_month__lte=start,
    ).order_by("id")
    ids = [h.id for h in households]
    heads = {p.household_id: p.name for p in await Person.filter(household_id__in=ids, relation="HEAD")}
    counts: dict[int, int] = {}
    for person in await Person.filter(household_id__in=ids, counted=True).filter(
        Q(deceased_on__isnull=True) | Q(deceased_on__gt=start)
    ):
        counts[person.household_id] = counts.get(person.household_id, 0) + 1
    return [PublicEntry(heads.get(h.id, ""), counts.get(h.id, 0), h.monthly_amount) for h in households]


async def late_applications(*, scope: Scope, region_code: str | None = None, within_days: int = 0) -> list[Application]:
    """Open applications whose overall or step deadline falls before today + `within_days` (overdue and soon due)."""
    limit = today() + dt.timedelta(days=bounded(within_days, field="withinDays", low=-MAX_DAYS, high=MAX_DAYS))
    return (
        await Application.filter(
            scope.narrowed(region_code).q(),
            Q(due_on__lt=limit) | Q(step_due_on__lt=limit),
            state__in=OPEN,
        )
        .order_by("due_on", "id")
        .limit(1000)
    )
