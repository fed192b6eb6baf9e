"""The admin's generator: a sqladmin view class for each entity, its labels, lists, search, filters, links, forms
and formatters chosen from the model's metadata (the views' behaviour is admin.views.ScopedModelView)."""

from __future__ import annotations

from typing import Any

from tortoise import fields

from admin import related, shown, users
from admin import scope as scopes
from admin.columns import (
    TYPE_FORMATTERS,
    filter_columns,
    is_append_only,
    is_binary,
    is_long,
    is_money,
    is_secret,
    list_columns,
    searchable_columns,
)
from admin.filters import DateRangeFilter, RegionFilter, ValueFilter
from admin.labels import category
from admin.tables import Entity
from admin.views import ScopedModelView
from authz.masking import hides


def _money_formatter(model: Any, attribute: str) -> str:
    from admin.columns import format_money

    value = getattr(model, attribute, None)
    return "" if value is None else format_money(value)


def _creatable(entity: Entity, form_columns: list[str]) -> bool:
    """A record can be created here only if every required column is on the form, has a default or is typed in."""
    shown = set(form_columns) | users.typed_in(entity)
    return all(
        spec.attribute in shown
        or spec.field.null
        or spec.field.default is not None
        or spec.field.pk
        or getattr(spec.field, "auto_now", False)
        or getattr(spec.field, "auto_now_add", False)
        for spec in entity.columns
    )


def view_for(entity: Entity, entities: list[Entity] | None = None) -> type[ScopedModelView]:
    """A view class for one entity: labels, lists, search, filters and links chosen from the model's fields."""
    entities = entities or [entity]
    specs = entity.columns
    shown_in_list = list_columns(entity)
    form_columns = [
        spec.attribute
        for spec in specs
        if not is_secret(spec)
        and not (spec.field.pk and spec.field.generated)
        and not getattr(spec.field, "auto_now", False)
        and not getattr(spec.field, "auto_now_add", False)
    ]
    sensitive = scopes.sensitive_columns(entity)
    hidden = {name for name, kind in sensitive.items() if hides(kind)}
    references = related.references(entities)
    outgoing = [ref for ref in references if ref.source is entity]
    incoming = [ref for ref in references if ref.target is entity]
    children = tuple(ref for ref in incoming if ref.source.app == entity.app)
    named = related.representative(entity, list(children))
    named_by = named[0] if named else None
    if named:
        shown_in_list = shown_in_list[:1] + [related.REPRESENTATIVE] + shown_in_list[1:]
    region = entity.region
    region_entity = next((other for other in entities if other.table.name == "region"), None)
    formatters = {spec.attribute: _money_formatter for spec in specs if is_money(spec)}
    formatters |= {ref.column: related.link_formatter(ref.target_identity) for ref in outgoing}
    if region is not None and not region.field.pk:
        formatters[region.attribute] = related.region_formatter
    readings = shown.readings(entity, entities)
    formatters |= {name: shown.formatter(found) for name, found in readings.items() if name not in formatters}
    append_only = is_append_only(entity)
    attrs = {
        "__doc__": f"{entity.label}（{entity.model.__name__}）",
        "entity": entity,
        "name": entity.label,
        "name_plural": entity.label,
        "category": category(entity.app, entity.table.name),
        "icon": "fa-solid fa-table",
        "read_action": scopes.read_action(entity.app, entity.table.name),
        "region_attribute": region.attribute if region else None,
        "region_entity": region_entity,
        "readings": readings,
        "sensitive": sensitive,
        "personal": scopes.is_personal(entity),
        "reference_params": tuple(ref.column for ref in outgoing),
        "children": children,
        "named_by": named[1] if named else None,
        "incoming": tuple(incoming),
        "column_labels": {spec.attribute: spec.label for spec in specs}
        | {"password": "新口令"}
        | ({related.REPRESENTATIVE: named_by} if named_by else {}),
        "column_list": shown_in_list,
        "column_details_list": [spec.attribute for spec in specs if not is_secret(spec) and not is_binary(spec)],
        "column_export_list": [spec.attribute for spec in specs if not is_secret(spec) and not is_binary(spec)],
        "column_searchable_list": [name for name in searchable_columns(entity) if name not in hidden],
        "column_sortable_list": [
            name
            for name in shown_in_list
            if entity.column(name) and not is_long(entity.column(name)) and name not in hidden
        ],
        "column_default_sort": [(entity.pk.attribute, True)] if append_only else [(entity.pk.attribute, False)],
        "column_formatters": formatters,
        "column_formatters_detail": formatters,
        "column_type_formatters": TYPE_FORMATTERS,
        "column_type_formatters_detail": TYPE_FORMATTERS,
        "form_columns": form_columns,
        "form_overrides": users.form_overrides(entity),
        "form_args": users.form_args(entity),
        "can_create": _creatable(entity, form_columns) and not append_only,
        "can_edit": not append_only,
        "can_delete": not append_only,
        "export_types": ["xlsx", "csv"],
    }
    view = type(f"{entity.mapped.__name__}Admin", (ScopedModelView,), attrs, model=entity.mapped)
    view.column_filters = _filters(view, entity, region_entity, shown_in_list, readings)
    return view


DATE_RANGES = 2
"""Date columns of the list offered as a from–to filter, at most."""


def _filters(
    view: type[ScopedModelView],
    entity: Entity,
    region_entity: Entity | None,
    listed: list[str],
    readings: dict[str, shown.Reading],
) -> list:
    found: list = []
    if entity.region is not None and not entity.region.field.pk:
        found.append(RegionFilter(view, entity.region, region_entity.mapped if region_entity else None))
    found += [ValueFilter(view, spec, readings.get(spec.attribute)) for spec in filter_columns(entity)]
    dates = [
        spec for name in listed if (spec := entity.column(name)) is not None and isinstance(spec.data, fields.DateField)
    ][:DATE_RANGES]
    found += [DateRangeFilter(view, spec, month=shown.is_month(spec)) for spec in dates]
    return found


__all__ = ["view_for"]
