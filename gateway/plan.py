"""Query plan nodes (Fetch, Sequence, Parallel, Flatten, Condition) and their JSON form."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graphql import GraphQLSchema

from gateway.selection import FragmentSel, Selection, print_selection


@dataclass(frozen=True)
class Fetch:
    """One request to one subgraph; entity fetches carry the representation selection in `requires`."""

    subgraph: str
    operation_text: str
    variable_usages: tuple[str, ...]
    requires: tuple[FragmentSel, ...] | None = None
    path: tuple[str, ...] = ()
    representations_variable: str = "representations"
    renames: tuple[tuple[str, str], ...] = ()
    """(runtime type, `@interfaceObject` type): the `__typename` a representation is sent with."""

    def to_dict(self) -> dict[str, Any]:
        """JSON form for EXPLAIN."""
        answer: dict[str, Any] = {
            "kind": "Fetch",
            "serviceName": self.subgraph,
            "variableUsages": list(self.variable_usages),
            "requires": None if self.requires is None else " ".join(print_selection(r) for r in self.requires),
            "operation": self.operation_text,
        }
        if self.renames:
            answer["inputRewrites"] = [
                {"kind": "ValueSetter", "path": [f"... on {runtime}", "__typename"], "setValueTo": known}
                for runtime, known in self.renames
            ]
        return answer


@dataclass(frozen=True)
class Sequence:
    """Children run one after the other."""

    nodes: tuple[PlanNode, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON form for EXPLAIN."""
        return {"kind": "Sequence", "nodes": [n.to_dict() for n in self.nodes]}


@dataclass(frozen=True)
class Parallel:
    """Children run concurrently."""

    nodes: tuple[PlanNode, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON form for EXPLAIN."""
        return {"kind": "Parallel", "nodes": [n.to_dict() for n in self.nodes]}


@dataclass(frozen=True)
class Flatten:
    """Run an entity fetch for the objects found at `path` (`@` steps into lists)."""

    path: tuple[str, ...]
    node: Fetch

    def to_dict(self) -> dict[str, Any]:
        """JSON form for EXPLAIN."""
        return {"kind": "Flatten", "path": list(self.path), "node": self.node.to_dict()}


@dataclass(frozen=True)
class Condition:
    """Choose a branch from a boolean variable (`@include`/`@skip`)."""

    variable: str
    if_clause: PlanNode | None
    else_clause: PlanNode | None

    def to_dict(self) -> dict[str, Any]:
        """JSON form for EXPLAIN."""
        return {
            "kind": "Condition",
            "condition": self.variable,
            "ifClause": self.if_clause.to_dict() if self.if_clause else None,
            "elseClause": self.else_clause.to_dict() if self.else_clause else None,
        }


PlanNode = Fetch | Sequence | Parallel | Flatten | Condition


@dataclass
class Operation:
    """The client's operation as the executor needs it to shape the response."""

    kind: str
    name: str | None
    root_type: str
    selections: list[Selection]
    schema: GraphQLSchema
    variable_defaults: dict[str, Any] = field(default_factory=dict)
    introspection: str | None = None


@dataclass
class QueryPlan:
    """A plan tree plus the operation it answers."""

    node: PlanNode | None
    operation: Operation

    def to_dict(self) -> dict[str, Any]:
        """JSON form for EXPLAIN (`{"kind": "QueryPlan", "node": ...}`)."""
        return {"kind": "QueryPlan", "node": self.node.to_dict() if self.node else None}


def sequence(nodes: list[PlanNode]) -> PlanNode | None:
    """A Sequence of the nodes, flattening nested sequences and dropping a needless wrapper."""
    flat: list[PlanNode] = []
    for node in nodes:
        flat.extend(node.nodes if isinstance(node, Sequence) else (node,))
    if not flat:
        return None
    return flat[0] if len(flat) == 1 else Sequence(tuple(flat))


def parallel(nodes: list[PlanNode]) -> PlanNode | None:
    """A Parallel of the nodes, flattening nested parallels and dropping a needless wrapper."""
    flat: list[PlanNode] = []
    for node in nodes:
        flat.extend(node.nodes if isinstance(node, Parallel) else (node,))
    if not flat:
        return None
    return flat[0] if len(flat) == 1 else Parallel(tuple(flat))
