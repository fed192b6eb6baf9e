"""Entitlements — 应发名单: the active cases of a township as of a period's start, for the payment roster."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from tortoise import Tortoise
from tortoise.transactions import in_transaction

from authz.scope import Scope
from kernel.db import SERIAL
from kernel.sql import Params
from kernel.values import Period, RegionCode, check_page
from services.households import sql
from services.households.events import parse_cursor

PAYABLE = ("ACTIVE", "GRACE")
MAX_PAGE = 5000

# A case in force at the start ($1): payable, effective by then, not stopped (and, below, with a living counted member).
IN_FORCE = """({ranges}) AND h.status IN ('ACTIVE', 'GRACE') AND h.effective_month <= $1
  AND (h.stops_from IS NULL OR h.stops_from > $1) AND h.id > $2"""
HOUSEHOLDS = """
SELECT h.id, h.region_code, h.monthly_amount, h.effective_month, h.stops_from, h.status FROM household h
WHERE {in_force}
  AND EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id AND ({members}) AND p.counted
              AND (p.deceased_on IS NULL OR p.deceased_on > $1))
ORDER BY h.id LIMIT $3"""
MEMBERS = """
SELECT id, household_id, name, id_number, relation, counted, deceased_on FROM person
WHERE household_id IN ({ids}) AND region_code BETWEEN $1 AND $2 ORDER BY id"""
# The same cases as `compact` JSON objects, built by PostgreSQL in one statement: $1 the period start, $2 the cursor,
# $3 the page size; {member_details} adds each member's name and ID number, or nothing (the person id alone). The
# head is the last HEAD by person id (as the page loop keeps it), the members are the counted living ones by id (a
# household without one is no case: its filtered aggregate is NULL), the amount and parts the latest in force at the
# start. Each household's members are read once, for the test and the row alike.
COMPACT_ROWS = """
WITH page AS (
  SELECT h.id, h.region_code, h.monthly_amount, h.effective_month, h.stops_from, h.status, m.head, m.members
  FROM household h
  CROSS JOIN LATERAL (
    SELECT (array_agg(p.name ORDER BY p.id DESC) FILTER (WHERE p.relation = 'HEAD'))[1] AS head,
           json_agg(json_build_object('personId', p.id::text{member_details}) ORDER BY p.id)
             FILTER (WHERE p.counted AND (p.deceased_on IS NULL OR p.deceased_on > $1)) AS members
    FROM person p WHERE p.household_id = h.id AND ({members})) m
  WHERE {in_force} AND m.members IS NOT NULL
  ORDER BY h.id LIMIT $3)
SELECT count(*) AS n, max(page.id) AS last, COALESCE(json_agg(json_build_object(
         'householdId', page.id::text, 'regionCode', page.region_code, 'headName', COALESCE(page.head, ''),
         'members', page.members, 'monthlyAmount', COALESCE(a.monthly_amount, page.monthly_amount)::text,
         'parts', COALESCE(a.parts, '[]'), 'effectiveFrom', page.effective_month, 'stopsFrom', page.stops_from,
         'status', page.status) ORDER BY page.id), '[]')::text AS rows
FROM page
LEFT JOIN LATERAL (
  SELECT c.monthly_amount, c.parts  -- stored as the rows carry them: kind, amount (text), basis (cases.py)
  FROM case_amount c WHERE c.household_id = page.id AND c.effective_from <= $1
  ORDER BY c.effective_from DESC LIMIT 1) a ON true"""
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


def _page_query(
    scope: Scope, township_code: str, period: str, first: int, after: str | None
) -> tuple[str, str, Params]:
    """The page's cases in force, as a condition on `h` inside the caller's scope (the rest of the page hangs off
    their rows), and the same ranges on the members' `p.region_code`, which confine their reads to the township's
    city partition."""
    region, start = township(township_code), Period.parse(period).start
    check_page(first, maximum=MAX_PAGE)
    params = Params([start, parse_cursor(after), first])
    narrowed = scope.narrowed(region.code)
    inside = narrowed.sql("h.region_code", params.bind)
    members = narrowed.sql("p.region_code", params.bind)  # a member carries its household's code: the same partitions
    return IN_FORCE.format(ranges=inside), members, params


async def compact_entitlements(
    *,
    scope: Scope,
    township_code: str,
    period: str,
    first: int = 1000,
    after: str | None = None,
    member_details: bool = True,
) -> tuple[str, str | None] | None:
    """The page as the JSON text of its compact rows, written by PostgreSQL (no Python object per case), with the
    next cursor; None on SQLite, where the rows are built from `list_entitlements`."""
    if not sql.postgres(Tortoise.get_connection(sql.DB)):
        return None
    in_force, members, params = _page_query(scope, township_code, period, first, after)
    details = ", 'name', p.name, 'idNumber', p.id_number" if member_details else ""
    statement = COMPACT_ROWS.format(in_force=in_force, member_details=details, members=members)
    async with in_transaction(sql.DB) as tx:  # one township, one city's partitions: no parallel workers
        await tx.execute_script(SERIAL)
        row = (await sql.rows(statement, *params, using_db=tx))[0]
    return row["rows"], (str(row["last"]) if row["n"] == first else None)


async def list_entitlements(
    *, scope: Scope, township_code: str, period: str, first: int = 1000, after: str | None = None
) -> tuple[list[Entitlement], str | None]:
    """Cases effective at the period start, not stopped, with a living counted member; keyset by household id."""
    in_force, members, params = _page_query(scope, township_code, period, first, after)
    start = params[0]
    rows = await sql.rows(HOUSEHOLDS.format(in_force=in_force, members=members), *params)
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
    regions = sorted(item.region_code for item in items.values())  # a member carries its household's region code
    for person in await sql.rows(MEMBERS.format(ids=ids), regions[0], regions[-1]):
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
