"""Splits a client operation into subgraph fetches and orders them into a query plan."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from graphql import (
    DirectiveNode,
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    InlineFragmentNode,
    ListTypeNode,
    NonNullTypeNode,
    SelectionSetNode,
    TypeNode,
    get_operation_ast,
    print_ast,
    value_from_ast_untyped,
)

from gateway.fetch_groups import FetchGroup, PlanAssembler, PlanningError
from gateway.plan import Operation, QueryPlan, parallel, sequence
from gateway.selection import (
    INTERNAL_ALIAS_PREFIX,
    INTROSPECTION_FIELDS,
    FieldSel,
    FragmentSel,
    Selection,
    ensure_field,
    ensure_fragment,
    normalize,
    print_selections,
)
from gateway.supergraph import FieldMeta, Supergraph

_ROOT_TYPES = {"query": "Query", "mutation": "Mutation", "subscription": "Subscription"}


class QueryPlanner:
    """Plans operations against a supergraph, caching plans in an LRU."""

    def __init__(self, supergraph: Supergraph, cache_size: int = 1000) -> None:
        self.supergraph = supergraph
        self.cache_size = cache_size
        self._cache: OrderedDict[tuple[str, str | None, frozenset[str]], QueryPlan] = OrderedDict()
        self._printed: OrderedDict[int, tuple[DocumentNode, str]] = OrderedDict()

    def plan(self, document: DocumentNode, operation_name: str | None = None,
             labels: frozenset[str] = frozenset()) -> QueryPlan:
        """The plan for one operation of a validated document."""
        return self.plan_with_cache_info(document, operation_name, labels)[0]

    def plan_with_cache_info(self, document: DocumentNode, operation_name: str | None,
                             labels: frozenset[str] = frozenset()) -> tuple[QueryPlan, bool]:
        """The plan (for these progressive-override labels switched on) and whether it came from the cache."""
        labels &= self.supergraph.override_labels
        key = (self._text(document), operation_name, labels)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached, True
        plan = _PlanBuilder(self.supergraph, document, operation_name, labels).build()
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
class _Context:
    """Where a client selection is being placed: which fetch, type, response path and list."""

    group: FetchGroup
    parent_type: str
    path: tuple[str, ...]
    out: list[Selection]
    conditions: tuple[DirectiveNode, ...] = ()
    provided: dict[str, Any] | None = None
    reserved: frozenset[str] = frozenset()
    """Response keys the client gives to other fields here: the gateway's own key and `@requires`
    fields at this level take an internal alias instead, so neither overwrites the other."""


def _list_depth(type_node: TypeNode) -> int:
    depth = 0
    while isinstance(type_node, (ListTypeNode, NonNullTypeNode)):
        depth += isinstance(type_node, ListTypeNode)
        type_node = type_node.type
    return depth


def _field_set_tree(selection_set: SelectionSetNode) -> dict[str, Any]:
    """A FieldSet as nested dicts of field names (fragments flattened)."""
    tree: dict[str, Any] = {}
    for node in selection_set.selections:
        if isinstance(node, InlineFragmentNode):
            tree.update(_field_set_tree(node.selection_set))
        elif isinstance(node, FieldNode):
            tree[node.name.value] = _field_set_tree(node.selection_set) if node.selection_set else {}
    return tree


def _reserved_keys(selections: list[Selection]) -> frozenset[str]:
    """Response keys a client selection set binds to something other than the plain field of that name."""
    keys: set[str] = set()
    for selection in selections:
        if isinstance(selection, FragmentSel):
            keys |= _reserved_keys(selection.selections)
        elif selection.key != selection.name or selection.arguments:
            keys.add(selection.key)
    return frozenset(keys)


def _conditioned(out: list[Selection], conditions: tuple[DirectiveNode, ...]) -> list[Selection]:
    """Nest `out` inside one untyped fragment per condition so each keeps its own directive."""
    for directive in conditions:
        out = ensure_fragment(out, None, (directive,)).selections
    return out


class _PlanBuilder:
    """Builds one plan; holds the per-operation state."""

    def __init__(self, supergraph: Supergraph, document: DocumentNode, operation_name: str | None,
                 labels: frozenset[str] = frozenset()) -> None:
        self.labels = labels
        operation = get_operation_ast(document, operation_name)
        if operation is None:
            raise PlanningError(f"operation {operation_name!r} not found in the document")
        self.supergraph = supergraph
        self.schema = supergraph.api_schema
        self.operation = operation
        self.kind = operation.operation.value
        if self.kind == "subscription":
            raise PlanningError("subscriptions are not supported by the gateway")
        fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
        self.selections = normalize(operation.selection_set, fragments)
        self.variable_definitions = {v.variable.name.value: v for v in operation.variable_definitions or ()}
        self._recorders: list[set[FetchGroup]] = []
        self.assembler = PlanAssembler(operation)

    def build(self) -> QueryPlan:
        """Place every root field, then turn the fetch groups into plan nodes."""
        root_type = _ROOT_TYPES[self.kind]
        introspection: list[Selection] = []
        groups: list[FetchGroup] = []
        for root_field, conditions in self._root_fields(self.selections, ()):
            if root_field.name == "__typename":
                continue
            if root_field.name in INTROSPECTION_FIELDS:
                _conditioned(introspection, conditions).append(root_field)
                continue
            group = self._root_group(groups, root_type, root_field)
            context = _Context(group, root_type, (), _conditioned(group.selections, conditions), conditions)
            self._add_field(context, root_field)
        nodes = [self.assembler.node(g) for g in groups]
        node = sequence(nodes) if self.kind == "mutation" else parallel(nodes)
        defaults = {
            name: value_from_ast_untyped(d.default_value)
            for name, d in self.variable_definitions.items() if d.default_value is not None
        }
        operation = Operation(
            self.kind, self.operation.name.value if self.operation.name else None, root_type,
            self.selections, self.schema, defaults,
            self.assembler.operation_text("query", print_selections(introspection), introspection)
            if introspection else None,
        )
        return QueryPlan(node, operation)

    def _root_fields(
        self, selections: list[Selection], conditions: tuple[DirectiveNode, ...]
    ) -> Iterator[tuple[FieldSel, tuple[DirectiveNode, ...]]]:
        for selection in selections:
            if isinstance(selection, FragmentSel):
                yield from self._root_fields(selection.selections, conditions + selection.directives)
            else:
                yield selection, conditions

    def _root_group(self, groups: list[FetchGroup], root_type: str, root_field: FieldSel) -> FetchGroup:
        """Query fields share one fetch per subgraph; mutation fields keep their order."""
        meta = self._field_meta(root_type, root_field.name)
        candidates = sorted(meta.resolvers(self.labels))
        if self.kind == "mutation":
            if groups and groups[-1].subgraph in candidates:
                return groups[-1]
        else:
            for group in groups:
                if group.subgraph in candidates:
                    return group
        best = max(candidates, key=lambda sg: self._coverage(sg, root_type, [root_field]))
        groups.append(FetchGroup(best, ()))
        return groups[-1]

    def _field_meta(self, type_name: str, field_name: str) -> FieldMeta:
        meta = self.supergraph.field(type_name, field_name)
        if meta is None:
            raise PlanningError(f'field "{type_name}.{field_name}" is not in the supergraph')
        return meta

    def _is_abstract(self, type_name: str) -> bool:
        meta = self.supergraph.types.get(type_name)
        return meta is not None and meta.kind in ("interface", "union")

    def _api_possible(self, type_name: str) -> list[str]:
        """Object types of the API schema that `type_name` may be at runtime."""
        api_type = self.schema.get_type(type_name)
        if api_type is None:
            return []
        if not self._is_abstract(type_name):
            return [type_name]
        return [t.name for t in self.schema.get_possible_types(api_type)]  # type: ignore[arg-type]

    def _runtime_types(self, condition: str, parent: str, subgraph: str) -> list[str]:
        """Object types matching `condition` that the subgraph may return where `parent` is expected."""
        returned = self.supergraph.possible_types(parent, subgraph)
        return [t for t in self._api_possible(condition) if t in returned]

    # placing selections -------------------------------------------------------------------------

    def _add_selections(self, context: _Context, selections: list[Selection]) -> None:
        for selection in selections:
            if isinstance(selection, FieldSel):
                self._add_field(context, selection)
            else:
                self._add_fragment(context, selection)

    def _add_fragment(self, context: _Context, fragment: FragmentSel) -> None:
        condition, parent = fragment.type_condition, context.parent_type
        if condition not in (None, parent) and self.supergraph.is_interface_object(parent, context.group.subgraph):
            self._add_fragment(self._to_interface_owner(context), fragment)  # only the owner knows runtime types
            return
        inner = replace(context, conditions=context.conditions + fragment.directives)
        if condition is None or condition == parent or not self._is_abstract(parent):
            if condition not in (None, parent) and parent not in self._api_possible(condition):
                return
            out = context.out
            if fragment.directives:
                out = ensure_fragment(out, None, fragment.directives).selections
            self._add_selections(replace(inner, out=out), fragment.selections)
            return
        for type_name in self._runtime_types(condition, parent, context.group.subgraph):
            out = ensure_fragment(context.out, type_name, fragment.directives).selections
            self._add_selections(replace(inner, parent_type=type_name, out=out), fragment.selections)

    def _add_field(self, context: _Context, client_field: FieldSel) -> None:
        if self.supergraph.is_interface_object(context.parent_type, context.group.subgraph):
            if client_field.name == "__typename" or not self._is_local(
                    context, self._field_meta(context.parent_type, client_field.name)):
                self._add_field(self._to_interface_owner(context), client_field)
                return
        if client_field.name == "__typename":
            if client_field.alias or client_field.directives:
                context.out.append(client_field.shallow_copy())
            else:
                ensure_field(context.out, "__typename")
            return
        meta = self._field_meta(context.parent_type, client_field.name)
        if self._is_local(context, meta):
            self._place_local(context, meta, client_field)
        elif self._is_abstract(context.parent_type):
            for type_name in self._runtime_types(context.parent_type, context.parent_type, context.group.subgraph):
                out = ensure_fragment(context.out, type_name).selections
                self._add_field(replace(context, parent_type=type_name, out=out), client_field)
        else:
            self._jump(context, meta, client_field)

    def _is_local(self, context: _Context, meta: FieldMeta) -> bool:
        if context.provided is not None and meta.name in context.provided:
            return True
        subgraph = context.group.subgraph
        return subgraph in meta.resolvers(self.labels) and subgraph not in meta.requires

    def _place_local(self, context: _Context, meta: FieldMeta, client_field: FieldSel) -> None:
        """Select the field in the current fetch and place its sub-selection below it."""
        for recorder in self._recorders:
            recorder.add(context.group)
        placed = client_field.shallow_copy()
        context.out.append(placed)
        if placed.selections is None:
            return
        if self._is_abstract(meta.return_type):
            ensure_field(placed.selections, "__typename", reserved=_reserved_keys(client_field.selections or []))
        if context.provided is not None and meta.name in context.provided:
            provided = context.provided[meta.name]
        else:
            provides = meta.provides.get(context.group.subgraph)
            provided = _field_set_tree(provides) if provides is not None else None
        child = _Context(
            context.group, meta.return_type,
            context.path + (client_field.key,) + ("@",) * _list_depth(meta.type),
            placed.selections, context.conditions + client_field.directives, provided,
            _reserved_keys(client_field.selections or []),
        )
        self._add_selections(child, client_field.selections or [])

    def _jump(self, context: _Context, meta: FieldMeta, client_field: FieldSel) -> None:
        """Resolve the field through an entity fetch to another subgraph at the same path."""
        parent = context.parent_type
        target, key, direct = self._choose_target(context, meta, client_field)
        group = context.group.child(target, context.path)

        def needs() -> _Context:  # what the entity fetch needs comes under the field's own @include/@skip
            return replace(context, out=_conditioned(context.out, client_field.directives),
                           conditions=context.conditions + client_field.directives)

        if direct:
            self._add_field_set(context.out, parent, key, context.reserved)
        else:  # multi-hop: the key fields come from a third subgraph first, like @requires fields
            ensure_field(context.out, "__typename", reserved=context.reserved)
            self._fetch_required(needs(), group, key)
        self._add_field_set(group.requires.setdefault(parent, []), parent, key)
        required = meta.requires.get(target)
        if required is not None:
            self._fetch_required(needs(), group, required)
            self._add_field_set(group.requires[parent], parent, required)
        known_as = self.supergraph.entity_type_in(parent, target)
        if known_as != parent:  # an @interfaceObject: the subgraph resolves every implementation as the interface
            group.renames[parent] = known_as
        out = _conditioned(ensure_fragment(group.selections, known_as).selections, context.conditions)
        if known_as != parent and client_field.selections is None and any(
                isinstance(s, FieldSel) and s.key == client_field.key for s in out):
            return  # already asked for another implementation of the same interface
        self._place_local(_Context(group, known_as, context.path, out, context.conditions, reserved=context.reserved),
                          meta, client_field)

    def _to_interface_owner(self, context: _Context) -> _Context:
        """From an `@interfaceObject`, an entity fetch to a subgraph that owns the interface and its runtime types.

        The owner also answers `__typename`, so the client's fragments on implementations can be applied.
        """
        parent = context.parent_type
        for target in sorted(self.supergraph.types[parent].subgraphs):
            if self.supergraph.is_interface_object(parent, target):
                continue
            for key in self.supergraph.keys(parent, target):
                if self._can_provide(context, parent, key.selection, context.provided):
                    group = context.group.child(target, context.path)
                    self._add_field_set(context.out, parent, key.selection, context.reserved)
                    self._add_field_set(group.requires.setdefault(parent, []), parent, key.selection)
                    out = _conditioned(ensure_fragment(group.selections, parent).selections, context.conditions)
                    ensure_field(out, "__typename", reserved=context.reserved)
                    return _Context(group, parent, context.path, out, context.conditions, reserved=context.reserved)
        raise PlanningError(f'no subgraph owns the interface "{parent}" with a @key that '
                            f'"{context.group.subgraph}" can provide')

    def _fetch_required(self, context: _Context, group: FetchGroup, required: SelectionSetNode) -> None:
        """Place the `@requires` fields from the current position; the entity fetch waits for them."""
        recorded: set[FetchGroup] = set()
        self._recorders.append(recorded)
        try:
            needed = normalize(required, {})
            for field_sel in needed:
                if isinstance(field_sel, FieldSel) and field_sel.name in context.reserved:
                    field_sel.alias = INTERNAL_ALIAS_PREFIX + field_sel.name
            self._add_selections(context, needed)
        finally:
            self._recorders.pop()
        if group in recorded:
            raise PlanningError(f'@requires of a field in subgraph "{group.subgraph}" needs that same fetch')
        group.after |= recorded - set(group.ancestors())

    def _choose_target(
        self, context: _Context, meta: FieldMeta, client_field: FieldSel
    ) -> tuple[str, SelectionSetNode, bool]:
        """The subgraph to jump to, the key to use, and whether the current fetch can provide that key."""
        current = context.group.subgraph
        options: list[tuple[str, SelectionSetNode]] = []
        indirect: list[tuple[str, SelectionSetNode]] = []
        for target in sorted(meta.resolvers(self.labels)):
            if target == current and target not in meta.requires:
                continue
            keys = self.supergraph.keys(context.parent_type, target)
            indirect += [(target, k.selection) for k in keys[:1] if self._reachable(context, k.selection)]
            for key in keys:
                if self._can_provide(context, context.parent_type, key.selection, context.provided):
                    options.append((target, key.selection))
                    break
        if not options and indirect:
            return (*indirect[0], False)
        if not options:
            raise PlanningError(
                f'cannot resolve "{meta.parent}.{meta.name}" from subgraph "{current}": '
                f'none of {sorted(meta.resolvers(self.labels))} has a @key of "{meta.parent}" that "{current}" can provide'
            )
        for option in options:
            if (option[0], context.path) in context.group.children:
                return (*option, True)
        best = max(options, key=lambda o: self._coverage(o[0], meta.return_type, client_field.selections or []))
        return (*best, True)

    def _reachable(self, context: _Context, key: SelectionSetNode) -> bool:
        """Whether another subgraph that the current fetch can reach resolves every field of a key."""
        for node in key.selections:
            if not isinstance(node, FieldNode) or node.name.value == "__typename":
                continue
            meta = self.supergraph.field(context.parent_type, node.name.value)
            if meta is None or not any(
                    self._can_provide(context, context.parent_type, k.selection, context.provided)
                    for sg in meta.resolvers(self.labels) for k in self.supergraph.keys(context.parent_type, sg)):
                return False
        return True

    def _can_provide(
        self, context: _Context, type_name: str, selection: SelectionSetNode, provided: dict[str, Any] | None
    ) -> bool:
        for node in selection.selections:
            if isinstance(node, InlineFragmentNode):
                if not self._can_provide(context, type_name, node.selection_set, provided):
                    return False
                continue
            assert isinstance(node, FieldNode)
            if node.name.value == "__typename":
                continue
            meta = self.supergraph.field(type_name, node.name.value)
            if meta is None or not self._is_local(replace(context, provided=provided), meta):
                return False
            below = (provided or {}).get(meta.name)
            if node.selection_set and not self._can_provide(context, meta.return_type, node.selection_set, below):
                return False
        return True

    def _add_field_set(self, out: list[Selection], type_name: str, selection: SelectionSetNode,
                       reserved: frozenset[str] = frozenset()) -> None:
        """Merge `__typename` plus a FieldSet (keys or `@requires`) into a selection list."""
        ensure_field(out, "__typename", reserved=reserved)
        for node in selection.selections:
            if isinstance(node, InlineFragmentNode):
                condition = node.type_condition.name.value if node.type_condition else type_name
                self._add_field_set(ensure_fragment(out, condition).selections, condition, node.selection_set)
            elif isinstance(node, FieldNode) and node.name.value != "__typename":
                placed = ensure_field(out, node.name.value, composite=node.selection_set is not None, reserved=reserved)
                if node.selection_set is not None and placed.selections is not None:
                    child_type = self._field_meta(type_name, node.name.value).return_type
                    self._add_field_set(placed.selections, child_type, node.selection_set)

    def _coverage(self, subgraph: str, type_name: str, selections: list[Selection]) -> int:
        """How many of the selected fields a subgraph resolves without another fetch."""
        count = 0
        for selection in selections:
            if isinstance(selection, FragmentSel):
                count += self._coverage(subgraph, selection.type_condition or type_name, selection.selections)
            elif selection.name != "__typename":
                meta = self.supergraph.field(type_name, selection.name)
                if meta is not None and subgraph in meta.resolvers(self.labels):
                    count += 1 + self._coverage(subgraph, meta.return_type, selection.selections or [])
        return count


__all__ = ["PlanningError", "QueryPlanner"]
