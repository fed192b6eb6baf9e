"""Field masking — 脱敏: one table says which values are sensitive and which action reveals them.

A resolver returns `reveal(info, Sensitive.ID_NUMBER, row.region_code, row.id_number)`: the full
value when the caller holds the revealing action for that row's region, the masked form otherwise
(`431102********1234` for ID numbers, the last four digits of accounts, nothing for incomes,
illness and disability). The admin UI and exports use the same table through `reveals`/`masked`.
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


def _hidden(value: Any) -> None:
    return None


RULES: dict[Sensitive, tuple[str, Callable[[Any], Any]]] = {
    Sensitive.ID_NUMBER: (Action.PERSON_READ_SENSITIVE, mask_id_number),
    Sensitive.ACCOUNT_NUMBER: (Action.ACCOUNT_READ_SENSITIVE, mask_account),
    # a bank reads the accounts of the batches released to it, and nothing else
    Sensitive.BATCH_ACCOUNT_NUMBER: (Action.BATCH_POST_RESULTS, mask_account),
    Sensitive.INCOME: (Action.INCOME_READ_SENSITIVE, _hidden),
    Sensitive.HEALTH: (Action.HEALTH_READ_SENSITIVE, _hidden),
}
"""Sensitive kind → (the action that reveals it, how it is masked otherwise)."""


def reveals(caller_scope: Scope, region_code: str) -> bool:
    return caller_scope.covers(region_code)


def masked(kind: Sensitive, value: T) -> Any:
    """The masked form of `value`; None stays None."""
    return None if value is None else RULES[kind][1](value)


def revealing_action(kind: Sensitive) -> str:
    return RULES[kind][0]


def reveal(info: Info, kind: Sensitive, region_code: str, value: T) -> T | Any:
    """`value` in full when the caller may read `kind` in `region_code`, masked otherwise."""
    if reveals(scope(info, revealing_action(kind)), region_code):  # type: ignore[arg-type]
        return value
    return masked(kind, value)
