"""What the supervision process adds to /metrics: how far households is behind the registry life events."""

from prometheus_client.core import Metric

from kernel.metrics import events_after, feed_lag
from services.supervision.life_events import LIFE_EVENT_KINDS

FEED = "registry_life_events"
KINDS = ", ".join(f"'{kind}'" for kind in LIFE_EVENT_KINDS)


async def scrape() -> list[Metric]:
    return await feed_lag(FEED, events_after("supervision", "registry_record", f"kind IN ({KINDS})"))
