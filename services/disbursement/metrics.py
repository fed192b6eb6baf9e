"""What the disbursement process adds to /metrics: rosters and payment batches by state, and how far supervision
is behind the paid lines."""

from prometheus_client.core import Metric
from tortoise import Tortoise

from kernel.metrics import counts_by_state, events_after, feed_lag
from kernel.sql import fetch

FEED = "paid_lines"


async def scrape() -> list[Metric]:
    conn = Tortoise.get_connection("disbursement")
    rosters = await fetch(conn, "SELECT state, count(*) AS n FROM roster GROUP BY state")
    batches = await fetch(conn, "SELECT state, count(*) AS n FROM payment_batch GROUP BY state")
    return [
        counts_by_state("dibao_rosters", "Rosters (花名册) by state", rosters),
        counts_by_state("dibao_payment_batches", "Payment batches (代发批次) by state", batches),
        *await feed_lag(FEED, events_after("disbursement", "payment", "status = 'PAID'")),
    ]
