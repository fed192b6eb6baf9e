"""GraphQL types other services read: the change feed and the entitlements of a township."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

import orjson
import strawberry
from strawberry.scalars import JSON

from kernel.enums import HouseholdStatus
from kernel.feeds import FeedPage, Position
from services.households import entitlements


@strawberry.type(description="变更记录 / one change to a household, member, kinship filing or decision")
class Change:
    cursor: str
    entity: str
    entity_id: strawberry.ID
    kind: str
    region_code: str
    payload: JSON
    at: dt.datetime

    @classmethod
    def from_row(cls, row: dict) -> Change:
        """From the plain values `events.read_feed` returns."""
        return cls(
            cursor=str(Position.of(row)),
            entity=row["entity"],
            entity_id=strawberry.ID(str(row["entity_id"])),
            kind=row["kind"],
            region_code=row["region_code"],
            payload=orjson.loads(row["payload_json"]),
            at=row["at"],
        )


def compact_change(row: dict) -> dict:
    """An event as the JSON its typed fields would give (camelCase keys, ids as strings, the time in ISO 8601).
    The payload goes out as the JSON text the database holds, never parsed and encoded again (the subgraph's
    encoder, orjson, writes a Fragment as it is)."""
    return {
        "cursor": str(Position.of(row)),
        "entity": row["entity"],
        "entityId": str(row["entity_id"]),
        "kind": row["kind"],
        "regionCode": row["region_code"],
        "payload": orjson.Fragment(row["payload_json"]),
        "at": row["at"].isoformat(),
    }


@strawberry.type(description="变更记录分页 / a page of the change feed; nextCursor is null on the last page")
class ChangePage(FeedPage):
    raw: strawberry.Private[list[dict]]

    @strawberry.field(description="变更记录 / the events, typed")
    def items(self) -> list[Change]:
        return [Change.from_row(row) for row in self.raw]

    @strawberry.field(
        description="紧凑记录 / the same events as compact JSON objects (the typed fields' names and values), for consumers "
        "catching up: one value per page instead of seven fields per event"
    )
    def rows(self) -> JSON:
        return [compact_change(row) for row in self.raw]


@strawberry.type(description="保障金构成 / one part of a monthly amount with its basis")
class AmountPart:
    kind: str
    amount: Decimal
    basis: str


@strawberry.type(description="享受待遇成员 / a counted member (account holder candidate)")
class EntitledMember:
    person_id: strawberry.ID
    name: str
    id_number: str


@strawberry.type(description="应发记录 / an active case of the township as of the period start")
class Entitlement:
    household_id: strawberry.ID
    region_code: str
    head_name: str
    members: list[EntitledMember]
    monthly_amount: Decimal
    parts: list[AmountPart]
    effective_from: dt.date
    stops_from: dt.date | None
    status: HouseholdStatus

    @classmethod
    def from_item(cls, item: entitlements.Entitlement) -> Entitlement:
        return cls(
            household_id=strawberry.ID(str(item.household_id)),
            region_code=item.region_code,
            head_name=item.head_name,
            members=[
                EntitledMember(person_id=strawberry.ID(str(p["id"])), name=p["name"], id_number=p["id_number"])
                for p in item.members
            ],
            monthly_amount=item.monthly_amount,
            parts=[AmountPart(kind=p["kind"], amount=Decimal(p["amount"]), basis=p["basis"]) for p in item.parts],
            effective_from=item.effective_from,
            stops_from=item.stops_from,
            status=item.status,
        )


def compact(item: entitlements.Entitlement, member_details: bool = True) -> dict:
    """An entitlement as the JSON the typed fields would give (camelCase keys, amounts and dates as strings); without
    `member_details` each member is its person id alone."""
    return {
        "householdId": str(item.household_id),
        "regionCode": item.region_code,
        "headName": item.head_name,
        "members": [
            {"personId": str(p["id"]), "name": p["name"], "idNumber": p["id_number"]}
            if member_details
            else {"personId": str(p["id"])}
            for p in item.members
        ],
        "monthlyAmount": str(item.monthly_amount),
        "parts": [{"kind": p["kind"], "amount": str(Decimal(p["amount"])), "basis": p["basis"]} for p in item.parts],
        "effectiveFrom": item.effective_from.isoformat(),
        "stopsFrom": item.stops_from.isoformat() if item.stops_from else None,
        "status": item.status,
    }


@strawberry.type(description="应发名单分页 / a page of entitlements; nextCursor is null on the last page")
class EntitlementPage:
    next_cursor: str | None
    raw: strawberry.Private[list[entitlements.Entitlement]]
    compact_json: strawberry.Private[str | None] = None
    """The rows as PostgreSQL wrote them (`entitlements.compact_entitlements`), when only they were asked for."""

    @strawberry.field(description="应发记录 / the cases, typed")
    def items(self) -> list[Entitlement]:
        return [Entitlement.from_item(item) for item in self.raw]

    @strawberry.field(
        description="紧凑记录 / the same cases as compact JSON objects (the typed fields' names and values), "
        "for bulk readers"
    )
    def rows(
        self,
        member_details: Annotated[
            bool,
            strawberry.argument(
                description="成员姓名与身份证号 / each member's name and ID number; false: the person id alone, "
                "all a roster needs (no personal details leave the service)"
            ),
        ] = True,
    ) -> JSON:
        if self.compact_json is not None:
            return orjson.Fragment(self.compact_json)
        return [compact(item, member_details) for item in self.raw]
