"""Household projection — 家庭数据镜像: supervision's copy of households, members, kinship filings, decisions
and paid lines, fed page by page from the households change feed and disbursement's paid lines.

Each page is applied in one transaction together with its cursor, so a restart resumes where it stopped;
applying is an idempotent upsert of the latest state, so a replay from zero gives the same projection."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from tortoise.models import Model
from tortoise.transactions import in_transaction

from kernel.internal import InternalClient
from kernel.values import Period
from kernel.audit import record
from services.supervision.models import (
    AuditRecord, FeedCursor, PaidLine, ProjectedDecision, ProjectedHousehold, ProjectedKinship, ProjectedPerson,
)
from services.supervision.sql import CONNECTION, analyze

HOUSEHOLDS_FEED, PAYMENTS_FEED = "households", "paid_lines"
PAGES = {"households": 5000, "paid_lines": 1000}
"""Page sizes asked of each feed (within what each serves)."""
DELETED = {"DELETED", "DELETE", "REMOVED"}

CHANGES = """query($after: String, $first: Int!) { changes(after: $after, first: $first) {
  items { cursor entity entityId kind regionCode payload at } nextCursor } }"""
PAID_LINES = """query($after: String, $first: Int!) { paidLines(after: $after, first: $first) {
  items { cursor householdId regionCode period amount paidOn accountNumber } nextCursor } }"""

ENTITIES: dict[str, tuple[type[Model], str, dict[str, str]]] = {
    "Household": (ProjectedHousehold, "household_id", {
        "status": "status", "regionCode": "region_code", "urbanRural": "urban_rural", "reviewClass": "review_class",
        "monthlyAmount": "monthly_amount", "effectiveMonth": "effective_month", "approvedBy": "approved_by"}),
    "Person": (ProjectedPerson, "person_id", {
        "householdId": "household_id", "idNumber": "id_number", "name": "name", "relation": "relation",
        "counted": "counted", "deceasedOn": "deceased_on"}),
    "KinshipFiling": (ProjectedKinship, "filing_id", {
        "personId": "person_id", "householdId": "household_id", "staffUsername": "staff_username",
        "staffName": "staff_name", "relation": "relation"}),
    "Decision": (ProjectedDecision, "decision_id", {
        "householdId": "household_id", "kind": "kind", "amount": "amount", "decidedBy": "decided_by", "decidedOn": "decided_on"}),
}
"""Change-feed entity -> (projection model, key column, payload key -> column)."""

DATES = {"deceased_on", "decided_on"}
MONEY = {"monthly_amount", "amount"}
INTEGERS = {"household_id", "person_id", "review_class"}
DEFAULTS: dict[str, Any] = {"household_id": 0, "id_number": "", "counted": True}


def _value(column: str, value: Any) -> Any:
    if value is None or value == "":
        return DEFAULTS.get(column, "" if column not in DATES | MONEY | INTEGERS else None)
    if column in DATES:
        return dt.date.fromisoformat(str(value)[:10])
    if column in MONEY:
        return Decimal(str(value))
    if column in INTEGERS:
        return int(value)
    if column == "counted":
        return bool(value)
    return str(value)


async def apply_changes(events: list[dict[str, Any]], *, feed: str = HOUSEHOLDS_FEED) -> int:
    """Apply one page of change events (shaped as the households `changes` feed) and store its cursor."""
    grouped: dict[str, dict[int, list[dict]]] = {}
    for event in events:
        if event["entity"] in ENTITIES:
            grouped.setdefault(event["entity"], {}).setdefault(int(event["entityId"]), []).append(event)
    async with in_transaction(CONNECTION) as conn:
        for entity, by_id in grouped.items():
            await _apply_entity(conn, entity, by_id)
        if events:
            await _advance(conn, feed, events[-1]["cursor"], len(events))
    return len(events)


async def _apply_entity(conn, entity: str, by_id: dict[int, list[dict]]) -> None:
    """Fold each record's events over its stored state, then one delete and one upsert for the page."""
    model, key, mapping = ENTITIES[entity]
    columns = sorted(set(mapping.values()) | ({"region_code"} if "region_code" in model._meta.fields_map else set()))
    stored = await model.filter(**{f"{key}__in": list(by_id)}).using_db(conn).values(key, *columns)
    states: dict[int, dict | None] = {row.pop(key): row for row in stored}
    for ident, events in by_id.items():
        state = states.get(ident)
        for event in events:
            if str(event.get("kind", "")).upper() in DELETED:
                state = None
                continue
            state = dict(state) if state else {column: _value(column, None) for column in columns}
            if "region_code" in columns and event.get("regionCode"):
                state["region_code"] = event["regionCode"]
            payload = event.get("payload") or {}
            for name, column in mapping.items():
                if name in payload:
                    state[column] = _value(column, payload[name])
        states[ident] = state
    gone = [ident for ident, state in states.items() if state is None]
    kept = [model(**{key: ident, **state}) for ident, state in states.items() if state is not None]
    if gone:
        await model.filter(**{f"{key}__in": gone}).using_db(conn).delete()
    if kept:
        await model.bulk_create(kept, on_conflict=[key], update_fields=[c for c in columns], using_db=conn)


async def apply_paid_lines(lines: list[dict[str, Any]]) -> int:
    """Apply one page of disbursement's paid lines (upsert by cursor) and store the cursor."""
    rows = [PaidLine(cursor=line["cursor"], household_id=int(line["householdId"]), region_code=line["regionCode"],
                     period=line["period"], last_month_start=_last_month_start(line["period"]),
                     amount=Decimal(str(line["amount"])), paid_on=_value("decided_on", line.get("paidOn")),
                     account_number=line.get("accountNumber") or "") for line in lines]
    async with in_transaction(CONNECTION) as conn:
        if rows:
            await PaidLine.bulk_create(rows, on_conflict=["cursor"], using_db=conn, update_fields=[
                "household_id", "region_code", "period", "last_month_start", "amount", "paid_on", "account_number"])
            await _advance(conn, PAYMENTS_FEED, lines[-1]["cursor"], len(lines))
    return len(rows)


def _last_month_start(period: str) -> dt.date:
    parsed = Period.parse(period)
    return dt.date(parsed.year, parsed.first_month + parsed.months - 1, 1)


async def _advance(conn, feed: str, cursor: str, applied: int) -> None:
    current = await FeedCursor.get_or_none(feed=feed).using_db(conn)
    if current is None:
        await FeedCursor.create(feed=feed, cursor=cursor, applied=applied, using_db=conn)
    else:
        current.cursor, current.applied = cursor, current.applied + applied
        await current.save(using_db=conn)


async def stored_cursor(feed: str) -> str | None:
    current = await FeedCursor.get_or_none(feed=feed)
    return current.cursor if current else None


async def catch_up(*, feed: str = HOUSEHOLDS_FEED, client: InternalClient | None = None, page: int | None = None) -> int:
    """Read the feed from the stored cursor to its end; returns the number of items applied."""
    target, query, field, apply = (
        ("households", CHANGES, "changes", apply_changes) if feed == HOUSEHOLDS_FEED
        else ("disbursement", PAID_LINES, "paidLines", apply_paid_lines)
    )
    page = page or PAGES[feed]
    own = client is None
    client = client or InternalClient(target, caller="supervision")
    applied = 0
    try:
        while True:
            result = (await client.query(query, {"after": await stored_cursor(feed), "first": page}))[field]
            if result["items"]:
                applied += await apply(result["items"])
            if not result["items"] or not result.get("nextCursor"):
                break
    finally:
        if own:
            await client.aclose()
    if applied:
        await analyze(*(["sv_paid_line"] if feed == PAYMENTS_FEED else ["sv_household", "sv_person", "sv_kinship", "sv_decision"]))
    return applied


async def sync(*, actor: str) -> dict[str, int]:
    """Catch both feeds up now, on request, and audit who asked and what was applied."""
    applied = {feed: await catch_up(feed=feed) for feed in (HOUSEHOLDS_FEED, PAYMENTS_FEED)}
    await record(AuditRecord, actor=actor, action="supervision.projection.sync", entity="Projection", after=applied)
    return applied


async def reset(*, feed: str = HOUSEHOLDS_FEED) -> None:
    """Forget a feed's projection and cursor, so the next catch-up replays it from the start."""
    models = [PaidLine] if feed == PAYMENTS_FEED else [entry[0] for entry in ENTITIES.values()]
    async with in_transaction(CONNECTION) as conn:
        for model in models:
            await model.all().using_db(conn).delete()
        await FeedCursor.filter(feed=feed).using_db(conn).delete()


async def status() -> list[FeedCursor]:
    return await FeedCursor.all().order_by("feed")
