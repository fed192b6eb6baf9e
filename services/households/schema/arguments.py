"""Arguments as the domain functions take them: ids as the integers the tables use, anything else refused by name."""

from __future__ import annotations

import strawberry

from kernel.values import record_id


def household_id(value: strawberry.ID | str | None, field: str) -> int:
    """A numeric id from GraphQL, or a refusal naming the argument."""
    return record_id(value, field=field)


def household_id_of(value: strawberry.ID, field: str = "householdId") -> int:
    """A household id argument (or another named one) as the integer the tables use."""
    return household_id(value, field)


def optional_id(value: strawberry.ID | None, field: str) -> int | None:
    """A numeric id, or None where the argument was not given."""
    return None if value is None else record_id(value, field=field)
