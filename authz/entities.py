"""The entity guard: `_entities` and lookups by id obey the same jurisdiction as lists.

A subgraph that contributes fields to an entity it does not own (disbursement and supervision on
`Household`) still knows the region of the households it holds rows for. `guard` batches the
lookups of one request, and refuses a key whose region lies outside the caller's scope: the entity
resolves to null with a NOT_FOUND error, the same answer as for an id that does not exist, so
guessing ids tells nothing. A caller without the action anywhere gets null for every key. A key the
subgraph holds no rows for has nothing to reveal and resolves to a stub whose fields are empty.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable
from typing import Any

from strawberry.types import Info

from authz.actions import Action
from authz.permissions import scope
from kernel.errors import NotFound
from kernel.subgraph import loader, ordered

RegionsOf = Callable[[list[Any]], Awaitable[dict[Hashable, str]]]
"""Batched lookup: keys → the region code of each key the subgraph knows."""


class OutsideJurisdiction(NotFound):
    """Unknown here or outside the caller's jurisdiction — the caller cannot tell which."""


async def guard(info: Info, action: Action | str, key: Hashable, regions_of: RegionsOf, *, entity: str = "Household") -> None:
    """Raise NotFound (code `<ENTITY>_NOT_FOUND`) unless the caller may `action` on the key's region."""

    async def load(keys: list[Any]) -> list[str | None]:
        return ordered(keys, await regions_of(keys))

    allowed = scope(info, action)  # type: ignore[arg-type]
    region = None if allowed.empty else await loader(info, f"guard:{entity}:{action}", load).load(key)
    if allowed.empty or (region is not None and not allowed.covers(region)):
        code = f"{entity.upper()}_NOT_FOUND"
        raise OutsideJurisdiction(
            f"{entity} {key} does not exist or lies outside your jurisdiction",
            f"{entity} {key} 不存在或不在您的辖区内", code=code, field="id",
        )
