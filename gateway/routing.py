"""What the planner asks of the supergraph while it places selections: which subgraph resolves a field, which keys
a fetch can provide, which runtime types a subgraph may return. Read-only, for one set of override labels."""

from __future__ import annotations

from typing import Any

from graphql import FieldNode, InlineFragmentNode, SelectionSetNode

from gateway.fetch_groups import PlanningError
from gateway.selection import FragmentSel, Selection
from gateway.supergraph import FieldMeta, Supergraph


class Router:
    """The supergraph's answers for one plan, with the progressive-override labels switched on for it."""

    def __init__(self, supergraph: Supergraph, labels: frozenset[str] = frozenset()) -> None:
        self.supergraph = supergraph
        self.schema = supergraph.api_schema
        self.labels = labels

    def field_meta(self, type_name: str, field_name: str) -> FieldMeta:
        meta = self.supergraph.field(type_name, field_name)
        if meta is None:
            raise PlanningError(f'field "{type_name}.{field_name}" is not in the supergraph')
        return meta

    def resolvers(self, meta: FieldMeta) -> frozenset[str]:
        """The subgraphs that resolve the field under this plan's labels."""
        return meta.resolvers(self.labels)

    def is_abstract(self, type_name: str) -> bool:
        meta = self.supergraph.types.get(type_name)
        return meta is not None and meta.kind in ("interface", "union")

    def api_possible(self, type_name: str) -> list[str]:
        """Object types of the API schema that `type_name` may be at runtime."""
        api_type = self.schema.get_type(type_name)
        if api_type is None:
            return []
        if not self.is_abstract(type_name):
            return [type_name]
        return [t.name for t in self.schema.get_possible_types(api_type)]  # type: ignore[arg-type]

    def runtime_types(self, condition: str, parent: str, subgraph: str) -> list[str]:
        """Object types matching `condition` that the subgraph may return where `parent` is expected."""
        returned = self.supergraph.possible_types(parent, subgraph)
        return [t for t in self.api_possible(condition) if t in returned]

    def is_local(self, subgraph: str, provided: dict[str, Any] | None, meta: FieldMeta) -> bool:
        """Whether a fetch to `subgraph` (where `provided` fields come with the parent) answers the field itself."""
        if provided is not None and meta.name in provided:
            return True
        return subgraph in self.resolvers(meta) and subgraph not in meta.requires

    def can_provide(
        self, subgraph: str, type_name: str, selection: SelectionSetNode, provided: dict[str, Any] | None
    ) -> bool:
        """Whether a fetch to `subgraph` can select every field of a FieldSet (a key) on `type_name`."""
        for node in selection.selections:
            if isinstance(node, InlineFragmentNode):
                if not self.can_provide(subgraph, type_name, node.selection_set, provided):
                    return False
                continue
            assert isinstance(node, FieldNode)
            if node.name.value == "__typename":
                continue
            meta = self.supergraph.field(type_name, node.name.value)
            if meta is None or not self.is_local(subgraph, provided, meta):
                return False
            below = (provided or {}).get(meta.name)
            if node.selection_set and not self.can_provide(subgraph, meta.return_type, node.selection_set, below):
                return False
        return True

    def reachable(self, subgraph: str, provided: dict[str, Any] | None, type_name: str, key: SelectionSetNode) -> bool:
        """Whether another subgraph that a fetch to `subgraph` can reach resolves every field of a key."""
        for node in key.selections:
            if not isinstance(node, FieldNode) or node.name.value == "__typename":
                continue
            meta = self.supergraph.field(type_name, node.name.value)
            if meta is None or not any(
                self.can_provide(subgraph, type_name, k.selection, provided)
                for sg in self.resolvers(meta)
                for k in self.supergraph.keys(type_name, sg)
            ):
                return False
        return True

    def coverage(self, subgraph: str, type_name: str, selections: list[Selection]) -> int:
        """How many of the selected fields a subgraph resolves without another fetch."""
        count = 0
        for selection in selections:
            if isinstance(selection, FragmentSel):
                count += self.coverage(subgraph, selection.type_condition or type_name, selection.selections)
            elif selection.name != "__typename":
                meta = self.supergraph.field(type_name, selection.name)
                if meta is not None and subgraph in self.resolvers(meta):
                    count += 1 + self.coverage(subgraph, meta.return_type, selection.selections or [])
        return count
