"""Separation of duties and recusal (回避), as policy rules: `p2, <action>, <conflict>` in policy.csv.

A rule says that whoever did `conflict` on a record may not do `action` on it: the compiler of a
roster may not review or approve it, the investigator of an application may not give the county
decision. The conflict `kinship` is a kinship filing (近亲属备案) linking the user to the household,
so recusal is the same rule: a filed relative may not act on the case.

Services call `require_separation` inside the mutation, passing who did what on the record.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from authz.actions import Action
from authz.enforcer import get_authorizer
from authz.principal import Principal
from kernel.error_codes import CommonErrorCode
from kernel.errors import Forbidden

KINSHIP = "kinship"
"""The conflict name for a kinship filing between the user and a member of the household."""


def conflicts_of(action: Action | str) -> list[str]:
    """What a user must not have done on a record before doing `action` on it (from the policy)."""
    return get_authorizer().conflicts(str(action))


def require_separation(
    *, actor: Principal, action: Action | str, done_by: Mapping[str, str | Iterable[str] | None]
) -> None:
    """Refuse `action` when the actor did a conflicting step on this record or is a filed relative.

    `done_by` maps earlier actions (and `kinship`) to the username(s) who did them on this record,
    e.g. `{"disbursement.roster.compile": roster.compiled_by}` or `{KINSHIP: staff_with_filings}`.
    """
    for conflict in conflicts_of(action):
        who = done_by.get(conflict)
        names = {who} if isinstance(who, str) else set(who or ())
        if actor.username not in names:
            continue
        if conflict == KINSHIP:
            raise Forbidden(
                f"{actor.username} is a filed relative of a member of this household and must recuse from {action}",
                f"{actor.username} 与该家庭成员有近亲属备案，须回避，不得执行 {action}",
                code=CommonErrorCode.RECUSAL_REQUIRED,
                action=str(action),
            )
        raise Forbidden(
            f"{actor.username} did {conflict} on this record and may not also do {action}",
            f"{actor.username} 已在本记录上执行 {conflict}，不得再执行 {action}（职责分离）",
            code=CommonErrorCode.SEPARATION_OF_DUTIES,
            action=str(action),
            conflict=conflict,
        )
