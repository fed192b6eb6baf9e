"""The planner's placement pass: each client selection goes into the fetch of a subgraph that resolves it, and a
field the current fetch cannot resolve opens an entity fetch to another subgraph (its key, and its `@requires`
fields, selected first where the parent is fetched)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from graphql import (
    DirectiveNode,
    FieldNode,
    InlineFragmentNode,
    ListTypeNode,
    NonNullTypeNode,
    SelectionSetNode,
    TypeNode,
)

from gateway.fetch_groups import FetchGroup, PlanningError
from gateway.routing import Router
from gateway.selection import (
    INTERNAL_ALIAS_PREFIX,
    FieldSel,
    FragmentSel,
    Selection,
    ensure_field,
    ensure_fragment,
    normalize,
)
from gateway.supergraph import FieldMeta


@dataclass(frozen=True)
class Context:
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


def conditioned(out: list[Selection], conditions: tuple[DirectiveNode, ...]) -> list[Selection]:
    """Nest `out` inside one untyped fragment per condition so each keeps its own directive."""
    for directive in conditions:
        out = ensure_fragment(out, None, (directive,)).selections
    return out


class Placement:
    """Places client selections into fetch groups for one plan; keeps which fetches `@requires` fields land in."""

    def __init__(self, router: Router) -> None:
        self.router = router
        self.supergraph = router.supergraph
        self._recorders: list[set[FetchGroup]] = []

    def add_selections(self, context: Context, selections: list[Selection]) -> None:
        for selection in selections:
            if isinstance(selection, FieldSel):
                self.add_field(context, selection)
            else:
                self._add_fragment(context, selection)

    def _add_fragment(self, context: Context, fragment: FragmentSel) -> None:
        condition, parent = fragment.type_condition, context.parent_type
        if condition not in (None, parent) and self.supergraph.is_interface_object(parent, context.group.subgraph):
            self._add_fragment(self._to_interface_owner(context), fragment)  # only the owner knows runtime types
            return
        inner = replace(context, conditions=context.conditions + fragment.directives)
        if condition is None or condition == parent or not self.router.is_abstract(parent):
            if condition not in (None, parent) and parent not in self.router.api_possible(condition):
                return
            out = context.out
            if fragment.directives:
                out = ensure_fragment(out, None, fragment.directives).selections
            self.add_selections(replace(inner, out=out), fragment.selections)
            return
        for type_name in self.router.runtime_types(condition, parent, context.group.subgraph):
            out = ensure_fragment(context.out, type_name, fragment.directives).selections
            self.add_selections(replace(inner, parent_type=type_name, out=out), fragment.selections)

    def add_field(self, context: Context, client_field: FieldSel) -> None:
        if self.supergraph.is_interface_object(context.parent_type, context.group.subgraph):
            if client_field.name == "__typename" or not self._is_local(
                context, self.router.field_meta(context.parent_type, client_field.name)
            ):
                self.add_field(self._to_interface_owner(context), client_field)
                return
        if client_field.name == "__typename":
            if client_field.alias or client_field.directives:
                context.out.append(client_field.shallow_copy())
            else:
                ensure_field(context.out, "__typename")
            return
        meta = self.router.field_meta(context.parent_type, client_field.name)
        if self._is_local(context, meta):
            self._place_local(context, meta, client_field)
        elif self.router.is_abstract(context.parent_type):
            for type_name in self.router.runtime_types(
                context.parent_type, context.parent_type, context.group.subgraph
            ):
                out = ensure_fragment(context.out, type_name).selections
                self.add_field(replace(context, parent_type=type_name, out=out), client_field)
        else:
            self._jump(context, meta, client_field)

    def _is_local(self, context: Context, meta: FieldMeta) -> bool:
        return self.router.is_local(context.group.subgraph, context.provided, meta)

    def _can_provide(self, context: Context, key: SelectionSetNode) -> bool:
        return self.router.can_provide(context.group.subgraph, context.parent_type, key, context.provided)

    def _place_local(self, context: Context, meta: FieldMeta, client_field: FieldSel) -> None:
        """Select the field in the current fetch and place its sub-selection below it."""
        for recorder in self._recorders:
            recorder.add(context.group)
        placed = client_field.shallow_copy()
        context.out.append(placed)
        if placed.selections is None:
            return
        if self.router.is_abstract(meta.return_type):
            ensure_field(placed.selections, "__typename", reserved=_reserved_keys(client_field.selections or []))
        if context.provided is not None and meta.name in context.provided:
            provided = context.provided[meta.name]
        else:
            provides = meta.provides.get(context.group.subgraph)
            provided = _field_set_tree(provides) if provides is not None else None
        child = Context(
            context.group,
            meta.return_type,
            context.path + (client_field.key,) + ("@",) * _list_depth(meta.type),
            placed.selections,
            context.conditions + client_field.directives,
            provided,
            _reserved_keys(client_field.selections or []),
        )
        self.add_selections(child, client_field.selections or [])

    def _jump(self, context: Context, meta: FieldMeta, client_field: FieldSel) -> None:
        """Resolve the field through an entity fetch to another subgraph at the same path."""
        parent = context.parent_type
        target, key, direct = self._choose_target(context, meta, client_field)
        group = context.group.child(target, context.path)

        def needs() -> Context:  # what the entity fetch needs comes under the field's own @include/@skip
            return replace(
                context,
                out=conditioned(context.out, client_field.directives),
                conditions=context.conditions + client_field.directives,
            )

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
        out = conditioned(ensure_fragment(group.selections, known_as).selections, context.conditions)
        if (
            known_as != parent
            and client_field.selections is None
            and any(isinstance(s, FieldSel) and s.key == client_field.key for s in out)
        ):
            return  # already asked for another implementation of the same interface
        self._place_local(
            Context(group, known_as, context.path, out, context.conditions, reserved=context.reserved),
            meta,
            client_field,
        )

    def _choose_target(
        self, context: Context, meta: FieldMeta, client_field: FieldSel
    ) -> tuple[str, SelectionSetNode, bool]:
        """The subgraph to jump to, the key to use, and whether the current fetch can provide that key."""
        current = context.group.subgraph
        options: list[tuple[str, SelectionSetNode]] = []
        indirect: list[tuple[str, SelectionSetNode]] = []
        for target in sorted(self.router.resolvers(meta)):
            if target == current and target not in meta.requires:
                continue
            keys = self.supergraph.keys(context.parent_type, target)
            indirect += [
                (target, k.selection)
                for k in keys[:1]
                if self.router.reachable(current, context.provided, context.parent_type, k.selection)
            ]
            for key in keys:
                if self._can_provide(context, key.selection):
                    options.append((target, key.selection))
                    break
        if not options and indirect:
            return (*indirect[0], False)
        if not options:
            raise PlanningError(
                f'cannot resolve "{meta.parent}.{meta.name}" from subgraph "{current}": '
                f'none of {sorted(self.router.resolvers(meta))} has a @key of "{meta.parent}" that "{current}" can provide'
            )
        for option in options:
            if (option[0], context.path) in context.group.children:
                return (*option, True)
        best = max(options, key=lambda o: self.router.coverage(o[0], meta.return_type, client_field.selections or []))
        return (*best, True)

    def _to_interface_owner(self, context: Context) -> Context:
        """From an `@interfaceObject`, an entity fetch to a subgraph that owns the interface and its runtime types.

        The owner also answers `__typename`, so the client's fragments on implementations can be applied.
        """
        parent = context.parent_type
        for target in sorted(self.supergraph.types[parent].subgraphs):
            if self.supergraph.is_interface_object(parent, target):
                continue
            for key in self.supergraph.keys(parent, target):
                if self._can_provide(context, key.selection):
                    group = context.group.child(target, context.path)
                    self._add_field_set(context.out, parent, key.selection, context.reserved)
                    self._add_field_set(group.requires.setdefault(parent, []), parent, key.selection)
                    out = conditioned(ensure_fragment(group.selections, parent).selections, context.conditions)
                    ensure_field(out, "__typename", reserved=context.reserved)
                    return Context(group, parent, context.path, out, context.conditions, reserved=context.reserved)
        raise PlanningError(
            f'no subgraph owns the interface "{parent}" with a @key that "{context.group.subgraph}" can provide'
        )

    def _fetch_required(self, context: Context, group: FetchGroup, required: SelectionSetNode) -> None:
        """Place the `@requires` fields from the current position; the entity fetch waits for them."""
        recorded: set[FetchGroup] = set()
        self._recorders.append(recorded)
        try:
            needed = normalize(required, {})
            for field_sel in needed:
                if isinstance(field_sel, FieldSel) and field_sel.name in context.reserved:
                    field_sel.alias = INTERNAL_ALIAS_PREFIX + field_sel.name
            self.add_selections(context, needed)
        finally:
            self._recorders.pop()
        if group in recorded:
            raise PlanningError(f'@requires of a field in subgraph "{group.subgraph}" needs that same fetch')
        group.after |= recorded - set(group.ancestors())

    def _add_field_set(
        self, out: list[Selection], type_name: str, selection: SelectionSetNode, reserved: frozenset[str] = frozenset()
    ) -> None:
        """Merge `__typename` plus a FieldSet (keys or `@requires`) into a selection list."""
        ensure_field(out, "__typename", reserved=reserved)
        for node in selection.selections:
            if isinstance(node, InlineFragmentNode):
                condition = node.type_condition.name.value if node.type_condition else type_name
                self._add_field_set(ensure_fragment(out, condition).selections, condition, node.selection_set)
            elif isinstance(node, FieldNode) and node.name.value != "__typename":
                placed = ensure_field(out, node.name.value, composite=node.selection_set is not None, reserved=reserved)
                if node.selection_set is not None and placed.selections is not None:
                    child_type = self.router.field_meta(type_name, node.name.value).return_type
                    self._add_field_set(placed.selections, child_type, node.selection_set)
