"""Runs a query plan against the subgraphs and merges their answers into one response."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Mapping
from typing import Any

import orjson
from graphql import execute as execute_locally
from graphql import parse
from opentelemetry import trace

from gateway.error_codes import GatewayErrorCode
from gateway.plan import Condition, Fetch, Flatten, Parallel, PlanNode, QueryPlan, Sequence
from gateway.selection import INTERNAL_TYPENAME, FieldSel, FragmentSel, Selection, print_selection, typename_of
from gateway.shape import shape_data
from gateway.subgraph import SubgraphClient, SubgraphError

_tracer = trace.get_tracer("dibao.gateway")
ResponsePath = list[str | int]


async def execute(
    plan: QueryPlan,
    *,
    clients: Mapping[str, SubgraphClient],
    variables: Mapping[str, Any],
    headers: Mapping[str, str],
) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """Run the plan and return `(data, errors)` shaped to the client's operation."""
    run = _Run(clients, {**plan.operation.variable_defaults, **variables}, dict(headers))
    if plan.node is not None:
        await run.node(plan.node)
    if plan.operation.introspection is not None:
        run.introspect(plan)
    data = shape_data(plan.operation, run.data, run.variables, run.errors, run.suppressed)
    return data, run.errors


def deep_merge(target: dict[str, Any], source: Mapping[str, Any]) -> None:
    """Merge a subgraph object into the gathered response object, recursing into objects and lists."""
    if target.keys().isdisjoint(source):  # the usual entity fetch: fields the object does not have yet
        target.update(source)
        return
    for key, value in source.items():
        existing = target.get(key)
        if isinstance(existing, dict) and isinstance(value, dict):
            deep_merge(existing, value)
        elif isinstance(existing, list) and isinstance(value, list) and len(existing) == len(value):
            for index, item in enumerate(value):
                if isinstance(existing[index], dict) and isinstance(item, dict):
                    deep_merge(existing[index], item)
                else:
                    existing[index] = item
        else:
            target[key] = value


def objects_at(data: Any, path: tuple[str, ...]) -> list[tuple[dict[str, Any], ResponsePath]]:
    """The objects found at a plan path (`@` steps into lists), each with its response path."""
    found: list[tuple[dict[str, Any], ResponsePath]] = []
    _walk(data, path, 0, [], found)
    return found


def _walk(
    value: Any,
    path: tuple[str, ...],
    depth: int,
    current: ResponsePath,
    found: list[tuple[dict[str, Any], ResponsePath]],
) -> None:
    # A module function, not a closure over `found`: a nested function that calls itself is a reference cycle,
    # and it would keep every object of the response alive until the garbage collector came by.
    if depth == len(path):
        if isinstance(value, dict):
            found.append((value, current))
    elif path[depth] == "@":
        for index, item in enumerate(value if isinstance(value, list) else ()):
            _walk(item, path, depth + 1, [*current, index], found)
    elif isinstance(value, dict) and path[depth] in value:
        _walk(value[path[depth]], path, depth + 1, [*current, path[depth]], found)


def downstream_extensions(extensions: Any, subgraph: str) -> dict[str, Any]:
    """A subgraph error's extensions as the client sees them: tagged with the subgraph, and with
    `DOWNSTREAM_SERVICE_ERROR` as its code when the subgraph gave none (as @apollo/gateway does)."""
    tagged = {**(extensions if isinstance(extensions, dict) else {}), "serviceName": subgraph}
    if not tagged.get("code"):
        tagged["code"] = str(GatewayErrorCode.DOWNSTREAM_SERVICE_ERROR)
    return tagged


class _MissingField(Exception):
    """An object lacks a field its representation needs."""


def representation(obj: Mapping[str, Any], requires: tuple[FragmentSel, ...]) -> dict[str, Any] | None:
    """`__typename`, key and `@requires` fields of an object, or None when it cannot be represented."""
    typename = obj.get(INTERNAL_TYPENAME) or obj.get("__typename")  # typename_of, inlined: once per object
    for fragment in requires:
        if fragment.type_condition == typename:
            leaves = _leaf_keys(fragment)
            if leaves is None:
                try:
                    picked: dict[str, Any] = _pick(obj, fragment.selections)
                    return picked
                except _MissingField:
                    return None
            picked = {}
            for name, internal in leaves:  # the usual key: scalars only, one lookup each
                if internal in obj:
                    picked[name] = obj[internal]
                elif name in obj:
                    picked[name] = obj[name]
                else:
                    return None
            return picked
    return None


@functools.lru_cache(maxsize=4096)
def _leaf_keys(fragment: FragmentSel) -> tuple[tuple[str, str], ...] | None:
    """(name, internal key) of each field when a representation selects only scalar fields, else None."""
    if not all(isinstance(s, FieldSel) and s.selections is None for s in fragment.selections):
        return None
    return tuple((s.name, s.internal_key) for s in fragment.selections)  # type: ignore[union-attr]


@functools.lru_cache(maxsize=4096)
def _requires_text(requires: tuple[FragmentSel, ...]) -> str:
    """The printed representation selection: entity fetches that print alike send the same representations."""
    return " ".join(print_selection(r) for r in requires)


def _pick(value: Any, selections: list[Selection]) -> Any:
    if isinstance(value, list):
        return [_pick(item, selections) for item in value]
    if not isinstance(value, dict):
        return value
    picked: dict[str, Any] = {}
    for selection in selections:
        if isinstance(selection, FieldSel):
            internal = selection.internal_key
            key = internal if internal in value else selection.name
            if key not in value:
                raise _MissingField(selection.name)
            item = value[key]
            picked[selection.name] = item if selection.selections is None else _pick(item, selection.selections)
        elif selection.type_condition in (None, typename_of(value)):
            picked.update(_pick(value, selection.selections))
    return picked


def _path_prefix(path: tuple[str, ...]) -> ResponsePath:
    """The part of a plan path before its first list step."""
    prefix: ResponsePath = []
    for step in path:
        if step == "@":
            break
        prefix.append(step)
    return prefix


class _Run:
    """State of one plan execution: the gathered data and errors."""

    def __init__(self, clients: Mapping[str, SubgraphClient], variables: dict[str, Any], headers: dict[str, str]):
        self.clients = clients
        self.variables = variables
        self.headers = headers
        self.data: dict[str, Any] = {}
        self.errors: list[dict[str, Any]] = []
        self.suppressed: set[tuple[str | int, ...]] = set()
        self.merges = 0
        """Merges so far: representations gathered since the last one are still what the data holds."""
        self._gathered: dict[
            tuple[Any, ...], tuple[int, list[dict[str, Any]], list[list[tuple[dict[str, Any], ResponsePath]]]]
        ] = {}

    async def node(self, node: PlanNode) -> None:
        """Run one plan node."""
        if isinstance(node, Sequence):
            with _tracer.start_as_current_span("gateway.sequence"):
                for child in node.nodes:
                    await self.node(child)
        elif isinstance(node, Parallel):
            with _tracer.start_as_current_span("gateway.parallel"):
                await asyncio.gather(*(self.node(child) for child in node.nodes))
        elif isinstance(node, Flatten):
            await self.flatten(node)
        elif isinstance(node, Fetch):
            await self.fetch(node)
        elif isinstance(node, Condition):
            branch = node.if_clause if self.variables.get(node.variable) else node.else_clause
            if branch is not None:
                await self.node(branch)

    def _variables_for(self, fetch: Fetch) -> dict[str, Any]:
        return {name: self.variables[name] for name in fetch.variable_usages if name in self.variables}

    async def _request(
        self, fetch: Fetch, variables: dict[str, Any], failure_path: ResponsePath
    ) -> dict[str, Any] | None:
        """Send a fetch; on failure record one error and return None."""
        try:
            return await self.clients[fetch.subgraph].request(
                fetch.operation_text,
                variables,
                self.headers,
                idempotent=not fetch.operation_text.startswith("mutation"),
            )
        except SubgraphError as error:
            self.errors.append(error.to_graphql_error(failure_path))
            self.suppressed.add(tuple(failure_path))
            return None

    def _subgraph_errors(self, fetch: Fetch, body: Mapping[str, Any]) -> list[dict[str, Any]]:
        """The subgraph's errors tagged with its name; their locations point into the subgraph query, so go."""
        errors = [
            {k: v for k, v in e.items() if k != "locations"} for e in body.get("errors") or () if isinstance(e, dict)
        ]
        for error in errors:
            error["extensions"] = downstream_extensions(error.get("extensions"), fetch.subgraph)
            if not error.get("message"):
                error["message"] = f'Error while fetching subquery from service "{fetch.subgraph}"'
        return errors

    async def fetch(self, fetch: Fetch) -> None:
        """A root fetch: its data merges at the top of the response."""
        with _tracer.start_as_current_span("gateway.fetch", attributes={"dibao.subgraph": fetch.subgraph}):
            body = await self._request(fetch, self._variables_for(fetch), [])
            if body is None:
                return
            self.errors.extend(self._subgraph_errors(fetch, body))
            if isinstance(body.get("data"), dict):
                deep_merge(self.data, body["data"])
                self.merges += 1
            else:
                self.suppressed.add(())

    async def flatten(self, flatten: Flatten) -> None:
        """An entity fetch for the objects at the flatten path, one request for all of them."""
        fetch = flatten.node
        attributes = {"dibao.subgraph": fetch.subgraph, "dibao.path": ".".join(flatten.path)}
        with _tracer.start_as_current_span("gateway.flatten", attributes=attributes) as span:
            representations, owners = self._representations(flatten)
            span.set_attribute("dibao.representations", len(representations))
            if not representations:
                return
            prefix = _path_prefix(flatten.path)
            variables = {**self._variables_for(fetch), fetch.representations_variable: representations}
            body = await self._request(fetch, variables, prefix)
            if body is not None:
                self._merge_entities(fetch, body, owners, prefix)

    def _representations(
        self, flatten: Flatten
    ) -> tuple[list[dict[str, Any]], list[list[tuple[dict[str, Any], ResponsePath]]]]:
        """The distinct representations of the objects at the flatten path, each with the objects it stands for.

        Sibling fetches at one path (payments and findings of the same households) share them: gathered
        once while nothing has been merged since.
        """
        fetch = flatten.node
        memo = (flatten.path, _requires_text(fetch.requires or ()), fetch.renames)
        known = self._gathered.get(memo)
        if known is not None and known[0] == self.merges:
            return known[1], known[2]
        representations: list[dict[str, Any]] = []
        owners: list[list[tuple[dict[str, Any], ResponsePath]]] = []
        index_of: dict[Any, int] = {}
        renames = dict(fetch.renames)
        for obj, path in objects_at(self.data, flatten.path):
            rep = representation(obj, fetch.requires or ())
            if rep is None:
                continue
            if rep["__typename"] in renames:
                rep["__typename"] = renames[rep["__typename"]]
            try:  # scalar keys (the usual): the pairs themselves; objects or lists in a key: their JSON
                key: Any = tuple(rep.items())
                index = index_of.get(key)
            except TypeError:
                key = orjson.dumps(rep, option=orjson.OPT_SORT_KEYS)
                index = index_of.get(key)
            if index is None:
                index = index_of[key] = len(representations)
                representations.append(rep)
                owners.append([])
            owners[index].append((obj, path))
        self._gathered[memo] = (self.merges, representations, owners)
        return representations, owners

    def _merge_entities(
        self,
        fetch: Fetch,
        body: Mapping[str, Any],
        owners: list[list[tuple[dict[str, Any], ResponsePath]]],
        prefix: ResponsePath,
    ) -> None:
        for error in self._subgraph_errors(fetch, body):
            self.errors.extend(self._repath(error, owners, prefix))
        entities = (body.get("data") or {}).get("_entities") if isinstance(body.get("data"), dict) else None
        if entities is None:
            self.suppressed.add(tuple(prefix))
            return
        if not isinstance(entities, list) or len(entities) != len(owners):
            got = len(entities) if isinstance(entities, list) else type(entities).__name__
            message = f'Subgraph "{fetch.subgraph}" returned {got} entities for {len(owners)} representations'
            invalid = SubgraphError(fetch.subgraph, GatewayErrorCode.SUBGRAPH_INVALID_RESPONSE, message)
            self.errors.append(invalid.to_graphql_error(prefix))
            self.suppressed.add(tuple(prefix))
            return
        self.merges += 1
        for entity, targets in zip(entities, owners, strict=True):
            if isinstance(entity, dict):
                if fetch.renames:  # the subgraph knows these objects only by their interface's name
                    entity.pop("__typename", None)
                for obj, _ in targets:
                    deep_merge(obj, entity)

    @staticmethod
    def _repath(
        error: dict[str, Any], owners: list[list[tuple[dict[str, Any], ResponsePath]]], prefix: ResponsePath
    ) -> list[dict[str, Any]]:
        """Map `["_entities", i, ...]` to the response path of every object behind representation i."""
        path = error.get("path")
        if (
            isinstance(path, list)
            and len(path) >= 2
            and path[0] == "_entities"
            and isinstance(path[1], int)
            and 0 <= path[1] < len(owners)
        ):
            return [{**error, "path": [*target_path, *path[2:]]} for _, target_path in owners[path[1]]]
        error = {**error, "path": prefix} if prefix else {k: v for k, v in error.items() if k != "path"}
        return [error]

    def introspect(self, plan: QueryPlan) -> None:
        """Answer `__schema`/`__type` from the API schema at the gateway."""
        assert plan.operation.introspection is not None
        result = execute_locally(
            plan.operation.schema, parse(plan.operation.introspection), variable_values=self.variables
        )
        if result.data:  # type: ignore[union-attr]
            deep_merge(self.data, result.data)  # type: ignore[union-attr]
            self.merges += 1
        for error in result.errors or ():  # type: ignore[union-attr]
            self.errors.append(dict(error.formatted))
