"""Root fields of the supervision subgraph."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, scope
from kernel.subgraph import create_schema
from services.supervision import service
from services.supervision.types import Finding, Household


@strawberry.type
class Query:
    @strawberry.field(permission_classes=[allowed(Action.FINDING_READ)], description="核查线索 / findings in your jurisdiction")
    async def findings(
        self, info: Info, status: str | None = None, first: int = 50, after: strawberry.ID | None = None
    ) -> list[Finding]:
        rows = await service.list_findings(
            scope=scope(info, Action.FINDING_READ), status=status, first=first, after=int(after) if after else None
        )
        return [Finding.from_row(row) for row in rows]


schema = create_schema(query=Query, types=[Household])
