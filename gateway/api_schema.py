"""Builds the client-facing API schema from the merged types, without federation machinery."""

from __future__ import annotations

from typing import Any, cast

from graphql import (
    DirectiveLocation,
    DocumentNode,
    EnumTypeDefinitionNode,
    FieldDefinitionNode,
    GraphQLDeprecatedDirective,
    GraphQLDirective,
    GraphQLError,
    GraphQLSchema,
    InputObjectTypeDefinitionNode,
    InputValueDefinitionNode,
    InterfaceTypeDefinitionNode,
    NamedTypeNode,
    NameNode,
    ObjectTypeDefinitionNode,
    ScalarTypeDefinitionNode,
    UnionTypeDefinitionNode,
    build_ast_schema,
    print_ast,
    validate_schema,
)

from gateway.federation import SubgraphField, SubgraphModel, named_type, type_shape
from gateway.supergraph import CompositionError, TypeMeta

_BUILTIN_SCALARS = frozenset({"String", "Int", "Float", "Boolean", "ID"})


def build_api_schema(types: dict[str, TypeMeta], models: dict[str, SubgraphModel]) -> GraphQLSchema:
    definitions: list[Any] = []
    usage = enum_usage(models)
    for meta in sorted(types.values(), key=lambda m: m.name):  # graphql-js order, as introspection lists them
        if meta.inaccessible or (meta.kind == "scalar" and meta.name in _BUILTIN_SCALARS):
            continue
        parts = [models[sg].types[meta.name] for sg in meta.subgraphs]
        if meta.kind == "enum":
            node = _api_enum(meta, parts, types, usage.get(meta.name, set()))
        else:
            node = _API_BUILDERS[meta.kind](meta, parts, types)
        if node is not None:
            definitions.append(node)
    if not any(isinstance(d, ObjectTypeDefinitionNode) and d.name.value == "Query" for d in definitions):
        raise CompositionError("no subgraph defines a field on Query")
    try:
        schema = build_ast_schema(DocumentNode(definitions=tuple(definitions)))
        errors = validate_schema(schema)
    except (TypeError, GraphQLError) as error:
        raise CompositionError(f"the composed API schema is invalid: {error}") from error
    if errors:
        raise CompositionError("the composed API schema is invalid: " + "; ".join(e.message for e in errors))
    kwargs: dict[str, Any] = {
        **schema.to_kwargs(),
        "directives": [_JS_DEPRECATED if d.name == "deprecated" else d for d in schema.directives],
    }
    return GraphQLSchema(**kwargs)


_JS_DEPRECATED = GraphQLDirective(
    "deprecated",
    [
        location
        for location in GraphQLDeprecatedDirective.locations
        if location != DirectiveLocation.DIRECTIVE_DEFINITION
    ],
    GraphQLDeprecatedDirective.args,
    description=GraphQLDeprecatedDirective.description,
)
"""@deprecated where graphql-js 16 allows it (not on directive arguments' definitions, a later addition)."""


def _name(value: str) -> NameNode:
    return NameNode(value=value)


def _description(parts: list[Any]) -> Any:
    return next((p.description for p in parts if p.description is not None), None)


def _accessible(names: list[str], types: dict[str, TypeMeta]) -> list[str]:
    return list(dict.fromkeys(n for n in names if n in types and not types[n].inaccessible))


def _api_composite(meta: TypeMeta, parts: list[Any], types: dict[str, TypeMeta]) -> Any:
    fields = []
    for field_meta in meta.fields.values():
        if field_meta.inaccessible:
            continue
        resolving = [field_meta.definitions[sg] for sg in sorted(field_meta.resolvable_in)]
        base = resolving[0].node
        fields.append(
            FieldDefinitionNode(
                name=base.name,
                description=base.description,
                type=field_meta.type,
                arguments=_merge_arguments(f'"{meta.name}.{field_meta.name}"', resolving),
                directives=tuple(d for d in base.directives or () if d.name.value == "deprecated"),
            )
        )
    if not fields and meta.name in ("Mutation", "Subscription", "Query"):
        return None
    interfaces = _accessible([i for p in parts for i in p.interfaces], types)
    node_class = ObjectTypeDefinitionNode if meta.kind == "object" else InterfaceTypeDefinitionNode
    return node_class(
        name=_name(meta.name),
        description=_description(parts),
        fields=tuple(fields),
        interfaces=tuple(NamedTypeNode(name=_name(i)) for i in interfaces),
        directives=(),
    )


def _merge_arguments(coordinate: str, definitions: list[SubgraphField]) -> tuple[InputValueDefinitionNode, ...]:
    """Arguments accepted by every resolving subgraph (their intersection)."""
    first = cast(FieldDefinitionNode, definitions[0].node).arguments or ()
    merged = []
    for argument in first:
        found = [
            next(
                (a for a in cast(FieldDefinitionNode, d.node).arguments or () if a.name.value == argument.name.value),
                None,
            )
            for d in definitions[1:]
        ]
        others = [o for o in found if o is not None]
        if len(others) < len(found):
            continue
        for other in others:
            if type_shape(other.type) != type_shape(argument.type):
                raise CompositionError(
                    f'argument "{argument.name.value}" of field {coordinate} has conflicting types '
                    f'"{print_ast(argument.type)}" and "{print_ast(other.type)}"'
                )
        merged.append(_strip_input_value(argument))
    return tuple(merged)


def _strip_input_value(node: InputValueDefinitionNode) -> InputValueDefinitionNode:
    return InputValueDefinitionNode(
        name=node.name,
        description=node.description,
        type=node.type,
        default_value=node.default_value,
        directives=tuple(d for d in node.directives or () if d.name.value == "deprecated"),
    )


def _api_union(meta: TypeMeta, parts: list[Any], types: dict[str, TypeMeta]) -> Any:
    members = _accessible([m for p in parts for m in p.members], types)
    return UnionTypeDefinitionNode(
        name=_name(meta.name),
        description=_description(parts),
        directives=(),
        types=tuple(NamedTypeNode(name=_name(m)) for m in members),
    )


def enum_usage(models: dict[str, SubgraphModel]) -> dict[str, set[str]]:
    """Where each enum appears in any subgraph: "input" (an argument or input field), "output" (a field's type)."""
    usage: dict[str, set[str]] = {}
    for model in models.values():
        for type_ in model.types.values():
            for field in type_.fields.values():
                usage.setdefault(named_type(field.node.type), set()).add("input" if type_.kind == "input" else "output")
                for argument in getattr(field.node, "arguments", None) or ():
                    usage.setdefault(named_type(argument.type), set()).add("input")
    return usage


def _enum_values(meta: TypeMeta, parts: list[Any], usage: set[str]) -> list[str]:
    """The values of a composed enum, as federation merges them: an enum only returned is the union of the
    subgraphs' values, one only accepted is their intersection (a value every subgraph can take), and one both
    accepted and returned must have the same values in every subgraph that defines it."""
    in_each = [list(p.values) for p in parts]
    union = list(dict.fromkeys(v for values in in_each for v in values))
    if len(parts) == 1 or usage == {"output"} or not usage:
        return union
    if "output" in usage:
        for subgraph, values in zip(meta.subgraphs[1:], in_each[1:], strict=False):
            if set(values) != set(in_each[0]):
                raise CompositionError(
                    f'enum "{meta.name}" is both accepted and returned, so it must have the same values in every '
                    f'subgraph that defines it, but subgraph "{meta.subgraphs[0]}" has {sorted(in_each[0])} and '
                    f'subgraph "{subgraph}" has {sorted(values)}'
                )
        return union
    shared = [v for v in union if all(v in values for values in in_each)]
    if not shared:
        raise CompositionError(f'enum "{meta.name}" is only accepted, and its subgraphs share none of its values')
    return shared


def _api_enum(meta: TypeMeta, parts: list[Any], types: dict[str, TypeMeta], usage: set[str] | None = None) -> Any:
    hidden = {v for p in parts for v in p.inaccessible_values}
    nodes: dict[str, Any] = {}
    for part in parts:  # a value's description from the first subgraph that gives one
        for name, node in part.values.items():
            if name not in nodes or (nodes[name].description is None and node.description is not None):
                nodes[name] = node
    values = {name: nodes[name] for name in _enum_values(meta, parts, usage or set()) if name not in hidden}
    return EnumTypeDefinitionNode(
        name=_name(meta.name),
        description=_description(parts),
        directives=(),
        values=tuple(
            type(node)(
                name=node.name,
                description=node.description,
                directives=tuple(d for d in node.directives or () if d.name.value == "deprecated"),
            )
            for node in values.values()
        ),
    )


def _api_scalar(meta: TypeMeta, parts: list[Any], types: dict[str, TypeMeta]) -> Any:
    directives: list[Any] = next((p.api_directives for p in parts if p.api_directives), [])
    return ScalarTypeDefinitionNode(
        name=_name(meta.name), description=_description(parts), directives=tuple(directives)
    )


def _api_input(meta: TypeMeta, parts: list[Any], types: dict[str, TypeMeta]) -> Any:
    """Input fields accepted by every subgraph that defines the input type (their intersection)."""
    shared = [f for f in parts[0].fields.values() if all(f.name in p.fields for p in parts[1:]) and not f.inaccessible]
    directives: list[Any] = next((p.api_directives for p in parts if p.api_directives), [])
    return InputObjectTypeDefinitionNode(
        name=_name(meta.name),
        description=_description(parts),
        directives=tuple(directives),
        fields=tuple(_strip_input_value(f.node) for f in shared),
    )


_API_BUILDERS = {
    "object": _api_composite,
    "interface": _api_composite,
    "union": _api_union,
    "enum": _api_enum,
    "scalar": _api_scalar,
    "input": _api_input,
}
