"""Links between records across services by id (household → members, payments, findings) and region names."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup
from sqladmin.helpers import slugify_class_name
from sqlalchemy import case, select
from starlette.requests import Request

from admin.tables import Entity

NAMES_TTL = 600.0
_names: dict[str, str] = {}
_loaded_at = 0.0


@dataclass(frozen=True)
class Reference:
    """A column of `source` holding the id of a `target` record (a foreign key, or `<target>_id` by name)."""

    source: Entity
    column: str
    target: Entity

    @property
    def source_identity(self) -> str:
        return slugify_class_name(self.source.mapped.__name__)

    @property
    def target_identity(self) -> str:
        return slugify_class_name(self.target.mapped.__name__)


def references(entities: list[Entity]) -> list[Reference]:
    """Every id column pointing at another model's record, within one service or across services."""
    by_table = {entity.table.name: entity for entity in entities}
    by_model = {f"{entity.app}.{entity.model.__name__}": entity for entity in entities}
    found = []
    for entity in entities:
        for spec in entity.columns:
            target = by_model.get(spec.references or "")
            if target is None and spec.attribute.endswith("_id") and not spec.field.pk:
                target = by_table.get(spec.attribute[: -len("_id")])
            if target is not None and target is not entity:
                found.append(Reference(entity, spec.attribute, target))
    return found


REPRESENTATIVE = "representative"
HEAD = "HEAD"


def representative(entity: Entity, children: list[Reference]) -> tuple[str, Reference] | None:
    """For a record without a name of its own (a household), where to read who it is: its members, head first."""
    if any(spec.attribute.endswith("name") for spec in entity.columns):
        return None
    ref = next((ref for ref in children if ref.source.column("name") is not None), None)
    if ref is None:
        return None
    return ("户主" if ref.source.column("relation") is not None else ref.source.label), ref


async def load_representatives(ref: Reference, rows: list, pk: str, run_query) -> None:
    """One query for the page: each row gets the name of its head (or first member) as `representative`."""
    keys = [getattr(row, pk) for row in rows]
    if not keys:
        return
    child = ref.source.mapped
    column = getattr(child, ref.column)
    order = [getattr(child, ref.source.pk.attribute)]
    if ref.source.column("relation") is not None:
        order = [case((child.relation == HEAD, 0), else_=1), *order]
    names: dict = {}
    for key, name in await run_query(select(column, child.name).where(column.in_(keys)).order_by(column, *order)):
        names.setdefault(key, name)
    for row in rows:
        row.__dict__[REPRESENTATIVE] = names.get(getattr(row, pk), "")


def link_formatter(identity: str):
    """Render an id as a link to the record's detail page."""

    def formatter(model: Any, attribute: str, request: Request | None = None) -> Any:
        value = getattr(model, attribute, None)
        if value is None:
            return ""
        if request is None:
            return value
        url = request.url_for("admin:details", identity=identity, pk=str(value))
        return Markup('<a href="{}">{}</a>').format(url, value)

    return formatter


def region_formatter(model: Any, attribute: str) -> Any:
    """A region code followed by the place's name, so nobody has to look codes up."""
    code = getattr(model, attribute, None)
    if not code:
        return code or ""
    name = _names.get(code)
    if not name:
        return code
    return Markup('<span class="region-code">{}</span> <small class="text-secondary">{}</small>').format(code, name)


async def load_region_names(region: Entity | None, codes: set[str], run_query) -> None:
    """Fetch names for codes not yet known, in one query (the names table changes once a year)."""
    global _loaded_at
    if region is None:
        return
    if time.monotonic() - _loaded_at > NAMES_TTL:
        _names.clear()
        _loaded_at = time.monotonic()
    missing = sorted(code for code in codes if code and code not in _names)
    if not missing:
        return
    code = region.mapped.code
    for row in await run_query(select(code, region.mapped.name).where(code.in_(missing))):
        _names[row[0]] = row[1]


def region_name(code: str) -> str:
    return _names.get(code, "")
