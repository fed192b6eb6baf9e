"""12349 complaints as read: thin translation to `complaints`."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, scope
from kernel import connections
from kernel.enums import ComplaintStatus
from kernel.relay import DEPRECATED, After, Before, Connection, First, Last
from services.supervision import complaints, findings
from services.supervision.schema.arguments import number
from services.supervision.schema.types.complaints import Complaint


@strawberry.type
class ComplaintQuery:
    @strawberry.field(
        permission_classes=[allowed(Action.COMPLAINT_READ)],
        description="12349 举报 / complaints in your jurisdiction",
        deprecation_reason=DEPRECATED.format(connection="complaintsConnection"),
    )
    async def complaints(
        self,
        info: Info,
        status: ComplaintStatus | None = None,
        overdue: bool = False,
        first: int = 50,
        after: strawberry.ID | None = None,
    ) -> list[Complaint]:
        rows = await complaints.list_complaints(
            scope=scope(info, Action.COMPLAINT_READ),
            status=status,
            overdue=overdue,
            first=first,
            after=number(after, "after"),
        )
        return [Complaint.from_row(row) for row in rows]

    @strawberry.field(
        permission_classes=[allowed(Action.COMPLAINT_READ)],
        description="12349 举报（分页连接，按编号排序）/ complaints in your jurisdiction, in id order, as a connection",
    )
    async def complaints_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        status: ComplaintStatus | None = None,
        overdue: bool = False,
    ) -> Connection[Complaint]:
        window = connections.window(
            "complaintsConnection", first=first, after=after, last=last, before=before, maximum=findings.MAX_PAGE
        )
        query = complaints.complaints_query(scope=scope(info, Action.COMPLAINT_READ), status=status, overdue=overdue)
        return Connection.of(await connections.page(query, window), Complaint.from_row)
