"""Arguments as the domain functions take them: ids as the integers the tables use (anything else refused by name)
and the caller's name for the audit trail."""

from __future__ import annotations

from strawberry.types import Info

from authz.permissions import principal
from kernel.values import record_id


def number(value: str | None, field: str) -> int | None:
    """An ID argument as the integer the tables use; anything else is refused by name."""
    if value is None:
        return None
    return record_id(value, field=field)


def actor_name(info: Info) -> str:
    """The caller's user name, as the audit trail and the records name them."""
    return principal(info).username
