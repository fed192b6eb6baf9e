"""Request checks at the edge: parsing, size, depth and cost limits, validation, variables, trusted operations.

Messages follow graphql-js wording (double quotes), so clients see the same text whichever
federation gateway answers them.
"""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, cast

from graphql import (
    ArgumentNode,
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    ListValueNode,
    ObjectValueNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    VariableNode,
    Visitor,
    get_named_type,
    get_nullable_type,
    get_operation_ast,
    is_list_type,
    is_non_null_type,
    parse,
    print_ast,
    type_from_ast,
    validate,
    visit,
)

from gateway.error_codes import GatewayErrorCode
from gateway.messages import (  # noqa: F401 - js_quotes stays importable from here
    VALIDATION_RULES,
    input_value_errors,
    js_inspect,
    js_quotes,
    js_validation_message,
)
from gateway.selection import measure
from kernel.error_codes import CommonErrorCode


class RequestError(Exception):
    """A request the gateway refuses before planning; carries the GraphQL errors and HTTP status."""

    def __init__(
        self, code: str, messages: Iterable[str | GraphQLError | tuple[str, dict[str, Any]]], status: int = 400
    ) -> None:
        self.code = str(code)  # the plain text, as every error body carries it
        self.status = status
        self.errors = [self._error(m) for m in messages]
        super().__init__("; ".join(e["message"] for e in self.errors))

    def _error(self, message: str | GraphQLError | tuple[str, dict[str, Any]]) -> dict[str, Any]:
        if isinstance(message, GraphQLError):
            error: dict[str, Any] = {**message.formatted, "message": js_validation_message(message.message)}
        elif isinstance(message, tuple):  # a message with extensions of its own (the field it is about)
            error = {"message": message[0], "extensions": message[1]}
        else:
            error = {"message": message}
        return {**error, "extensions": {**(error.get("extensions") or {}), "code": self.code}}


@dataclass
class Limits:
    """What one operation may ask for."""

    max_depth: int = 15
    max_fields: int = 5000
    max_cost: int | None = None
    default_list_size: int = 10
    max_aliases: int | None = 50
    """Aliased field occurrences (fragments expanded): each is resolved again, so `a1: households … a1000:
    households` costs a thousand fetches while its estimated cost stays small."""


@dataclass
class TrustedOperations:
    """Persisted operations by sha256 of their text; `only` refuses any operation not in the list."""

    operations: dict[str, str] = field(default_factory=dict)
    only: bool = False

    @classmethod
    def from_manifest(cls, path: str, *, only: bool) -> TrustedOperations:
        """Read a manifest: a JSON list of operation texts, or `{"operations": [{"body": ...}]}`."""
        with open(path, encoding="utf-8") as handle:
            manifest = json.load(handle)
        items = manifest.get("operations", []) if isinstance(manifest, dict) else manifest
        texts = [item["body"] if isinstance(item, dict) else item for item in items]
        return cls({hashlib.sha256(t.encode()).hexdigest(): t for t in texts}, only)

    def resolve(self, body: dict[str, Any]) -> str | None:
        """The query text of a request, looked up by hash when it sends one."""
        extension = (
            ((body.get("extensions") or {}).get("persistedQuery") or {})
            if isinstance(body.get("extensions"), dict)
            else {}
        )
        digest = extension.get("sha256Hash") if isinstance(extension, dict) else None
        query = body.get("query")
        if isinstance(digest, str):
            known = self.operations.get(digest)
            if known is None and not (
                isinstance(query, str) and not self.only and hashlib.sha256(query.encode()).hexdigest() == digest
            ):
                raise RequestError(GatewayErrorCode.PERSISTED_QUERY_NOT_FOUND, ["PersistedQueryNotFound"])
            return known or query
        if self.only and isinstance(query, str) and hashlib.sha256(query.encode()).hexdigest() not in self.operations:
            raise RequestError(
                GatewayErrorCode.PERSISTED_QUERY_NOT_IN_LIST,
                ["This gateway runs only trusted operations; this one is not in its list."],
                403,
            )
        return query if isinstance(query, str) else None


def check_document(
    body: Any, schema: GraphQLSchema, limits: Limits, trusted: TrustedOperations | None = None
) -> DocumentNode:
    """Parse, bound the size, validate against the API schema, and find the operation."""
    if not isinstance(body, dict):
        raise RequestError(
            CommonErrorCode.BAD_REQUEST, ['The request body must be a JSON object with a "query" string.']
        )
    query = trusted.resolve(body) if trusted is not None else body.get("query")
    if not isinstance(query, str) or not query.strip():
        raise RequestError(
            CommonErrorCode.BAD_REQUEST, ['The request body must be a JSON object with a "query" string.']
        )
    operation_name = body.get("operationName") or None
    if operation_name is not None and not isinstance(operation_name, str):
        raise RequestError(CommonErrorCode.BAD_REQUEST, ['"operationName" must be a string.'])
    key = (schema, query, operation_name, limits.max_depth, limits.max_fields, limits.max_aliases)
    document = _checked.get(key)
    if document is not None:
        _checked.move_to_end(key)
        return document
    document = _check_text(query, operation_name, schema, limits)
    _checked[key] = document
    while len(_checked) > CHECKED_DOCUMENTS:
        _checked.popitem(last=False)
    return document


CHECKED_DOCUMENTS = 1000
"""Operation texts whose parsed, validated document is kept: clients send the same few over and over."""

_checked: OrderedDict[tuple[Any, ...], DocumentNode] = OrderedDict()


def _check_text(query: str, operation_name: str | None, schema: GraphQLSchema, limits: Limits) -> DocumentNode:
    try:
        document = parse(query)
    except GraphQLError as error:
        raise RequestError(GatewayErrorCode.GRAPHQL_PARSE_FAILED, [error]) from None
    operation = get_operation_ast(document, operation_name)
    if operation is not None:  # measured before validation, which is costly on huge queries
        _check_size(document, operation, limits)
    errors = validate(schema, document, VALIDATION_RULES)
    if errors:
        raise RequestError(GatewayErrorCode.GRAPHQL_VALIDATION_FAILED, errors)
    if operation is None:
        if operation_name:
            raise RequestError(GatewayErrorCode.OPERATION_NOT_FOUND, [f'Unknown operation named "{operation_name}".'])
        raise RequestError(
            GatewayErrorCode.INVALID_GRAPHQL,  # @apollo/gateway's code: not a validation rule's failure
            ["Must provide operation name if query contains multiple operations."],
        )
    if operation.operation == OperationType.SUBSCRIPTION:
        raise RequestError(
            GatewayErrorCode.SUBSCRIPTION_NOT_SUPPORTED,
            ["Subscriptions are not supported by this gateway; send queries and mutations."],
        )
    return document


def _check_size(document: DocumentNode, operation: OperationDefinitionNode, limits: Limits) -> None:
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    query_depth, size = measure(operation.selection_set, fragments)
    if query_depth > limits.max_depth:
        raise RequestError(
            GatewayErrorCode.QUERY_TOO_DEEP, [f"Query depth {query_depth} exceeds the limit of {limits.max_depth}."]
        )
    if size > limits.max_fields:
        raise RequestError(
            GatewayErrorCode.QUERY_TOO_COMPLEX,
            [f"Query selects {size} fields once fragments are expanded; the limit is {limits.max_fields}."],
        )
    if limits.max_aliases is not None:
        aliases = count_aliases(operation.selection_set, fragments, {})
        if aliases > limits.max_aliases:
            raise RequestError(
                GatewayErrorCode.QUERY_TOO_MANY_ALIASES,
                [
                    f"Query uses {aliases} aliased fields once fragments are expanded; the limit is {limits.max_aliases}."
                ],
            )


def count_aliases(
    selection_set: SelectionSetNode, fragments: Mapping[str, FragmentDefinitionNode], memo: dict[str, int]
) -> int:
    """Aliased field occurrences below a selection set, each fragment spread counted for every time it is spread
    (each fragment is walked once)."""
    total = 0
    for node in selection_set.selections:
        if isinstance(node, FieldNode):
            total += (node.alias is not None) + (
                count_aliases(node.selection_set, fragments, memo) if node.selection_set else 0
            )
        elif isinstance(node, FragmentSpreadNode):
            name = node.name.value
            if name not in memo:
                memo[name] = 0  # a cycle (refused by validation anyway) counts as empty
                memo[name] = count_aliases(fragments[name].selection_set, fragments, memo) if name in fragments else 0
            total += memo[name]
        else:
            total += count_aliases(cast(InlineFragmentNode, node).selection_set, fragments, memo)
    return total


def check_cost(
    document: DocumentNode,
    operation_name: str | None,
    schema: GraphQLSchema,
    variables: Mapping[str, Any],
    limits: Limits,
) -> int:
    """Refuse an operation whose estimated cost exceeds the limit; returns the estimate.

    Each field costs 1 plus its sub-selection; a list field multiplies that by its `first`
    argument, or by the default list size when it has none. A connection's `first`/`last` sizes the
    lists inside it (`edges`, `nodes`), as a list's own `first` does.
    """
    operation = get_operation_ast(document, operation_name)
    assert operation is not None
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    root = schema.get_root_type(operation.operation)
    cost = _Cost(schema, fragments, variables, limits.default_list_size).of(operation.selection_set, root)
    if limits.max_cost is not None and cost > limits.max_cost:
        raise RequestError(
            GatewayErrorCode.QUERY_TOO_COSTLY, [f"Query cost {cost} exceeds the limit of {limits.max_cost}."]
        )
    return cost


class _Cost:
    def __init__(
        self,
        schema: GraphQLSchema,
        fragments: Mapping[str, FragmentDefinitionNode],
        variables: Mapping[str, Any],
        list_size: int,
    ) -> None:
        self.schema, self.fragments, self.variables, self.list_size = schema, fragments, variables, list_size
        self.memo: dict[tuple[str, str, int | None], int] = {}

    def of(self, selection_set: SelectionSetNode, parent: Any, sized: int | None = None) -> int:
        """The cost of a selection; `sized` is the page size of the connection it selects from, if any."""
        total = 0
        for node in selection_set.selections:
            if isinstance(node, FieldNode):
                total += self._field(node, parent, sized)
            elif isinstance(node, InlineFragmentNode):
                condition = self.schema.get_type(node.type_condition.name.value) if node.type_condition else parent
                total += self.of(node.selection_set, condition, sized)
            elif isinstance(node, FragmentSpreadNode) and node.name.value in self.fragments:
                fragment = self.fragments[node.name.value]
                key = (node.name.value, parent.name, sized)
                if key not in self.memo:
                    self.memo[key] = 0
                    self.memo[key] = self.of(
                        fragment.selection_set, self.schema.get_type(fragment.type_condition.name.value), sized
                    )
                total += self.memo[key]
        return total

    def _field(self, node: FieldNode, parent: Any, sized: int | None = None) -> int:
        definition = getattr(parent, "fields", {}).get(node.name.value)
        if definition is None:
            return 1
        size = self._size(node)
        if is_list_type(get_nullable_type(definition.type)):
            below = self.of(node.selection_set, get_named_type(definition.type)) if node.selection_set else 0
            return (1 + below) * (size or sized or self.list_size)
        below = self.of(node.selection_set, get_named_type(definition.type), size) if node.selection_set else 0
        return 1 + below

    def _size(self, node: FieldNode) -> int | None:
        """The page size a field's `first`, `last` or `limit` argument asks for, if it has one."""
        for argument in node.arguments or ():
            if argument.name.value in ("first", "last", "limit"):
                value = argument.value
                if isinstance(value, IntValueNode):
                    return max(int(value.value), 1)
                given = self.variables.get(value.name.value) if isinstance(value, VariableNode) else None
                if isinstance(given, int):
                    return max(given, 1)
        return None


def variable_fields(document: DocumentNode) -> dict[str, list[str | int]]:
    """Where each variable is first used: the argument and, inside an object or list literal, the path to it."""
    found: dict[str, list[str | int]] = {}

    def walk(value: Any, path: list[str | int]) -> None:
        if isinstance(value, VariableNode):
            found.setdefault(value.name.value, path)
        elif isinstance(value, ObjectValueNode):
            for field in value.fields:
                walk(field.value, [*path, field.name.value])
        elif isinstance(value, ListValueNode):
            for index, item in enumerate(value.values):
                walk(item, [*path, index])

    class Arguments(Visitor):
        def enter_argument(self, node: ArgumentNode, *_: Any) -> None:
            walk(node.value, [node.name.value])

    visit(document, Arguments())
    return found


def _field_path(path: list[str | int]) -> str:
    """`results[1].amount`; an argument named `input` is left out (`members[0].relation`), as the services name it."""
    if len(path) > 1 and path[0] == "input":
        path = path[1:]
    text = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)
    return text.lstrip(".")


def check_variables(
    document: DocumentNode, operation_name: str | None, schema: GraphQLSchema, variables: Any
) -> dict[str, Any]:
    """Check the variables against their declared types; returns the values as sent."""
    if variables is None:
        variables = {}
    if not isinstance(variables, dict):
        raise RequestError(CommonErrorCode.BAD_REQUEST, ['"variables" must be a JSON object.'])
    operation = get_operation_ast(document, operation_name)
    assert operation is not None
    errors: list[str | tuple[str, dict[str, Any]]] = []
    used_at = variable_fields(document)
    for definition in operation.variable_definitions or ():
        name = definition.variable.name.value
        type_ = type_from_ast(schema, definition.type)
        printed = print_ast(definition.type)
        if name not in variables:
            if is_non_null_type(type_) and definition.default_value is None:
                errors.append(f'Variable "${name}" of required type "{printed}" was not provided.')
            continue
        value = variables[name]
        if value is None and is_non_null_type(type_):
            errors.append(f'Variable "${name}" of non-null type "{printed}" must not be null.')
            continue

        for path, invalid, message in input_value_errors(value, type_):  # type: ignore[arg-type]
            at = (
                f' at "{name}' + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path) + '"'
                if path
                else ""
            )
            text = f'Variable "${name}" got invalid value {js_inspect(invalid)}{at}; {message}'
            errors.append((text, {"field": _field_path([*used_at[name], *path])}) if name in used_at else text)
    if errors:
        raise RequestError(CommonErrorCode.BAD_USER_INPUT, errors)
    return variables
