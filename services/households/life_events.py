"""Registry life events — 登记人员变动: deaths, imprisonments and hukou moves found in the registries that the
supervision service imports, recorded as member events of the cases in care they concern.

The households service follows supervision's `registryLifeEvents` contract page by page with its own identity
(`service_households`) and never reads supervision's tables. A row whose ID number is a member of a case in care
goes through the same verb as the clerk's `recordMemberEvent` (audited, the registry record as its basis), so the
member stops counting and the case re-opens with its deadline. The basis is unique per member, kind and record and
written in the event's own transaction; the cursor is stored after each page. A restart, or a second run over the
same records, therefore records nothing twice.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from tortoise import Tortoise
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from authz.principal import Grant, Principal
from kernel import feeds
from kernel.audit import record
from kernel.errors import DomainError
from kernel.internal import InternalClient
from kernel.locks import advisory_lock, lock_key
from services.households.auditing import DB
from services.households.dynamics import IN_CARE, MEMBER_EVENTS, Basis, member_event
from services.households.models import AuditRecord, Person, RegistryBasis, SyncCursor

log = logging.getLogger("dibao.households.life_events")

FEED = "registry_life_events"
PAGE = 1000
QUERY = """query($after: String, $first: Int!) { registryLifeEvents(after: $after, first: $first) {
  items { cursor kind idNumber eventDate recordId batchId reference } nextCursor } }"""
MARKS = """query { registryLifeEvents(first: 1) { epoch head } }"""
LOCK_KEY = lock_key("HHLE")
"""Held by one sync at a time across the households service's replicas: a second waits, then finds the events
recorded, instead of racing the first to each member and leaving a refused attempt in the audit trail."""
SERVICE = Principal(username="service:households", grants=frozenset({Grant("service_households", "*")}), kind="service")
"""The actor of events the sync records: the audit trail names the service, the basis names the registry record."""
ALREADY = {
    "DEATH": lambda p: p["deceased_on"] is not None,
    "IMPRISONMENT": lambda p: not p["counted"] and p["excluded_reason"] == "PRISON",
    "HUKOU_MOVE": lambda p: not p["counted"] and p["excluded_reason"] == "HUKOU_MOVED",
}
"""A member already in the state an event would put them in (a clerk recorded it first): nothing to re-open."""


@dataclass
class SyncSummary:
    """What one run did with the rows it read."""

    read: int = 0
    recorded: int = 0
    already_recorded: int = 0
    not_in_care: int = 0
    unreadable: int = 0
    refused: Counter[str] = field(default_factory=Counter)
    cursor: str | None = None

    def counts(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "recorded": self.recorded,
            "alreadyRecorded": self.already_recorded,
            "notInCare": self.not_in_care,
            "unreadable": self.unreadable,
            "refused": dict(self.refused),
        }

    def add(self, page: SyncSummary) -> None:
        for name in ("read", "recorded", "already_recorded", "not_in_care", "unreadable"):
            setattr(self, name, getattr(self, name) + getattr(page, name))
        self.refused.update(page.refused)


@dataclass(frozen=True)
class LifeEvent:
    kind: str
    id_number: str
    on: dt.date
    basis: Basis


def _event(item: dict[str, Any]) -> LifeEvent | None:
    """The row as a member event, or None for a row this service does not understand (unknown kind, no date)."""
    try:
        kind, id_number, on = (
            item["kind"],
            str(item["idNumber"] or "").strip().upper(),
            dt.date.fromisoformat(item["eventDate"]),
        )
    except (KeyError, TypeError, ValueError):
        return None
    if kind not in MEMBER_EVENTS or len(id_number) != 18:
        return None
    return LifeEvent(
        kind,
        id_number,
        on,
        Basis(
            str(item.get("recordId") or item["cursor"]),
            str(item.get("batchId") or ""),
            str(item.get("reference") or ""),
        ),
    )


async def stored_cursor() -> str | None:
    row = await SyncCursor.get_or_none(feed=FEED)
    return row.cursor if row else None


async def _advance(feed: str, cursor: str, page: SyncSummary, triggered_by: str, epoch: str | None = None) -> None:
    """Store the cursor (and the feed's epoch) after a page, with the audit record of what the page did, in one transaction."""
    async with in_transaction(DB) as conn:
        row = await SyncCursor.filter(feed=feed).using_db(conn).first()
        before = row.cursor if row else None
        if row is None:
            await SyncCursor.create(feed=feed, cursor=cursor, read=page.read, epoch=epoch, using_db=conn)
        else:
            row.cursor, row.read, row.epoch = cursor, row.read + page.read, epoch or row.epoch
            await row.save(using_db=conn)
        await record(
            AuditRecord,
            actor=triggered_by,
            action="registry_events.sync",
            entity="SyncCursor",
            entity_id=feed,
            before={"cursor": before},
            after={"cursor": cursor, **page.counts()},
            using_db=conn,
        )


async def apply_page(
    items: list[dict[str, Any]],
    summary: SyncSummary,
    *,
    feed: str = FEED,
    triggered_by: str = SERVICE.username,
    epoch: str | None = None,
) -> None:
    """Record the page's events that concern members of cases in care, each in its own transaction, then the cursor."""
    page = SyncSummary(read=len(items))
    events = [event for event in map(_event, items) if event]
    page.unreadable = len(items) - len(events)
    members = {
        row["id_number"]: row
        for row in await Person.filter(
            id_number__in=sorted({event.id_number for event in events}),
            household__status__in=IN_CARE,
        ).values("id", "id_number", "counted", "excluded_reason", "deceased_on")
    }
    known = set(
        await RegistryBasis.filter(
            person_id__in=[row["id"] for row in members.values()],
            record_id__in=sorted({event.basis.record_id for event in events}),
        ).values_list("person_id", "kind", "record_id")
    )
    for event in events:
        member = members.get(event.id_number)
        if member is None:
            page.not_in_care += 1
        elif (member["id"], event.kind, event.basis.record_id) in known or ALREADY[event.kind](member):
            page.already_recorded += 1
        else:
            await _record(member["id"], event, page)
    await _advance(feed, items[-1]["cursor"], page, triggered_by, epoch)
    summary.add(page)
    summary.cursor = items[-1]["cursor"]


async def _check_history(client: InternalClient, triggered_by: str) -> str:
    """The feed's epoch; a stored cursor from another history of the feed (supervision was restored, or the cursor
    lies beyond its high-water mark) is dropped, audited, so the sync reads the feed again from the start
    (recording is idempotent per registry record)."""
    marks = (await client.query(MARKS))["registryLifeEvents"]
    row = await SyncCursor.get_or_none(feed=FEED)
    reason = feeds.restart_needed(
        cursor=row and row.cursor, stored_epoch=row and row.epoch, epoch=marks["epoch"], head=marks["head"]
    )
    if reason is not None:
        log.warning("reading the registry life events again from the start: %s", reason)
        async with in_transaction(DB) as conn:
            await SyncCursor.filter(feed=FEED).using_db(conn).delete()
            await record(
                AuditRecord,
                actor=triggered_by,
                action="registry_events.restart",
                entity="SyncCursor",
                entity_id=FEED,
                before={"cursor": row.cursor, "epoch": row.epoch},
                after={"epoch": marks["epoch"], "reason": reason},
                using_db=conn,
            )
    return marks["epoch"]


async def _record(person_id: int, event: LifeEvent, summary: SyncSummary) -> None:
    try:
        await member_event(actor=SERVICE, person_id=person_id, kind=event.kind, on=event.on, basis=event.basis)
    except IntegrityError:  # another run recorded the same record first
        summary.already_recorded += 1
    except DomainError as refusal:  # audited by the verb; e.g. the case left care since the page was read
        summary.refused[refusal.code] += 1
    else:
        summary.recorded += 1


async def sync_registry_events(
    *, client: InternalClient | None = None, page: int = PAGE, triggered_by: str = SERVICE.username
) -> SyncSummary:
    """Follow supervision's registry life events from the stored cursor to the end; idempotent and restartable.
    `triggered_by` (a user, a command, or the service itself when run periodically) is audited with each page."""
    own = client is None
    client = client or InternalClient("supervision", caller="households")
    try:
        async with advisory_lock(Tortoise.get_connection(DB), LOCK_KEY):
            epoch = await _check_history(client, triggered_by)
            summary = SyncSummary(cursor=await stored_cursor())
            async for result in client.pages(QUERY, {"first": page}, "registryLifeEvents", cursor=summary.cursor):
                if result["items"]:
                    await apply_page(result["items"], summary, triggered_by=triggered_by, epoch=epoch)
        return summary
    finally:
        if own:
            await client.aclose()
