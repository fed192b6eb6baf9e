"""Casbin enforcement with region codes as domains: a grant on a code covers all codes beneath it."""

from __future__ import annotations

import time
from functools import lru_cache
from pathlib import Path

import casbin

from authz.actions import Action
from authz.principal import Grant, Principal
from authz.scope import Scope
from kernel.error_codes import CommonErrorCode
from kernel.errors import Forbidden
from kernel.values import RegionCode

HERE = Path(__file__).resolve().parent
EVERYWHERE = "*"
SCOPE_TTL = 60.0
"""Seconds a caller's scope for an action is kept; the policy is loaded once per process, so this only bounds memory."""
SCOPE_MEMO_SIZE = 10_000


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
        self._scopes: dict[tuple[frozenset[Grant], str], tuple[float, Scope]] = {}

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
        """May this caller do `action` on a record of `region`? The policy grants actions to roles and a role held
        on a code covers every code beneath it (no role inherits another), so the answer is whether the caller's
        scope for the action (`scope`, kept a minute) covers the region: the enforcer is asked once per grant,
        not once per region a caller touches."""
        return self.scope(principal, action).covers(region)

    def holds(self, principal: Principal, action: Action | str) -> bool:
        """Does the caller hold the action anywhere at all (for field-level checks)?"""
        return not self.scope(principal, action).empty

    def scope(self, principal: Principal, action: Action | str) -> Scope:
        """The regions where the caller may do `action`: the row filter for lists and lookups.

        Casbin's answer depends only on the grants and the policy (loaded once per process), so it is kept a
        minute for everyone holding the same grants: asking the enforcer on every request and action was most of
        a small query's time. This is the one memo of grants to scopes (subgraphs, admin and workbench alike)."""
        key = (principal.grants, str(action))
        now = time.monotonic()
        hit = self._scopes.get(key)
        if hit is not None and now - hit[0] < SCOPE_TTL:
            return hit[1]
        self._sync(principal)
        prefixes = {
            grant_prefix(grant.region)
            for grant in principal.grants
            if self._enforcer.enforce(principal.subject, grant.region, str(action))
        }
        if len(self._scopes) > SCOPE_MEMO_SIZE:
            self._scopes.clear()
        allowed = self._scopes[key] = (now, Scope.of(prefixes))
        return allowed[1]

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
                code=CommonErrorCode.FORBIDDEN,
                action=str(action),
            )


@lru_cache(maxsize=1)
def get_authorizer() -> Authorizer:
    return Authorizer()
