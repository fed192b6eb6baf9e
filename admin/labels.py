"""Chinese names read from the models themselves: field descriptions and class docstrings."""

from __future__ import annotations

import re

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
