"""The input layer every subgraph shares: bad input becomes a field error, never an internal error.

Three places catch what the value types (kernel.values) cannot see:
- before execution, text with control characters (a NUL the database would refuse) is refused by name;
- a variable or literal that does not parse as its scalar (`2026-02-30` as a Date) is a field error;
- what the storage layer refuses — a string longer than its column, a number wider than it — is turned
  into the field error it is, with the column's limit, instead of a masked failure with a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import orjson
from graphql import GraphQLError
from graphql.language import (
    ArgumentNode,
    DocumentNode,
    ListValueNode,
    Node,
    ObjectFieldNode,
    ObjectValueNode,
    StringValueNode,
)
from strawberry.extensions import SchemaExtension
from strawberry.types import ExecutionResult
from tortoise.exceptions import ValidationError

from kernel.errors import DomainError, InvalidInput

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Characters no name, address or note holds (tab, line feed and carriage return are allowed)."""
_ESCAPED_CONTROL = (b"\\u00", b"\\b", b"\\f", b"\x7f")
"""Control characters as JSON writes them (orjson escapes all but DEL): looking for these in the encoded
variables costs a fifth of walking a thousand entity keys; only a hit walks them to name the field."""
_TOO_LONG = re.compile(r"^(\w+): Length of '.*' (\d+) > (\d+)$", re.DOTALL)
_FIELD_PROBLEM = re.compile(r"^(\w+): (.*)$", re.DOTALL)
_VARIABLE = re.compile(r"^Variable '\$(\w+)'")
_COERCION = re.compile(r"^Variable '\$\w+' has invalid value|cannot represent|^Expected value of type")
_VARCHAR = re.compile(r"character varying\((\d+)\)")


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _control_in(value: Any, path: str) -> str | None:
    """The path of the first string under `value` holding a control character, or None."""
    if isinstance(value, str):
        return path if CONTROL.search(value) else None
    if isinstance(value, dict):
        items: Iterator[tuple[str, Any]] = ((f"{path}.{key}", item) for key, item in value.items())
    elif isinstance(value, list):
        items = ((f"{path}[{index}]", item) for index, item in enumerate(value))
    else:
        return None
    return next((found for sub, item in items if (found := _control_in(item, sub))), None)


def _literal_with_control(node: Node | None, path: str = "") -> str | None:
    """The argument path of a string literal in the document holding a control character, or None."""
    if node is None:
        return None
    if isinstance(node, StringValueNode):
        return path if CONTROL.search(node.value) else None
    if isinstance(node, ArgumentNode):
        return _literal_with_control(node.value, node.name.value)
    if isinstance(node, ObjectFieldNode):
        return _literal_with_control(node.value, f"{path}.{node.name.value}")
    if isinstance(node, ObjectValueNode):
        return next((found for field in node.fields if (found := _literal_with_control(field, path))), None)
    if isinstance(node, ListValueNode):
        return next((found for index, value in enumerate(node.values)
                     if (found := _literal_with_control(value, f"{path}[{index}]"))), None)
    for key in node.keys:
        child = getattr(node, key, None)
        children = child if isinstance(child, (list, tuple)) else [child]
        for item in children:
            if isinstance(item, Node) and (found := _literal_with_control(item, path)):
                return found
    return None


def control_characters_refused(field: str) -> InvalidInput:
    return InvalidInput(f"{field} contains a control character (such as NUL), which no text may hold",
                        f"{field} 含有控制字符（如 NUL），文本中不允许出现", field=field, code="INVALID_TEXT")


_literals: dict[str, str | None] = {}
"""Per operation text: the literal holding a control character, if any (the gateway repeats its few texts)."""


class RefuseControlCharacters(SchemaExtension):
    """Before any resolver runs: text arguments (variables and literals) without control characters."""

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        field = None
        if context.variables:
            encoded = orjson.dumps(context.variables, default=str)
            if any(escape in encoded for escape in _ESCAPED_CONTROL):
                field = (_control_in(context.variables, "") or "").lstrip(".") or None
        if not field and context.query:
            if context.query not in _literals:
                if len(_literals) > 1024:
                    _literals.clear()
                _literals[context.query] = _literal_with_control(context.graphql_document)
            field = _literals[context.query]
        if field:
            error = control_characters_refused(field)
            context.result = ExecutionResult(data=None, errors=[GraphQLError(error.message, extensions=error.extensions,
                                                                             original_error=error)])
        yield


def translated(error: Exception | None) -> DomainError | None:
    """The field error a storage-layer refusal stands for; None when the exception is not one."""
    if isinstance(error, ValidationError):
        text = str(error)
        if found := _TOO_LONG.match(text):
            field, limit = camel(found[1]), int(found[3])
            return InvalidInput(f"{field} is longer than {limit} characters", f"{field} 超过 {limit} 个字符",
                                field=field, code="TOO_LONG", maxLength=limit)
        problem = _FIELD_PROBLEM.match(text)
        named = camel(problem[1]) if problem else None
        return InvalidInput(f"{named or 'a value'} is not valid: {problem[2] if problem else text}",
                            f"{named or '输入值'} 无效", field=named, code="INVALID_VALUE")
    sqlstate = getattr(error, "sqlstate", None) or getattr(getattr(error, "__cause__", None), "sqlstate", None)
    if sqlstate == "22001":  # string data right truncation
        declared = _VARCHAR.search(str(error))
        details: dict[str, Any] = {"maxLength": int(declared[1])} if declared else {}
        return InvalidInput("a text is longer than its field allows", "文本超过字段允许的长度", code="TOO_LONG", **details)
    if sqlstate in ("22003", "22008"):  # numeric value or datetime field out of range
        return InvalidInput("a number or date lies outside what can be stored", "数值或日期超出可保存的范围",
                            code="OUT_OF_RANGE")
    if sqlstate in ("22021", "22P05"):  # a character the encoding refuses (NUL)
        return InvalidInput("a text holds a character that cannot be stored", "文本含有无法保存的字符", code="INVALID_TEXT")
    return None


_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')


def _argument_of(document: DocumentNode | None, error: GraphQLError) -> str | None:
    """The name of the argument whose literal value is the error's node (or, without nodes, the literal the
    message quotes)."""
    quoted = _QUOTED.search(error.message)
    if document is None or not (error.nodes or quoted):
        return None
    target = error.nodes[0] if error.nodes else None

    def matches(node: Node) -> bool:
        if target is not None:
            return node is target
        return isinstance(node, StringValueNode) and quoted is not None and node.value == quoted[1]

    def walk(node: Node, name: str | None) -> str | None:
        if matches(node):
            return name
        if isinstance(node, ArgumentNode):
            name = node.name.value
        for key in node.keys:
            child = getattr(node, key, None)
            for item in child if isinstance(child, (list, tuple)) else [child]:
                if isinstance(item, Node) and (found := walk(item, name)):
                    return found
        return None

    return walk(document, None)


def is_refused_request(error: GraphQLError) -> bool:
    """A variable or literal that does not coerce to its type: the request is refused before it runs."""
    return error.path is None and not (error.extensions or {}).get("code") and bool(_COERCION.search(error.message))


def as_field_error(error: GraphQLError, document: DocumentNode | None) -> GraphQLError | None:
    """The field error to answer instead of `error`, or None when it stays as it is (or is to be masked)."""
    if is_refused_request(error):
        found = _VARIABLE.match(error.message)
        field = found[1] if found else _argument_of(document, error)
        return GraphQLError(error.message, nodes=error.nodes,
                            extensions={"code": "BAD_USER_INPUT", **({"field": field} if field else {})})
    domain = translated(error.original_error)
    if domain is None:
        return None
    return GraphQLError(domain.message, nodes=error.nodes, path=error.path, extensions=domain.extensions,
                        original_error=domain)
