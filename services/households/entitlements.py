"""Entitlements — 应发名单: the active cases of a township as of a period's start, for the payment roster."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from authz.scope import Scope
from kernel.sql import Params
from kernel.values import Period, RegionCode, check_page
from services.households import sql
from services.households.events import parse_cursor

PAYABLE = ("ACTIVE", "GRACE")
MAX_PAGE = 5000

# A case in force at the start ($1): payable, effective by then, not stopped, with a living counted member.
HOUSEHOLDS = """
SELECT h.id, h.region_code, h.monthly_amount, h.effective_month, h.stops_from, h.status FROM household h
WHERE ({ranges}) AND h.status IN ('ACTIVE', 'GRACE') AND h.effective_month <= $1
  AND (h.stops_from IS NULL OR h.stops_from > $1) AND h.id > $2
  AND EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id AND p.counted
              AND (p.deceased_on IS NULL OR p.deceased_on > $1))
ORDER BY h.id LIMIT $3"""
MEMBERS = """
SELECT id, household_id, name, id_number, relation, counted, deceased_on FROM person
WHERE household_id IN ({ids}) ORDER BY id"""
AMOUNTS = """
SELECT household_id, monthly_amount, parts FROM case_amount
WHERE household_id IN ({ids}) AND effective_from <= $1 ORDER BY effective_from"""


@dataclass
class Entitlement:
    """One case as the roster needs it: plain values, read in three set-based queries per page."""

    household_id: int
    region_code: str
    monthly_amount: Decimal
    effective_from: dt.date
    stops_from: dt.date | None
    status: str
    head_name: str = ""
    members: list[dict[str, Any]] = field(default_factory=list)
    parts: list[dict] = field(default_factory=list)


def township(code: str) -> RegionCode:
    return RegionCode.of_level(code, "township", field="townshipCode")


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


async def list_entitlements(
    *, scope: Scope, township_code: str, period: str, first: int = 1000, after: str | None = None
) -> tuple[list[Entitlement], str | None]:
    """Cases effective at the period start, not stopped, with a living counted member; keyset by household id."""
    region = township(township_code)
    start = Period.parse(period).start
    check_page(first, maximum=MAX_PAGE)
    params = Params([start, parse_cursor(after), first])
    inside = scope.narrowed(region.code).sql("h.region_code", params.bind)
    rows = await sql.rows(HOUSEHOLDS.format(ranges=inside), *params)
    items = {
        row["id"]: Entitlement(
            household_id=row["id"],
            region_code=row["region_code"],
            monthly_amount=sql.yuan(row["monthly_amount"]),
            effective_from=_date(row["effective_month"]),
            stops_from=_date(row["stops_from"]),
            status=row["status"],
        )
        for row in rows
    }
    if not items:
        return [], None
    ids = ", ".join(str(int(i)) for i in items)
    for person in await sql.rows(MEMBERS.format(ids=ids)):
        item = items[person["household_id"]]
        if person["relation"] == "HEAD":
            item.head_name = person["name"]
        deceased = _date(person["deceased_on"])
        if person["counted"] and (deceased is None or deceased > start):
            item.members.append(person)
    for amount in await sql.rows(AMOUNTS.format(ids=ids), start):  # the latest in force wins
        item = items[amount["household_id"]]
        item.monthly_amount = sql.yuan(amount["monthly_amount"])
        item.parts = json.loads(amount["parts"]) if isinstance(amount["parts"], str) else amount["parts"]
    return list(items.values()), (str(rows[-1]["id"]) if len(rows) == first else None)
