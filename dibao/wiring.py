"""What every process of the system wires before it builds an app: authz's credentials into the kernel."""

from __future__ import annotations

from authz import tokens
from kernel import credentials


def wire_credentials() -> None:
    """Hand the kernel authz's token check and service-token minter (kernel.credentials): every entry point of a
    process (the `dibao` command, the system app, the test session) calls it before it builds a subgraph app or a
    service-to-service client."""
    credentials.install(
        credentials.Credentials(authenticate=tokens.subgraph_caller, service_token=tokens.service_token)
    )
