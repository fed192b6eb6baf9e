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


VALUE_LABELS = {
    "ACTIVE": "在保", "STOPPED": "已停保", "APPLYING": "申请中", "SUSPENDED": "暂停",
    "URBAN": "城市", "RURAL": "农村",
    "PAID": "已发放", "PENDING": "待处理", "FAILED": "失败", "REISSUED": "已补发",
    "OPEN": "待核实", "CLOSED": "已办结", "CONFIRMED": "已确认", "DISMISSED": "已排除",
    "HIGH": "高", "MEDIUM": "中", "LOW": "低",
    "HEAD": "户主", "SPOUSE": "配偶", "CHILD": "子女", "PARENT": "父母",
    "APPROVED": "已批准", "REJECTED": "不予批准", "RECEIVED": "已受理",
}
"""Chinese names of the codes the services share; a field's own description ("YIKATONG 一卡通, …") wins."""

_CODE_NAME = re.compile(r"\b([A-Z][A-Z0-9_]{1,31})\s+([\u3400-\u9fff][\u3400-\u9fff/]*)")


def value_labels(description: str | None) -> dict[str, str]:
    """Code → Chinese name for one column: the shared names, then those its description lists."""
    return {**VALUE_LABELS, **dict(_CODE_NAME.findall(description or ""))}
