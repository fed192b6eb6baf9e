"""Supervision logic: reads of findings within a scope; no GraphQL here."""

from __future__ import annotations

from collections import defaultdict

from authz.scope import Scope
from kernel.errors import InvalidInput
from services.supervision.models import Finding

MAX_PAGE = 1000


async def findings_by_household(*, scope: Scope, household_ids: list[int]) -> dict[int, list[Finding]]:
    grouped: dict[int, list[Finding]] = defaultdict(list)
    for row in await Finding.filter(scope.q(), household_id__in=household_ids).order_by("id"):
        grouped[row.household_id].append(row)
    return grouped


async def list_findings(*, scope: Scope, status: str | None = None, first: int = 50, after: int | None = None) -> list[Finding]:
    if not 0 < first <= MAX_PAGE:
        raise InvalidInput(f"first must be between 1 and {MAX_PAGE}", f"first 应在 1 到 {MAX_PAGE} 之间", field="first")
    query = Finding.filter(scope.q())
    if status:
        query = query.filter(status=status)
    if after is not None:
        query = query.filter(id__gt=after)
    return await query.order_by("id").limit(first)


async def household_regions(household_ids: list[int]) -> dict[int, str]:
    """The region of each household this service holds rows for: the entity guard's lookup."""
    return dict(await Finding.filter(household_id__in=household_ids).values_list("household_id", "region_code"))
