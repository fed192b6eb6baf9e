"""Compiling a township's roster (花名册编制) from the households service's entitlements, in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from decimal import Decimal

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from authz.actions import Action
from authz.enforcer import get_authorizer
from authz.principal import Principal
from kernel.audit import record
from kernel.internal import InternalClient
from kernel.values import SHANGHAI, Period, RegionCode
from services.disbursement import sql
from services.disbursement.errors import RosterAlreadyCompiled, invalid
from services.disbursement.models import AuditRecord, PaymentCycle, Roster, SignOff, Subsidy
from services.disbursement.safeguards import check_window, refusal_audited

ENTITLEMENTS = """
query($township: String!, $period: String!, $first: Int!, $after: String) {
  entitlements(townshipCode: $township, period: $period, first: $first, after: $after) {
    rows nextCursor
  }
}"""
PAGE = 5000
ACCOUNTS = """
SELECT id, household_id, bank_name, account_number, holder_name, holder_person_id, staff_held_by, staff_agreement
FROM bank_account WHERE is_current AND household_id IN ({ids})"""
LINE_COLUMNS = ("roster_id", "household_id", "region_code", "head_name", "members", "monthly_amount", "total",
                "account_id", "bank_name", "account_number", "holder_name")


@dataclass
class Line:
    """One household's line while it is being compiled."""

    household_id: int
    region_code: str
    head_name: str
    members: int
    monthly_amount: Decimal
    items: list[tuple[str, Decimal, str]] = field(default_factory=list)
    account: dict | None = None

    @property
    def total(self) -> Decimal:
        return sum((amount for _, amount, _ in self.items), Decimal("0.00"))


async def entitlements_of(township: str, period: str) -> AsyncIterator[dict]:
    """Every entitlement of the township as of the period start, page by page (internal API, never tables).

    The page's compact `rows` carry the same values as its typed `items` without per-field GraphQL work.
    """
    client = InternalClient("households", caller="disbursement")
    try:
        async for page in client.pages(ENTITLEMENTS, {"township": township, "period": period, "first": PAGE}, "entitlements"):
            for item in page["rows"]:
                yield item
    finally:
        await client.aclose()


def _township(code: str) -> RegionCode:
    region = RegionCode.parse(code, field="townshipCode")
    if region.level != "township":
        raise invalid("townshipCode", "NOT_A_TOWNSHIP", f"{code} is not a township code", f"{code} 不是乡镇（街道）级区划代码")
    return region


async def cycle_of(county: str, on: dt.date) -> PaymentCycle | None:
    """The county's payment cycle in force on a day (monthly when the county set none)."""
    return await PaymentCycle.filter(region_code=county, effective_from__lte=on).order_by("-effective_from").first()


async def _check_cycle(township: RegionCode, period: Period) -> PaymentCycle | None:
    county = township.code[:6] + "000000"
    cycle = await cycle_of(county, period.start)
    expected = 3 if cycle and cycle.cycle == "QUARTERLY" else 1
    if period.months != expected:
        name_en, name_zh = ("quarterly", "按季") if expected == 3 else ("monthly", "按月")
        raise invalid("period", "PERIOD_NOT_COUNTY_CYCLE", f"county {county} pays {name_en}; {period} is not such a period",
                      f"县 {county} 实行{name_zh}发放，{period} 不符合发放周期")
    return cycle


def _months_paid(item: dict, period: Period) -> int:
    """Months of the period before the case stops (cases listed are effective at the period start)."""
    stops = item.get("stopsFrom")
    if not stops:
        return period.months
    stop = dt.date.fromisoformat(stops)
    return max(0, min(period.months, (stop.year - period.year) * 12 + stop.month - period.first_month))


def _line(item: dict, period: Period, subsidies: list[Subsidy]) -> Line:
    months = _months_paid(item, period)
    monthly = Decimal(str(item["monthlyAmount"]))
    line = Line(int(item["householdId"]), item["regionCode"], item["headName"], len(item["members"]), monthly)
    itemised = Decimal("0.00")
    for part in item.get("parts") or []:
        amount = Decimal(str(part["amount"]))
        itemised += amount
        line.items.append((part["kind"], amount * months, f"{part['basis']}：{amount} 元/月 × {months} 个月"))
    if itemised != monthly:
        line.items.append(("BASE", (monthly - itemised) * months, f"月保障金 {monthly - itemised} 元 × {months} 个月"))
    for subsidy in subsidies:
        count = line.members if subsidy.per_person else 1
        unit = f"{subsidy.amount} 元/人 × {count} 人" if subsidy.per_person else f"{subsidy.amount} 元/户"
        line.items.append((subsidy.kind, subsidy.amount * count, f"{subsidy.name}（{subsidy.basis}）：{unit}"))
    return line


def _exception(line: Line, members: set[int]) -> str | None:
    account = line.account
    if account is None:
        return "NO_ACCOUNT"
    if account["holder_person_id"] not in members:
        return "HOLDER_NOT_MEMBER"
    if account["staff_held_by"] and not account["staff_agreement"]:
        return "STAFF_HELD_NO_AGREEMENT"
    return None


async def _subsidies(township: RegionCode, period: Period) -> list[Subsidy]:
    months = {f"{period.year}-{period.first_month + k:02d}" for k in range(period.months)}
    rows = await Subsidy.filter(period__in=sorted(months | {str(period)})).order_by("id")
    return [row for row in rows if RegionCode(row.region_code).covers(township.code)]


async def _current_accounts(household_ids: list[int]) -> dict[int, dict]:
    """The account in force per household, as plain values (a township holds thousands)."""
    conn, found = sql.connection(), {}
    for start in range(0, len(household_ids), 5000):
        ids = ", ".join(str(int(i)) for i in household_ids[start:start + 5000])
        found.update({row["household_id"]: row for row in await sql.fetch(conn, ACCOUNTS.format(ids=ids))})
    return found


async def compile_roster(*, actor: Principal, township_code: str, period: str, reason: str = "") -> Roster:
    """Build the township's roster for the period; a roster sent back is rebuilt, any other refuses a second. A quarterly
    roster outside the quarter-start window (季初造册) needs `reason`, which the roster keeps."""
    township, parsed = _township(township_code), Period.parse(period)
    get_authorizer().require(actor, Action.ROSTER_COMPILE, township.code)
    cycle = await _check_cycle(township, parsed)
    async with refusal_audited(actor, Action.ROSTER_COMPILE, "Roster", f"{township.code} {parsed}", township.code):
        why = check_window(cycle, parsed, reason)
    existing = await Roster.filter(region_code=township.code, period=str(parsed)).first()
    if existing and existing.state != "SENT_BACK":
        raise RosterAlreadyCompiled(township.code, str(parsed))
    subsidies = await _subsidies(township, parsed)
    lines, members = [], {}
    async for item in entitlements_of(township.code, str(parsed)):
        line = _line(item, parsed, subsidies)
        lines.append(line)
        members[line.household_id] = {int(m["personId"]) for m in item["members"]}
    by_household = await _current_accounts(list(members))
    for line in lines:
        line.account = by_household.get(line.household_id)
    paid = [line for line in lines if not _exception(line, members[line.household_id])]
    left_out = [(line, reason) for line in lines if (reason := _exception(line, members[line.household_id]))]
    try:
        async with in_transaction(sql.DB) as tx:
            roster = await _write(tx, actor, township, parsed, existing, paid, left_out, why)
    except IntegrityError:
        raise RosterAlreadyCompiled(township.code, str(parsed)) from None
    return roster


async def _write(tx, actor: Principal, township: RegionCode, period: Period, existing: Roster | None,
                 paid: list[Line], left_out: list[tuple[Line, str]], reason: str) -> Roster:
    now = dt.datetime.now(SHANGHAI)
    totals = {"line_count": len(paid), "total": sum((line.total for line in paid), Decimal("0.00")),
              "exception_count": len(left_out), "compiled_by": actor.username, "compiled_at": now, "state": "COMPILED",
              "compile_reason": reason}
    if existing:
        roster = await Roster.filter(id=existing.id, state="SENT_BACK").using_db(tx).select_for_update().first()
        if roster is None:
            raise RosterAlreadyCompiled(township.code, str(period))
        await sql.execute(tx, "DELETE FROM roster_item WHERE line_id IN (SELECT id FROM roster_line WHERE roster_id = $1)", roster.id)
        await sql.execute(tx, "DELETE FROM roster_line WHERE roster_id = $1", roster.id)
        await sql.execute(tx, "DELETE FROM roster_exception WHERE roster_id = $1", roster.id)
        roster.update_from_dict({**totals, "revision": roster.revision + 1})
        await roster.save(using_db=tx)
    else:
        roster = await Roster.create(region_code=township.code, period=str(period), months=period.months, **totals, using_db=tx)
    await sql.insert_many(tx, "roster_line", LINE_COLUMNS, [
        (roster.id, line.household_id, line.region_code, line.head_name, line.members, line.monthly_amount, line.total,
         line.account["id"], line.account["bank_name"], line.account["account_number"], line.account["holder_name"])
        for line in paid])
    lines = await sql.fetch(tx, "SELECT id, household_id FROM roster_line WHERE roster_id = $1", roster.id)
    ids = {row["household_id"]: row["id"] for row in lines}
    await sql.insert_many(tx, "roster_item", ("line_id", "kind", "amount", "basis"),
                          [(ids[line.household_id], kind, amount, basis) for line in paid for kind, amount, basis in line.items])
    await sql.insert_many(tx, "roster_exception", ("roster_id", "household_id", "region_code", "head_name", "reason", "amount"),
                          [(roster.id, line.household_id, line.region_code, line.head_name,
                            reason, line.total) for line, reason in left_out])
    await SignOff.create(roster_id=roster.id, step="COMPILE", actor=actor.username, using_db=tx)
    await record(AuditRecord, actor=actor.username, action=str(Action.ROSTER_COMPILE), entity="Roster", entity_id=roster.id,
                 region_code=township.code, after={"period": str(period), "lines": len(paid), "total": str(totals["total"]),
                                                   "exceptions": len(left_out), "revision": roster.revision,
                                                   "reason": reason}, using_db=tx)
    return roster
