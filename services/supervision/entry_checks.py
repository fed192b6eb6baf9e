"""Check on entry — 逢进必核: the registry records that concern the members of a new application, for the
households service to show the township before it accepts the case.

Contract `registryHits(idNumbers)`: for up to 200 ID numbers, the records of the kinds a new case is checked
against (staff and cadres, deaths, vehicles, businesses, property, pensions, deposits, tax, insurance and the
housing fund) still in force on the day. Like the life-event feed it is read by the households service with its
own identity (`supervision.feed.read`); registry records carry no jurisdiction.
"""

from __future__ import annotations

import datetime as dt

from tortoise.expressions import Q

from kernel.errors import InvalidInput
from services.supervision.lifecycle import today
from services.supervision.models import RegistryRecord

ENTRY_KINDS = (
    "PUBLIC_EMPLOYEE",
    "VILLAGE_CADRE",
    "DEATH",
    "VEHICLE",
    "BUSINESS",
    "PROPERTY",
    "PENSION",
    "DEPOSIT",
    "TAX",
    "INSURANCE",
    "HOUSING_FUND",
)
MAX_IDS = 200


async def hits(*, id_numbers: list[str], on: dt.date | None = None) -> list[RegistryRecord]:
    """Records of the entry-check kinds for these ID numbers, not ended before `on` (default today)."""
    if not 0 < len(id_numbers) <= MAX_IDS:
        raise InvalidInput(f"ask for 1 to {MAX_IDS} ID numbers", f"身份证号码应为 1 至 {MAX_IDS} 个", field="idNumbers")
    day = on or today()
    return await RegistryRecord.filter(
        Q(end_date__isnull=True) | Q(end_date__gte=day), id_number__in=sorted(set(id_numbers)), kind__in=ENTRY_KINDS
    ).order_by("id")
