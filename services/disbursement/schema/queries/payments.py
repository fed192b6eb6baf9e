"""Payments and the paid-line feed as read: thin translation to `service`."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, scope
from kernel import connections, feeds
from kernel.metrics import feed_served
from kernel.relay import DEPRECATED, After, Before, Connection, First, Last
from services.disbursement import service
from services.disbursement.schema.arguments import optional_id
from services.disbursement.schema.types.payments import PaidLinePage, Payment


@strawberry.type
class PaymentQuery:
    @strawberry.field(
        permission_classes=[allowed(Action.PAYMENT_READ)],
        description="发放记录 / payments in your jurisdiction",
        deprecation_reason=DEPRECATED.format(connection="paymentsConnection"),
    )
    async def payments(
        self, info: Info, period: str | None = None, first: int = 50, after: strawberry.ID | None = None
    ) -> list[Payment]:
        rows = await service.list_payments(
            scope=scope(info, Action.PAYMENT_READ), period=period, first=first, after=optional_id(after, "after")
        )
        return [Payment.from_row(row) for row in rows]

    @strawberry.field(
        permission_classes=[allowed(Action.PAYMENT_READ)],
        description="发放记录（分页连接，按编号排序）/ payments in your jurisdiction, in id order, as a connection",
    )
    async def payments_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        period: str | None = None,
    ) -> Connection[Payment]:
        window = connections.window(
            "paymentsConnection", first=first, after=after, last=last, before=before, maximum=service.MAX_PAGE
        )
        query = service.payments_query(scope=scope(info, Action.PAYMENT_READ), period=period)
        return Connection.of(await connections.page(query, window, fetch=service.payment_values), Payment.from_row)

    @strawberry.field(
        permission_classes=[allowed(Action.DISBURSEMENT_FEED_READ)], description="已入账明细 / paid lines, oldest first"
    )
    async def paid_lines(self, info: Info, after: str | None = None, first: int = 1000) -> PaidLinePage:
        readable = scope(info, Action.DISBURSEMENT_FEED_READ)
        rows, more = await service.paid_lines(scope=readable, after=after, first=first)
        feed_served(info.context["principal"], "paid_lines", str(feeds.Position.of(rows[-1])) if rows else after)
        return PaidLinePage(
            raw=rows, next_cursor=more, marks_of=feeds.once(lambda: service.paid_lines_marks(scope=readable))
        )
