"""Composes subgraph SDLs into a supergraph, checking the federation rules that keep it plannable."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, cast

from graphql import (
    FieldNode,
    GraphQLError,
    InlineFragmentNode,
    ListTypeNode,
    NamedTypeNode,
    NonNullTypeNode,
    OperationDefinitionNode,
    SelectionSetNode,
    TypeNode,
    parse,
    print_ast,
)

from gateway.api_schema import build_api_schema
from gateway.federation import SubgraphField, SubgraphModel, named_type, read_subgraph, type_shape
from gateway.supergraph import CompositionError, EntityKey, FieldMeta, Supergraph, TypeMeta

if TYPE_CHECKING:
    from gateway.subgraph import SubgraphClient

SDL_QUERY = "query __ServiceSdl { _service { sdl } }"


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


def compose(sdls: dict[str, str]) -> Supergraph:
    """Compose subgraph SDLs (name -> SDL) into a `Supergraph`, or raise `CompositionError`."""
    models = {}
    for name, sdl in sorted(sdls.items()):  # fields merge in subgraph-name order, as @apollo/composition does
        try:
            models[name] = read_subgraph(name, sdl)
        except GraphQLError as error:
            raise CompositionError(f'subgraph "{name}": invalid SDL: {error.message}') from error
    types = _collect_types(models)
    for meta in types.values():
        if meta.kind in ("object", "interface"):
            _merge_fields(meta, models)
    for meta in list(types.values()):
        if meta.interface_objects:
            _lend_interface_object_fields(meta, types, models)
    return Supergraph(models, types, build_api_schema(types, models))


def _collect_types(models: dict[str, SubgraphModel]) -> dict[str, TypeMeta]:
    types: dict[str, TypeMeta] = {}
    for subgraph, model in models.items():
        for type_ in model.types.values():
            kind = "interface" if type_.interface_object else type_.kind  # it stands for an entity interface
            meta = types.setdefault(type_.name, TypeMeta(type_.name, kind))
            if meta.kind != kind:
                raise CompositionError(
                    f'type "{type_.name}" is a {type_.kind} in subgraph "{subgraph}" '
                    f'but a {meta.kind} in subgraph "{meta.subgraphs[0]}"'
                )
            if type_.interface_object:
                meta.interface_objects.append(subgraph)
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
    progressive = None
    for subgraph, definition in definitions.items():
        if definition.override_from and definition.override_from in resolvers and subgraph in resolvers:
            if definition.override_label is None:
                resolvers.discard(definition.override_from)
            else:  # progressive: both keep the field, each request is planned with one of them
                _check_override_label(coordinate, subgraph, definition.override_label)
                progressive = (subgraph, definition.override_from, definition.override_label)
    if not resolvers:
        raise CompositionError(f"field {coordinate} is @external in every subgraph that defines it")
    _check_external_types(coordinate, definitions, resolvers)
    sharing = resolvers - {progressive[1]} if progressive else resolvers
    if meta.kind == "object" and len(sharing) > 1:
        _check_shareable(meta, name, sharing, definitions, models)
    return FieldMeta(
        parent=meta.name,
        name=name,
        type=merged_type,
        definitions=definitions,
        resolvable_in=frozenset(resolvers),
        requires={sg: parse_field_set(d.requires) for sg, d in definitions.items() if d.requires},
        provides={sg: parse_field_set(d.provides) for sg, d in definitions.items() if d.provides},
        inaccessible=any(d.inaccessible for d in definitions.values()),
        progressive=progressive,
    )


_PERCENT = re.compile(r"percent\((\d{1,3}(?:\.\d{1,8})?)\)")
_CUSTOM_LABEL = re.compile(r"[A-Za-z][A-Za-z0-9_\-:.]*")


def override_percent(label: str) -> float | None:
    """The share of requests a `percent(n)` label switches on, or None for a custom label."""
    matched = _PERCENT.fullmatch(label)
    return float(matched.group(1)) if matched else None


def _check_override_label(coordinate: str, subgraph: str, label: str) -> None:
    percent = override_percent(label)
    if (percent is None and (label.startswith("percent(") or not _CUSTOM_LABEL.fullmatch(label))) or (
        percent is not None and percent > 100
    ):
        raise CompositionError(
            f'field {coordinate} in subgraph "{subgraph}": @override label "{label}" is neither percent(0–100) '
            "nor a name of letters, digits, _ - : ."
        )


def _lend_interface_object_fields(meta: TypeMeta, types: dict[str, TypeMeta], models: dict[str, SubgraphModel]) -> None:
    """`@interfaceObject` fields belong to every implementation of the entity interface, resolved by key."""
    owners = [sg for sg in meta.subgraphs if sg not in meta.interface_objects]
    if not any(models[sg].types[meta.name].kind == "interface" and models[sg].types[meta.name].keys for sg in owners):
        raise CompositionError(
            f'type "{meta.name}" is an @interfaceObject in subgraph "{meta.interface_objects[0]}" but no subgraph '
            f'defines "{meta.name}" as an interface with a @key'
        )
    lenders = set(meta.interface_objects)
    implementations = sorted(
        {
            t.name
            for model in models.values()
            for t in model.types.values()
            if t.kind == "object" and meta.name in t.interfaces
        }
    )
    for name in implementations:
        implementation = types[name]
        implementation.keys += [key for key in meta.keys if key.subgraph in lenders]
        for field_name, field_meta in meta.fields.items():
            lent = field_meta.resolvable_in & lenders
            if not lent:
                continue
            own = implementation.fields.get(field_name)
            if own is None:
                implementation.fields[field_name] = replace(
                    field_meta,
                    parent=name,
                    resolvable_in=frozenset(lent),
                    definitions={sg: d for sg, d in field_meta.definitions.items() if sg in lent},
                )
            else:
                implementation.fields[field_name] = replace(
                    own,
                    resolvable_in=own.resolvable_in | lent,
                    definitions={**own.definitions, **{sg: field_meta.definitions[sg] for sg in lent}},
                )


def _check_external_types(coordinate: str, definitions: dict[str, SubgraphField], resolvers: set[str]) -> None:
    """An `@external` declaration must name the very type its owners give the field."""
    owner = min(resolvers)
    expected = print_ast(definitions[owner].node.type)
    for subgraph, definition in sorted(definitions.items()):
        if definition.external and subgraph not in resolvers and print_ast(definition.node.type) != expected:
            raise CompositionError(
                f'field {coordinate} is @external in subgraph "{subgraph}" with type '
                f'"{print_ast(definition.node.type)}" but has type "{expected}" in subgraph "{owner}"'
            )


def _check_shareable(
    meta: TypeMeta,
    name: str,
    resolvers: set[str],
    definitions: dict[str, SubgraphField],
    models: dict[str, SubgraphModel],
) -> None:
    offending = sorted(
        sg for sg in resolvers if not definitions[sg].shareable and name not in _key_field_names(models[sg], meta.name)
    )
    if offending:
        others = ", ".join(f'"{sg}"' for sg in sorted(resolvers))
        raise CompositionError(
            f'non-shareable field "{meta.name}.{name}" is resolved by several subgraphs ({others}) '
            f'but is not marked @shareable in subgraph "{offending[0]}"'
        )


def _merge_types(coordinate: str, definitions: dict[str, SubgraphField]) -> TypeNode:
    (first_sg, first), *rest = definitions.items()
    merged = first.node.type
    for subgraph, definition in rest:
        if type_shape(definition.node.type) != type_shape(merged):
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
        return NonNullTypeNode(type=cast("NamedTypeNode | ListTypeNode", _weaker_nullability(a.type, b.type)))
    a = a.type if isinstance(a, NonNullTypeNode) else a
    b = b.type if isinstance(b, NonNullTypeNode) else b
    if isinstance(a, ListTypeNode) and isinstance(b, ListTypeNode):
        return ListTypeNode(type=_weaker_nullability(a.type, b.type))
    return a


__all__ = [
    "CompositionError",
    "EntityKey",
    "FieldMeta",
    "Supergraph",
    "TypeMeta",
    "compose",
    "fetch_sdl",
    "override_percent",
    "parse_field_set",
]
