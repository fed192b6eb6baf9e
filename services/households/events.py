"""What the households service tells others: an outbox written in the same transaction as the change —
households, members, kinship filings and decisions, and the standards and region names other services must
not keep copies of.

Every event carries the entity's whole new state, so a consumer that applies events in cursor order
(upserting by entity and id) ends with the same projection however often it replays them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient

from authz.scope import Scope
from kernel import feeds
from kernel.errors import InvalidInput
from kernel.settings import get_settings
from services.households.models import (
    ChangeEvent,
    Decision,
    FeedEpoch,
    Household,
    KinshipFiling,
    Person,
    Region,
    Standard,
)


def _month(day: dt.date | None) -> str | None:
    return f"{day:%Y-%m}" if day else None


def household_payload(row: Household) -> dict[str, Any]:
    return {
        "status": row.status, "regionCode": row.region_code, "urbanRural": row.urban_rural,
        "reviewClass": row.review_class, "monthlyAmount": f"{row.monthly_amount:.2f}",
        "effectiveMonth": _month(row.effective_month), "approvedBy": row.approved_by,
    }


def person_payload(row: Person) -> dict[str, Any]:
    return {
        "householdId": str(row.household_id), "idNumber": row.id_number, "name": row.name, "relation": row.relation,
        "counted": row.counted, "deceasedOn": row.deceased_on.isoformat() if row.deceased_on else None,
    }


def kinship_payload(row: KinshipFiling) -> dict[str, Any]:
    return {
        "personId": str(row.person_id), "householdId": str(row.household_id), "staffUsername": row.staff_username,
        "staffName": row.staff_name, "relation": row.relation,
    }


def decision_payload(row: Decision) -> dict[str, Any]:
    return {
        "householdId": str(row.household_id), "kind": row.kind, "amount": f"{row.amount:.2f}",
        "decidedBy": row.decided_by, "decidedOn": row.decided_on.isoformat(),
    }


def standard_payload(row: Standard) -> dict[str, Any]:
    """The standard households pays by: the one source other services compare with (supervision's rules)."""
    return {"urbanRural": row.urban_rural, "monthlyAmount": f"{row.monthly_amount:.2f}", "effectiveFrom": row.effective_from.isoformat()}


def region_payload(row: Region) -> dict[str, Any]:
    return {"name": row.name, "level": row.level}


PAYLOADS = {Household: household_payload, Person: person_payload, KinshipFiling: kinship_payload, Decision: decision_payload,
            Standard: standard_payload, Region: region_payload}
Entity = Household | Person | KinshipFiling | Decision | Standard | Region


def event_for(row: Entity, kind: str) -> ChangeEvent:
    """An unsaved event describing `row` (for bulk writers such as the seed and a standard raise). A region is
    keyed by its code (12 digits, a number)."""
    if isinstance(row, Region):
        return ChangeEvent(entity="Region", entity_id=int(row.code), kind=kind, region_code=row.code, payload=region_payload(row))
    return ChangeEvent(
        entity=type(row).__name__, entity_id=row.id, kind=kind, region_code=row.region_code,
        payload=PAYLOADS[type(row)](row),
    )


async def emit(row: Entity, kind: str, *, using_db: BaseDBAsyncClient) -> None:
    """Append `row`'s new state to the change feed inside the caller's transaction."""
    await event_for(row, kind).save(using_db=using_db)


async def emit_many(rows: list, kind: str, *, using_db: BaseDBAsyncClient) -> None:
    if rows:
        await ChangeEvent.bulk_create([event_for(row, kind) for row in rows], using_db=using_db)


async def household_changed(*, household: Household, using_db: BaseDBAsyncClient | None = None, kind: str = "UPDATED") -> None:
    """Append the household's new state to the change feed."""
    await event_for(household, kind).save(using_db=using_db)


def parse_cursor(after: str | None, *, field: str = "after") -> int:
    if after in (None, ""):
        return 0
    if not str(after).isdigit():
        raise InvalidInput(f"cursor {after!r} was not issued by this feed", f"游标 {after!r} 无效", field=field, code="INVALID_CURSOR")
    return int(after)


FEED = "households"
FEED_COLUMNS = ("id", "entity", "entity_id", "kind", "region_code", "at")
"""Read with each event's payload as its stored JSON text (`payload_json`), which the compact rows pass on unparsed."""


async def read_feed(*, scope: Scope, after: str | None = None, first: int = 1000) -> tuple[list[dict[str, Any]], str | None]:
    """Events after a cursor in feed order (kernel.feeds: never past a transaction still running), and the
    next cursor (None on the last page); plain values, not model objects, because a consumer catching up
    reads pages of ten thousand; the payload is the stored JSON text (`payload_json`). Each row's position is
    its cursor."""
    limit = get_settings().feed_page_limit
    if not 0 < first <= limit:
        raise InvalidInput(f"first must be between 1 and {limit}", f"first 应在 1 到 {limit} 之间", field="first")
    rows, more = await feeds.page(ChangeEvent.filter(scope.q()), conn=connections.get("households"),
                                  position=feeds.Position.parse(after), first=first, columns=FEED_COLUMNS,
                                  as_text=("payload",))
    return rows, (str(more) if more else None)


async def feed_marks(*, scope: Scope) -> tuple[str, str]:
    """The change feed's epoch and high-water mark."""
    return await feeds.marks(FeedEpoch, FEED, ChangeEvent.filter(scope.q()), conn=connections.get("households"))
