"""Reads one subgraph's federation SDL into a model of its types, fields, keys and directives."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

from graphql import (
    DirectiveNode,
    DocumentNode,
    EnumTypeDefinitionNode,
    EnumTypeExtensionNode,
    EnumValueDefinitionNode,
    FieldDefinitionNode,
    InputObjectTypeDefinitionNode,
    InputObjectTypeExtensionNode,
    InputValueDefinitionNode,
    InterfaceTypeDefinitionNode,
    InterfaceTypeExtensionNode,
    ListTypeNode,
    NamedTypeNode,
    NonNullTypeNode,
    ObjectTypeDefinitionNode,
    ObjectTypeExtensionNode,
    ScalarTypeDefinitionNode,
    ScalarTypeExtensionNode,
    SchemaDefinitionNode,
    SchemaExtensionNode,
    StringValueNode,
    TypeDefinitionNode,
    TypeNode,
    UnionTypeDefinitionNode,
    UnionTypeExtensionNode,
    parse,
    value_from_ast_untyped,
)

FEDERATION_DIRECTIVES = (
    "key",
    "external",
    "requires",
    "provides",
    "shareable",
    "override",
    "inaccessible",
    "tag",
    "interfaceObject",
    "extends",
    "composeDirective",
    "authenticated",
    "requiresScopes",
    "policy",
    "context",
    "fromContext",
    "cost",
    "listSize",
)
FEDERATION_ROOT_FIELDS = frozenset({"_entities", "_service"})
_FEDERATION_TYPE_NAMES = frozenset({"_Any", "_Entity", "_Service", "FieldSet", "_FieldSet", "Import", "Purpose"})
_DEFAULT_ROOTS = {"query": "Query", "mutation": "Mutation", "subscription": "Subscription"}

_KINDS: dict[type, str] = {
    ObjectTypeDefinitionNode: "object",
    ObjectTypeExtensionNode: "object",
    InterfaceTypeDefinitionNode: "interface",
    InterfaceTypeExtensionNode: "interface",
    UnionTypeDefinitionNode: "union",
    UnionTypeExtensionNode: "union",
    EnumTypeDefinitionNode: "enum",
    EnumTypeExtensionNode: "enum",
    ScalarTypeDefinitionNode: "scalar",
    ScalarTypeExtensionNode: "scalar",
    InputObjectTypeDefinitionNode: "input",
    InputObjectTypeExtensionNode: "input",
}
_EXTENSIONS = (
    ObjectTypeExtensionNode,
    InterfaceTypeExtensionNode,
    UnionTypeExtensionNode,
    EnumTypeExtensionNode,
    ScalarTypeExtensionNode,
    InputObjectTypeExtensionNode,
)


def is_federation_type(name: str) -> bool:
    """Tell whether a type name belongs to the federation machinery rather than the API."""
    return name in _FEDERATION_TYPE_NAMES or name.startswith(("link__", "federation__", "join__"))


def named_type(type_node: TypeNode) -> str:
    """Return the innermost type name of a type reference."""
    while isinstance(type_node, (ListTypeNode, NonNullTypeNode)):
        type_node = type_node.type
    assert isinstance(type_node, NamedTypeNode)
    return type_node.name.value


def type_shape(type_node: TypeNode) -> str:
    """A type reference with nullability removed, e.g. `[Payment]` for `[Payment!]!`."""
    if isinstance(type_node, NonNullTypeNode):
        return type_shape(type_node.type)
    if isinstance(type_node, ListTypeNode):
        return f"[{type_shape(type_node.type)}]"
    return cast(NamedTypeNode, type_node).name.value


@dataclass
class SubgraphField:
    """A field (or input field) as one subgraph declares it."""

    name: str
    node: FieldDefinitionNode | InputValueDefinitionNode
    external: bool = False
    shareable: bool = False
    inaccessible: bool = False
    requires: str | None = None
    provides: str | None = None
    override_from: str | None = None
    override_label: str | None = None


@dataclass
class SubgraphKey:
    """One `@key` of an entity in one subgraph."""

    fields: str
    resolvable: bool = True


@dataclass
class SubgraphType:
    """A named type as one subgraph declares it (definition and extensions merged)."""

    name: str
    kind: str
    fields: dict[str, SubgraphField] = field(default_factory=dict)
    keys: list[SubgraphKey] = field(default_factory=list)
    interfaces: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    values: dict[str, EnumValueDefinitionNode] = field(default_factory=dict)
    inaccessible_values: set[str] = field(default_factory=set)
    shareable: bool = False
    inaccessible: bool = False
    interface_object: bool = False
    description: StringValueNode | None = None
    api_directives: list[DirectiveNode] = field(default_factory=list)


@dataclass
class SubgraphModel:
    """Everything the gateway needs to know about one subgraph's schema."""

    name: str
    types: dict[str, SubgraphType]
    federation_version: int
    roots: dict[str, str]

    def possible_types(self, type_name: str) -> set[str]:
        """Object types that may appear where `type_name` is expected in this subgraph."""
        type_ = self.types.get(type_name)
        if type_ is None:
            return set()
        if type_.kind == "object":
            return {type_name}
        if type_.kind == "union":
            return {m for m in type_.members if m in self.types}
        if type_.kind == "interface":
            return {t.name for t in self.types.values() if t.kind == "object" and type_name in t.interfaces}
        return set()


class _DirectiveNames:
    """Maps the local names of federation directives (after `@link` imports) to canonical names."""

    def __init__(self, document: DocumentNode) -> None:
        link = _federation_link(document)
        self.version = 2 if link is not None else 1
        if link is None:
            self.canonical = {name: name for name in FEDERATION_DIRECTIVES}
            return
        namespace = (_argument(link, "as") or "federation").lstrip("@")
        self.canonical = {f"{namespace}__{name}": name for name in FEDERATION_DIRECTIVES}
        for item in _argument(link, "import") or []:
            if isinstance(item, str):
                self.canonical[item.lstrip("@")] = item.lstrip("@")
            elif isinstance(item, dict) and "name" in item:
                original = str(item["name"]).lstrip("@")
                self.canonical[str(item.get("as", original)).lstrip("@")] = original

    def find(self, node: Any, canonical: str) -> list[DirectiveNode]:
        """Return the usages of one federation directive on a node."""
        return [d for d in node.directives or () if self.canonical.get(d.name.value) == canonical]

    def has(self, node: Any, canonical: str) -> bool:
        """Tell whether a node carries a federation directive."""
        return bool(self.find(node, canonical))

    def api_directives(self, node: Any) -> list[DirectiveNode]:
        """Directives that belong in the API schema (`@deprecated`, `@specifiedBy`, `@oneOf`)."""
        keep = {"deprecated", "specifiedBy", "oneOf"}
        return [d for d in node.directives or () if d.name.value in keep]


def _federation_link(document: DocumentNode) -> DirectiveNode | None:
    for definition in document.definitions:
        if isinstance(definition, (SchemaDefinitionNode, SchemaExtensionNode)):
            for directive in definition.directives or ():
                url = _argument(directive, "url")
                if directive.name.value == "link" and isinstance(url, str) and "/federation/" in url:
                    return directive
    return None


def _argument(directive: DirectiveNode, name: str) -> Any:
    for argument in directive.arguments or ():
        if argument.name.value == name:
            return value_from_ast_untyped(argument.value)
    return None


def read_subgraph(name: str, sdl: str) -> SubgraphModel:
    """Parse a subgraph SDL (no directive definitions needed) into a `SubgraphModel`."""
    document = parse(sdl, no_location=True)
    names = _DirectiveNames(document)
    roots = dict(_DEFAULT_ROOTS)
    for definition in document.definitions:
        if isinstance(definition, (SchemaDefinitionNode, SchemaExtensionNode)):
            for operation_type in definition.operation_types or ():
                roots[operation_type.operation.value] = operation_type.type.name.value
    renames = {local: _DEFAULT_ROOTS[op] for op, local in roots.items()}
    types: dict[str, SubgraphType] = {}
    for definition in document.definitions:
        kind = _KINDS.get(type(definition))
        if kind is None:
            continue
        named = cast(TypeDefinitionNode, definition).name.value
        if is_federation_type(named):
            continue
        type_name = renames.get(named, named)
        type_ = types.setdefault(type_name, SubgraphType(type_name, kind))
        _read_type(type_, definition, names, is_root=type_name in _DEFAULT_ROOTS.values())
    return SubgraphModel(name, types, names.version, {op: _DEFAULT_ROOTS[op] for op in roots})


def _read_type(type_: SubgraphType, node: Any, names: _DirectiveNames, *, is_root: bool) -> None:
    if not isinstance(node, _EXTENSIONS) and node.description is not None:
        type_.description = node.description
    type_.api_directives += names.api_directives(node)
    node_shareable = names.has(node, "shareable") or names.version == 1
    type_.shareable |= node_shareable
    type_.inaccessible |= names.has(node, "inaccessible")
    type_.interface_object |= names.has(node, "interfaceObject")
    for key in names.find(node, "key"):
        resolvable = _argument(key, "resolvable")
        type_.keys.append(SubgraphKey(str(_argument(key, "fields")), resolvable is not False))
    type_.interfaces += [i.name.value for i in getattr(node, "interfaces", None) or ()]
    type_.members += [m.name.value for m in getattr(node, "types", None) or ()]
    for value in getattr(node, "values", None) or ():
        type_.values[value.name.value] = value
        if names.has(value, "inaccessible"):
            type_.inaccessible_values.add(value.name.value)
    for field_node in getattr(node, "fields", None) or ():
        if is_root and field_node.name.value in FEDERATION_ROOT_FIELDS:
            continue
        type_.fields[field_node.name.value] = _read_field(field_node, names, node_shareable)


def _read_field(node: Any, names: _DirectiveNames, type_shareable: bool) -> SubgraphField:
    def single(canonical: str, argument: str) -> Any:
        found = names.find(node, canonical)
        return _argument(found[0], argument) if found else None

    return SubgraphField(
        name=node.name.value,
        node=node,
        external=names.has(node, "external"),
        shareable=type_shareable or names.has(node, "shareable"),
        inaccessible=names.has(node, "inaccessible"),
        requires=single("requires", "fields"),
        provides=single("provides", "fields"),
        override_from=single("override", "from"),
        override_label=single("override", "label"),
    )
