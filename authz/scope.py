"""The one row filter: the regions a caller may see for an action, as index-friendly code ranges."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tortoise.expressions import Q

from kernel.values import prefix_bounds


@dataclass(frozen=True)
class Scope:
    """A set of region-code prefixes; the empty prefix means every region."""

    prefixes: frozenset[str]

    @classmethod
    def of(cls, prefixes: set[str] | list[str]) -> Scope:
        """Drop prefixes already covered by a shorter one."""
        kept: set[str] = set()
        for prefix in sorted(set(prefixes), key=len):
            if not any(prefix.startswith(shorter) for shorter in kept):
                kept.add(prefix)
        return cls(frozenset(kept))

    @property
    def empty(self) -> bool:
        return not self.prefixes

    @property
    def everything(self) -> bool:
        return "" in self.prefixes

    @property
    def city_wide(self) -> bool:
        """True when one prefix is a whole city or wider (city-wide data: registry imports)."""
        return any(len(prefix) <= 4 for prefix in self.prefixes)

    def covers(self, region_code: str) -> bool:
        return any(region_code.startswith(prefix) for prefix in self.prefixes)

    def q(self, field: str = "region_code") -> Q:
        """A Tortoise filter: OR of `field BETWEEN low AND high` per prefix; nothing when empty."""
        if self.everything:
            return Q()
        if self.empty:
            nothing: dict[str, Any] = {f"{field}__in": []}
            return Q(**nothing)
        ranges = [Q(**{f"{field}__gte": low, f"{field}__lte": high}) for low, high in map(prefix_bounds, self.prefixes)]
        return Q(*ranges, join_type=Q.OR) if len(ranges) > 1 else ranges[0]

    def narrowed(self, region_code: str | None) -> Scope:
        """This scope intersected with one region the caller asked for."""
        if not region_code:
            return self
        from kernel.values import RegionCode

        asked = RegionCode.parse(region_code).prefix
        inside = {asked} if self.covers(asked) else {p for p in self.prefixes if p.startswith(asked)}
        return Scope.of(inside)
