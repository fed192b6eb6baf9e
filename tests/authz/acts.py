"""Mutation probes: each cell acts on a fresh record of its own region and checks what was written.

An allowed cell must succeed and leave a successful audit record (every mutation writes one in its
transaction); a denied cell must answer one of the probe's refusal codes and leave no successful
audit record in any service. A prepared record serves every denied cell of its region until an
allowed call consumes it; the next allowed call then gets a new one.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from tests.authz.probes import DENIED, Call, Target, codes

Prepare = Callable[[Target], Awaitable[dict]]
_days = itertools.count(1)


def far_date() -> str:
    """A date no other test uses, for settings that take effect from a day (standards, policies, cycles)."""
    return (dt.date(2090, 1, 1) + dt.timedelta(days=next(_days))).isoformat()


async def _marks() -> tuple[int, ...]:
    """The newest audit record id of each service database."""
    from services.disbursement.models import AuditRecord as Disbursement
    from services.households.models import AuditRecord as Households
    from services.supervision.models import AuditRecord as Supervision

    marks = []
    for model in (Households, Disbursement, Supervision):
        newest = await model.all().order_by("-id").limit(1).values_list("id", flat=True)
        marks.append(newest[0] if newest else 0)
    return tuple(marks)


async def _written_since(marks: tuple[int, ...]) -> list[str]:
    """The successful audited actions since `marks`: what a denied call must not have done."""
    from services.disbursement.models import AuditRecord as Disbursement
    from services.households.models import AuditRecord as Households
    from services.supervision.models import AuditRecord as Supervision

    written = []
    for model, mark in zip((Households, Disbursement, Supervision), marks, strict=True):
        written += await model.filter(id__gt=mark, succeeded=True).values_list("action", flat=True)
    return written


@dataclass
class Act:
    """A mutation aimed at a record `prepare` made under the target; `variables` get the target and that record."""

    subgraph: str
    query: str
    prepare: Prepare
    variables: Callable[[Target, dict], dict]
    refused: frozenset[str] = frozenset(DENIED)
    regional: bool = True
    gateway: bool = True
    stock: dict[str, dict] = field(default_factory=dict, repr=False)

    async def run(self, call: Call, target: Target) -> str:
        """A when a call succeeded and wrote; D when every call was refused and nothing was written.

        `variables` may give several calls (one per state a role acts in, e.g. a roster sent back by the
        step that holds it): the cell is allowed if one of them succeeds.
        """
        key = target.village
        if key not in self.stock:
            self.stock[key] = await self.prepare(target)
        attempts = self.variables(target, self.stock[key])
        for variables in attempts if isinstance(attempts, list) else [attempts]:
            marks = await _marks()
            body = await call(self.query, variables)
            written, answered = await _written_since(marks), codes(body)
            if not body.get("errors") and written:
                del self.stock[key]  # consumed: the next allowed call needs a new record
                return "A"
            if not (answered and answered <= self.refused and not written):
                return f"neither (answered {sorted(answered) or body.get('errors')}, wrote {written})"
        return "D"
