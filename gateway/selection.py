"""The gateway's selection tree: client selections with fragments expanded, and how to print them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, cast

from graphql import (
    ArgumentNode,
    BooleanValueNode,
    DirectiveNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    ListValueNode,
    ObjectValueNode,
    SelectionSetNode,
    ValueNode,
    VariableNode,
    print_ast,
)

INTROSPECTION_FIELDS = frozenset({"__schema", "__type"})
INTERNAL_ALIAS_PREFIX = "_gateway_"
INTERNAL_TYPENAME = INTERNAL_ALIAS_PREFIX + "__typename"


def typename_of(obj: Mapping[str, Any]) -> Any:
    """An object's type as the gateway asked for it: under an internal alias when the client named another
    field `__typename` (that value is the client's, never the type)."""
    internal = obj.get(INTERNAL_TYPENAME)
    return obj.get("__typename") if internal is None else internal


@dataclass(eq=False)
class FieldSel:
    """A field selection; `selections` is None for leaf fields."""

    name: str
    alias: str | None = None
    arguments: tuple[ArgumentNode, ...] = ()
    directives: tuple[DirectiveNode, ...] = ()
    selections: list[Selection] | None = None

    @property
    def key(self) -> str:
        """The response key (alias or name)."""
        return self.alias or self.name

    @cached_property
    def internal_key(self) -> str:
        """The key the gateway gives this field when a client alias takes its name."""
        return INTERNAL_ALIAS_PREFIX + self.name

    def shallow_copy(self, directives: tuple[DirectiveNode, ...] | None = None) -> FieldSel:
        """The same field with an empty sub-selection, to be filled for one subgraph."""
        return FieldSel(
            self.name,
            self.alias,
            self.arguments,
            self.directives if directives is None else directives,
            None if self.selections is None else [],
        )


@dataclass(eq=False)
class FragmentSel:
    """An inline fragment (named fragments are expanded into these)."""

    type_condition: str | None
    directives: tuple[DirectiveNode, ...] = ()
    selections: list[Selection] = field(default_factory=list)


Selection = FieldSel | FragmentSel


def normalize(selection_set: SelectionSetNode, fragments: Mapping[str, FragmentDefinitionNode]) -> list[Selection]:
    """Turn a client selection set into the gateway tree, dropping statically skipped parts."""
    result: list[Selection] = []
    for node in selection_set.selections:
        directives = _conditional_directives(node.directives or ())
        if directives is None:
            continue
        if isinstance(node, FieldNode):
            children = normalize(node.selection_set, fragments) if node.selection_set else None
            alias = node.alias.value if node.alias else None
            result.append(FieldSel(node.name.value, alias, tuple(node.arguments or ()), directives, children))
        elif isinstance(node, InlineFragmentNode):
            condition = node.type_condition.name.value if node.type_condition else None
            result.append(FragmentSel(condition, directives, normalize(node.selection_set, fragments)))
        elif isinstance(node, FragmentSpreadNode):
            fragment = fragments[node.name.value]
            children = normalize(fragment.selection_set, fragments)
            result.append(FragmentSel(fragment.type_condition.name.value, directives, children))
    return result


def _conditional_directives(directives: Iterable[DirectiveNode]) -> tuple[DirectiveNode, ...] | None:
    """Keep `@skip`/`@include` that depend on variables; None when a literal excludes the node."""
    kept = []
    for directive in directives:
        if directive.name.value not in ("skip", "include"):
            continue
        value = directive.arguments[0].value if directive.arguments else None
        if isinstance(value, BooleanValueNode):
            if value.value == (directive.name.value == "skip"):
                return None
            continue
        kept.append(directive)
    return tuple(kept)


def is_included(directives: Iterable[DirectiveNode], variables: Mapping[str, Any]) -> bool:
    """Evaluate `@skip`/`@include` against the request variables."""
    for directive in directives:
        value = directive.arguments[0].value if directive.arguments else None
        flag = (
            bool(variables.get(value.name.value))
            if isinstance(value, VariableNode)
            else bool(getattr(value, "value", False))
        )
        if flag == (directive.name.value == "skip"):
            return False
    return True


def condition_of(selection: Selection) -> tuple[str, bool] | None:
    """`(variable, included_when)` if the selection carries exactly one variable condition."""
    if len(selection.directives) != 1:
        return None
    directive = selection.directives[0]
    value = directive.arguments[0].value if directive.arguments else None
    if not isinstance(value, VariableNode):
        return None
    return value.name.value, directive.name.value == "include"


def directives_text(directives: Iterable[DirectiveNode]) -> str:
    """Directives printed with a leading space each."""
    return "".join(" " + print_ast(d) for d in directives)


def is_empty(selection: Selection) -> bool:
    """A fragment with nothing inside it prints to nothing."""
    return isinstance(selection, FragmentSel) and all(is_empty(s) for s in selection.selections)


def print_selections(selections: list[Selection]) -> str:
    """Print a selection list as a GraphQL selection set (`{ a b { c } }`)."""
    parts = [print_selection(s) for s in selections if not is_empty(s)]
    return "{ " + " ".join(parts or ["__typename"]) + " }"


def print_selection(selection: Selection) -> str:
    """Print one field or inline fragment."""
    if isinstance(selection, FragmentSel):
        condition = f" on {selection.type_condition}" if selection.type_condition else ""
        return f"...{condition}{directives_text(selection.directives)} {print_selections(selection.selections)}"
    text = f"{selection.alias}: {selection.name}" if selection.alias else selection.name
    if selection.arguments:
        text += "(" + ", ".join(print_ast(a) for a in selection.arguments) + ")"
    text += directives_text(selection.directives)
    if selection.selections is not None:
        text += " " + print_selections(selection.selections)
    return text


def walk(selections: Iterable[Selection]) -> Iterator[Selection]:
    """Every selection in a tree, depth first."""
    for selection in selections:
        yield selection
        yield from walk(selection.selections or ())


def variables_in(selections: Iterable[Selection]) -> set[str]:
    """Names of the variables used by arguments and directives in a tree."""
    names: set[str] = set()
    for selection in walk(selections):
        values = [d_arg.value for d in selection.directives for d_arg in d.arguments or ()]
        if isinstance(selection, FieldSel):
            values += [a.value for a in selection.arguments]
        for value in values:
            names.update(_value_variables(value))
    return names


def _value_variables(value: ValueNode) -> Iterator[str]:
    if isinstance(value, VariableNode):
        yield value.name.value
    elif isinstance(value, ListValueNode):
        for item in value.values:
            yield from _value_variables(item)
    elif isinstance(value, ObjectValueNode):
        for object_field in value.fields:
            yield from _value_variables(object_field.value)


def measure(
    selection_set: SelectionSetNode,
    fragments: Mapping[str, FragmentDefinitionNode],
    memo: dict[str, tuple[int, int]] | None = None,
) -> tuple[int, int]:
    """`(depth, size)` of a selection set once fragments are expanded, without expanding them.

    Depth counts nested fields, introspection included (deep `ofType` chains are a known attack);
    size counts fields. Each fragment is measured once, so fragment bombs cost nothing to measure.
    """
    memo = {} if memo is None else memo
    deepest, size = 0, 0
    for node in selection_set.selections:
        if isinstance(node, FieldNode):
            below = measure(node.selection_set, fragments, memo) if node.selection_set else (0, 0)
            deepest, size = max(deepest, 1 + below[0]), size + 1 + below[1]
            continue
        if isinstance(node, FragmentSpreadNode):
            name = node.name.value
            if name not in memo:
                memo[name] = (0, 0)  # a cycle (refused by validation anyway) counts as empty
                memo[name] = measure(fragments[name].selection_set, fragments, memo) if name in fragments else (0, 0)
            below = memo[name]
        else:
            below = measure(cast(InlineFragmentNode, node).selection_set, fragments, memo)
        deepest, size = max(deepest, below[0]), size + below[1]
    return deepest, size


def ensure_field(
    selections: list[Selection], name: str, composite: bool = False, reserved: frozenset[str] = frozenset()
) -> FieldSel:
    """Find an unaliased, unconditioned field in a list, or append it.

    When a client field uses `name` as its response key for something else (in this list, or anywhere
    at this level: `reserved`), the field goes under the alias `INTERNAL_ALIAS_PREFIX + name` instead
    (representations read that first).
    """
    key = INTERNAL_ALIAS_PREFIX + name if name in reserved else name
    for selection in selections:
        if (
            isinstance(selection, FieldSel)
            and selection.key == name
            and (selection.name != name or selection.arguments)
        ):
            key = INTERNAL_ALIAS_PREFIX + name
    for selection in selections:
        if (
            isinstance(selection, FieldSel)
            and selection.key == key
            and selection.name == name
            and not selection.arguments
            and not selection.directives
        ):
            if composite and selection.selections is None:
                selection.selections = []
            return selection
    added = FieldSel(name, None if key == name else key, selections=[] if composite else None)
    selections.append(added)
    return added


def ensure_fragment(
    selections: list[Selection], type_condition: str | None, directives: tuple[DirectiveNode, ...] = ()
) -> FragmentSel:
    """Find an inline fragment with the same condition and directives in a list, or append it."""
    wanted = directives_text(directives)
    for selection in selections:
        if (
            isinstance(selection, FragmentSel)
            and selection.type_condition == type_condition
            and directives_text(selection.directives) == wanted
        ):
            return selection
    added = FragmentSel(type_condition, directives)
    selections.append(added)
    return added
