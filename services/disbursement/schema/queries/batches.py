"""Payment batches and their lines as read, by staff and by the paying bank: thin translation to `service` and `bank_lines`."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, scope
from services.disbursement import bank_lines, service
from services.disbursement.schema.arguments import batch_scopes, id_of, optional_id
from services.disbursement.schema.types.batches import PaymentBatch, PaymentLinePage


@strawberry.type
class BatchQuery:
    @strawberry.field(
        permission_classes=[allowed(Action.BATCH_READ)],
        description="代发批次 / payment batches (the bank sees released ones)",
    )
    async def payment_batches(self, info: Info, period: str | None = None) -> list[PaymentBatch]:
        return [PaymentBatch.from_row(b) for b in await service.list_batches(**batch_scopes(info), period=period)]

    @strawberry.field(permission_classes=[allowed(Action.BATCH_READ)], description="一个代发批次 / one batch")
    async def payment_batch(self, info: Info, id: strawberry.ID) -> PaymentBatch:
        return PaymentBatch.from_row(await service.get_batch(**batch_scopes(info), batch_id=id_of(id, "id")))

    @strawberry.field(
        permission_classes=[allowed(Action.BATCH_READ)], description="批次明细 / a released batch's lines by cursor"
    )
    async def batch_lines(
        self, info: Info, batch_id: strawberry.ID, first: int = 1000, after: str | None = None
    ) -> PaymentLinePage:
        window = await bank_lines.line_window(
            scope=scope(info, Action.BATCH_READ),
            batch_id=id_of(batch_id, "batchId"),
            first=first,
            after=optional_id(after, "after"),
        )
        return PaymentLinePage(window=window, next_cursor=str(window.next_cursor) if window.next_cursor else None)
