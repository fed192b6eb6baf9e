"""Composes subgraph SDLs into a supergraph: routing metadata plus the client-facing API schema."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from graphql import (
    DocumentNode,
    EnumTypeDefinitionNode,
    FieldDefinitionNode,
    FieldNode,
    GraphQLError,
    GraphQLSchema,
    InlineFragmentNode,
    InputObjectTypeDefinitionNode,
    InputValueDefinitionNode,
    InterfaceTypeDefinitionNode,
    ListTypeNode,
    NamedTypeNode,
    NameNode,
    NonNullTypeNode,
    ObjectTypeDefinitionNode,
    OperationDefinitionNode,
    ScalarTypeDefinitionNode,
    SelectionSetNode,
    TypeNode,
    UnionTypeDefinitionNode,
    build_ast_schema,
    lexicographic_sort_schema,
    parse,
    print_schema,
    print_ast,
    validate_schema,
)

from gateway.federation import SubgraphField, SubgraphModel, named_type, read_subgraph

if TYPE_CHECKING:
    from gateway.subgraph import SubgraphClient

_BUILTIN_SCALARS = frozenset({"String", "Int", "Float", "Boolean", "ID"})
SDL_QUERY = "query __ServiceSdl { _service { sdl } }"


class CompositionError(Exception):
    """The subgraph schemas cannot be composed into one supergraph."""


async def fetch_sdl(client: SubgraphClient, headers: dict[str, str]) -> str:
    """Ask a subgraph for its federation SDL (`{ _service { sdl } }`)."""
    body = await client.request(SDL_QUERY, None, headers)
    sdl = ((body.get("data") or {}).get("_service") or {}).get("sdl")
    if not isinstance(sdl, str):
        messages = "; ".join(str(e.get("message")) for e in body.get("errors") or [])
        raise CompositionError(f'subgraph "{client.name}" returned no SDL: {messages or body}')
    return sdl


def parse_field_set(fields: str) -> SelectionSetNode:
    """Parse a federation FieldSet string (`"id org { id }"`) into a selection set."""
    operation = parse(f"{{ {fields} }}", no_location=True).definitions[0]
    assert isinstance(operation, OperationDefinitionNode)
    return operation.selection_set


@dataclass(frozen=True)
class EntityKey:
    """One `@key` of an entity in one subgraph."""

    subgraph: str
    fields: str
    selection: SelectionSetNode
    resolvable: bool


@dataclass
class FieldMeta:
    """Routing facts for one field of a composite type."""

    parent: str
    name: str
    type: TypeNode
    definitions: dict[str, SubgraphField]
    resolvable_in: frozenset[str]
    requires: dict[str, SelectionSetNode] = field(default_factory=dict)
    provides: dict[str, SelectionSetNode] = field(default_factory=dict)
    inaccessible: bool = False

    @property
    def return_type(self) -> str:
        """Name of the field's innermost type."""
        return named_type(self.type)


@dataclass
class TypeMeta:
    """Routing facts for one named type of the supergraph."""

    name: str
    kind: str
    subgraphs: list[str] = field(default_factory=list)
    fields: dict[str, FieldMeta] = field(default_factory=dict)
    keys: list[EntityKey] = field(default_factory=list)
    inaccessible: bool = False


class Supergraph:
    """The composed graph: which subgraph resolves what, entity keys, and the API schema."""

    def __init__(self, models: dict[str, SubgraphModel], types: dict[str, TypeMeta], api_schema: GraphQLSchema):
        self.models = models
        self.types = types
        self.api_schema = api_schema
        self.subgraphs = tuple(models)

    def field(self, type_name: str, field_name: str) -> FieldMeta | None:
        """Routing facts of `type_name.field_name`, or None when unknown."""
        meta = self.types.get(type_name)
        return meta.fields.get(field_name) if meta else None

    def is_entity(self, type_name: str) -> bool:
        """Tell whether a type has at least one `@key`."""
        meta = self.types.get(type_name)
        return bool(meta and meta.keys)

    def keys(self, type_name: str, subgraph: str, *, resolvable_only: bool = True) -> list[EntityKey]:
        """Keys of an entity declared in one subgraph (by default only resolvable ones)."""
        meta = self.types.get(type_name)
        keys = [k for k in meta.keys if k.subgraph == subgraph] if meta else []
        return [k for k in keys if k.resolvable or not resolvable_only]

    def possible_types(self, type_name: str, subgraph: str) -> set[str]:
        """Object types a subgraph may return where `type_name` is expected."""
        return self.models[subgraph].possible_types(type_name)

    def print_api_schema(self) -> str:
        """The client-facing schema as SDL, types sorted by name."""
        return print_schema(lexicographic_sort_schema(self.api_schema))


def compose(sdls: dict[str, str]) -> Supergraph:
    """Compose subgraph SDLs (name -> SDL) into a `Supergraph`, or raise `CompositionError`."""
    models = {}
    for name, sdl in sdls.items():
        try:
            models[name] = read_subgraph(name, sdl)
        except GraphQLError as error:
            raise CompositionError(f'subgraph "{name}": invalid SDL: {error.message}') from error
    types = _collect_types(models)
    for meta in types.values():
        if meta.kind in ("object", "interface"):
            _merge_fields(meta, models)
    return Supergraph(models, types, _build_api_schema(types, models))


def _collect_types(models: dict[str, SubgraphModel]) -> dict[str, TypeMeta]:
    types: dict[str, TypeMeta] = {}
    for subgraph, model in models.items():
        for type_ in model.types.values():
            if type_.interface_object:
                raise CompositionError(
                    f'subgraph "{subgraph}": type "{type_.name}" uses @interfaceObject, '
                    "which this gateway does not support"
                )
            meta = types.setdefault(type_.name, TypeMeta(type_.name, type_.kind))
            if meta.kind != type_.kind:
                raise CompositionError(
                    f'type "{type_.name}" is a {type_.kind} in subgraph "{subgraph}" '
                    f'but a {meta.kind} in subgraph "{meta.subgraphs[0]}"'
                )
            meta.subgraphs.append(subgraph)
            meta.inaccessible |= type_.inaccessible
            for key in type_.keys:
                selection = parse_field_set(key.fields)
                _check_field_set(model, type_.name, selection, f'@key(fields: "{key.fields}")')
                meta.keys.append(EntityKey(subgraph, key.fields, selection, key.resolvable))
    return types


def _check_field_set(model: SubgraphModel, type_name: str, selection: SelectionSetNode, where: str) -> None:
    """Every field named in a FieldSet must exist on the type in that subgraph."""
    for node in selection.selections:
        if isinstance(node, InlineFragmentNode):
            condition = node.type_condition.name.value if node.type_condition else type_name
            _check_field_set(model, condition, node.selection_set, where)
            continue
        assert isinstance(node, FieldNode)
        if node.name.value == "__typename":
            continue
        type_ = model.types.get(type_name)
        defined = type_.fields.get(node.name.value) if type_ else None
        if defined is None:
            raise CompositionError(
                f'subgraph "{model.name}": {where} on type "{type_name}" names field '
                f'"{type_name}.{node.name.value}", which is not defined on "{type_name}" in that subgraph'
            )
        if node.selection_set is not None:
            _check_field_set(model, named_type(defined.node.type), node.selection_set, where)


def _key_field_names(model: SubgraphModel, type_name: str) -> set[str]:
    type_ = model.types.get(type_name)
    names: set[str] = set()
    for key in type_.keys if type_ else ():
        names.update(n.name.value for n in parse_field_set(key.fields).selections if isinstance(n, FieldNode))
    return names


def _merge_fields(meta: TypeMeta, models: dict[str, SubgraphModel]) -> None:
    by_name: dict[str, dict[str, SubgraphField]] = {}
    for subgraph in meta.subgraphs:
        for name, definition in models[subgraph].types[meta.name].fields.items():
            by_name.setdefault(name, {})[subgraph] = definition
    for name, definitions in by_name.items():
        meta.fields[name] = _merge_field(meta, name, definitions, models)


def _merge_field(
    meta: TypeMeta, name: str, definitions: dict[str, SubgraphField], models: dict[str, SubgraphModel]
) -> FieldMeta:
    coordinate = f'"{meta.name}.{name}"'
    merged_type = _merge_types(coordinate, definitions)
    resolvers = {
        sg for sg, d in definitions.items() if not d.external or name in _key_field_names(models[sg], meta.name)
    }
    for subgraph, definition in definitions.items():
        if definition.override_from and definition.override_from in resolvers and subgraph in resolvers:
            resolvers.discard(definition.override_from)
    if not resolvers:
        raise CompositionError(f"field {coordinate} is @external in every subgraph that defines it")
    if meta.kind == "object" and len(resolvers) > 1:
        _check_shareable(meta, name, resolvers, definitions, models)
    return FieldMeta(
        parent=meta.name,
        name=name,
        type=merged_type,
        definitions=definitions,
        resolvable_in=frozenset(resolvers),
        requires={sg: parse_field_set(d.requires) for sg, d in definitions.items() if d.requires},
        provides={sg: parse_field_set(d.provides) for sg, d in definitions.items() if d.provides},
        inaccessible=any(d.inaccessible for d in definitions.values()),
    )


def _check_shareable(
    meta: TypeMeta, name: str, resolvers: set[str], definitions: dict[str, SubgraphField],
    models: dict[str, SubgraphModel],
) -> None:
    offending = sorted(
        sg for sg in resolvers
        if not definitions[sg].shareable and name not in _key_field_names(models[sg], meta.name)
    )
    if offending:
        others = ", ".join(f'"{sg}"' for sg in sorted(resolvers))
        raise CompositionError(
            f'non-shareable field "{meta.name}.{name}" is resolved by several subgraphs ({others}) '
            f'but is not marked @shareable in subgraph "{offending[0]}"'
        )


def _type_shape(type_node: TypeNode) -> str:
    """A type reference with nullability removed, e.g. `[Payment]` for `[Payment!]!`."""
    if isinstance(type_node, NonNullTypeNode):
        return _type_shape(type_node.type)
    if isinstance(type_node, ListTypeNode):
        return f"[{_type_shape(type_node.type)}]"
    return type_node.name.value


def _merge_types(coordinate: str, definitions: dict[str, SubgraphField]) -> TypeNode:
    (first_sg, first), *rest = definitions.items()
    merged = first.node.type
    for subgraph, definition in rest:
        if _type_shape(definition.node.type) != _type_shape(merged):
            raise CompositionError(
                f"field {coordinate} has conflicting types: "
                f'"{print_ast(first.node.type)}" in subgraph "{first_sg}" but '
                f'"{print_ast(definition.node.type)}" in subgraph "{subgraph}"'
            )
        merged = _weaker_nullability(merged, definition.node.type)
    return merged


def _weaker_nullability(a: TypeNode, b: TypeNode) -> TypeNode:
    """Merge two type references of the same shape, keeping non-null only where both have it."""
    if isinstance(a, NonNullTypeNode) and isinstance(b, NonNullTypeNode):
        return NonNullTypeNode(type=_weaker_nullability(a.type, b.type))
    a = a.type if isinstance(a, NonNullTypeNode) else a
    b = b.type if isinstance(b, NonNullTypeNode) else b
    if isinstance(a, ListTypeNode) and isinstance(b, ListTypeNode):
        return ListTypeNode(type=_weaker_nullability(a.type, b.type))
    return a


def _build_api_schema(types: dict[str, TypeMeta], models: dict[str, SubgraphModel]) -> GraphQLSchema:
    definitions: list[Any] = []
    for meta in types.values():
        if meta.inaccessible or (meta.kind == "scalar" and meta.name in _BUILTIN_SCALARS):
            continue
        node = _API_BUILDERS[meta.kind](meta, [models[sg].types[meta.name] for sg in meta.subgraphs], types)
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
    return schema


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
        fields.append(FieldDefinitionNode(
            name=base.name, description=base.description, type=field_meta.type,
            arguments=_merge_arguments(f'"{meta.name}.{field_meta.name}"', resolving),
            directives=tuple(d for d in base.directives or () if d.name.value == "deprecated"),
        ))
    if not fields and meta.name in ("Mutation", "Subscription", "Query"):
        return None
    interfaces = _accessible([i for p in parts for i in p.interfaces], types)
    node_class = ObjectTypeDefinitionNode if meta.kind == "object" else InterfaceTypeDefinitionNode
    return node_class(
        name=_name(meta.name), description=_description(parts), fields=tuple(fields),
        interfaces=tuple(NamedTypeNode(name=_name(i)) for i in interfaces), directives=(),
    )


def _merge_arguments(coordinate: str, definitions: list[SubgraphField]) -> tuple[InputValueDefinitionNode, ...]:
    """Arguments accepted by every resolving subgraph (their intersection)."""
    first = definitions[0].node.arguments or ()
    merged = []
    for argument in first:
        others = [
            next((a for a in d.node.arguments or () if a.name.value == argument.name.value), None)
            for d in definitions[1:]
        ]
        if any(o is None for o in others):
            continue
        for other in others:
            if _type_shape(other.type) != _type_shape(argument.type):
                raise CompositionError(
                    f'argument "{argument.name.value}" of field {coordinate} has conflicting types '
                    f'"{print_ast(argument.type)}" and "{print_ast(other.type)}"'
                )
        merged.append(_strip_input_value(argument))
    return tuple(merged)


def _strip_input_value(node: InputValueDefinitionNode) -> InputValueDefinitionNode:
    return InputValueDefinitionNode(
        name=node.name, description=node.description, type=node.type, default_value=node.default_value,
        directives=tuple(d for d in node.directives or () if d.name.value == "deprecated"),
    )


def _api_union(meta: TypeMeta, parts: list[Any], types: dict[str, TypeMeta]) -> Any:
    members = _accessible([m for p in parts for m in p.members], types)
    return UnionTypeDefinitionNode(
        name=_name(meta.name), description=_description(parts), directives=(),
        types=tuple(NamedTypeNode(name=_name(m)) for m in members),
    )


def _api_enum(meta: TypeMeta, parts: list[Any], types: dict[str, TypeMeta]) -> Any:
    hidden = {v for p in parts for v in p.inaccessible_values}
    values = {name: node for p in parts for name, node in p.values.items() if name not in hidden}
    return EnumTypeDefinitionNode(
        name=_name(meta.name), description=_description(parts), directives=(),
        values=tuple(
            type(node)(name=node.name, description=node.description,
                       directives=tuple(d for d in node.directives or () if d.name.value == "deprecated"))
            for node in values.values()
        ),
    )


def _api_scalar(meta: TypeMeta, parts: list[Any], types: dict[str, TypeMeta]) -> Any:
    directives = next((p.api_directives for p in parts if p.api_directives), [])
    return ScalarTypeDefinitionNode(name=_name(meta.name), description=_description(parts), directives=tuple(directives))


def _api_input(meta: TypeMeta, parts: list[Any], types: dict[str, TypeMeta]) -> Any:
    """Input fields accepted by every subgraph that defines the input type (their intersection)."""
    shared = [f for f in parts[0].fields.values() if all(f.name in p.fields for p in parts[1:]) and not f.inaccessible]
    directives = next((p.api_directives for p in parts if p.api_directives), [])
    return InputObjectTypeDefinitionNode(
        name=_name(meta.name), description=_description(parts), directives=tuple(directives),
        fields=tuple(_strip_input_value(f.node) for f in shared),  # type: ignore[arg-type]
    )


_API_BUILDERS = {
    "object": _api_composite,
    "interface": _api_composite,
    "union": _api_union,
    "enum": _api_enum,
    "scalar": _api_scalar,
    "input": _api_input,
}
