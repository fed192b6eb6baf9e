"""Life events from the registries — 人员变动: deaths, imprisonments and hukou moves, for the households service.

Contract `registryLifeEvents(after, first)`: the imported registry records of those kinds, oldest first, paged
by record id. The households service follows it with its own identity and re-opens the cases of the members
named; it never reads `registry_record`. Registry records carry no jurisdiction (an ID number's region is
where the person was born, not where they live), so the feed is whole, like the registry batches.
"""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed
from kernel.errors import InvalidInput
from kernel.metrics import feed_served
from services.supervision.models import RegistryRecord
from services.supervision.types import number

LIFE_EVENT_KINDS = ("DEATH", "IMPRISONMENT", "HUKOU_MOVE")
MAX_PAGE = 5000


async def life_events(*, after: int | None = None, first: int = 1000) -> tuple[list[RegistryRecord], str | None]:
    """Records of the life-event kinds after the cursor, oldest first, and the next cursor (None on the last page)."""
    if not 0 < first <= MAX_PAGE:
        raise InvalidInput(f"first must be between 1 and {MAX_PAGE}", f"first 应在 1 到 {MAX_PAGE} 之间", field="first")
    rows = await RegistryRecord.filter(kind__in=LIFE_EVENT_KINDS, id__gt=after or 0).order_by("id").limit(first + 1)
    more = len(rows) > first
    rows = rows[:first]
    return rows, (str(rows[-1].id) if more else None)


@strawberry.type(description="登记人员变动 / a death, imprisonment or hukou move as a registry recorded it")
class RegistryLifeEvent:
    cursor: str
    kind: str = strawberry.field(description="DEATH, IMPRISONMENT or HUKOU_MOVE")
    id_number: str
    event_date: dt.date | None = strawberry.field(description="死亡/入监/迁出日期 / date of death, admission or move")
    record_id: strawberry.ID = strawberry.field(description="比对记录 / the registry record, the basis of what follows")
    batch_id: strawberry.ID
    reference: str = strawberry.field(description="火化证号、监所或迁移类型 / certificate, prison or kind of move")

    @classmethod
    def from_row(cls, row: RegistryRecord) -> RegistryLifeEvent:
        return cls(cursor=str(row.id), kind=row.kind, id_number=row.id_number, event_date=row.event_date,
                   record_id=strawberry.ID(str(row.id)), batch_id=strawberry.ID(str(row.batch_id)), reference=row.reference)


@strawberry.type
class RegistryLifeEventPage:
    items: list[RegistryLifeEvent]
    next_cursor: str | None


@strawberry.type
class LifeEventsQuery:
    @strawberry.field(permission_classes=[allowed(Action.SUPERVISION_FEED_READ)],
                      description="登记人员变动，按游标从旧到新 / registry deaths, imprisonments and hukou moves, oldest first")
    async def registry_life_events(self, info: Info, after: str | None = None, first: int = 1000) -> RegistryLifeEventPage:
        rows, next_cursor = await life_events(after=number(after, "after"), first=first)
        feed_served(info.context["principal"], "registry_life_events", rows[-1].id if rows else after)
        return RegistryLifeEventPage(items=[RegistryLifeEvent.from_row(row) for row in rows], next_cursor=next_cursor)
