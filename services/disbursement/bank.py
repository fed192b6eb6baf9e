"""The bank's side (银行代发): released batches, receipt, per-line results; pages and files are in bank_lines."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace
from decimal import Decimal

from tortoise.transactions import in_transaction

from authz.actions import Action
from authz.principal import Principal
from authz.scope import Scope
from kernel.audit import record
from kernel.errors import DomainError
from kernel.values import SHANGHAI, money
from services.disbursement import sql
from services.disbursement.errors import ConflictingResult, NotFoundHere, ResultsRefused, WrongState, invalid
from services.disbursement.models import AuditRecord, LedgerEntry, PaymentBatch
from services.disbursement.signoff import locked_batch

REASONS = ("ACCOUNT_CLOSED", "NAME_MISMATCH", "FROZEN", "OTHER")
VISIBLE_TO_BANK = ("RELEASED", "ACKNOWLEDGED")
MAX_RESULTS = 20000
CHUNK = 1000
PAYMENT_FROM_LINES = """
INSERT INTO payment (household_id, region_code, period, amount, status, paid_on, account_number, line_id, ledger_entry_id)
SELECT p.household_id, p.region_code, p.period, p.amount, 'PAID', p.paid_on, p.account_number, p.id,
       (SELECT MAX(e.id) FROM ledger_entry e WHERE e.batch_id = p.batch_id AND e.kind = 'DISBURSEMENT')
FROM payment_line p WHERE p.id IN ({ids})
ON CONFLICT (household_id, period) DO NOTHING"""


@dataclass(frozen=True)
class ResultIn:
    """One line's result as the bank reports it."""

    line_id: int | str
    status: str
    amount: str
    reason: str = ""
    paid_on: dt.date | None = None


async def released_batches(*, scope: Scope, period: str | None = None) -> list[PaymentBatch]:
    """Batches released to the bank inside the caller's counties, oldest first."""
    query = PaymentBatch.filter(scope.q(), state__in=VISIBLE_TO_BANK)
    if period:
        query = query.filter(period=period)
    return await query.order_by("id")


async def visible_batch(*, scope: Scope, batch_id: int) -> PaymentBatch:
    batch = await PaymentBatch.filter(scope.q(), id=batch_id, state__in=VISIBLE_TO_BANK).first()
    if batch is None:
        raise NotFoundHere("payment batch", "代发批次", batch_id, field="batchId", code="BATCH_NOT_FOUND")
    return batch


def _id_list(ids) -> str:
    return ", ".join(str(int(i)) for i in ids)


async def items_of(conn, roster_line_ids: list[int]) -> dict[int, list[dict]]:
    """Line items per roster line, in one query."""
    if not roster_line_ids:
        return {}
    grouped: dict[int, list[dict]] = defaultdict(list)
    lines = _id_list(set(roster_line_ids))
    for item in await sql.fetch(conn, f"SELECT line_id, kind, amount, basis FROM roster_item WHERE line_id IN ({lines}) ORDER BY id"):
        grouped[item["line_id"]].append(item)
    return grouped


async def acknowledge(*, actor: Principal, batch_id: int) -> PaymentBatch:
    """The bank confirms it received the batch; acknowledging again changes nothing."""
    async with in_transaction(sql.DB) as tx:
        batch = await locked_batch(tx, actor, batch_id, Action.BATCH_ACKNOWLEDGE)
        if batch.state == "ACKNOWLEDGED":
            return batch
        if batch.state != "RELEASED":
            raise NotFoundHere("payment batch", "代发批次", batch_id, field="batchId", code="BATCH_NOT_FOUND")
        batch.state, batch.acknowledged_by, batch.acknowledged_at = "ACKNOWLEDGED", actor.username, dt.datetime.now(SHANGHAI)
        await batch.save(using_db=tx, update_fields=["state", "acknowledged_by", "acknowledged_at"])
        await record(AuditRecord, actor=actor.username, action=str(Action.BATCH_ACKNOWLEDGE), entity="PaymentBatch",
                     entity_id=batch.id, region_code=batch.region_code, before={"state": "RELEASED"},
                     after={"state": "ACKNOWLEDGED"}, using_db=tx)
        return batch


def _line_id(value: int | str) -> int | None:
    return int(value) if str(value).isdigit() else None


def _check(index: int, result: ResultIn) -> Decimal:
    """Refuse a malformed result before anything is read or written."""
    at = f"results[{index}]"
    if _line_id(result.line_id) is None:
        raise invalid(f"{at}.lineId", "INVALID_ID", f"{at}.lineId must be a number", f"{at}.lineId 应为数字编号")
    if result.status not in ("PAID", "FAILED"):
        raise invalid(f"{at}.status", "INVALID_RESULT_STATUS", "status is PAID or FAILED", "结果应为 PAID 或 FAILED")
    amount = money(result.amount, field=f"{at}.amount")
    if result.status == "FAILED" and result.reason not in REASONS:
        raise invalid(f"{at}.reason", "INVALID_FAILURE_REASON", f"a failed line needs a reason: {', '.join(REASONS)}",
                      "失败明细须注明原因：账户销户、户名不符、账户冻结或其他")
    if result.status == "PAID" and result.reason:
        raise invalid(f"{at}.reason", "INVALID_FAILURE_REASON", "a paid line has no failure reason", "已入账明细不应有失败原因")
    return amount


def _against(at: str, result: ResultIn, amount: Decimal, line: dict | None, seen: dict[int | str, tuple]) -> bool:
    """Check one well-formed result against its line and the posting so far; True when it changes the line."""
    if line is None:
        raise NotFoundHere("line", "明细", result.line_id, field=f"{at}.lineId", code="UNKNOWN_LINE")
    if amount != sql.money_sum(line["amount"]):
        raise invalid(f"{at}.amount", "AMOUNT_MISMATCH", f"line {result.line_id} is for {sql.money_sum(line['amount'])}",
                      f"明细 {result.line_id} 金额为 {sql.money_sum(line['amount'])}")
    outcome = (result.status, result.reason)
    if result.line_id in seen:
        if seen[result.line_id] != outcome:
            raise ConflictingResult(result.line_id, at, "/".join(seen[result.line_id]).rstrip("/"))
        return False
    seen[result.line_id] = outcome
    if line["status"] == "PENDING":
        return True
    recorded = ("FAILED" if line["status"] == "REISSUED" else line["status"], line["reason"])
    if recorded != outcome:
        raise ConflictingResult(result.line_id, at, "/".join(recorded).rstrip("/"))
    return False


async def _lines(tx, batch_id: int, results: list[ResultIn]) -> dict[int, dict]:
    ids = sorted({line_id for r in results if (line_id := _line_id(r.line_id)) is not None})
    lines = {}
    for start in range(0, len(ids), CHUNK):
        for row in await sql.fetch(tx, f"SELECT id, status, reason, amount, paid_on FROM payment_line WHERE batch_id = $1 "
                                       f"AND id IN ({_id_list(ids[start:start + CHUNK])})", batch_id):
            lines[row["id"]] = row
    return lines


async def post_results(*, actor: Principal, batch_id: int, results: list[ResultIn]) -> dict[str, int]:
    """Record the bank's results per line, all or nothing: every bad line is named in one refusal and nothing is
    written; the same result again changes nothing, a different one is refused."""
    if not 0 < len(results) <= MAX_RESULTS:
        raise invalid("results", "BAD_RESULT_COUNT", f"post 1 to {MAX_RESULTS} results at a time", f"每次回盘 1 到 {MAX_RESULTS} 条")
    today = dt.datetime.now(SHANGHAI).date()
    async with in_transaction(sql.DB) as tx:
        batch = await locked_batch(tx, actor, batch_id, Action.BATCH_POST_RESULTS)
        if batch.state not in VISIBLE_TO_BANK:
            raise WrongState("the batch", "代发批次", batch.state, field="batchId")
        lines = await _lines(tx, batch_id, results)
        paid: dict[dt.date, list[int]] = defaultdict(list)
        failed: dict[str, list[int]] = defaultdict(list)
        seen: dict[int | str, tuple] = {}
        refused: list[tuple[ResultIn, DomainError]] = []
        for index, result in enumerate(results):
            try:
                amount = _check(index, result)
                result = replace(result, line_id=int(result.line_id))
                if _against(f"results[{index}]", result, amount, lines.get(result.line_id), seen):
                    (paid[result.paid_on or today] if result.status == "PAID" else failed[result.reason]).append(result.line_id)
            except DomainError as refusal:
                refused.append((result, refusal))
        if refused:
            raise ResultsRefused(refused, posted=len(results))
        return await _apply(tx, actor, batch, paid, failed, len(results))


async def _apply(tx, actor: Principal, batch: PaymentBatch, paid: dict, failed: dict, posted: int) -> dict[str, int]:
    now = dt.datetime.now(SHANGHAI)
    for day, ids in paid.items():
        for start in range(0, len(ids), CHUNK):
            chunk = _id_list(ids[start:start + CHUNK])
            await sql.execute(tx, f"UPDATE payment_line SET status = 'PAID', paid_on = $1, result_at = $2 WHERE id IN ({chunk})", day, now)
            await sql.execute(tx, PAYMENT_FROM_LINES.format(ids=chunk))
    returned = Decimal("0.00")
    for reason, ids in failed.items():
        for start in range(0, len(ids), CHUNK):
            chunk = _id_list(ids[start:start + CHUNK])
            await sql.execute(tx,
                              f"UPDATE payment_line SET status = 'FAILED', reason = $1, result_at = $2 WHERE id IN ({chunk})", reason, now)
            returned += sql.money_sum((await sql.fetch(tx, f"SELECT SUM(amount) AS s FROM payment_line WHERE id IN ({chunk})"))[0]["s"])
    if returned:
        await LedgerEntry.create(region_code=batch.region_code, period=batch.period, kind="RETURN", amount=returned,
                                 batch_id=batch.id, reference=f"bank returns, batch {batch.id}", recorded_by=actor.username, using_db=tx)
    applied = {"paid": sum(map(len, paid.values())), "failed": sum(map(len, failed.values()))}
    summary = {**applied, "unchanged": posted - applied["paid"] - applied["failed"]}
    await record(AuditRecord, actor=actor.username, action=str(Action.BATCH_POST_RESULTS), entity="PaymentBatch",
                 entity_id=batch.id, region_code=batch.region_code, after=summary, using_db=tx)
    return summary
