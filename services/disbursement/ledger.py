"""The county fund ledger (资金台账), reconciliation of batches to the cent, and money left unpaid (资金滞留)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tortoise.transactions import in_transaction

from authz.actions import Action
from authz.enforcer import get_authorizer
from authz.principal import Principal
from authz.scope import Scope
from kernel.audit import record
from kernel.values import SHANGHAI, Period, RegionCode, money
from services.disbursement import sql
from services.disbursement.compile import cycle_of
from services.disbursement.errors import NotFoundHere, invalid
from services.disbursement.models import AuditRecord, LedgerEntry, PaymentBatch, PaymentCycle, Subsidy

SOURCES = ("CENTRAL", "PROVINCIAL", "CITY", "COUNTY")
DEFAULT_STALE_DAYS = 30


def _county(code: str) -> RegionCode:
    county = RegionCode.parse(code, field="countyCode")
    if county.level != "county":
        raise invalid("countyCode", "NOT_A_COUNTY", f"{county} is not a county code", f"{county} 不是县级区划代码")
    return county


def _positive(amount: object, field: str = "amount") -> Decimal:
    value = money(amount, field=field)
    if value <= 0:
        raise invalid(field, "INVALID_AMOUNT", "the amount must be above zero", "金额必须大于零")
    return value


async def record_allocation(*, actor: Principal, county_code: str, period: str, source: str, amount: object, reference: str) -> LedgerEntry:
    """An allocation into the county's dibao fund: central, provincial, city or county matching (配套)."""
    county, parsed = _county(county_code), str(Period.parse(period))
    if source not in SOURCES:
        raise invalid("source", "INVALID_FUND_SOURCE", f"source is one of {', '.join(SOURCES)}", "资金来源应为中央、省、市或县级")
    value = _positive(amount)
    if not (reference or "").strip():
        raise invalid("reference", "REFERENCE_REQUIRED", "name the allocation document", "请填写拨款文件或凭证号")
    get_authorizer().require(actor, Action.LEDGER_WRITE, county.code)
    async with in_transaction(sql.DB) as tx:
        entry = await LedgerEntry.create(region_code=county.code, period=parsed, kind="ALLOCATION", source=source, amount=value,
                                         reference=reference.strip(), recorded_by=actor.username, using_db=tx)
        await record(AuditRecord, actor=actor.username, action=str(Action.LEDGER_WRITE), entity="LedgerEntry", entity_id=entry.id,
                     region_code=county.code, after={"period": parsed, "source": source, "amount": str(value)}, using_db=tx)
    return entry


BALANCES = """
SELECT region_code, period,
       SUM(CASE WHEN kind = 'ALLOCATION' THEN amount ELSE 0 END) AS allocated,
       SUM(CASE WHEN kind = 'DISBURSEMENT' THEN amount ELSE 0 END) AS disbursed,
       SUM(CASE WHEN kind = 'RETURN' THEN amount ELSE 0 END) AS returned
FROM ledger_entry WHERE {where} GROUP BY region_code, period ORDER BY region_code, period"""


async def balances(*, scope: Scope, period: str | None = None) -> list[dict]:
    """Allocated, disbursed, returned and the balance per county and period inside the caller's scope."""
    ranges = ["1 = 1"] if scope.everything else [
        f"(region_code BETWEEN '{p.ljust(12, '0')}' AND '{p.ljust(12, '9')}')" for p in sorted(scope.prefixes) if p.isdigit()] or ["1 = 0"]
    where = "(" + " OR ".join(ranges) + ")"
    params = []
    if period:
        where += " AND period = $1"
        params.append(str(Period.parse(period)))
    rows = await sql.fetch(sql.connection(), BALANCES.format(where=where), *params)
    out = []
    for row in rows:
        allocated, disbursed, returned = (sql.money_sum(row[k]) for k in ("allocated", "disbursed", "returned"))
        out.append({"region_code": row["region_code"], "period": row["period"], "allocated": allocated, "disbursed": disbursed,
                    "returned": returned, "balance": allocated - disbursed + returned})
    return out


RECONCILE = """
SELECT status, COUNT(*) AS n, SUM(amount) AS total FROM payment_line WHERE batch_id = $1 GROUP BY status"""


async def reconcile(*, scope: Scope, batch_id: int) -> dict:
    """Released = paid + failed + pending, to the cent; re-issued lines count as failed in their own batch."""
    batch = await PaymentBatch.filter(scope.q(), id=batch_id).first()
    if batch is None:
        raise NotFoundHere("payment batch", "代发批次", batch_id, field="batchId", code="BATCH_NOT_FOUND")
    by_status = {r["status"]: (r["n"], sql.money_sum(r["total"])) for r in await sql.fetch(sql.connection(), RECONCILE, batch_id)}
    zero = (0, Decimal("0.00"))
    paid, pending = by_status.get("PAID", zero), by_status.get("PENDING", zero)
    failed_open, reissued = by_status.get("FAILED", zero), by_status.get("REISSUED", zero)
    failed = (failed_open[0] + reissued[0], failed_open[1] + reissued[1])
    return {"batch": batch, "released": batch.total, "paid": paid[1], "failed": failed[1], "pending": pending[1],
            "reissued": reissued[1], "paid_lines": paid[0], "failed_lines": failed[0], "pending_lines": pending[0],
            "balanced": batch.total == paid[1] + failed[1] + pending[1]
            and batch.line_count == paid[0] + failed[0] + pending[0]}


STRANDED = """
SELECT p.id, p.batch_id, p.household_id, p.region_code, p.period, p.amount, p.status, p.reason, b.released_at
FROM payment_line p JOIN payment_batch b ON b.id = p.batch_id
WHERE b.region_code = $1 AND b.released_at IS NOT NULL AND b.released_at < $2 AND p.status IN ('PENDING', 'FAILED')
ORDER BY p.id"""


async def stranded(*, scope: Scope, county_code: str, today: dt.date | None = None) -> list[dict]:
    """Lines still unpaid longer than the county's configured days after release: funds held up (资金滞留)."""
    county = _county(county_code)
    if not scope.covers(county.code):
        raise NotFoundHere("county", "县", county.code, field="countyCode", code="REGION_NOT_FOUND")
    today = today or dt.datetime.now(SHANGHAI).date()
    cycle = await cycle_of(county.code, today)
    days = cycle.stale_after_days if cycle else DEFAULT_STALE_DAYS
    cutoff = dt.datetime.combine(today - dt.timedelta(days=days), dt.time(), SHANGHAI)
    return await sql.fetch(sql.connection(), STRANDED, county.code, cutoff)


async def set_cycle(*, actor: Principal, county_code: str, cycle: str, effective_from: dt.date, stale_after_days: int = DEFAULT_STALE_DAYS,
                    window_opens_days_before: int = 5, window_closes_day: int = 10) -> PaymentCycle:
    """A county's payment cycle from a month on: MONTHLY (national rule) or QUARTERLY (legacy practice), with the
    quarter-start window in which quarterly rosters are compiled without a reason (季初造册)."""
    county = _county(county_code)
    if cycle not in ("MONTHLY", "QUARTERLY"):
        raise invalid("cycle", "INVALID_CYCLE", "cycle is MONTHLY or QUARTERLY", "发放周期应为按月或按季")
    if effective_from.day != 1 or (cycle == "QUARTERLY" and effective_from.month % 3 != 1):
        raise invalid("effectiveFrom", "INVALID_EFFECTIVE_DATE", "a cycle starts on the first day of a month (of a quarter if quarterly)",
                      "发放周期应从月初（按季时为季初）开始生效")
    if not 1 <= stale_after_days <= 365:
        raise invalid("staleAfterDays", "INVALID_STALE_DAYS", "days must be between 1 and 365", "滞留天数应在1到365之间")
    if not 0 <= window_opens_days_before <= 31:
        raise invalid("windowOpensDaysBefore", "INVALID_WINDOW", "the window opens 0 to 31 days before the quarter",
                      "造册窗口应在季初前0至31天开启")
    if not 1 <= window_closes_day <= 28:
        raise invalid("windowClosesDay", "INVALID_WINDOW", "the window closes on day 1 to 28 of the quarter's first month",
                      "造册窗口应在季首月1日至28日之间截止")
    get_authorizer().require(actor, Action.CYCLE_SET, county.code)
    values = {"cycle": cycle, "stale_after_days": stale_after_days, "window_opens_days_before": window_opens_days_before,
              "window_closes_day": window_closes_day}
    async with in_transaction(sql.DB) as tx:
        row = await PaymentCycle.filter(region_code=county.code, effective_from=effective_from).using_db(tx).first()
        before = {key: getattr(row, key) for key in values} if row else None
        if row:
            row.update_from_dict({**values, "set_by": actor.username})
            await row.save(using_db=tx)
        else:
            row = await PaymentCycle.create(region_code=county.code, effective_from=effective_from, set_by=actor.username, **values,
                                            using_db=tx)
        await record(AuditRecord, actor=actor.username, action=str(Action.CYCLE_SET), entity="PaymentCycle", entity_id=row.id,
                     region_code=county.code, before=before, after={**values, "effectiveFrom": effective_from.isoformat()}, using_db=tx)
    return row


async def declare_subsidy(*, actor: Principal, region_code: str, period: str, kind: str, name: str, amount: object,
                          per_person: bool, basis: str) -> Subsidy:
    """A one-off or price subsidy the government decided for a region and period; rosters itemise it."""
    region, parsed = RegionCode.parse(region_code), str(Period.parse(period))
    if kind not in ("ONE_OFF", "PRICE"):
        raise invalid("kind", "INVALID_SUBSIDY_KIND", "kind is ONE_OFF or PRICE", "补贴类型应为一次性补贴或物价补贴")
    value = _positive(amount)
    if not (name or "").strip() or not (basis or "").strip():
        raise invalid("basis" if (name or "").strip() else "name", "BASIS_REQUIRED", "a subsidy needs its name and basis",
                      "补贴须有名称和依据")
    get_authorizer().require(actor, Action.SUBSIDY_DECLARE, region.code)
    async with in_transaction(sql.DB) as tx:
        row = await Subsidy.create(region_code=region.code, period=parsed, kind=kind, name=name.strip(), amount=value,
                                   per_person=per_person, basis=basis.strip(), declared_by=actor.username, using_db=tx)
        await record(AuditRecord, actor=actor.username, action=str(Action.SUBSIDY_DECLARE), entity="Subsidy", entity_id=row.id,
                     region_code=region.code, after={"period": parsed, "kind": kind, "amount": str(value), "basis": row.basis},
                     using_db=tx)
    return row
