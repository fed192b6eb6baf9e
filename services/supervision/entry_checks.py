"""Check on entry — 逢进必核: the registry records that concern the members of a new application, for the
households service to show the township before it accepts the case.

Contract `registryHits(idNumbers)`: for up to 200 ID numbers, the records of the kinds a new case is checked
against (staff and cadres, deaths, vehicles, businesses, property, pensions, deposits, tax, insurance and the
housing fund) still in force on the day. Like the life-event feed it is read by the households service with its
own identity (`supervision.feed.read`); registry records carry no jurisdiction.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import strawberry
from tortoise.expressions import Q

from authz.actions import Action
from authz.permissions import allowed
from kernel.enums import RegistryKind
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


@strawberry.type(description="核对命中 / a registry record about a member of a new application")
class RegistryHit:
    record_id: strawberry.ID
    kind: RegistryKind
    id_number: str
    event_date: dt.date | None
    end_date: dt.date | None
    amount: Decimal | None
    reference: str

    @classmethod
    def from_row(cls, row: RegistryRecord) -> RegistryHit:
        return cls(
            record_id=strawberry.ID(str(row.id)),
            kind=row.kind,
            id_number=row.id_number,
            event_date=row.event_date,
            end_date=row.end_date,
            amount=row.amount,
            reference=row.reference,
        )


@strawberry.type
class EntryCheckQuery:
    @strawberry.field(
        permission_classes=[allowed(Action.SUPERVISION_FEED_READ)],
        description="逢进必核：成员的比对记录 / registry records about the members of a new application",
    )
    async def registry_hits(self, id_numbers: list[str]) -> list[RegistryHit]:
        return [RegistryHit.from_row(row) for row in await hits(id_numbers=id_numbers)]
