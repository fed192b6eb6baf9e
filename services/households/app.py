"""The households subgraph as an ASGI app, with the visit photos beside /graphql, following the registry's life events in
the background."""

from contextlib import AbstractAsyncContextManager

from starlette.applications import Starlette

from kernel.edge import BodyLimit, SecurityHeaders
from kernel.files import WithFiles
from kernel.observe import ObserveRequests
from kernel.periodic import periodic
from kernel.settings import Settings, get_settings
from kernel.subgraph import create_subgraph_app
from services.households import metrics
from services.households.files import file_routes
from services.households.schema import schema


def registry_events_sync(settings: Settings) -> AbstractAsyncContextManager:
    """Every DIBAO_REGISTRY_EVENTS_SYNC_SECONDS, record the deaths, imprisonments and hukou moves supervision's
    registries hold for members in care; a failure (supervision away) is logged and the next tick tries again."""
    from services.households.life_events import sync_registry_events

    return periodic("registry life events sync", sync_registry_events, seconds=settings.registry_events_sync_seconds)


def create_app(*, settings: Settings | None = None, own_database: bool = True):
    """`own_database=False` when the embedded system opens every database itself."""
    settings = settings or get_settings()
    graphql = create_subgraph_app(
        name="households",
        schema=schema,
        databases=["households"] if own_database else [],
        settings=settings,
        background=lambda: registry_events_sync(settings),
        scrapes=[metrics.scrape],
    )
    files = ObserveRequests(Starlette(routes=file_routes(settings)), service="households")
    limit = settings.edge.max_photo_bytes  # an upload over the photo limit is refused while it arrives (kernel.edge)
    return WithFiles(graphql, SecurityHeaders(BodyLimit(files, limit_for=lambda path: limit)))
