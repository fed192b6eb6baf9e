"""Fund safeguards — 资金安全: no release past the county fund's balance without a named override, and quarterly
rosters compiled at the quarter's start (季初造册) or with a recorded reason.

The county fund's balance is what its ledger holds over every period: allocations − disbursements +
returns (money carries over between periods). A batch larger than the balance is refused at the
transfer unless the county civil affairs bureau recorded an override for that batch (`disbursement.fund.
override`, with its reason and the shortfall it covers), so paying ahead of an allocation (垫付) is a
decision someone signed, never an accident. Refusals are audited outside the refused transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from decimal import Decimal

from tortoise.transactions import in_transaction

from authz.actions import Action
from authz.enforcer import get_authorizer
from authz.principal import Principal
from kernel.audit import record
from kernel.errors import DomainError
from kernel.values import SHANGHAI, Period
from services.disbursement import sql
from services.disbursement.error_codes import DisbursementErrorCode
from services.disbursement.errors import NotFoundHere, WrongState, invalid
from services.disbursement.models import AuditRecord, FundOverride, PaymentBatch, PaymentCycle

BALANCE = """
SELECT COALESCE(SUM(CASE kind WHEN 'ALLOCATION' THEN amount WHEN 'RETURN' THEN amount ELSE -amount END), 0) AS balance
FROM ledger_entry WHERE region_code = $1"""


class FundInsufficient(DomainError):
    code = DisbursementErrorCode.FUND_INSUFFICIENT

    def __init__(self, county: str, balance: Decimal, needed: Decimal) -> None:
        super().__init__(
            f"county {county}'s fund holds ¥{balance:.2f}; this batch needs ¥{needed:.2f} (short ¥{needed - balance:.2f}): "
            "record the allocation, or have the county record an overdraft override with its reason",
            f"县 {county} 低保资金余额 ¥{balance:.2f}，本批次需 ¥{needed:.2f}（缺口 ¥{needed - balance:.2f}）；"
            "请先登记资金拨入，或由县民政部门登记透支授权并写明理由",
            field="batchId",
            balance=f"{balance:.2f}",
            shortfall=f"{needed - balance:.2f}",
        )


@asynccontextmanager
async def refusal_audited(
    actor: Principal,
    action: Action,
    entity: str,
    entity_id: object,
    region_code: str = "",
    *,
    only: tuple[type[DomainError], ...] = (DomainError,),
) -> AsyncIterator[None]:
    """Record a refusal (of the kinds in `only`) after the body's transaction rolled back, then let it reach the caller."""
    try:
        yield
    except only as refusal:
        await record(
            AuditRecord,
            actor=actor.username,
            action=str(action),
            entity=entity,
            entity_id=entity_id,
            region_code=str(region_code)[:12],
            succeeded=False,
            after=refusal.recorded,
        )
        raise


async def county_balance(conn, county_code: str) -> Decimal:
    rows = await sql.fetch(conn, BALANCE, county_code)
    return sql.money_sum(rows[0]["balance"])


async def require_funds(tx, batch: PaymentBatch) -> FundOverride | None:
    """Inside the transfer's transaction: the batch fits the fund, or an override for this batch covers the shortfall."""
    balance = await county_balance(tx, batch.region_code)
    if batch.total <= balance:
        return None
    override = await FundOverride.filter(batch_id=batch.id).using_db(tx).order_by("-id").first()
    if override is None or override.shortfall < batch.total - balance:
        raise FundInsufficient(batch.region_code, balance, batch.total)
    return override


async def authorize_overdraft(*, actor: Principal, batch_id: int, reason: str) -> FundOverride:
    """The county's named authorisation (透支授权) to release a batch the fund does not cover, with its reason."""
    async with refusal_audited(actor, Action.FUND_OVERRIDE, "PaymentBatch", batch_id):
        if not (reason or "").strip():
            raise invalid(
                "reason", DisbursementErrorCode.REASON_REQUIRED, "an override states its reason", "透支授权须写明理由"
            )
        async with in_transaction(sql.DB) as tx:
            batch = await PaymentBatch.filter(id=batch_id).using_db(tx).select_for_update().first()
            if batch is None or not get_authorizer().allows(actor, Action.BATCH_READ, batch.region_code):
                raise NotFoundHere(
                    "payment batch", "代发批次", batch_id, field="batchId", code=DisbursementErrorCode.BATCH_NOT_FOUND
                )
            get_authorizer().require(actor, Action.FUND_OVERRIDE, batch.region_code)
            if batch.state != "AGGREGATED":
                raise WrongState("the batch", "代发批次", batch.state, field="batchId")
            balance = await county_balance(tx, batch.region_code)
            if batch.total <= balance:
                raise invalid(
                    "batchId",
                    DisbursementErrorCode.NO_SHORTFALL,
                    f"the fund holds ¥{balance:.2f}, enough for this batch",
                    f"资金余额 ¥{balance:.2f} 足以支付本批次，无需透支授权",
                )
            row = await FundOverride.create(
                batch_id=batch.id,
                region_code=batch.region_code,
                balance=balance,
                shortfall=batch.total - balance,
                reason=reason.strip(),
                authorized_by=actor.username,
                using_db=tx,
            )
            await record(
                AuditRecord,
                actor=actor.username,
                action=str(Action.FUND_OVERRIDE),
                entity="PaymentBatch",
                entity_id=batch.id,
                region_code=batch.region_code,
                after={
                    "balance": f"{balance:.2f}",
                    "total": f"{batch.total:.2f}",
                    "shortfall": f"{row.shortfall:.2f}",
                    "reason": row.reason,
                },
                using_db=tx,
            )
            return row


def compile_window(cycle: PaymentCycle, period: Period) -> tuple[dt.date, dt.date]:
    """The days a quarterly roster may be compiled without a reason: shortly before the quarter to its first month's Nth day."""
    return period.start - dt.timedelta(days=cycle.window_opens_days_before), period.start.replace(
        day=cycle.window_closes_day
    )


def check_window(cycle: PaymentCycle | None, period: Period, reason: str, today: dt.date | None = None) -> str:
    """季初造册: a quarterly roster outside its window needs a recorded reason; returns the reason kept on the roster."""
    if cycle is None or cycle.cycle != "QUARTERLY":
        return (reason or "").strip()
    day = today or dt.datetime.now(SHANGHAI).date()
    opens, closes = compile_window(cycle, period)
    if opens <= day <= closes or (reason or "").strip():
        return (reason or "").strip()
    raise invalid(
        "reason",
        DisbursementErrorCode.COMPILE_OUTSIDE_WINDOW,
        f"quarterly rosters for {period} are compiled from {opens} to {closes}; give the reason for compiling on {day}",
        f"{period} 季度花名册应于 {opens} 至 {closes} 季初造册；{day} 编制须写明理由",
    )
