"""Dashboard statistics — 统计: counts, persons and money of a region, answered by SQL aggregates.

No household row is loaded into Python: each figure is a GROUP BY over indexed columns (`region_code`
ranges, `status`, `state`), and what comes back is a few hundred grouped rows at most. Persons are the
counted living members that every member change keeps on `household.counted_members`.

A county, a city or anything wider reads the township tallies (`TownshipTally`) instead of its households: triggers
on `household` keep them in the transaction of every insert, update and delete, so they are never behind what a
query of the households would count. A township or a village, whose children are villages, adds up its own few
hundred households.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from tortoise import Tortoise

from authz.scope import Scope
from kernel.db import reader
from kernel.errors import Forbidden, InvalidInput
from kernel.values import Period, RegionCode, prefix_bounds
from services.households import sql
from services.households.calendar import add_months, month_start, today
from services.households.entitlements import PAYABLE
from services.households.workflow import OPEN


def _read(statement: str, *params):
    """Dashboards read the replica when one is configured (kernel.db.reader)."""
    return sql.rows(statement, *params, using_db=reader(sql.DB))


CHILD_LENGTH = {0: 2, 2: 4, 4: 6, 6: 9, 9: 12, 12: 12}  # province → city → county → township → village
MAX_MONTHS = 36


def _listed(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{value}'" for value in values)  # our own constants, never user input


@dataclass
class Tally:
    """Households, persons (counted living members) and the monthly amount of the payable cases among them."""

    households: int = 0
    persons: int = 0
    monthly_amount: Decimal = Decimal("0.00")

    def add(self, households: int, persons: int, amount: Decimal) -> None:
        self.households += households
        self.persons += persons
        self.monthly_amount += amount


@dataclass
class Statistics:
    region_code: str
    prefix: str
    total: Tally = field(default_factory=Tally)
    by_region: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_urban_rural: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_review_class: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_status: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    region_names: dict[str, str] = field(default_factory=dict)
    applications: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def per_capita_monthly(self) -> Decimal:
        """Per-capita monthly subsidy (人均补助水平): payable money over the persons of payable cases."""
        persons = sum(self.by_status[s].persons for s in PAYABLE if s in self.by_status)
        amount = sum((self.by_status[s].monthly_amount for s in PAYABLE if s in self.by_status), Decimal("0"))
        return (amount / persons).quantize(Decimal("0.01"), ROUND_HALF_UP) if persons else Decimal("0.00")

    @property
    def overdue_applications(self) -> int:
        return sum(overdue for _, overdue in self.applications.values())


def area(scope: Scope, region_code: str | None) -> tuple[str, str]:
    """The region asked for (code, prefix), which must lie inside the caller's jurisdiction."""
    if region_code:
        region = RegionCode.parse(region_code)
        if not scope.covers(region.prefix):
            raise Forbidden(
                f"{region.code} is outside your jurisdiction", f"{region.code} 不在您的管辖范围内", field="regionCode"
            )
        return region.code, region.prefix
    if scope.everything:
        return "", ""
    if len(scope.prefixes) == 1:
        (prefix,) = scope.prefixes
        return prefix.ljust(12, "0"), prefix
    raise InvalidInput("you hold several regions: name one", "您管辖多个区划，请指定 regionCode", field="regionCode")


CUBE = (
    "SELECT substr(region_code, 1, {child}) AS child, urban_rural, status, review_class, count(*) AS households, "
    "sum(counted_members) AS persons, sum(monthly_amount) AS amount FROM household WHERE region_code BETWEEN $1 AND $2 "
    "GROUP BY 1, 2, 3, 4"
)
"""Money is summed in every group; status is a grouping key, so only the payable groups' money is counted."""
TALLIED = (
    "SELECT substr(township_code, 1, {child}) AS child, urban_rural, status, review_class, sum(households) AS households, "
    "sum(persons) AS persons, sum(amount_fen) AS fen FROM township_tally WHERE township_code BETWEEN $1 AND $2 "
    "AND households <> 0 GROUP BY 1, 2, 3, 4"
)
"""The same cube from the township tallies, for a region whose children are townships or wider (a tally left at
zero households, once its last household moved on, is no group)."""
TOWNSHIP = 9
NAMES = "SELECT code, name FROM region WHERE code BETWEEN $1 AND $2 AND substr(code, {start}) = $3"
APPLICATIONS = (
    f"SELECT state, count(*) AS n, sum(CASE WHEN state IN ({_listed(OPEN)}) AND (due_on < $3 OR step_due_on < $3) "
    "THEN 1 ELSE 0 END) AS overdue FROM application WHERE region_code BETWEEN $1 AND $2 GROUP BY state"
)
WIDE = 4
"""On PostgreSQL a city's or anything wider's money per month is summed in two halves by child region, each on its
own connection."""


async def statistics(*, scope: Scope, region_code: str | None = None) -> Statistics:
    """Households and persons by child region, urban/rural, class and status; applications by state and overdue.

    The applications, the child regions' names and the cube are read at once on separate connections."""
    code, prefix = area(scope, region_code)
    low, high = prefix_bounds(prefix)
    child = CHILD_LENGTH[len(prefix)]
    result = Statistics(region_code=code, prefix=prefix)
    (names, cube), applications = await asyncio.gather(_cube(child, low, high), _read(APPLICATIONS, low, high, today()))
    zero = Decimal("0.00")
    for row in cube:
        figures = (
            row["households"],
            int(row["persons"] or 0),
            sql.yuan(row["amount"]) if row["status"] in PAYABLE else zero,
        )
        for margin, key in (
            (result.by_region, row["child"]),
            (result.by_urban_rural, row["urban_rural"]),
            (result.by_review_class, str(row["review_class"])),
            (result.by_status, row["status"]),
        ):
            margin[key].add(*figures)
        result.total.add(*figures)
    result.region_names = {full: name for full, name in names.items() if full[:child] in result.by_region}
    for row in applications:
        result.applications[row["state"]] = (row["n"], int(row["overdue"] or 0))
    return result


async def _cube(child: int, low: str, high: str) -> tuple[dict[str, str], list[dict]]:
    """Child regions' names, and the cube's rows: households by child region, urban/rural, status and class — from
    the township tallies when the children are townships or wider, else from the households themselves."""
    if child > TOWNSHIP:
        return await asyncio.gather(_names(child, low, high), _read(CUBE.format(child=child), low, high))
    names, rows = await asyncio.gather(
        _names(child, low, high), _read(TALLIED.format(child=child), low[:TOWNSHIP], high[:TOWNSHIP])
    )
    return names, [{**row, "amount": yuan_of_fen(row["fen"])} for row in rows]


def yuan_of_fen(fen: object) -> Decimal:
    return (Decimal(int(fen or 0)) / 100).quantize(Decimal("0.01"))


async def _names(child: int, low: str, high: str) -> dict[str, str]:
    """The names of the child regions (codes of `child` digits) between low and high."""
    rows = await _read(NAMES.format(start=child + 1), low, high, "0" * (12 - child))
    return {row["code"]: row["name"] for row in rows}


async def _halves(prefix: str, low: str, high: str) -> list[tuple[str, str]]:
    """The code ranges to aggregate: the whole range, or for a wide region on PostgreSQL two halves split at the
    middle child region, read at once on two connections."""
    if len(prefix) > WIDE or not sql.postgres(Tortoise.get_connection(sql.DB)):
        return [(low, high)]
    child = CHILD_LENGTH[len(prefix)]
    children = sorted(code[:child] for code in await _names(child, low, high))
    if len(children) < 2:
        return [(low, high)]
    middle = children[len(children) // 2]  # the halves meet exactly: codes are digits of one length
    return [(low, str(int(middle) - 1).zfill(child).ljust(12, "9")), (middle.ljust(12, "0"), high)]


DRIFT = (
    "SELECT township_code, urban_rural, status, review_class, sum(households) AS households, sum(persons) AS persons, "
    "sum(fen) AS fen FROM ("
    " SELECT township_code, urban_rural, status, review_class, households, persons, amount_fen AS fen"
    " FROM township_tally WHERE township_code BETWEEN $1 AND $2"
    " UNION ALL SELECT substr(region_code, 1, 9), urban_rural, status, review_class, -count(*), -sum(counted_members),"
    " -sum(CAST(round(monthly_amount * 100) AS BIGINT)) FROM household WHERE region_code BETWEEN $3 AND $4"
    " GROUP BY 1, 2, 3, 4) AS both_counts"
    " GROUP BY 1, 2, 3, 4 HAVING sum(households) <> 0 OR sum(persons) <> 0 OR sum(fen) <> 0"
)
"""Tallies minus the households' own count, per tally key: no row unless a write went around the triggers."""


async def tally_drift(*, prefix: str = "") -> list[dict]:
    """The township tallies under `prefix` that differ from a count of the households from scratch, by how much
    (households, persons, fen): an empty list when the tallies are exact."""
    low, high = prefix_bounds(prefix)
    return await sql.rows(DRIFT, low[:TOWNSHIP], high[:TOWNSHIP], low, high)


@dataclass(frozen=True)
class MonthTotal:
    month: str
    households: int
    amount: Decimal


def months(from_month: str | None, to_month: str | None) -> list[dt.date]:
    """The months asked for; by default the twelve up to the current one."""
    last = Period.parse(to_month, field="toMonth").start if to_month else month_start(today())
    first = Period.parse(from_month, field="fromMonth").start if from_month else add_months(last, -11)
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    if not 0 < count <= MAX_MONTHS:
        raise InvalidInput(
            f"ask for 1 to {MAX_MONTHS} months, fromMonth first",
            f"月份范围应为 1 到 {MAX_MONTHS} 个月，且起始月不晚于截止月",
            field="fromMonth",
        )
    return [add_months(first, n) for n in range(count)]


MOVES = (
    "SELECT month, sum(amount) AS amount, sum(n) AS households FROM ("
    " SELECT CASE WHEN m.sign = 1 THEN s.starts ELSE s.ends END AS month, m.sign * s.amount AS amount, m.sign AS n FROM ("
    "  SELECT a.monthly_amount AS amount,"
    "  CASE WHEN a.effective_from > h.effective_month THEN a.effective_from ELSE h.effective_month END AS starts,"
    "  CASE WHEN h.stops_from IS NOT NULL AND (a.until IS NULL OR h.stops_from < a.until) THEN h.stops_from ELSE a.until END AS ends"
    "  FROM (SELECT household_id, monthly_amount, effective_from,"
    "        LEAD(effective_from) OVER (PARTITION BY household_id ORDER BY effective_from) AS until"
    "        FROM case_amount WHERE region_code BETWEEN $1 AND $2) a"
    "  JOIN household h ON h.id = a.household_id"
    "  WHERE h.effective_month IS NOT NULL AND h.status <> 'SUSPENDED') s"
    " CROSS JOIN (SELECT 1 AS sign UNION ALL SELECT -1) m"
    " WHERE (s.ends IS NULL OR s.ends > s.starts) AND (m.sign = 1 OR s.ends IS NOT NULL)) moves"
    " WHERE month <= $3 GROUP BY month"
)
"""Each span (an amount until the next amount or the stop) adds in its first month and, if it ends, drops in its
last; one pass over the amounts gives the changes per month."""


async def money_per_month(
    *, prefix: str, from_month: str | None = None, to_month: str | None = None
) -> list[MonthTotal]:
    """Money due per month (每月保障金): each effective-dated amount adds from its month and drops when the next
    amount or the stop begins; the changes are summed per month in SQL (a wide region in two halves at once) and
    added up month by month here."""
    wanted = months(from_month, to_month)
    low, high = prefix_bounds(prefix)
    ranges = await _halves(prefix, low, high)
    changes: dict[dt.date, tuple[int, Decimal]] = defaultdict(lambda: (0, Decimal("0.00")))
    for part in await asyncio.gather(*(_read(MOVES, start, end, wanted[-1]) for start, end in ranges)):
        for row in part:
            households, amount = changes[_date(row["month"])]
            changes[_date(row["month"])] = (households + int(row["households"]), amount + sql.yuan(row["amount"]))
    ordered = sorted(changes.items())
    totals, index, households, amount = [], 0, 0, Decimal("0.00")
    for month in wanted:
        while index < len(ordered) and ordered[index][0] <= month:
            households, amount = households + ordered[index][1][0], amount + ordered[index][1][1]
            index += 1
        totals.append(MonthTotal(f"{month:%Y-%m}", households, amount))
    return totals


def _date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
