"""Life events from the registries — 人员变动: deaths, imprisonments and hukou moves, for the households service.

Contract `registryLifeEvents(after, first)`: the imported registry records of those kinds, in feed order
(kernel.feeds), with the feed's epoch and high-water mark. The households service follows it with its own
identity and re-opens the cases of the members named; it never reads `registry_record`. Registry records carry
no jurisdiction (an ID number's region is where the person was born, not where they live), so the feed is
whole, like the registry batches.
"""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed
from kernel import feeds
from kernel.enums import RegistryKind
from kernel.errors import InvalidInput
from kernel.metrics import feed_served
from services.supervision.models import FeedEpoch, RegistryRecord
from services.supervision.sql import connection

LIFE_EVENT_KINDS = ("DEATH", "IMPRISONMENT", "HUKOU_MOVE")
MAX_PAGE = 5000


FEED = "registry_life_events"
COLUMNS = ("id", "kind", "id_number", "event_date", "batch_id", "reference")


def _records():
    return RegistryRecord.filter(kind__in=LIFE_EVENT_KINDS)


async def life_events(*, after: str | None = None, first: int = 1000) -> tuple[list[dict], str | None]:
    """Records of the life-event kinds after the cursor in feed order (kernel.feeds: never past an import still
    running), and the next cursor (None on the last page)."""
    if not 0 < first <= MAX_PAGE:
        raise InvalidInput(f"first must be between 1 and {MAX_PAGE}", f"first 应在 1 到 {MAX_PAGE} 之间", field="first")
    rows, more = await feeds.page(_records(), conn=connection(), position=feeds.Position.parse(after), first=first, columns=COLUMNS)
    return rows, (str(more) if more else None)


async def life_events_marks() -> tuple[str, str]:
    return await feeds.marks(FeedEpoch, FEED, _records(), conn=connection())


@strawberry.type(description="登记人员变动 / a death, imprisonment or hukou move as a registry recorded it")
class RegistryLifeEvent:
    cursor: str
    kind: RegistryKind = strawberry.field(description="死亡、服刑或户籍迁移 / DEATH, IMPRISONMENT or HUKOU_MOVE")
    id_number: str
    event_date: dt.date | None = strawberry.field(description="死亡/入监/迁出日期 / date of death, admission or move")
    record_id: strawberry.ID = strawberry.field(description="比对记录 / the registry record, the basis of what follows")
    batch_id: strawberry.ID
    reference: str = strawberry.field(description="火化证号、监所或迁移类型 / certificate, prison or kind of move")

    @classmethod
    def from_row(cls, row: dict) -> RegistryLifeEvent:
        return cls(cursor=str(feeds.Position.of(row)), kind=row["kind"], id_number=row["id_number"], event_date=row["event_date"],
                   record_id=strawberry.ID(str(row["id"])), batch_id=strawberry.ID(str(row["batch_id"])), reference=row["reference"])


@strawberry.type(description="登记人员变动分页 / a page of registry deaths, imprisonments and hukou moves; nextCursor is null on the last page")
class RegistryLifeEventPage(feeds.FeedPage):
    items: list[RegistryLifeEvent]


@strawberry.type
class LifeEventsQuery:
    @strawberry.field(permission_classes=[allowed(Action.SUPERVISION_FEED_READ)],
                      description="登记人员变动，按游标从旧到新 / registry deaths, imprisonments and hukou moves, oldest first")
    async def registry_life_events(self, info: Info, after: str | None = None, first: int = 1000) -> RegistryLifeEventPage:
        rows, next_cursor = await life_events(after=after, first=first)
        feed_served(info.context["principal"], "registry_life_events", str(feeds.Position.of(rows[-1])) if rows else after)
        return RegistryLifeEventPage(items=[RegistryLifeEvent.from_row(row) for row in rows], next_cursor=next_cursor,
                                     marks_of=feeds.once(life_events_marks))
