"""The disbursement subgraph as an ASGI app."""

from kernel.settings import Settings
from kernel.subgraph import create_subgraph_app
from services.disbursement.schema import schema


def create_app(*, settings: Settings | None = None, own_database: bool = True):
    """`own_database=False` when the embedded system opens every database itself."""
    return create_subgraph_app(
        name="disbursement", schema=schema, databases=["disbursement"] if own_database else [], settings=settings
    )
