"""Fetch groups (selections bound for one subgraph request) and their assembly into plan nodes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import cast

from graphql import OperationDefinitionNode, print_ast

from gateway.plan import Condition, Fetch, Flatten, PlanNode, parallel, sequence
from gateway.selection import FragmentSel, Selection, condition_of, print_selections, variables_in


class PlanningError(Exception):
    """The operation cannot be split into subgraph fetches."""


@dataclass(eq=False)
class FetchGroup:
    """Selections bound for one subgraph fetch, plus the fetches that depend on it."""

    subgraph: str
    path: tuple[str, ...]
    parent: FetchGroup | None = None
    entity: bool = False
    selections: list[Selection] = field(default_factory=list)
    requires: dict[str, list[Selection]] = field(default_factory=dict)
    renames: dict[str, str] = field(default_factory=dict)
    """Runtime type → the `@interfaceObject` type the subgraph knows it by, for the representations."""
    children: dict[tuple[str, tuple[str, ...]], FetchGroup] = field(default_factory=dict)
    after: set[FetchGroup] = field(default_factory=set)

    def child(self, subgraph: str, path: tuple[str, ...]) -> FetchGroup:
        """The entity fetch to `subgraph` for objects at `path`, created on first use."""
        key = (subgraph, path)
        if key not in self.children:
            self.children[key] = FetchGroup(subgraph, path, parent=self, entity=True)
        return self.children[key]

    def ancestors(self) -> Iterator[FetchGroup]:
        """This group and the groups it hangs from."""
        group: FetchGroup | None = self
        while group is not None:
            yield group
            group = group.parent

    def subtree(self) -> Iterator[FetchGroup]:
        """This group and every group below it."""
        yield self
        for child in self.children.values():
            yield from child.subtree()


class PlanAssembler:
    """Turns a tree of fetch groups into plan nodes with subgraph operation texts."""

    def __init__(self, operation: OperationDefinitionNode) -> None:
        self.kind = operation.operation.value
        self.operation_name = operation.name.value if operation.name else None
        self.variable_definitions = {v.variable.name.value: v for v in operation.variable_definitions or ()}
        self._fetch_count = 0

    def node(self, group: FetchGroup) -> PlanNode:
        """The group's fetch, followed by its children, under a Condition when all of it is conditional."""
        fetch = self._fetch(group)
        node: PlanNode = Flatten(group.path, fetch) if group.entity else fetch
        children = self._children_node(group)
        if children is not None:
            node = sequence([node, children])  # type: ignore[assignment]
        condition = self._group_condition(group)
        if condition is not None:
            variable, included = condition
            node = Condition(variable, node, None) if included else Condition(variable, None, node)
        return node

    def _children_node(self, group: FetchGroup) -> PlanNode | None:
        """Children run in parallel stages; a stage waits for the siblings its `@requires` needs."""
        owner = {member: child for child in group.children.values() for member in child.subtree()}
        waits_for = {
            child: {owner[d] for d in child.after if d in owner and owner[d] is not child}
            for child in group.children.values()
        }
        stages: list[PlanNode] = []
        done: set[FetchGroup] = set()
        remaining = list(group.children.values())
        while remaining:
            ready = [c for c in remaining if waits_for[c] <= done]
            if not ready:
                raise PlanningError("fetches wait on each other through @requires")
            stages.append(parallel([self.node(c) for c in ready]))  # type: ignore[arg-type]
            done.update(ready)
            remaining = [c for c in remaining if c not in done]
        return sequence(stages)

    def _group_condition(self, group: FetchGroup) -> tuple[str, bool] | None:
        """A variable condition shared by every top-level selection of the fetch, if any."""
        top: list[Selection] = group.selections
        if group.entity:
            top = [s for fragment in cast(list[FragmentSel], group.selections) for s in fragment.selections]
        conditions = {condition_of(s) for s in top}
        if len(conditions) == 1:
            return conditions.pop()
        return None

    def _fetch(self, group: FetchGroup) -> Fetch:
        """The Fetch node: a root operation, or an `_entities` query with its representation selection."""
        representations = "representations"
        while representations in self.variable_definitions:  # a client variable of that name keeps its own
            representations = "_" + representations
        if group.entity:
            body = f"{{ _entities(representations: ${representations}) {print_selections(group.selections)} }}"
            text = self.operation_text("query", body, group.selections, f"${representations}: [_Any!]!")
            requires = tuple(FragmentSel(t, (), s) for t, s in group.requires.items())
        else:
            text = self.operation_text(self.kind, print_selections(group.selections), group.selections)
            requires = None
        used = tuple(sorted(variables_in(group.selections)))
        return Fetch(
            group.subgraph, text, used, requires, group.path, representations, tuple(sorted(group.renames.items()))
        )

    def operation_text(self, kind: str, body: str, selections: list[Selection], *extra: str) -> str:
        """A subgraph operation declaring only the client variables its selections use."""
        definitions = [*extra, *(print_ast(self.variable_definitions[v]) for v in sorted(variables_in(selections)))]
        name = ""
        if self.operation_name is not None:
            name = f" {self.operation_name}__{self._fetch_count}"
            self._fetch_count += 1
        return f"{kind}{name}{'(' + ', '.join(definitions) + ')' if definitions else ''} {body}"
