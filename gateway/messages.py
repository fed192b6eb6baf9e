"""graphql-js wording for the gateway's validation and input coercion messages.

graphql-core follows the graphql-js release after the one Apollo users run (16): it quotes names with `'`,
prints values the Python way, and words some rules differently. Clients, and the federation gateways they
may switch between, see graphql-js 16 text; this module produces it:

- `js_quotes`: graphql-core's `'Name'` quoting becomes `"Name"`; an apostrophe in text or in a value stays;
- `js_inspect`: a value as graphql-js prints it (`{ a: 1 }`, `true`, `null`, `"text"`);
- `validation_rules`: graphql-core's rules, with values of correct type checked as graphql-js 16 does;
- `js_validation_message`: the rules whose wording changed after graphql-js 16, worded as before;
- `input_value_errors`: a variable's value checked against its type as graphql-js 16's `coerceInputValue`.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from typing import Any, cast

from graphql import (
    SKIP,
    DirectiveLocation,
    GraphQLError,
    GraphQLInputObjectType,
    GraphQLInputType,
    ListValueNode,
    NullValueNode,
    ObjectFieldNode,
    ObjectValueNode,
    ValueNode,
    get_named_type,
    get_nullable_type,
    is_enum_type,
    is_input_object_type,
    is_leaf_type,
    is_list_type,
    is_non_null_type,
    is_required_input_field,
    print_ast,
    specified_rules,
)
from graphql.pyutils import Undefined as _UNDEFINED
from graphql.pyutils import did_you_mean, inspect, suggestion_list
from graphql.utilities.validate_input_value import validate_input_literal
from graphql.validation import ValidationRule, ValuesOfCorrectTypeRule

_NAME = r"[$@]?[_A-Za-z][_0-9A-Za-z]*"
_QUOTED_NAME = re.compile(
    r"(?<![\w'\"])'("  # not the end of a word: "it's" is an apostrophe, not a quote
    rf"{_NAME}(?:\.{_NAME})?(?:\({_NAME}:\))?"  # a name, Type.field, field(arg:), @directive(arg:)
    r"|\[*[_A-Za-z][_0-9A-Za-z]*!?(?:\]!?)*"  # a type reference: [String!]!
    r"|<meta>\.[_A-Za-z][_0-9A-Za-z]*\([_A-Za-z][_0-9A-Za-z]*:\)"
    r")'(?![\w])"
)


def js_quotes(message: str) -> str:
    """graphql-core's quoting of names and types (`'Household'`, `'[ID!]!'`) in graphql-js's (`"Household"`);
    any other `'` (an apostrophe, a quote inside a value) is left as it is."""
    return _QUOTED_NAME.sub(r'"\1"', message)


MAX_ARRAY_LENGTH = 10
MAX_RECURSIVE_DEPTH = 2


def js_inspect(value: Any, seen: int = 0) -> str:
    """A JSON value as graphql-js's `inspect` prints it in messages."""
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float):
        if math.isfinite(value) and value == int(value) and abs(value) < 1e21:
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if seen + 1 > MAX_RECURSIVE_DEPTH:
            return "[Array]"
        items = [js_inspect(item, seen + 1) for item in value[:MAX_ARRAY_LENGTH]]
        remaining = len(value) - MAX_ARRAY_LENGTH
        if remaining == 1:
            items.append("... 1 more item")
        elif remaining > 1:
            items.append(f"... {remaining} more items")
        return "[" + ", ".join(items) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        if seen + 1 > MAX_RECURSIVE_DEPTH:
            return "[Object]"
        return "{ " + ", ".join(f"{key}: {js_inspect(item, seen + 1)}" for key, item in value.items()) + " }"
    return str(value)


def _type_text(type_: Any) -> str:
    return str(type_)


# --- validation -----------------------------------------------------------------------------------


class JsValuesOfCorrectTypeRule(ValidationRule):
    """Value literals of the type their position expects, worded as graphql-js 16's ValuesOfCorrectTypeRule."""

    def enter_list_value(self, node: ListValueNode, *_args: Any) -> Any:
        parent = get_nullable_type(self.context.get_parent_input_type())
        if not is_list_type(parent):  # a list where one value is expected: checked as that value
            self._check_value(node, parent)
            return SKIP
        return None

    def enter_object_value(self, node: ObjectValueNode, *_args: Any) -> Any:
        type_ = get_named_type(self.context.get_input_type())
        if not is_input_object_type(type_):
            self._check_value(node)
            return SKIP
        present = {field.name.value for field in node.fields}
        for name, field in type_.fields.items():
            if name not in present and is_required_input_field(field):
                self.report_error(
                    GraphQLError(
                        f'Field "{type_.name}.{name}" of required type "{_type_text(field.type)}" was not provided.',
                        node,
                    )
                )
        return None

    def enter_object_field(self, node: ObjectFieldNode, *_args: Any) -> None:
        parent = get_named_type(self.context.get_parent_input_type())
        if self.context.get_input_type() is None and isinstance(parent, GraphQLInputObjectType):
            hint = (
                ""
                if self.context.hide_suggestions
                else js_quotes(did_you_mean(suggestion_list(node.name.value, list(parent.fields))))
            )
            self.report_error(
                GraphQLError(f'Field "{node.name.value}" is not defined by type "{parent.name}".{hint}', node)
            )

    def enter_null_value(self, node: NullValueNode, *_args: Any) -> None:
        type_ = self.context.get_input_type()
        if is_non_null_type(type_):
            self.report_error(GraphQLError(f'Expected value of type "{_type_text(type_)}", found null.', node))

    def _leaf(self, node: ValueNode, *_args: Any) -> None:
        self._check_value(node)

    enter_enum_value = enter_int_value = enter_float_value = enter_string_value = enter_boolean_value = _leaf

    def _check_value(self, node: ValueNode, location: Any = None) -> None:
        location = location or self.context.get_input_type()
        if location is None:
            return
        type_ = get_named_type(location)
        printed = js_print_value(node)
        if not is_leaf_type(type_):
            self.report_error(GraphQLError(f'Expected value of type "{_type_text(location)}", found {printed}.', node))
            return
        errors: list[GraphQLError] = []
        validate_input_literal(
            node, type_, lambda error, _path: errors.append(error), None, None, self.context.hide_suggestions
        )
        for error in errors[:1]:
            message = error.message
            if message.startswith(f"Expected value of type '{type_}'"):
                message = f'Expected value of type "{_type_text(location)}", found {printed}.'
            elif message.endswith(print_ast(node)):  # a scalar's own message names the literal
                message = js_quotes(message[: -len(print_ast(node))]) + printed
            else:
                message = js_quotes(message)
            self.report_error(GraphQLError(message, node, original_error=error.original_error))


def js_print_value(node: ValueNode) -> str:
    """A value literal as graphql-js 16 prints it: `{a: 1}`, `[1, 2]`."""
    if isinstance(node, ObjectValueNode):
        return "{" + ", ".join(f"{field.name.value}: {js_print_value(field.value)}" for field in node.fields) + "}"
    if isinstance(node, ListValueNode):
        return "[" + ", ".join(js_print_value(value) for value in node.values) + "]"
    return print_ast(node)


def validation_rules() -> list[type[ValidationRule]]:
    """graphql-core's specified rules with ValuesOfCorrectType as graphql-js 16 words it."""
    return [
        JsValuesOfCorrectTypeRule if rule is ValuesOfCorrectTypeRule else cast(type[ValidationRule], rule)
        for rule in specified_rules
    ]


VALIDATION_RULES = validation_rules()

_REQUIRED_ARGUMENT = re.compile(
    r"^Argument '(?:(?P<parent>[^'.(]*)\.)?(?P<field>@?[_A-Za-z][_0-9A-Za-z]*)\((?P<arg>[_A-Za-z][_0-9A-Za-z]*):\)'"
    r" of type '(?P<type>[^']+)' is required, but it was not provided\.$"
)
_DIRECTIVE_LOCATION = re.compile(r"^(Directive '@[_A-Za-z][_0-9A-Za-z]*' may not be used on )([a-z ]+)\.$")
_UNEXPECTED_CHARACTER = re.compile(r"^(Syntax Error: Unexpected character: )'([^\"])'\.$")
_SUBFIELDS_HINT = re.compile(r" Did you mean '([_A-Za-z][_0-9A-Za-z]* \{ \.\.\. \})'\?$")


def js_validation_message(message: str) -> str:
    """A graphql-core validation message as graphql-js 16 words it."""
    required = _REQUIRED_ARGUMENT.match(message)
    if required:
        field, argument, type_ = required["field"], required["arg"], required["type"]
        if field.startswith("@"):
            return f'Directive "{field}" argument "{argument}" of type "{type_}" is required, but it was not provided.'
        return f'Field "{field}" argument "{argument}" of type "{type_}" is required, but it was not provided.'
    character = _UNEXPECTED_CHARACTER.match(message)
    if character:
        return f'{character[1]}"{character[2]}".'
    location = _DIRECTIVE_LOCATION.match(message)
    if location:
        try:
            return js_quotes(location[1]) + DirectiveLocation(location[2]).name + "."
        except ValueError:
            pass
    return _SUBFIELDS_HINT.sub(r' Did you mean "\1"?', js_quotes(message))


# --- variables ------------------------------------------------------------------------------------

Path = list[str | int]
OnError = Callable[[Path, Any, str], None]


def input_value_errors(
    value: Any, type_: GraphQLInputType, hide_suggestions: bool = False
) -> list[tuple[Path, Any, str]]:
    """Every `(path, invalid value, message)` graphql-js 16's `coerceInputValue` reports for a variable's value."""
    errors: list[tuple[Path, Any, str]] = []
    _coerce(value, type_, [], lambda path, invalid, message: errors.append((path, invalid, message)), hide_suggestions)
    return errors


def _coerce(value: Any, type_: Any, path: Path, on_error: OnError, hide: bool) -> None:
    if is_non_null_type(type_):
        if value is None:
            on_error(path, value, f'Expected non-nullable type "{_type_text(type_)}" not to be null.')
            return
        _coerce(value, type_.of_type, path, on_error, hide)
        return
    if value is None:
        return
    if is_list_type(type_):
        if isinstance(value, list):
            for index, item in enumerate(value):
                _coerce(item, type_.of_type, [*path, index], on_error, hide)
        else:  # a single value stands for a list of one
            _coerce(value, type_.of_type, path, on_error, hide)
        return
    if is_input_object_type(type_):
        _coerce_object(value, type_, path, on_error, hide)
        return
    _coerce_leaf(value, type_, path, on_error, hide)


def _coerce_object(value: Any, type_: GraphQLInputObjectType, path: Path, on_error: OnError, hide: bool) -> None:
    if not isinstance(value, dict):
        on_error(path, value, f'Expected type "{type_.name}" to be an object.')
        return
    for name, field in type_.fields.items():
        if name in value:
            _coerce(value[name], field.type, [*path, name], on_error, hide)
        elif is_required_input_field(field):
            on_error(path, value, f'Field "{name}" of required type "{_type_text(field.type)}" was not provided.')
    for name in value:
        if name not in type_.fields:
            hint = "" if hide else js_quotes(did_you_mean(suggestion_list(name, list(type_.fields))))
            on_error(path, value, f'Field "{name}" is not defined by type "{type_.name}".{hint}')


def _coerce_leaf(value: Any, type_: Any, path: Path, on_error: OnError, hide: bool) -> None:
    try:
        if is_enum_type(type_):
            result = type_.coerce_input_value(value, hide)
        else:
            result = type_.coerce_input_value(value)
    except GraphQLError as error:
        on_error(path, value, _js_values_in(error.message, value))
        return
    except Exception as error:  # noqa: BLE001 - a scalar's own failure, reported as graphql-js does
        on_error(path, value, f'Expected type "{type_.name}". {error}')
        return
    if result is _UNDEFINED:
        on_error(path, value, f'Expected type "{type_.name}".')


def _js_values_in(message: str, value: Any) -> str:
    """A scalar's message, which may end with the value it refused printed by graphql-core, as graphql-js words it."""
    printed = inspect(value)
    for end in ("", "."):  # an enum's message ends with the value and a full stop
        if message.endswith(printed + end):
            return js_quotes(message[: len(message) - len(printed + end)]) + js_inspect(value) + end
    return js_quotes(message)
