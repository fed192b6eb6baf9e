"""The household projection's place in each feed it follows."""

from __future__ import annotations

import datetime as dt

import strawberry


@strawberry.type(description="数据同步状态 / where the projection stands in a feed")
class FeedStatus:
    feed: str
    cursor: str | None
    applied: int
    updated_at: dt.datetime
