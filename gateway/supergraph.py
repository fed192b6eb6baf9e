"""The composed supergraph: which subgraph resolves each field, entity keys, and the API schema."""

from __future__ import annotations

from dataclasses import dataclass, field

from graphql import GraphQLSchema, SelectionSetNode, TypeNode, lexicographic_sort_schema, print_schema

from gateway.federation import SubgraphField, SubgraphModel, named_type


class CompositionError(Exception):
    """The subgraph schemas cannot be composed into one supergraph."""


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
    progressive: tuple[str, str, str] | None = None
    """(overriding subgraph, overridden subgraph, label) of an `@override` with a label."""

    @property
    def return_type(self) -> str:
        """Name of the field's innermost type."""
        return named_type(self.type)

    def resolvers(self, labels: frozenset[str]) -> frozenset[str]:
        """Subgraphs that resolve the field for a request with these override labels switched on."""
        if self.progressive is None:
            return self.resolvable_in
        to, from_, label = self.progressive
        return self.resolvable_in - {from_ if label in labels else to}


@dataclass
class TypeMeta:
    """Routing facts for one named type of the supergraph."""

    name: str
    kind: str
    subgraphs: list[str] = field(default_factory=list)
    fields: dict[str, FieldMeta] = field(default_factory=dict)
    keys: list[EntityKey] = field(default_factory=list)
    inaccessible: bool = False
    interface_objects: list[str] = field(default_factory=list)
    """Subgraphs that know this entity interface only as an `@interfaceObject` type."""


class Supergraph:
    """The composed graph: which subgraph resolves what, entity keys, and the API schema."""

    def __init__(self, models: dict[str, SubgraphModel], types: dict[str, TypeMeta], api_schema: GraphQLSchema):
        self.models = models
        self.types = types
        self.api_schema = api_schema
        self.subgraphs = tuple(models)
        self.override_labels = frozenset(
            f.progressive[2] for t in types.values() for f in t.fields.values() if f.progressive is not None
        )
        """Every label of a progressive `@override`; `percent(n)` ones are drawn per request."""

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

    def entity_type_in(self, type_name: str, subgraph: str) -> str:
        """The type a subgraph's `_entities` knows an object by: its own, or the `@interfaceObject` it implements."""
        if type_name in self.models[subgraph].types:
            return type_name
        for interface in self.interfaces_of(type_name):
            if subgraph in self.types[interface].interface_objects:
                return interface
        return type_name

    def interfaces_of(self, type_name: str) -> list[str]:
        """Interfaces an object type implements in any subgraph."""
        meta = self.types.get(type_name)
        found = (t.interfaces for sg in (meta.subgraphs if meta else ()) if (t := self.models[sg].types.get(type_name)))
        return sorted({i for names in found for i in names})

    def is_interface_object(self, type_name: str, subgraph: str) -> bool:
        """Whether a subgraph knows `type_name` only as an `@interfaceObject` (not its runtime types)."""
        meta = self.types.get(type_name)
        return bool(meta and subgraph in meta.interface_objects)

    def possible_types(self, type_name: str, subgraph: str) -> set[str]:
        """Object types a subgraph may return where `type_name` is expected."""
        return self.models[subgraph].possible_types(type_name)

    def print_api_schema(self) -> str:
        """The client-facing schema as SDL, types sorted by name."""
        return print_schema(lexicographic_sort_schema(self.api_schema))
