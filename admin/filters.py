"""List filters whose choices come from the rows the viewer may see, never from the whole table."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Select, select
from starlette.exceptions import HTTPException
from starlette.requests import Request

from admin import scope as scopes
from admin.tables import ColumnSpec
from kernel.errors import InvalidInput
from kernel.values import RegionCode

ALL = "__all"
MAX_CHOICES = 60
CHOICES_TTL = 60.0
"""Filter choices are cached per view, column and scope for a minute: distinct values change rarely."""
REGION_LEVELS = ("city", "county", "township")

_choices: dict[tuple, tuple[float, list[tuple[str, str]]]] = {}


async def _cached(key: tuple, load) -> list[tuple[str, str]]:
    hit = _choices.get(key)
    if hit and time.monotonic() - hit[0] < CHOICES_TTL:
        return hit[1]
    value = await load()
    _choices[key] = (time.monotonic(), value)
    return value


class ValueFilter:
    """Pick one of a column's values present in the viewer's rows (status, period, class …)."""

    has_operator = False
    template = "sqladmin/filters/lookup_filter.html"

    def __init__(self, view: Any, spec: ColumnSpec, labels: dict[str, str] | None = None) -> None:
        self.view, self.spec, self.labels = view, spec, labels or {}
        self.title = spec.label
        self.parameter_name = spec.attribute

    async def lookups(self, request: Request, model: Any, run_query) -> list[tuple[str, str]]:
        column = getattr(model, self.spec.attribute)
        allowed = self.view.read_scope(request)

        async def load():
            stmt = self.view.scoped(select(column).where(column.is_not(None)).distinct(), request)
            values = [row[0] for row in await run_query(stmt.order_by(column).limit(MAX_CHOICES))]
            return [(ALL, "全部")] + [(str(value), _shown(value, self.labels)) for value in values]

        return await _cached((self.view.identity, self.spec.attribute, allowed.prefixes), load)

    async def get_filtered_query(self, query: Select, value: Any, model: Any) -> Select:
        if value in (None, "", ALL):
            return query
        column = getattr(model, self.spec.attribute)
        return query.where(column == _typed(column, value, self.spec.attribute))


def _shown(value: Any, labels: dict[str, str]) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    return labels.get(str(value), str(value))


def _typed(column, value: str, field: str) -> Any:
    """The filter value as the column's Python type; a value that cannot be one is a bad request."""
    python_type = column.type.python_type
    try:
        if python_type is bool:
            return value.lower() in ("true", "1", "是")
        return python_type(value)
    except (TypeError, ValueError) as error:
        raise HTTPException(400, detail=f"{field}: {value!r}") from error


class RegionFilter:
    """Narrow the list to one county or township of the viewer's jurisdiction, chosen by name."""

    has_operator = False
    template = "sqladmin/filters/lookup_filter.html"
    parameter_name = "region"

    def __init__(self, view: Any, spec: ColumnSpec, region_model: Any | None) -> None:
        self.view, self.spec, self.region_model = view, spec, region_model
        self.title = "所属区划"

    async def lookups(self, request: Request, model: Any, run_query) -> list[tuple[str, str]]:
        if self.region_model is None:
            return [(ALL, "全部")]
        allowed = self.view.read_scope(request)
        code = getattr(self.region_model, "code")

        async def load():
            stmt = select(code, self.region_model.name).where(self.region_model.level.in_(REGION_LEVELS))
            stmt = stmt.where(scopes.region_clause(code, allowed)).order_by(code).limit(MAX_CHOICES)
            return [(ALL, "全部")] + [(row[0], f"{row[1]}（{row[0]}）") for row in await run_query(stmt)]

        return await _cached(("region", allowed.prefixes), load)

    async def get_filtered_query(self, query: Select, value: Any, model: Any) -> Select:
        if value in (None, "", ALL):
            return query
        try:
            region = RegionCode.parse(value, field="region")
        except InvalidInput as error:
            raise HTTPException(400, detail=error.message) from error
        column = getattr(model, self.spec.attribute)
        return query.where(scopes.region_clause(column, scopes.Scope.of([region.prefix])))
