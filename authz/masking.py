"""Field masking — 脱敏: one table says which values are sensitive and which action reveals them.

A resolver returns `reveal(info, Sensitive.ID_NUMBER, row.region_code, row.id_number)`: the full
value when the caller holds the revealing action for that row's region, the masked form otherwise
(`431102********1234` for ID numbers, the last four digits of accounts, nothing for incomes,
illness and disability). The admin pages, admin exports and file downloads use the same table and decision (`COLUMNS`, `shown`).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar

from strawberry.types import Info

from authz.actions import Action
from authz.permissions import scope
from authz.scope import Scope
from kernel.values import mask_account, mask_id_number

T = TypeVar("T")


class Sensitive(StrEnum):
    """Kinds of sensitive value."""

    ID_NUMBER = "id_number"
    ACCOUNT_NUMBER = "account_number"
    BATCH_ACCOUNT_NUMBER = "batch_account_number"
    INCOME = "income"
    HEALTH = "health"
    REPORTER = "reporter"


def _hidden(value: Any) -> None:
    return None


RULES: dict[Sensitive, tuple[str, Callable[[Any], Any]]] = {
    Sensitive.ID_NUMBER: (Action.PERSON_READ_SENSITIVE, mask_id_number),
    Sensitive.ACCOUNT_NUMBER: (Action.ACCOUNT_READ_SENSITIVE, mask_account),
    # a bank reads the accounts of the batches released to it, and nothing else
    Sensitive.BATCH_ACCOUNT_NUMBER: (Action.BATCH_POST_RESULTS, mask_account),
    Sensitive.INCOME: (Action.INCOME_READ_SENSITIVE, _hidden),
    Sensitive.HEALTH: (Action.HEALTH_READ_SENSITIVE, _hidden),
    # the 12349 reporter is known to the supervision bureau only
    Sensitive.REPORTER: (Action.COMPLAINT_READ_REPORTER, _hidden),
}
"""Sensitive kind → (the action that reveals it, how it is masked otherwise)."""

COLUMNS: dict[str, Sensitive] = {
    "id_number": Sensitive.ID_NUMBER,
    "account_number": Sensitive.ACCOUNT_NUMBER,
    "person.disability_grade": Sensitive.HEALTH,
    "person.serious_illness": Sensitive.HEALTH,
    "income_item.monthly_amount": Sensitive.INCOME,
    "asset_item.value": Sensitive.INCOME,
    "complaint.reporter_name": Sensitive.REPORTER,
    "complaint.reporter_phone": Sensitive.REPORTER,
}
"""Stored columns ("table.column", or a column name in every table) holding a sensitive kind: what the
admin pages and exports mask, as GraphQL masks the fields read from them."""


def column_kind(table: str, column: str) -> Sensitive | None:
    return COLUMNS.get(f"{table}.{column}") or COLUMNS.get(column)


def hides(kind: Sensitive) -> bool:
    """Masking leaves nothing of the value (so it may not be searched or sorted by either)."""
    return RULES[kind][1] is _hidden


def reveals(caller_scope: Scope, region_code: str | None) -> bool:
    """The one decision: a value is shown in full where the revealing action's scope covers its region (a value
    without a region only to an unlimited scope)."""
    return caller_scope.admits(region_code)


def shown(caller_scope: Scope, kind: Sensitive, region_code: str | None, value: T) -> T | Any:
    """`value` in full when `caller_scope` (the scope of the revealing action) covers its region, masked otherwise."""
    return value if reveals(caller_scope, region_code) else masked(kind, value)


def masked(kind: Sensitive, value: T) -> Any:
    """The masked form of `value`; None stays None."""
    return None if value is None else RULES[kind][1](value)


def revealing_action(kind: Sensitive) -> str:
    return RULES[kind][0]


def accounts_scope(scope_of: Callable[[str], Scope]) -> Scope:
    """Where account numbers are read in full: the bank's released batches, or the account-reading right."""
    kinds = (Sensitive.BATCH_ACCOUNT_NUMBER, Sensitive.ACCOUNT_NUMBER)
    return Scope.of({prefix for kind in kinds for prefix in scope_of(revealing_action(kind)).prefixes})


def reveal(info: Info, kind: Sensitive, region_code: str, value: T) -> T | Any:
    """`value` in full when the caller may read `kind` in `region_code`, masked otherwise."""
    return shown(scope(info, revealing_action(kind)), kind, region_code, value)  # type: ignore[arg-type]
