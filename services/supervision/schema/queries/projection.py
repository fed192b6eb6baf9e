"""Where the household projection stands in the feeds it follows."""

from __future__ import annotations

import strawberry

from authz.actions import Action
from authz.permissions import allowed
from services.supervision import projection
from services.supervision.schema.types.projection import FeedStatus


@strawberry.type
class ProjectionQuery:
    @strawberry.field(
        permission_classes=[allowed(Action.PROJECTION_SYNC)], description="数据同步状态 / the projection's feeds"
    )
    async def projection_status(self) -> list[FeedStatus]:
        return [
            FeedStatus(feed=row.feed, cursor=row.cursor, applied=row.applied, updated_at=row.updated_at)
            for row in await projection.status()
        ]
