"""Prometheus metrics of one process, served at /metrics: requests, subgraph fetches, database pools, feed lag.

Labels carry only service, operation, subgraph, database, feed and state names, never a person, an ID number
or a variable, so the page may be read by whoever runs the monitoring. DIBAO_METRICS_TOKEN restricts it to
holders of that bearer token. Counters live in this process: run one uvicorn worker per process (as
`dibao serve*` does) and scale with more processes, each scraped on its own.
"""

from __future__ import annotations

import hmac
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kernel.errors import DomainError
from kernel.feeds import Position

log = logging.getLogger("dibao.metrics")

SECONDS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

REQUESTS = Counter("dibao_requests", "HTTP requests answered, by service, GraphQL operation (or first path segment) "
                   "and HTTP status", ["service", "operation", "status"])
REQUEST_SECONDS = Histogram("dibao_request_duration_seconds", "Time to answer a request, by service and operation",
                            ["service", "operation"], buckets=SECONDS)
SUBGRAPH_FETCHES = Counter("dibao_subgraph_fetches", "Requests the gateway sent to a subgraph, by outcome "
                           "(ok or the failure code)", ["subgraph", "outcome"])
SUBGRAPH_FETCH_SECONDS = Histogram("dibao_subgraph_fetch_duration_seconds", "Time a subgraph took to answer the gateway",
                                   ["subgraph"], buckets=SECONDS)

MAX_OPERATIONS = 300
"""Distinct operation names kept as labels; any more are counted as "other" (clients choose the names)."""

_operations: set[str] = set()


def operation_label(name: str) -> str:
    """The operation's label, bounded so a client inventing names cannot grow the page without end."""
    if name in _operations:
        return name
    if len(_operations) >= MAX_OPERATIONS:
        return "other"
    _operations.add(name)
    return name


_children: dict[tuple[str, str, str], tuple[Any, ...]] = {}
"""(service, operation, status) → its counter and histogram children, looked up once."""


def observe_request(service: str, operation: str, status: int, seconds: float) -> None:
    key = (service, operation, str(status))
    children = _children.get(key)
    if children is None:
        label = operation_label(operation)
        children = _children[key] = (REQUESTS.labels(service, label, key[2]), REQUEST_SECONDS.labels(service, label))
        if label == "other" and len(_children) > 4 * MAX_OPERATIONS:
            _children.clear()  # names beyond the bound are not kept, not even here
    children[0].inc()
    children[1].observe(seconds)


def observe_fetch(subgraph: str, outcome: str, seconds: float) -> None:
    SUBGRAPH_FETCHES.labels(subgraph, outcome).inc()
    SUBGRAPH_FETCH_SECONDS.labels(subgraph).observe(seconds)


# -- feeds: the producer remembers how far each consuming service has read, and counts what lies beyond ----------

_readers: dict[tuple[str, str], tuple[Position, float]] = {}
"""(feed, consuming service) → (position of the last item it was served, when)."""


def feed_served(principal: object, feed: str, position: str | None) -> None:
    """A service read `feed` up to `position` (the cursor of the last item served, or its `after` on an empty page).

    Only service identities are followed: an official paging through a feed is not a consumer."""
    if getattr(principal, "kind", None) != "service" or position in (None, ""):
        return
    try:
        served = Position.parse(position)
    except DomainError:
        return
    consumer = str(getattr(principal, "username", "")).removeprefix("service:")
    _readers[(feed, consumer)] = (served, time.time())


Behind = Callable[[Position], Awaitable[int]]
"""Events of a feed after a position (the producer's count over its own table)."""

LAG_COUNTED = 1_000_000
"""A lag is counted up to this many events (a consumer that far behind is an incident whatever the figure)."""


def events_after(database: str, table: str, where: str = "TRUE") -> Behind:
    """Counts the rows of `table` matching `where` after a feed position (kernel.feeds), on `database` (the
    (txid, id) index bounds the scan, and LAG_COUNTED its length)."""

    async def count(position: Position) -> int:
        from tortoise import Tortoise

        from kernel.sql import fetch

        rows = await fetch(Tortoise.get_connection(database), f"SELECT count(*) AS n FROM (SELECT 1 FROM {table} "
                           f"WHERE {where} AND (txid, id) > ($1, $2) LIMIT {LAG_COUNTED}) AS behind", position.txid, position.id)
        return int(rows[0]["n"])

    return count


async def feed_lag(feed: str, behind: Behind) -> list[Metric]:
    """Each consumer's lag on `feed`: events after the last one it was served, counted now."""
    lag = GaugeMetricFamily("dibao_feed_lag_events", "Events of a feed after the last one its consumer has read",
                            labels=["feed", "consumer"])
    seen = GaugeMetricFamily("dibao_feed_last_read_timestamp_seconds", "When the consumer last read the feed",
                             labels=["feed", "consumer"])
    for (name, consumer), (position, at) in sorted(_readers.items()):
        if name == feed:
            lag.add_metric([feed, consumer], await behind(position))
            seen.add_metric([feed, consumer], at)
    return [lag, seen]


def counts_by_state(name: str, documentation: str, rows: Iterable[dict[str, Any]]) -> Metric:
    """A gauge of counts by state from `SELECT state, count(*) AS n ... GROUP BY state`."""
    family = GaugeMetricFamily(name, documentation, labels=["state"])
    for row in rows:
        family.add_metric([str(row["state"])], int(row["n"]))
    return family


# -- database pools ------------------------------------------------------------------------------------------------

def pool_use(databases: Sequence[str]) -> list[Metric]:
    """Connections of each PostgreSQL pool this process holds: open, in use, and the most it may open."""
    from tortoise import connections

    size = GaugeMetricFamily("dibao_db_pool_connections", "Connections the pool holds open", labels=["database"])
    in_use = GaugeMetricFamily("dibao_db_pool_in_use", "Connections lent to a request or a transaction",
                               labels=["database"])
    most = GaugeMetricFamily("dibao_db_pool_max", "The most connections the pool may open", labels=["database"])
    for name in databases:
        try:
            pool = getattr(connections.get(name), "_pool", None)
        except Exception:  # not opened in this process (yet)
            pool = None
        if pool is None or not hasattr(pool, "get_idle_size"):
            continue  # SQLite has no pool
        size.add_metric([name], pool.get_size())
        in_use.add_metric([name], pool.get_size() - pool.get_idle_size())
        most.add_metric([name], pool.get_max_size())
    return [size, in_use, most]


# -- the endpoint --------------------------------------------------------------------------------------------------

Scrape = Callable[[], Awaitable[list[Metric]]]
"""Figures computed when /metrics is read (cheap queries: a GROUP BY, a bounded count)."""


class _Computed:
    """A collector over families computed for one scrape, merged by name (two services may give the same one)."""

    def __init__(self, families: Iterable[Metric]) -> None:
        self.merged: dict[str, Metric] = {}
        for family in families:
            if family.name in self.merged:
                self.merged[family.name].samples.extend(family.samples)
            else:
                self.merged[family.name] = family

    def collect(self) -> Iterable[Metric]:
        return self.merged.values()


def authorised(request: Request, token: str) -> bool:
    if not token:
        return True
    given = request.headers.get("authorization", "")
    return hmac.compare_digest(given.encode(), f"Bearer {token}".encode())


def metrics_route(*, token: str, databases: Sequence[str] = (), scrapes: Sequence[Scrape] = ()) -> Route:
    """GET /metrics in the Prometheus text format; with `token`, only for `Authorization: Bearer <token>`."""

    async def metrics(request: Request) -> Response:
        if not authorised(request, token):
            return JSONResponse({"errors": [{"message": "A valid metrics token is required.",
                                             "extensions": {"code": "UNAUTHENTICATED"}}]}, status_code=401,
                                headers={"www-authenticate": "Bearer"})
        families: list[Metric] = pool_use(databases)
        for scrape in scrapes:
            try:
                families += await scrape()
            except Exception:  # a database away must not take the rest of the page with it
                log.warning("a metrics query failed; its figures are left out of this scrape", exc_info=True)
        computed = CollectorRegistry(auto_describe=False)
        computed.register(_Computed(families))
        body = generate_latest(REGISTRY) + generate_latest(computed)
        return Response(body, media_type=CONTENT_TYPE_LATEST)

    return Route("/metrics", metrics, methods=["GET"])
