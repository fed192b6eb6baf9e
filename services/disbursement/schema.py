"""Root fields of the disbursement subgraph."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, scope
from kernel.subgraph import create_schema
from services.disbursement import service
from services.disbursement.types import Household, Payment


@strawberry.type
class Query:
    @strawberry.field(permission_classes=[allowed(Action.PAYMENT_READ)], description="发放记录 / payments in your jurisdiction")
    async def payments(
        self, info: Info, period: str | None = None, first: int = 50, after: strawberry.ID | None = None
    ) -> list[Payment]:
        rows = await service.list_payments(
            scope=scope(info, Action.PAYMENT_READ), period=period, first=first, after=int(after) if after else None
        )
        return [Payment.from_row(row) for row in rows]


schema = create_schema(query=Query, types=[Household])
