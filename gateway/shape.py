"""Shapes merged subgraph data into exactly the client's selection, with GraphQL null propagation."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, cast

from graphql import (
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLSchema,
    is_abstract_type,
    is_leaf_type,
)

from gateway.plan import Operation
from gateway.selection import INTROSPECTION_FIELDS, FieldSel, Selection, is_included, typename_of

Path = list[str | int]
Layout = list[tuple[str, str, Any, list[Selection], int, list[Any] | None]]
Leaves = tuple[list[str], list[str]] | None
_INVALID = object()  # a null reached a non-null position: the parent must become null


def _all_as_they_came(items: Iterable[Any], leaves: tuple[list[str], list[str]]) -> bool:
    """The subgraph answered each object with exactly the client's scalars, in its order, none null where the
    schema forbids it: the objects are the client's as they came. One loop for a whole list (a thousand households
    have a thousand lists)."""
    keys, required = leaves
    for item in items:
        if (
            type(item) is not dict
            or list(item) != keys
            or (None in item.values() and not all(item[key] is not None for key in required))
        ):
            return False
    return True


def _list_of_objects(type_: Any) -> list[Any] | None:
    """[object type] for a (non-null) list of (non-null) objects of one type, else None."""
    type_ = type_.of_type if isinstance(type_, GraphQLNonNull) else type_
    if not isinstance(type_, GraphQLList):
        return None
    item = type_.of_type.of_type if isinstance(type_.of_type, GraphQLNonNull) else type_.of_type
    return [item] if isinstance(item, GraphQLObjectType) else None


def shape_data(
    operation: Operation,
    data: Mapping[str, Any],
    variables: Mapping[str, Any],
    errors: list[dict[str, Any]],
    suppressed: Iterable[tuple[str | int, ...]] = (),
) -> dict[str, Any] | None:
    """The response `data` for the operation, appending null-propagation errors to `errors`."""
    shaper = _Shaper(operation.schema, variables, errors, suppressed)
    root = getattr(operation.schema, f"{operation.kind}_type")
    assert isinstance(root, GraphQLObjectType)
    return shaper.object(root, operation.selections, data, [], is_root=True)


class _Shaper:
    """Walks the client selection over merged data."""

    def __init__(
        self,
        schema: GraphQLSchema,
        variables: Mapping[str, Any],
        errors: list[dict[str, Any]],
        suppressed: Iterable[tuple[str | int, ...]],
    ) -> None:
        self.schema = schema
        self.variables = variables
        self.errors = errors
        self.reported: set[tuple[str | int, ...]] = set(suppressed)
        self.reported_below: set[tuple[str | int, ...]] = set()
        for error in errors:
            if error.get("path"):
                self.reported.add(tuple(error["path"]))
        for path in self.reported:
            self.reported_below.update(path[:i] for i in range(len(path)))
        self._layouts: dict[tuple[str, int], tuple[Layout, Leaves, list[Selection]]] = {}

    def layout(self, type_: GraphQLObjectType, selections: list[Selection]) -> Layout:
        """(response key, field name, field type, sub-selections, leaf, objects) for one runtime type and selection
        list, worked out once per request: a list of a thousand objects shares it. `leaf` is 1 for a nullable scalar
        or enum, 2 for a non-null one, 0 otherwise. `objects`, for a list of one object type (a household's
        payments), holds that type and, once first needed, its layout and leaves; None for any other field."""
        return self._layout(type_, selections)[0]

    def _layout(self, type_: GraphQLObjectType, selections: list[Selection]) -> tuple[Layout, Leaves]:
        """The layout and, for a layout of scalars only (a payment's amount and period), its response keys in
        order and the non-null ones (None for any other)."""
        key = (type_.name, id(selections))
        known = self._layouts.get(key)
        if known is not None and known[2] is selections:
            return known[0], known[1]
        layout = []
        for response_key, fields in self.collect(type_, selections, {}).items():
            name = fields[0].name
            field = type_.fields.get(name)
            children = [s for f in fields for s in f.selections or ()]
            field_type = None if field is None else field.type
            leaf, objects = 0, None
            if field_type is not None and name != "__typename":
                if isinstance(field_type, GraphQLNonNull) and is_leaf_type(field_type.of_type):
                    leaf = 2
                elif is_leaf_type(field_type):
                    leaf = 1
                else:
                    objects = _list_of_objects(field_type)
            layout.append((response_key, name, field_type, children, leaf, objects))
        leaves = (
            ([entry[0] for entry in layout], [entry[0] for entry in layout if entry[4] == 2])
            if all(entry[4] for entry in layout)
            else None
        )
        self._layouts[key] = (layout, leaves, selections)  # holding the list keeps its id from being reused
        return layout, leaves

    def collect(
        self, type_: GraphQLObjectType, selections: list[Selection], fields: dict[str, list[FieldSel]]
    ) -> dict[str, list[FieldSel]]:
        """Group the selected fields by response key for one runtime type (GraphQL CollectFields)."""
        for selection in selections:
            if not is_included(selection.directives, self.variables):
                continue
            if isinstance(selection, FieldSel):
                fields.setdefault(selection.key, []).append(selection)
            elif self._applies(selection.type_condition, type_):
                self.collect(type_, selection.selections, fields)
        return fields

    def _applies(self, condition: str | None, type_: GraphQLObjectType) -> bool:
        if condition is None or condition == type_.name:
            return True
        condition_type = self.schema.get_type(condition)
        return is_abstract_type(condition_type) and self.schema.is_sub_type(condition_type, type_)

    def object(
        self,
        type_: GraphQLObjectType,
        selections: list[Selection],
        source: Mapping[str, Any],
        path: Path,
        *,
        is_root: bool = False,
    ) -> dict[str, Any] | None:
        """One object; None when a non-null field of it is null."""
        return self._fill(type_, self.layout(type_, selections), source, path, is_root)

    def _fill(
        self,
        type_: GraphQLObjectType,
        layout: Layout,
        source: Mapping[str, Any],
        path: Path,
        is_root: bool = False,
    ) -> dict[str, Any] | None:
        result: dict[str, Any] = {}
        for key, name, field_type, children, leaf, objects in layout:
            if leaf:  # most of a large answer: taken as it is, without the general completion below
                value = source.get(key)
                if value is None and leaf == 2:
                    self._null_error([*path, key])
                    return None
                result[key] = value
                continue
            if objects is not None:  # a list of objects (a household's payments): as it came, when it can be
                value = source.get(key)
                if type(value) is list:
                    if len(objects) == 1:
                        objects.append(self._layout(objects[0], children)[1])
                    leaves = objects[1]
                    if leaves is not None and _all_as_they_came(value, leaves):
                        result[key] = value
                        continue
            if name == "__typename":
                result[key] = type_.name
                continue
            if is_root and name in INTROSPECTION_FIELDS:
                result[key] = source.get(key)
                continue
            value = self.complete(field_type, children, source.get(key), [*path, key])
            if value is _INVALID:
                return None
            result[key] = value
        return result

    def complete(self, type_: GraphQLOutputType, selections: list[Selection], value: Any, path: Path) -> Any:
        """A value of any type, or `_INVALID` when a non-null position ends up null."""
        if isinstance(type_, GraphQLNonNull):
            result = self._nullable(type_.of_type, selections, value, path)
            if result is None:
                if value is None:
                    self._null_error(path)
                return _INVALID
            return result
        return self._nullable(type_, selections, value, path)

    def _nullable(self, type_: Any, selections: list[Selection], value: Any, path: Path) -> Any:
        if value is None:
            return None
        if isinstance(type_, GraphQLList):
            if not isinstance(value, list):
                return self._bad_value(path, "a list")
            item_type = type_.of_type
            required = isinstance(item_type, GraphQLNonNull)
            object_type = item_type.of_type if required else item_type
            if isinstance(object_type, GraphQLObjectType):  # the common list of entities, without the general walk
                # (a list whose objects all came as the client's is kept whole by `_fill`, before it gets here)
                layout, leaves = self._layout(object_type, selections)
                items: list[Any] = []
                for index, item in enumerate(value):
                    if leaves is not None and _all_as_they_came((item,), leaves):
                        items.append(item)
                        continue
                    completed = (
                        self._fill(object_type, layout, item, [*path, index])
                        if isinstance(item, dict)
                        else self.complete(item_type, selections, item, [*path, index])
                    )
                    if completed is None and required:
                        if item is None:
                            self._null_error([*path, index])
                        return None
                    if completed is _INVALID:
                        return None
                    items.append(completed)
                return items
            items = []
            for index, item in enumerate(value):
                completed = self.complete(item_type, selections, item, [*path, index])
                if completed is _INVALID:
                    return None
                items.append(completed)
            return items
        if is_leaf_type(type_):
            return value
        if not isinstance(value, dict):
            return self._bad_value(path, "an object")
        runtime = self._runtime_type(type_, value, path)
        return None if runtime is None else self.object(runtime, selections, value, path)

    def _runtime_type(self, type_: Any, value: Mapping[str, Any], path: Path) -> GraphQLObjectType | None:
        if not is_abstract_type(type_):
            return cast(GraphQLObjectType, type_)
        runtime = self.schema.get_type(str(typename_of(value)))
        if isinstance(runtime, GraphQLObjectType) and self.schema.is_sub_type(type_, runtime):
            return runtime
        if runtime is type_ and isinstance(type_, GraphQLInterfaceType):
            # from an @interfaceObject, asked for no more than the interface's own fields
            return cast(GraphQLObjectType, type_)
        self._error(path, f'Could not determine the runtime type of "{type_.name}" (got {typename_of(value)!r}).')
        return None

    def _bad_value(self, path: Path, expected: str) -> None:
        self._error(path, f"Expected {expected} from the subgraph.")

    def _null_error(self, path: Path) -> None:
        key = tuple(path)
        if key in self.reported_below or any(key[:i] in self.reported for i in range(len(key) + 1)):
            return
        field_name = next((p for p in reversed(path) if isinstance(p, str)), "")
        self._error(path, f'Cannot return null for non-nullable field "{field_name}".')

    def _error(self, path: Path, message: str) -> None:
        self.reported.add(tuple(path))
        self.errors.append({"message": message, "path": list(path)})
