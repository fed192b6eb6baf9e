"""The one row filter: the regions a caller may see for an action, as index-friendly code ranges.

`Scope` is the only thing that turns a caller's grants into a filter: `q()` for the ORM (Tortoise), `sql()` for
raw statements on either dialect (bound parameters, never text pasted into the statement), `clause()` for
SQLAlchemy (the admin). Each renders the same ranges: `region_code BETWEEN low AND high` per prefix, so the
index on the region code serves every one of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from tortoise.expressions import Q

from kernel.values import RegionCode, prefix_bounds


@dataclass(frozen=True)
class Scope:
    """A set of region-code prefixes; the empty prefix means every region."""

    prefixes: frozenset[str]

    @classmethod
    def of(cls, prefixes: Iterable[str]) -> Scope:
        """Drop prefixes already covered by a shorter one."""
        kept: set[str] = set()
        for prefix in sorted(set(prefixes), key=len):
            if not any(prefix.startswith(shorter) for shorter in kept):
                kept.add(prefix)
        return cls(frozenset(kept))

    @classmethod
    def of_region(cls, region: RegionCode | str) -> Scope:
        """Exactly one region and everything beneath it."""
        code = region if isinstance(region, RegionCode) else RegionCode.parse(region)
        return cls.of([code.prefix])

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

    def admits(self, region_code: str | None) -> bool:
        """A row with this region lies in the scope; a row without one only in an unlimited scope."""
        return self.everything or (bool(region_code) and self.covers(region_code or ""))

    @property
    def ranges(self) -> list[tuple[str, str]]:
        """The inclusive code range of each prefix, in code order."""
        return [prefix_bounds(prefix) for prefix in sorted(self.prefixes)]

    def q(self, field: str = "region_code") -> Q:
        """A Tortoise filter: OR of `field BETWEEN low AND high` per prefix; nothing when empty."""
        if self.everything:
            return Q()
        if self.empty:
            nothing: dict[str, Any] = {f"{field}__in": []}
            return Q(**nothing)
        ranges = [Q(**{f"{field}__gte": low, f"{field}__lte": high}) for low, high in map(prefix_bounds, self.prefixes)]
        return Q(*ranges, join_type=Q.OR) if len(ranges) > 1 else ranges[0]

    def sql(self, column: str, bind: Callable[[str], str]) -> str:
        """A raw-SQL condition on `column` for either dialect: `bind(value)` adds a parameter and answers its
        placeholder (`$n` on PostgreSQL, `?n` on SQLite), so no code is ever written into the statement."""
        if self.everything:
            return "1=1"
        if self.empty:
            return "1=0"
        return "(" + " OR ".join(f"{column} BETWEEN {bind(low)} AND {bind(high)}" for low, high in self.ranges) + ")"

    @staticmethod
    def inline(bound: str) -> str:
        """A range bound written into the text, for the one statement that takes no parameters (PostgreSQL's
        COPY): bounds are digits only, so nothing else can reach the statement."""
        if not bound.isdigit():
            raise ValueError(f"a region bound is digits only, not {bound!r}")
        return f"'{bound}'"

    def clause(self, column: Any) -> Any:
        """A SQLAlchemy condition on `column` (the admin's queries); false when empty or the table has no region."""
        from sqlalchemy import false, or_, true

        if self.everything:
            return true()
        if self.empty or column is None:
            return false()
        return or_(*(column.between(low, high) for low, high in self.ranges))

    def intersect(self, other: Scope) -> Scope:
        """Regions inside both scopes: the longer prefix of every pair where one contains the other."""
        kept = set()
        for a in self.prefixes:
            for b in other.prefixes:
                if a.startswith(b):
                    kept.add(a)
                elif b.startswith(a):
                    kept.add(b)
        return Scope.of(kept)

    def narrowed(self, region_code: str | None) -> Scope:
        """This scope intersected with one region the caller asked for."""
        if not region_code:
            return self
        return self.intersect(Scope.of_region(region_code))
