"""Splits a client operation into subgraph fetches and orders them into a query plan.

Planning is four passes: `read_operation` (the operation, fragments expanded), `place_root_fields` (each root
field into a fetch of a subgraph that resolves it), the placement pass below them (gateway.placement, which asks
gateway.routing which subgraph resolves what), and `assemble` (fetch groups into plan nodes).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from graphql import (
    DirectiveNode,
    DocumentNode,
    FragmentDefinitionNode,
    OperationDefinitionNode,
    get_operation_ast,
    print_ast,
    value_from_ast_untyped,
)

from gateway.fetch_groups import FetchGroup, PlanAssembler, PlanningError
from gateway.placement import Context, Placement, conditioned
from gateway.plan import Operation, QueryPlan, parallel, sequence
from gateway.routing import Router
from gateway.selection import INTROSPECTION_FIELDS, FieldSel, FragmentSel, Selection, normalize, print_selections
from gateway.supergraph import Supergraph

_ROOT_TYPES = {"query": "Query", "mutation": "Mutation", "subscription": "Subscription"}


class QueryPlanner:
    """Plans operations against a supergraph, caching plans in an LRU."""

    def __init__(self, supergraph: Supergraph, cache_size: int = 1000) -> None:
        self.supergraph = supergraph
        self.cache_size = cache_size
        self._cache: OrderedDict[tuple[str, str | None, frozenset[str]], QueryPlan] = OrderedDict()
        self._printed: OrderedDict[int, tuple[DocumentNode, str]] = OrderedDict()

    def plan(
        self, document: DocumentNode, operation_name: str | None = None, labels: frozenset[str] = frozenset()
    ) -> QueryPlan:
        """The plan for one operation of a validated document."""
        return self.plan_with_cache_info(document, operation_name, labels)[0]

    def plan_with_cache_info(
        self, document: DocumentNode, operation_name: str | None, labels: frozenset[str] = frozenset()
    ) -> tuple[QueryPlan, bool]:
        """The plan (for these progressive-override labels switched on) and whether it came from the cache."""
        labels &= self.supergraph.override_labels
        key = (self._text(document), operation_name, labels)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached, True
        plan = plan_operation(self.supergraph, document, operation_name, labels)
        self._cache[key] = plan
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)
        return plan, False

    def _text(self, document: DocumentNode) -> str:
        """The document's printed text, the cache key; the edge hands the same document object for a repeated text."""
        known = self._printed.get(id(document))
        if known is not None and known[0] is document:
            return known[1]
        text = print_ast(document)
        self._printed[id(document)] = (document, text)  # holding the document keeps its id from being reused
        while len(self._printed) > self.cache_size:
            self._printed.popitem(last=False)
        return text


@dataclass(frozen=True)
class OperationToPlan:
    """The operation read from the document: its kind, root type, selections (fragments expanded) and the
    variables' defaults."""

    node: OperationDefinitionNode
    kind: str
    root_type: str
    selections: list[Selection]
    defaults: dict[str, Any]


@dataclass
class RootFetches:
    """The root fields placed: one fetch group per subgraph (in field order for a mutation), and the
    introspection fields the gateway answers itself."""

    groups: list[FetchGroup] = field(default_factory=list)
    introspection: list[Selection] = field(default_factory=list)


def plan_operation(
    supergraph: Supergraph, document: DocumentNode, operation_name: str | None, labels: frozenset[str] = frozenset()
) -> QueryPlan:
    """The passes: read the operation, place its root fields and every selection below them into fetches
    (gateway.placement, asking gateway.routing), then assemble the plan nodes."""
    operation = read_operation(document, operation_name)
    router = Router(supergraph, labels)
    roots = place_root_fields(operation, router, Placement(router))
    return assemble(operation, roots, supergraph)


def read_operation(document: DocumentNode, operation_name: str | None) -> OperationToPlan:
    """The named (or only) operation, with fragments expanded; subscriptions are refused."""
    operation = get_operation_ast(document, operation_name)
    if operation is None:
        raise PlanningError(f"operation {operation_name!r} not found in the document")
    kind = operation.operation.value
    if kind == "subscription":
        raise PlanningError("subscriptions are not supported by the gateway")
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    defaults = {
        v.variable.name.value: value_from_ast_untyped(v.default_value)
        for v in operation.variable_definitions or ()
        if v.default_value is not None
    }
    return OperationToPlan(operation, kind, _ROOT_TYPES[kind], normalize(operation.selection_set, fragments), defaults)


def place_root_fields(operation: OperationToPlan, router: Router, placement: Placement) -> RootFetches:
    """Each root field goes to a fetch of a subgraph that resolves it; the placement pass takes it from there."""
    roots = RootFetches()
    for root_field, conditions in _root_fields(operation.selections, ()):
        if root_field.name == "__typename":
            continue
        if root_field.name in INTROSPECTION_FIELDS:
            conditioned(roots.introspection, conditions).append(root_field)
            continue
        group = _root_group(roots.groups, operation, router, root_field)
        context = Context(group, operation.root_type, (), conditioned(group.selections, conditions), conditions)
        placement.add_field(context, root_field)
    return roots


def _root_fields(
    selections: list[Selection], conditions: tuple[DirectiveNode, ...]
) -> Iterator[tuple[FieldSel, tuple[DirectiveNode, ...]]]:
    for selection in selections:
        if isinstance(selection, FragmentSel):
            yield from _root_fields(selection.selections, conditions + selection.directives)
        else:
            yield selection, conditions


def _root_group(
    groups: list[FetchGroup], operation: OperationToPlan, router: Router, root_field: FieldSel
) -> FetchGroup:
    """Query fields share one fetch per subgraph; mutation fields keep their order."""
    meta = router.field_meta(operation.root_type, root_field.name)
    candidates = sorted(router.resolvers(meta))
    if operation.kind == "mutation":
        if groups and groups[-1].subgraph in candidates:
            return groups[-1]
    else:
        for group in groups:
            if group.subgraph in candidates:
                return group
    best = max(candidates, key=lambda sg: router.coverage(sg, operation.root_type, [root_field]))
    groups.append(FetchGroup(best, ()))
    return groups[-1]


def assemble(operation: OperationToPlan, roots: RootFetches, supergraph: Supergraph) -> QueryPlan:
    """The fetch groups as plan nodes (a mutation's in sequence, a query's in parallel) and the operation's
    description the executor shapes the answer by."""
    assembler = PlanAssembler(operation.node)
    nodes = [assembler.node(g) for g in roots.groups]
    node = sequence(nodes) if operation.kind == "mutation" else parallel(nodes)
    introspection = roots.introspection
    described = Operation(
        operation.kind,
        operation.node.name.value if operation.node.name else None,
        operation.root_type,
        operation.selections,
        supergraph.api_schema,
        operation.defaults,
        assembler.operation_text("query", print_selections(introspection), introspection) if introspection else None,
    )
    return QueryPlan(node, described)


__all__ = ["PlanningError", "QueryPlanner"]
