"""Disbursement logic: reads of accounts and payments within a scope; no GraphQL here."""

from __future__ import annotations

from collections import defaultdict

from authz.scope import Scope
from kernel.errors import InvalidInput
from kernel.values import Period
from services.disbursement.models import BankAccount, Payment

MAX_PAGE = 1000


async def payments_by_household(
    *, scope: Scope, household_ids: list[int], period: str | None = None
) -> dict[int, list[Payment]]:
    """Payments of many households in one query, newest period first."""
    query = Payment.filter(scope.q(), household_id__in=household_ids)
    if period:
        query = query.filter(period=str(Period.parse(period)))
    grouped: dict[int, list[Payment]] = defaultdict(list)
    for row in await query.order_by("-period", "id"):
        grouped[row.household_id].append(row)
    return grouped


async def current_accounts(*, scope: Scope, household_ids: list[int]) -> dict[int, BankAccount]:
    rows = await BankAccount.filter(scope.q(), household_id__in=household_ids, is_current=True)
    return {row.household_id: row for row in rows}


async def list_payments(*, scope: Scope, period: str | None = None, first: int = 50, after: int | None = None) -> list[Payment]:
    """A page of payments inside the caller's scope."""
    if not 0 < first <= MAX_PAGE:
        raise InvalidInput(f"first must be between 1 and {MAX_PAGE}", f"first 应在 1 到 {MAX_PAGE} 之间", field="first")
    query = Payment.filter(scope.q())
    if period:
        query = query.filter(period=str(Period.parse(period)))
    if after is not None:
        query = query.filter(id__gt=after)
    return await query.order_by("id").limit(first)


async def household_regions(household_ids: list[int]) -> dict[int, str]:
    """The region of each household this service holds rows for: the entity guard's lookup."""
    regions = dict(await Payment.filter(household_id__in=household_ids).values_list("household_id", "region_code"))
    regions.update(await BankAccount.filter(household_id__in=household_ids).values_list("household_id", "region_code"))
    return regions
