"""The households subgraph as an ASGI app."""

from kernel.settings import Settings
from kernel.subgraph import create_subgraph_app
from services.households.schema import schema


def create_app(*, settings: Settings | None = None, own_database: bool = True):
    """`own_database=False` when the embedded system opens every database itself."""
    return create_subgraph_app(
        name="households", schema=schema, databases=["households"] if own_database else [], settings=settings
    )
