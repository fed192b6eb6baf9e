"""How a stored value reads to a person: codes by their Chinese names (kernel.labels), months as 2026-06, actions
by what they did. Lists, detail pages and exports read values through the same `Reading`, so a code never shows
raw in one place and named in another."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup
from tortoise import fields

from admin.tables import ColumnSpec, Entity
from kernel.audit import AuditRecordBase
from kernel.labels import ENTITY, Vocabulary, action_label, code_label, column_vocabulary

MONTH_WORDS = ("month",)
ACTION_COLUMNS = frozenset({"action"})
CODE_COLUMNS = frozenset({"rule"})
"""Columns an auditor cross-references by code (inspection rules by number): exports carry the code beside the name."""


@dataclass(frozen=True)
class Reading:
    """How the values of one column read."""

    vocabulary: Vocabulary | None = None
    month: bool = False
    action: bool = False
    keys: dict[str, str] | None = None
    """For a recorded change (JSON): the Chinese names of its keys."""

    def text(self, value: Any) -> str | None:
        """The value as a person reads it, or None when it reads as it is stored."""
        if value is None or value == "":
            return None
        if self.vocabulary is not None:
            return self.vocabulary.label(value)
        if self.month and isinstance(value, dt.date):
            return f"{value:%Y-%m}"
        if self.action and isinstance(value, str):
            return action_label(value)
        if self.keys is not None and isinstance(value, (dict, list)):
            return "；".join(f"{key}：{text}" for key, text, _ in self._entries(value))
        return None

    def _entries(self, value: Any) -> list[tuple[str, str, Any]]:
        """(name, text, stored) for each entry of a recorded change, nested values flattened to text."""
        items = value.items() if isinstance(value, dict) else enumerate(value, 1)
        return [(_key_text(key, self.keys), _entry_text(key, item, self.keys), item) for key, item in items]

    def html(self, value: Any) -> Any:
        """For a page: the name, with the stored code on hover."""
        if self.keys is not None and isinstance(value, (dict, list)):
            rows = Markup("").join(
                Markup('<dt class="col-4">{}</dt><dd class="col-8 mb-0" title="{}">{}</dd>').format(
                    key, stored if isinstance(stored, str) else "", text
                )
                for key, text, stored in self._entries(value)
            )
            return Markup('<dl class="row mb-0 recorded">{}</dl>').format(rows)
        text = self.text(value)
        if text is None:
            return "" if value is None else value
        if text == str(value):
            return text
        return Markup('<span class="coded" title="{}">{}</span>').format(value, text)


def _snake(key: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", key).lower()


def _key_text(key: Any, keys: dict[str, str] | None) -> str:
    """A key of a recorded change: its column's label, or a code's name (counts per rule are keyed by the rule)."""
    text = str(key)
    if keys and _snake(text) in keys:
        return keys[_snake(text)]
    return code_label(text) if CODE_SHAPE.fullmatch(text) else text


def _entry_text(key: Any, value: Any, keys: dict[str, str] | None) -> str:
    """An entry of a recorded change: a refusal's error code as the API gave it; the codes its reason names (the
    values a setting accepts …) by their names; anything else as `_value_text` reads it."""
    if key == ERROR_CODE_KEY:
        return str(value)
    if key == REASON_KEY and isinstance(value, str):
        return CODE_WORD.sub(lambda match: code_label(match.group()), value)
    return _value_text(value, keys)


def _value_text(value: Any, keys: dict[str, str] | None) -> str:
    if isinstance(value, str):
        return code_label(value) if CODE_SHAPE.fullmatch(value) else value
    if isinstance(value, bool):
        return "是" if value else "否"
    if value is None:
        return "（空）"
    if isinstance(value, (dict, list)):
        return Reading(keys=keys or {}).text(value) or ""
    return str(value)


CODE_SHAPE = re.compile(r"[A-Z][A-Z0-9_]{1,40}")
CODE_WORD = re.compile(r"\b[A-Z][A-Z0-9_]{1,40}\b")
REASON_KEY = "reason"


ERROR_CODE_KEY = "code"
"""A refusal's record names its error code under this key: the code stays as the API gave it, beside its reason."""


def key_labels(entities: list[Entity]) -> dict[str, str]:
    """Column name → Chinese label across every model: how the keys of a recorded change read."""
    found: dict[str, str] = {ERROR_CODE_KEY: "错误代码", "reason": "原因", "field": "字段"}
    for entity in entities:
        for spec in entity.columns:
            found.setdefault(spec.attribute, spec.label)
    return found


def entity_vocabulary(entities: list[Entity]) -> Vocabulary:
    """What an audit record's `entity` names, by the admin page's identity ("bank-account") or the model ("Household")."""
    from sqladmin.helpers import slugify_class_name

    terms = {**ENTITY.terms, "session": "会话"}
    for entity in entities:
        terms.setdefault(entity.model.__name__, entity.label)
        terms.setdefault(slugify_class_name(entity.mapped.__name__), entity.label)
    return Vocabulary("entity", ENTITY.title, terms)


def is_month(spec: ColumnSpec) -> bool:
    """A date that stands for a month (享受起始月, effective month): its label ends in 月 or its English says month."""
    return isinstance(spec.data, fields.DateField) and (
        spec.label.endswith("月") or any(word in spec.english for word in MONTH_WORDS)
    )


def reading(entity: Entity, spec: ColumnSpec, keys: dict[str, str] | None = None) -> Reading | None:
    if isinstance(spec.data, fields.JSONField):
        return Reading(keys=keys or {})
    vocabulary = column_vocabulary(entity.table.name, spec.attribute)
    if vocabulary is not None and isinstance(spec.data, (fields.CharField, fields.SmallIntField, fields.IntField)):
        return Reading(vocabulary=vocabulary)
    if is_month(spec):
        return Reading(month=True)
    if spec.attribute in ACTION_COLUMNS and (issubclass(entity.model, AuditRecordBase) or entity.app == "authz"):
        return Reading(action=True)
    return None


def readings(entity: Entity, entities: list[Entity]) -> dict[str, Reading]:
    """Every column of an entity that reads otherwise than stored."""
    keys = key_labels(entities)
    found = {spec.attribute: found for spec in entity.columns if (found := reading(entity, spec, keys)) is not None}
    if entity.column("entity") is not None:
        found["entity"] = Reading(vocabulary=entity_vocabulary(entities))
    return found


def formatter(found: Reading):
    """A sqladmin column formatter showing values through `found`."""

    def format_value(model: Any, attribute: str) -> Any:
        return found.html(getattr(model, attribute, None))

    return format_value
