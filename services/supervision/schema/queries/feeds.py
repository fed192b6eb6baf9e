"""The contracts the households service follows with its own identity: `registryLifeEvents` (thin translation to
`life_events`) and `registryHits` (to `entry_checks`)."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed
from kernel import feeds
from kernel.metrics import feed_served
from services.supervision.entry_checks import hits
from services.supervision.life_events import life_events, life_events_marks
from services.supervision.schema.types.feeds import RegistryHit, RegistryLifeEvent, RegistryLifeEventPage


@strawberry.type
class FeedQuery:
    @strawberry.field(
        permission_classes=[allowed(Action.SUPERVISION_FEED_READ)],
        description="登记人员变动，按游标从旧到新 / registry deaths, imprisonments and hukou moves, oldest first",
    )
    async def registry_life_events(
        self, info: Info, after: str | None = None, first: int = 1000
    ) -> RegistryLifeEventPage:
        rows, next_cursor = await life_events(after=after, first=first)
        feed_served(
            info.context["principal"], "registry_life_events", str(feeds.Position.of(rows[-1])) if rows else after
        )
        return RegistryLifeEventPage(
            items=[RegistryLifeEvent.from_row(row) for row in rows],
            next_cursor=next_cursor,
            marks_of=feeds.once(life_events_marks),
        )

    @strawberry.field(
        permission_classes=[allowed(Action.SUPERVISION_FEED_READ)],
        description="逢进必核：成员的比对记录 / registry records about the members of a new application",
    )
    async def registry_hits(self, id_numbers: list[str]) -> list[RegistryHit]:
        return [RegistryHit.from_row(row) for row in await hits(id_numbers=id_numbers)]
