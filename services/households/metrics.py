"""What the households process adds to /metrics: how far each consumer of its change feed is behind."""

from prometheus_client.core import Metric

from kernel.metrics import events_after, feed_lag

FEED = "households"
"""The change feed's name in the metrics (supervision's projection follows it)."""


async def scrape() -> list[Metric]:
    return await feed_lag(FEED, events_after("households", "change_event"))
