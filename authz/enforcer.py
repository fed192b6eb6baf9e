"""Casbin enforcement with region codes as domains: a grant on a code covers all codes beneath it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import casbin

from authz.actions import Action
from authz.principal import Grant, Principal
from authz.scope import Scope
from kernel.errors import Forbidden
from kernel.values import RegionCode

HERE = Path(__file__).resolve().parent
EVERYWHERE = "*"


def grant_prefix(region: str) -> str:
    """The code prefix a grant covers; "*" covers everything."""
    return "" if region == EVERYWHERE else RegionCode(region).prefix


def region_matches(requested: str, granted: str) -> bool:
    """Casbin domain matcher: the requested region lies at or beneath the granted one."""
    return requested.startswith(grant_prefix(granted))


class Authorizer:
    """One Casbin enforcer per process; a caller's grants come from its verified token."""

    def __init__(self, model: Path = HERE / "model.conf", policy: Path = HERE / "policy.csv") -> None:
        self._enforcer = casbin.Enforcer(str(model), str(policy))
        self._enforcer.add_named_domain_matching_func("g", region_matches)
        self._synced: dict[str, frozenset[Grant]] = {}

    def _sync(self, principal: Principal) -> None:
        """Make the enforcer's role links for this subject equal the token's grants."""
        if self._synced.get(principal.subject) == principal.grants:
            return
        self._enforcer.remove_filtered_grouping_policy(0, principal.subject)
        rules = [[principal.subject, grant.role, grant.region] for grant in sorted(principal.grants)]
        if rules:
            self._enforcer.add_grouping_policies(rules)
        self._synced[principal.subject] = principal.grants

    def allows(self, principal: Principal, action: Action | str, region: str) -> bool:
        """May this caller do `action` on a record of `region`?"""
        self._sync(principal)
        return bool(self._enforcer.enforce(principal.subject, region, str(action)))

    def holds(self, principal: Principal, action: Action | str) -> bool:
        """Does the caller hold the action anywhere at all (for field-level checks)?"""
        return not self.scope(principal, action).empty

    def scope(self, principal: Principal, action: Action | str) -> Scope:
        """The regions where the caller may do `action`: the row filter for lists and lookups."""
        self._sync(principal)
        prefixes = {
            grant_prefix(grant.region)
            for grant in principal.grants
            if self._enforcer.enforce(principal.subject, grant.region, str(action))
        }
        return Scope.of(prefixes)

    def conflicts(self, action: Action | str) -> list[str]:
        """Separation-of-duties rules (`p2`): what a user must not have done before `action`."""
        return [conflict for act, conflict in self._enforcer.get_named_policy("p2") if act == str(action)]

    def policy(self) -> dict[str, set[str]]:
        """Every role the policy defines, with the actions (patterns) it grants."""
        roles: dict[str, set[str]] = {}
        for role, action, *_ in self._enforcer.get_policy():
            roles.setdefault(role, set()).add(action)
        return roles

    def require(self, principal: Principal, action: Action | str, region: str) -> None:
        """Refuse with a specific error unless `allows`."""
        if not self.allows(principal, action, region):
            raise Forbidden(
                f"{principal.username} may not {action} in region {region}",
                f"用户 {principal.username} 无权在区划 {region} 执行 {action}",
                code="FORBIDDEN",
                action=str(action),
            )


@lru_cache(maxsize=1)
def get_authorizer() -> Authorizer:
    return Authorizer()
