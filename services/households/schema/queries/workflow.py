"""The workflow's reads: a village's public list and the late applications."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, scope
from services.households import notices
from services.households.schema.types.applications import Application
from services.households.schema.types.workflow import PublicNoticeEntry


@strawberry.type
class WorkflowQuery:
    @strawberry.field(
        permission_classes=[allowed(Action.NOTICE_READ)],
        description="村级公布名单 / a village's public list for a period",
    )
    async def public_notice(self, info: Info, village_code: str, period: str) -> list[PublicNoticeEntry]:
        rows = await notices.public_list(
            scope=scope(info, Action.NOTICE_READ), village_code=village_code, period=period
        )
        return [PublicNoticeEntry(name=r.name, members=r.members, monthly_amount=r.monthly_amount) for r in rows]

    @strawberry.field(
        permission_classes=[allowed(Action.APPLICATION_READ)],
        description="超期及临期申请 / overdue and soon-due applications",
    )
    async def late_applications(
        self, info: Info, region_code: str | None = None, within_days: int = 0
    ) -> list[Application]:
        rows = await notices.late_applications(
            scope=scope(info, Action.APPLICATION_READ), region_code=region_code, within_days=within_days
        )
        return [Application.from_row(row) for row in rows]
