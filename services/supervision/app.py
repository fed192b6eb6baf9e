"""The supervision subgraph as an ASGI app, with the projection kept in step with the feeds in the background."""

from contextlib import AbstractAsyncContextManager

from kernel.periodic import periodic
from kernel.settings import Settings, get_settings
from kernel.subgraph import create_subgraph_app
from services.supervision import metrics
from services.supervision.schema import schema


def projection_sync(settings: Settings) -> AbstractAsyncContextManager:
    """Every DIBAO_PROJECTION_SYNC_SECONDS, catch the projection up unless another sync (here or in another
    process) is running; a failure is logged and the next tick tries again."""
    from services.supervision import projection

    return periodic(
        "supervision projection sync", lambda: projection.sync(wait=False), seconds=settings.projection_sync_seconds
    )


def create_app(*, settings: Settings | None = None, own_database: bool = True):
    """`own_database=False` when the embedded system opens every database itself."""
    settings = settings or get_settings()
    return create_subgraph_app(
        name="supervision",
        schema=schema,
        databases=["supervision"] if own_database else [],
        settings=settings,
        background=lambda: projection_sync(settings),
        scrapes=[metrics.scrape],
    )
