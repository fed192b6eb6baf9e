"""The entity guard: `_entities` and lookups by id obey the same jurisdiction as lists.

A subgraph that contributes fields to an entity it does not own (disbursement and supervision on
`Household`) still knows the region of the households it holds rows for. `guarded_references` batches the
lookups of one `_entities` call, and refuses a key whose region lies outside the caller's scope: the entity
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

RegionsOf = Callable[[list[Any]], Awaitable[dict[Hashable, str]]]
"""Batched lookup: keys → the region code of each key the subgraph knows."""


class OutsideJurisdiction(NotFound):
    """Unknown here or outside the caller's jurisdiction — the caller cannot tell which."""


async def guarded_references(
    info: Info,
    action: Action | str,
    representations: list[dict[str, Any]],
    regions_of: RegionsOf,
    make: Callable[[str], Any],
    *,
    entity: str = "Household",
) -> list[Any]:
    """`resolve_references` for an entity known here by an integer `id`: one region lookup for every key of an
    `_entities` call; each key resolves to `make(id)` or to its refusal, `OutsideJurisdiction` (code
    `<ENTITY>_NOT_FOUND`). A key that is not an integer names nothing, and gets the same refusal."""
    allowed = scope(info, action)  # type: ignore[arg-type]
    keys = [_integer(representation.get("id")) for representation in representations]
    known = [] if allowed.empty else list({key for key in keys if key is not None})
    regions = await regions_of(known) if known else {}
    results = []
    for representation, key in zip(representations, keys, strict=True):
        region = regions.get(key)
        if allowed.empty or key is None or (region is not None and not allowed.covers(region)):
            results.append(_refusal(entity, representation.get("id")))
        else:
            results.append(make(str(representation["id"])))
    return results


def _integer(value: Any) -> int | None:
    try:
        return int(value) if isinstance(value, (int, str)) else None
    except ValueError:
        return None


def _refusal(entity: str, key: Any) -> OutsideJurisdiction:
    return OutsideJurisdiction(
        f"{entity} {key} does not exist or lies outside your jurisdiction",
        f"{entity} {key} 不存在或不在您的辖区内",
        code=f"{entity.upper()}_NOT_FOUND",
        field="id",
    )
