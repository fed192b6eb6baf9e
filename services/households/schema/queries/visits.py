"""The county's pre-approval visit draws (抽查入户) as read: thin translation to `visit_draws`."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, scope
from services.households import visit_draws
from services.households.schema.types.visits import VisitDraw


@strawberry.type
class VisitQuery:
    @strawberry.field(
        permission_classes=[allowed(Action.APPLICATION_READ)],
        description="抽查入户抽取记录 / the county's visit draws with seed and population, newest first",
    )
    async def pre_approval_draws(self, info: Info, region_code: str | None = None, first: int = 50) -> list[VisitDraw]:
        rows = await visit_draws.draws(scope=scope(info, Action.APPLICATION_READ), region_code=region_code, first=first)
        return [VisitDraw.from_row(row) for row in rows]
