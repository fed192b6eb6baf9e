"""Spot checks as read — 双随机抽查: thin translation to `spotchecks`."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, scope
from kernel import connections
from kernel.relay import DEPRECATED, After, Before, Connection, First, Last
from kernel.values import check_page
from services.supervision import findings, spotchecks
from services.supervision.schema.types.spotchecks import SpotCheck


@strawberry.type
class SpotCheckQuery:
    @strawberry.field(
        permission_classes=[allowed(Action.SPOT_CHECK_READ)],
        description="双随机抽查 / spot checks, newest first",
        deprecation_reason=DEPRECATED.format(connection="spotChecksConnection"),
    )
    async def spot_checks(self, info: Info, first: int = 50) -> list[SpotCheck]:
        check_page(first, maximum=findings.MAX_PAGE)
        return [
            SpotCheck.from_row(row)
            for row in await spotchecks.spot_checks(scope=scope(info, Action.SPOT_CHECK_READ), first=first)
        ]

    @strawberry.field(
        permission_classes=[allowed(Action.SPOT_CHECK_READ)],
        description="双随机抽查（分页连接，新的在前）/ spot checks, newest first, as a connection",
    )
    async def spot_checks_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[SpotCheck]:
        window = connections.window(
            "spotChecksConnection", first=first, after=after, last=last, before=before, maximum=findings.MAX_PAGE
        )
        query = spotchecks.spot_checks_query(scope=scope(info, Action.SPOT_CHECK_READ))
        page = await connections.page(query, window, descending=True)
        return Connection.of(page, SpotCheck.from_row)
