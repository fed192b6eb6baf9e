"""What the households service tells others: an outbox written in the same transaction as the change."""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from services.households.models import ChangeEvent, Household


async def household_changed(*, household: Household, using_db: BaseDBAsyncClient | None = None) -> None:
    """Append the household's new state to the change feed."""
    await ChangeEvent.create(
        entity="Household",
        entity_id=household.id,
        region_code=household.region_code,
        payload={"status": household.status, "urbanRural": household.urban_rural, "regionCode": household.region_code},
        using_db=using_db,
    )


async def read_feed(*, after: int = 0, limit: int = 1000) -> list[ChangeEvent]:
    """Events after a cursor, oldest first: consumers store the last id they applied."""
    return await ChangeEvent.filter(id__gt=after).order_by("id").limit(limit)
