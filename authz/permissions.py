"""Declarative permissions for Strawberry fields: `permission_classes=[allowed(Action.X)]`."""

from __future__ import annotations

from functools import cache
from typing import Any

from strawberry.permission import BasePermission
from strawberry.types import Info

from authz.actions import Action
from authz.enforcer import get_authorizer
from authz.principal import Principal
from authz.scope import Scope


def principal(info: Info) -> Principal:
    caller: Principal = info.context["principal"]
    return caller


def scope(info: Info, action: Action) -> Scope:
    """The caller's row filter for `action`, computed once per request."""
    cache_: dict[Action, Scope] = info.context.setdefault("scopes", {})
    if action not in cache_:
        cache_[action] = get_authorizer().scope(principal(info), action)
    return cache_[action]


@cache
def allowed(action: Action) -> type[BasePermission]:
    """A permission class admitting callers who hold `action` in some region."""

    class Allowed(BasePermission):
        required = action
        message = f"not permitted: {action}"
        error_extensions = {"code": "FORBIDDEN", "action": str(action)}

        def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
            return not scope(info, action).empty

    Allowed.__name__ = f"Allowed[{action}]"
    return Allowed


FEDERATION_FIELDS = frozenset({"_service", "_entities"})
"""Answered by the federation library: `_entities` goes through each type's guarded resolve_reference(s)."""


def declared_actions(field: Any) -> list[str]:
    """The actions an `allowed(...)` permission on a GraphQL field requires."""
    definition = (field.extensions or {}).get("strawberry-definition")
    classes = getattr(definition, "permission_classes", None) or []
    return [str(cls.required) for cls in classes if hasattr(cls, "required")]


def unguarded_fields(schema: Any) -> list[str]:
    """Root query and mutation fields without a declared action: the enforcement test wants none."""
    graphql_schema = getattr(schema, "_schema", schema)
    missing = []
    for root in (graphql_schema.query_type, graphql_schema.mutation_type, graphql_schema.subscription_type):
        for name, field in (root.fields.items() if root else ()):
            if name not in FEDERATION_FIELDS and not declared_actions(field):
                missing.append(f"{root.name}.{name}")
    return missing
