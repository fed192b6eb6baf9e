"""Which columns a generated view lists, searches, filters and exports, and how values read in Chinese."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from markupsafe import Markup
from sqladmin.formatters import BASE_FORMATTERS
from tortoise import fields

from admin.tables import ColumnSpec, Entity
from kernel.audit import AuditRecordBase
from kernel.values import SHANGHAI

LIST_LIMIT = 8
SECRET_WORDS = ("password", "secret", "token")
NAME_WORDS = ("name", "username")
SEARCH_SUFFIXES = ("name", "code", "number")
FILTER_NAMES = frozenset(
    {
        "status",
        "period",
        "review_class",
        "urban_rural",
        "rule",
        "severity",
        "level",
        "kind",
        "role",
        "channel",
        "action",
        "relation",
        "sex",
        "is_current",
        "succeeded",
        "entity",
    }
)
FILTER_WORDS = ("status", "period", "class", "category", "severity", "kind")
"""A column is offered as a filter when its name or the English half of its description says it classifies."""
APPEND_ONLY_TABLES = frozenset({"auth_sign_in_event", "audit_note", "change_event"})
"""Logs nobody edits in the admin, beside every audit-record table."""


def format_date(value: dt.date) -> str:
    return value.isoformat()


def format_datetime(value: dt.datetime) -> str:
    """Beijing time, to the second."""
    if value.tzinfo is not None:
        value = value.astimezone(SHANGHAI)
    return value.strftime("%Y-%m-%d %H:%M:%S")


def format_money(value: Decimal) -> str:
    return f"¥{value:,.2f}"


def format_json(value: Any) -> Markup:
    return Markup("<code>{}</code>").format(json.dumps(value, ensure_ascii=False, default=str))


def format_bool(value: bool) -> str:
    return "是" if value else "否"


TYPE_FORMATTERS = {
    **BASE_FORMATTERS,
    bool: format_bool,
    dt.date: format_date,
    dt.datetime: format_datetime,
    dict: format_json,
    list: format_json,
}


def is_secret(spec: ColumnSpec) -> bool:
    return any(word in spec.attribute.lower() for word in SECRET_WORDS)


def is_binary(spec: ColumnSpec) -> bool:
    """Stored files (a visit photo's image): never a page's text or an export's cell; the row's hash and size are."""
    return isinstance(spec.data, fields.BinaryField)


def is_money(spec: ColumnSpec) -> bool:
    return isinstance(spec.data, fields.DecimalField) and spec.data.decimal_places == 2


def is_long(spec: ColumnSpec) -> bool:
    return (
        isinstance(spec.data, (fields.JSONField, fields.TextField, fields.BinaryField))
        or (getattr(spec.data, "max_length", 0) or 0) > 120
    )


def is_append_only(entity: Entity) -> bool:
    """Audit trails and logs: readable, never created, edited or deleted through the admin."""
    return issubclass(entity.model, AuditRecordBase) or entity.table.name in APPEND_ONLY_TABLES


def _tier(spec: ColumnSpec, entity: Entity) -> int:
    """How much a column deserves a place in the list: 0 first, higher later."""
    name, data = spec.attribute, spec.data
    if spec.field.pk:
        return 0
    if name.endswith(NAME_WORDS) or spec is entity.region or spec.references:
        return 1
    if isinstance(data, (fields.DecimalField, fields.BooleanField)) or name in FILTER_NAMES:
        return 2
    if isinstance(data, fields.CharField) and (data.max_length or 0) <= 16:
        return 2
    if isinstance(data, (fields.DateField, fields.DatetimeField)):
        return 3
    return 4


def list_columns(entity: Entity) -> list[str]:
    """Up to eight short, telling columns, in declaration order."""
    candidates = [spec for spec in entity.columns if not is_secret(spec) and not is_long(spec)]
    order = {spec.attribute: index for index, spec in enumerate(entity.columns)}
    chosen = sorted(candidates, key=lambda spec: (_tier(spec, entity), order[spec.attribute]))[:LIST_LIMIT]
    return sorted((spec.attribute for spec in chosen), key=order.__getitem__)


def searchable_columns(entity: Entity) -> list[str]:
    """Names, codes and numbers that people type in to find a record."""
    return [
        spec.attribute
        for spec in entity.columns
        if isinstance(spec.data, fields.CharField)
        and not is_secret(spec)
        and (spec.attribute.endswith(SEARCH_SUFFIXES) or spec.attribute in ("username", "period"))
    ]


def filter_columns(entity: Entity) -> list[ColumnSpec]:
    """Short classifying columns (status, period, class …) whose distinct values make a useful filter."""
    found = []
    for spec in entity.columns:
        data = spec.data
        short = isinstance(data, (fields.BooleanField, fields.SmallIntField)) or (
            isinstance(data, fields.CharField) and (data.max_length or 0) <= 32
        )
        named = spec.attribute in FILTER_NAMES or any(word in spec.english for word in FILTER_WORDS)
        if short and named and not spec.field.pk and spec is not entity.region:
            found.append(spec)
    return found
