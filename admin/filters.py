"""List filters whose choices come from the rows the viewer may see, never from the whole table."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from sqlalchemy import Select, select
from starlette.exceptions import HTTPException
from starlette.requests import Request

from admin import scope as scopes
from admin.shown import Reading
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
    """Pick one or more of a column's values present in the viewer's rows (status, period, class …): each click adds
    or removes a value, the URL carries them comma-separated (`?status=ACTIVE,GRACE`)."""

    has_operator = False
    template = "dibao/filters/values.html"

    def __init__(self, view: Any, spec: ColumnSpec, reading: Reading | None = None) -> None:
        self.view, self.spec, self.reading = view, spec, reading or Reading()
        self.title = spec.label
        self.parameter_name = spec.attribute

    async def lookups(self, request: Request, model: Any, run_query) -> list[tuple[str, str]]:
        column = getattr(model, self.spec.attribute)
        allowed = self.view.read_scope(request)

        async def load():
            stmt = self.view.scoped(select(column).where(column.is_not(None)).distinct(), request)
            values = [row[0] for row in await run_query(stmt.order_by(column).limit(MAX_CHOICES))]
            return [(str(value), _shown(value, self.reading)) for value in values]

        return await _cached((self.view.identity, self.spec.attribute, allowed.prefixes), load)

    def chosen(self, request: Request) -> list[str]:
        return [value for value in request.query_params.get(self.parameter_name, "").split(",") if value and value != ALL]

    async def choices(self, request: Request, model: Any, run_query) -> list[dict[str, Any]]:
        """Each value with whether it is chosen and the URL that toggles it, the other filters kept."""
        chosen = self.chosen(request)
        found = []
        for value, label in await self.lookups(request, model, run_query):
            toggled = [other for other in chosen if other != value] if value in chosen else [*chosen, value]
            url = (request.url.include_query_params(**{self.parameter_name: ",".join(toggled)}) if toggled
                   else request.url.remove_query_params(self.parameter_name)).remove_query_params("page")
            found.append({"value": value, "label": label, "chosen": value in chosen, "url": url})
        return found

    async def apply(self, query: Select, request: Request, model: Any) -> Select:
        chosen = self.chosen(request)
        if not chosen:
            return query
        column = getattr(model, self.spec.attribute)
        return query.where(column.in_([_typed(column, value, self.spec.attribute) for value in chosen]))


class DateRangeFilter:
    """From and to (inclusive) on a date column; months for a column that holds months. Refuses a malformed date."""

    has_operator = False
    template = "dibao/filters/date_range.html"

    def __init__(self, view: Any, spec: ColumnSpec, month: bool = False) -> None:
        self.view, self.spec, self.month = view, spec, month
        self.title = spec.label
        self.parameter_name = spec.attribute
        self.bounds = (f"{spec.attribute}_from", f"{spec.attribute}_to")
        self.input_type = "month" if month else "date"

    async def lookups(self, request: Request, model: Any, run_query) -> list[tuple[str, str]]:
        return []

    def kept(self, request: Request) -> list[tuple[str, str]]:
        """The other query parameters, carried as hidden fields by the range form."""
        return [(key, value) for key, value in request.query_params.multi_items()
                if key not in self.bounds and key != "page"]

    def _day(self, text: str, name: str, end: bool) -> dt.date:
        try:
            if self.month:
                first = dt.date.fromisoformat(f"{text}-01")
                return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1) if end else first
            return dt.date.fromisoformat(text)
        except ValueError as error:
            shape = "YYYY-MM" if self.month else "YYYY-MM-DD"
            raise HTTPException(400, detail=f"{name}: {text!r} 不是有效日期（{shape}）") from error

    async def apply(self, query: Select, request: Request, model: Any) -> Select:
        column = getattr(model, self.spec.attribute)
        start, end = (request.query_params.get(name, "").strip() for name in self.bounds)
        if start:
            query = query.where(column >= self._day(start, self.bounds[0], end=False))
        if end:
            query = query.where(column <= self._day(end, self.bounds[1], end=True))
        return query


def _shown(value: Any, reading: Reading) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    return reading.text(value) or str(value)


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
        code = self.region_model.code

        async def load():
            stmt = select(code, self.region_model.name).where(self.region_model.level.in_(REGION_LEVELS))
            stmt = stmt.where(scopes.region_clause(code, allowed)).order_by(code).limit(MAX_CHOICES)
            return [(ALL, "全部")] + [(row[0], f"{row[1]}（{row[0]}）") for row in await run_query(stmt)]

        return await _cached(("region", allowed.prefixes), load)

    async def apply(self, query: Select, request: Request, model: Any) -> Select:
        value = request.query_params.get(self.parameter_name)
        if value in (None, "", ALL):
            return query
        try:
            region = RegionCode.parse(value, field="region")
        except InvalidInput as error:
            raise HTTPException(400, detail=error.message) from error
        column = getattr(model, self.spec.attribute)
        return query.where(scopes.region_clause(column, scopes.Scope.of([region.prefix])))
