"""Who is calling: a user, a bank's machine credential, or the gateway itself."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Grant:
    """A role held in a region (and every region beneath it); region "*" means everywhere."""

    role: str
    region: str


@dataclass(frozen=True)
class Principal:
    """The verified caller of one request."""

    username: str
    grants: frozenset[Grant]
    kind: str = "user"
    display_name: str = ""
    token_id: str = ""
    issued_at: float = 0.0
    expires_at: float = 0.0
    family: str = ""

    @property
    def subject(self) -> str:
        """The Casbin subject; prefixed so a user can never be confused with a role name."""
        return f"user:{self.username}"

    @property
    def roles(self) -> set[str]:
        return {grant.role for grant in self.grants}
