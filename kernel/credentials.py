"""How a process reads a caller's token and proves its own identity to another service.

The kernel holds only this seam. The process's entry point (`dibao.wiring.wire_credentials`: the `dibao`
command, the system app, the test session) installs authz's token check and service-token minter, so the
subgraph app factory and the service-to-service client use them without the kernel importing authz.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from kernel.settings import Settings


class Caller(Protocol):
    """What the kernel needs of a verified caller: a name for the log line, and the grants its scopes come from."""

    @property
    def username(self) -> str: ...

    @property
    def grants(self) -> frozenset[Any]: ...


Authenticate = Callable[[str | None, Settings], Caller]
"""The caller named by an `Authorization` header's value, or kernel.errors.Unauthenticated saying what is wrong."""

MintServiceToken = Callable[[str, Settings], str]
"""A short-lived bearer token for the named service's own identity."""


@dataclass(frozen=True)
class Credentials:
    authenticate: Authenticate
    service_token: MintServiceToken


class CredentialsNotWired(RuntimeError):
    """A subgraph app or a service-to-service client was built before the process installed its credentials."""


_installed: Credentials | None = None


def install(credentials: Credentials) -> None:
    """Set this process's credentials; the entry point calls it once, before it builds an app or a client."""
    global _installed
    _installed = credentials


def installed() -> Credentials:
    """The process's credentials; refuses loudly where the entry point did not install them."""
    if _installed is None:
        raise CredentialsNotWired("no token check installed: call dibao.wiring.wire_credentials() at start-up")
    return _installed
