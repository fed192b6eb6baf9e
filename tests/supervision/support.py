"""Builders for supervision tests: contract-shaped change events, registry files, unique places and IDs."""

from __future__ import annotations

import csv
import io
import itertools
from typing import Any

from kernel.values import id_check_digit
from services.supervision import projection

TEST_FEED = "test-events"
"""Events applied by tests keep their cursor apart from the real households feed."""

_townships = itertools.count(150)
_ids = itertools.count(1)
_entities = itertools.count(9_000_000)
_cursor = itertools.count(1)


def township() -> str:
    """A township code of 零陵区 that the seeded demo city does not use, one per call."""
    return f"431102{next(_townships):03d}000"


def village(township_code: str) -> str:
    return township_code[:9] + "201"


def citizen_id(birth: str = "19700101", county: str = "431102") -> str:
    body = f"{county}{birth}{next(_ids) % 1000:03d}"
    return body + id_check_digit(body)


def entity_id() -> int:
    return next(_entities)


def event(entity: str, ident: int, region: str, payload: dict[str, Any], kind: str = "UPDATED") -> dict[str, Any]:
    """One change event exactly as the households `changes` feed delivers it."""
    return {
        "cursor": f"t{next(_cursor):08d}",
        "entity": entity,
        "entityId": str(ident),
        "kind": kind,
        "regionCode": region,
        "payload": payload,
        "at": "2026-11-01T08:00:00+08:00",
    }


def household_events(
    region: str,
    members: list[dict[str, Any]],
    *,
    status: str = "ACTIVE",
    urban_rural: str = "RURAL",
    approved_by: str = "county.approver",
    household_id: int | None = None,
) -> tuple[int, list[dict], list[int]]:
    """A household with its members; returns the household id, its events and the member ids."""
    household_id = household_id or entity_id()
    events = [
        event(
            "Household",
            household_id,
            region,
            {
                "status": status,
                "regionCode": region,
                "urbanRural": urban_rural,
                "reviewClass": 1,
                "monthlyAmount": "500.00",
                "effectiveMonth": "2026-01",
                "approvedBy": approved_by,
            },
            kind="REGISTERED",
        )
    ]
    person_ids = []
    for index, member in enumerate(members):
        person_id = entity_id()
        person_ids.append(person_id)
        events.append(
            event(
                "Person",
                person_id,
                region,
                {
                    "householdId": str(household_id),
                    "idNumber": member["idNumber"],
                    "name": member.get("name", f"成员{index}"),
                    "relation": member.get("relation", "HEAD" if index == 0 else "CHILD"),
                    "counted": member.get("counted", True),
                    "deceasedOn": member.get("deceasedOn"),
                },
                kind="ADDED",
            )
        )
    return household_id, events, person_ids


async def given_household(region: str, *ids: str, **options: Any) -> tuple[int, list[int]]:
    household_id, events, person_ids = household_events(region, [{"idNumber": number} for number in ids], **options)
    await projection.apply_changes(events, feed=TEST_FEED)
    return household_id, person_ids


def csv_file(header: list[str], rows: list[list[Any]], encoding: str = "utf-8") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


def errors_of(body: dict) -> list[tuple[str, str | None]]:
    """(code, field) of each GraphQL error, the way a client reads them."""
    return [(error["extensions"].get("code"), error["extensions"].get("field")) for error in body.get("errors", [])]


def encoded(content: bytes) -> str:
    import base64

    return base64.b64encode(content).decode()


async def given_standard(region: str, amount: str, effective_from: str, urban_rural: str = "RURAL") -> int:
    """A standard as the households feed delivers one (supervision keeps no standard of its own)."""
    ident = entity_id()
    await projection.apply_changes(
        [
            event(
                "Standard",
                ident,
                region,
                {"urbanRural": urban_rural, "monthlyAmount": amount, "effectiveFrom": effective_from},
                kind="SET",
            )
        ],
        feed=TEST_FEED,
    )
    return ident
