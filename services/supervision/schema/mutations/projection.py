"""Bringing the household projection up to date on demand: thin translation to `projection`."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed
from services.supervision import projection
from services.supervision.schema.arguments import actor_name
from services.supervision.schema.types.projection import FeedStatus


@strawberry.type
class ProjectionMutation:
    @strawberry.mutation(
        permission_classes=[allowed(Action.PROJECTION_SYNC)],
        description="同步家庭数据 / catch the projection up with the households feed and the paid lines",
    )
    async def sync_projection(self, info: Info) -> list[FeedStatus]:
        await projection.sync(actor=actor_name(info))
        return [
            FeedStatus(feed=row.feed, cursor=row.cursor, applied=row.applied, updated_at=row.updated_at)
            for row in await projection.status()
        ]
