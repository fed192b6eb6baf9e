"""Chinese names read from the models themselves: field descriptions and class docstrings."""

from __future__ import annotations

import re

from tortoise import fields

from kernel.labels import LABELS, labels_for

CATEGORIES = {
    "households": "户籍与家庭",
    "disbursement": "资金发放",
    "supervision": "监督检查",
    "authz": "用户与权限",
}
"""The menu group of each Tortoise app."""
TABLE_CATEGORIES = {"admin_audit_record": "审计", "audit_note": "审计"}
"""Tables shown in a group of their own rather than their app's."""

_CJK = re.compile(r"[\u3400-\u9fff]")


def field_label(description: str | None, fallback: str) -> str:
    """The Chinese half of "中文 / English", or the fallback when there is none."""
    text = (description or "").strip()
    if not text:
        return fallback
    chinese = re.split(r"\s*/\s+", text, maxsplit=1)[0].strip()
    return chinese or fallback


def model_label(docstring: str | None, fallback: str) -> str:
    """The Chinese name after the dash of "English — 中文: explanation"."""
    first = (docstring or "").strip().splitlines()[0] if (docstring or "").strip() else ""
    _, dash, rest = first.partition("—")
    if dash:
        name = re.split(r"[:：.。]", rest.strip(), maxsplit=1)[0].strip()
        if name:
            return name
    if _CJK.search(first):
        return re.split(r"[:：.。]", first, maxsplit=1)[0].strip()
    return fallback


def category(app: str, table: str = "") -> str:
    return TABLE_CATEGORIES.get(table) or CATEGORIES.get(app, app)


VALUE_LABELS: dict[str, str] = {}
"""Every code of the label table by itself, for columns of no known family (the first family naming a code wins)."""
for _family in LABELS.values():
    for _code, _name in _family.items():
        VALUE_LABELS.setdefault(_code, _name)

_CODE_NAME = re.compile(r"\b([A-Z][A-Z0-9_]{1,31})\s+([\u3400-\u9fff][\u3400-\u9fff/]*)")
_MONTH = re.compile(r"月(份)?$|起始月|截止月")


def value_labels(description: str | None, table: str = "", column: str = "") -> dict[str, str]:
    """Code → Chinese name for one column: its family in the label table, else the shared names and those its
    description lists ("YIKATONG 一卡通, …")."""
    described = dict(_CODE_NAME.findall(description or ""))
    own = labels_for(table, column)
    return {**described, **own} if own else {**VALUE_LABELS, **described}


def coded_columns(entity) -> dict[str, dict[str, str]]:
    """The columns whose values are codes with Chinese names: attribute → code → name."""
    from admin.columns import filter_columns

    classifying = {spec.attribute for spec in filter_columns(entity)}
    found = {}
    for spec in entity.columns:
        own = labels_for(entity.table.name, spec.column)
        if own:
            found[spec.attribute] = {**dict(_CODE_NAME.findall(spec.field.description or "")), **own}
        elif spec.attribute in classifying and isinstance(spec.data, fields.CharField):
            found[spec.attribute] = value_labels(spec.field.description)
    return found


def month_columns(entity) -> set[str]:
    """Date columns that hold a month (its first day): shown as 2026-06, not 2026-06-01."""
    return {spec.attribute for spec in entity.columns if isinstance(spec.field, fields.DateField)
            and not isinstance(spec.field, fields.DatetimeField) and "日" not in field_label(spec.field.description, "")
            and _MONTH.search(field_label(spec.field.description, ""))}
