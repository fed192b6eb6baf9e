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
    return info.context["principal"]


def scope(info: Info, action: Action) -> Scope:
    """The caller's row filter for `action`, computed once per request."""
    cache_ = info.context.setdefault("scopes", {})
    if action not in cache_:
        cache_[action] = get_authorizer().scope(principal(info), action)
    return cache_[action]


@cache
def allowed(action: Action) -> type[BasePermission]:
    """A permission class admitting callers who hold `action` in some region."""

    class Allowed(BasePermission):
        message = f"not permitted: {action}"
        error_extensions = {"code": "FORBIDDEN", "action": str(action)}

        def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
            return not scope(info, action).empty

    Allowed.__name__ = f"Allowed[{action}]"
    return Allowed
