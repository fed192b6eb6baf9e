"""Life events from the registries — 人员变动: deaths, imprisonments and hukou moves, for the households service.

Contract `registryLifeEvents(after, first)`: the imported registry records of those kinds, in feed order
(kernel.feeds), with the feed's epoch and high-water mark. The households service follows it with its own
identity and re-opens the cases of the members named; it never reads `registry_record`. Registry records carry
no jurisdiction (an ID number's region is where the person was born, not where they live), so the feed is
whole, like the registry batches.
"""

from __future__ import annotations

from kernel import feeds
from kernel.values import check_page
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
    check_page(first, maximum=MAX_PAGE)
    rows, more = await feeds.page(
        _records(), conn=connection(), position=feeds.Position.parse(after), first=first, columns=COLUMNS
    )
    return rows, (str(more) if more else None)


async def life_events_marks() -> tuple[str, str]:
    return await feeds.marks(FeedEpoch, FEED, _records(), conn=connection())
