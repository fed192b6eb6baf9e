"""The authz subgraph as an ASGI app; the gateway process serves it next to the identity store."""

from starlette.types import ASGIApp

from kernel.settings import Settings
from kernel.subgraph import create_subgraph_app


def create_app(*, settings: Settings | None = None, own_database: bool = True) -> ASGIApp:
    from identity.schema import schema

    return create_subgraph_app(
        name="authz", schema=schema, databases=["authz"] if own_database else [], settings=settings
    )
