"""Who is looking: the signed-in principal, the regions it may see per action, and the SQL row filter."""

from __future__ import annotations

import time

from sqlalchemy import false, or_, true
from sqlalchemy.sql.elements import ColumnElement
from starlette.requests import Request

from authz.actions import Action
from authz.enforcer import get_authorizer
from authz.masking import Sensitive, column_kind
from authz.principal import Grant, Principal
from authz.scope import Scope
from kernel.values import prefix_bounds

READ_ACTIONS: dict[str, Action] = {
    "households": Action.HOUSEHOLD_READ,
    "disbursement": Action.PAYMENT_READ,
    "supervision": Action.FINDING_READ,
    "authz": Action.USER_MANAGE,
}
"""The action that lets a principal read an app's records; the admin adds its own on top."""

TABLE_READ_ACTIONS: dict[str, Action] = {
    "region": Action.REGION_READ,
    "bank_account": Action.ACCOUNT_READ,
    "admin_audit_record": Action.AUDIT_TRAIL_READ,
    "audit_note": Action.AUDIT_TRAIL_READ,
}
"""Tables guarded by a narrower action than the rest of their app."""

PERSONAL = frozenset({"address", "holder_name", "phone"})
"""Columns that make a record personal data beside the sensitive ones: opening its page is audited."""

_KEY = "dibao.admin"
"""Per-request state lives in the ASGI scope: `request.state` may be shared between requests by some servers."""


def read_action(app: str, table: str) -> Action:
    return TABLE_READ_ACTIONS.get(table) or READ_ACTIONS.get(app) or Action.ADMIN_ACCESS


def sensitive_columns(entity) -> dict[str, Sensitive]:
    """The entity's columns shown in full only where the viewer holds the revealing action (authz's one table)."""
    found = {spec.attribute: column_kind(entity.table.name, spec.attribute) for spec in entity.columns}
    return {name: kind for name, kind in found.items() if kind is not None}


def is_personal(entity) -> bool:
    """A record naming or identifying a person: an ID or account number, an address, a holder's name, a reporter."""
    return bool(sensitive_columns(entity)) or any(entity.column(name) for name in PERSONAL)


def session_payload(principal: Principal) -> dict:
    """What the signed session cookie keeps about the principal."""
    return {
        "username": principal.username,
        "display_name": principal.display_name,
        "kind": principal.kind,
        "grants": [[grant.role, grant.region] for grant in sorted(principal.grants)],
    }


def principal_from_session(data: dict | None) -> Principal | None:
    if not data or not data.get("username"):
        return None
    return Principal(
        username=data["username"],
        grants=frozenset(Grant(role, region) for role, region in data.get("grants", [])),
        kind=data.get("kind", "user"),
        display_name=data.get("display_name", ""),
    )


def remember(request: Request, principal: Principal | None) -> None:
    """Make the principal known to every check of this request."""
    request.scope[_KEY] = {"principal": principal, "scopes": {}, "memo": {}}


def _state(request: Request) -> dict:
    return request.scope.setdefault(_KEY, {"principal": None, "scopes": {}, "memo": {}})


def principal_of(request: Request) -> Principal | None:
    return _state(request)["principal"]


def memo(request: Request) -> dict:
    """A dict living as long as this request, for answers that cannot change within it."""
    return _state(request)["memo"]


def scope(request: Request, action: Action | str) -> Scope:
    """The regions where the current principal may do `action`; empty when nobody is signed in."""
    principal = principal_of(request)
    if principal is None:
        return Scope.of([])
    cache = _state(request)["scopes"]
    if action not in cache:
        cache[action] = _scope_of_grants(principal, action)
    return cache[action]


SCOPE_TTL = 60.0
_scopes: dict[tuple, tuple[float, Scope]] = {}


def _scope_of_grants(principal: Principal, action: Action | str) -> Scope:
    """Casbin's answer depends only on the grants and the policy: kept a minute for everyone with the same grants."""
    key = (principal.grants, str(action))
    hit = _scopes.get(key)
    if hit is not None and time.monotonic() - hit[0] < SCOPE_TTL:
        return hit[1]
    if len(_scopes) > 10_000:
        _scopes.clear()
    allowed = get_authorizer().scope(principal, action)
    _scopes[key] = (time.monotonic(), allowed)
    return allowed


def intersect(first: Scope, second: Scope) -> Scope:
    """Regions inside both scopes: the longer prefix of every pair where one contains the other."""
    kept = set()
    for a in first.prefixes:
        for b in second.prefixes:
            if a.startswith(b):
                kept.add(a)
            elif b.startswith(a):
                kept.add(b)
    return Scope.of(kept)


def covers(allowed: Scope, region: str | None) -> bool:
    """A row with this region lies in the scope; a row without one only in an unlimited scope."""
    if allowed.everything:
        return True
    return bool(region) and allowed.covers(region)


def region_clause(column, allowed: Scope) -> ColumnElement:
    """`column BETWEEN low AND high` per prefix, so the region index serves the filter."""
    if allowed.everything:
        return true()
    if allowed.empty or column is None:
        return false()
    return or_(*(column.between(low, high) for low, high in map(prefix_bounds, sorted(allowed.prefixes))))
