"""The sign-off chain (审核签字): township leader, county civil affairs, county finance; then release to the bank."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tortoise.transactions import in_transaction

from authz.actions import Action
from authz.enforcer import get_authorizer
from authz.principal import Principal
from authz.scope import Scope
from kernel.audit import record
from kernel.values import SHANGHAI, Period, RegionCode
from services.disbursement import sql
from services.disbursement.error_codes import DisbursementErrorCode
from services.disbursement.errors import NotFoundHere, OwnRoster, WrongState, invalid
from services.disbursement.models import AuditRecord, LedgerEntry, PaymentBatch, Roster, SignOff
from services.disbursement.safeguards import FundInsufficient, refusal_audited, require_funds

NEXT = {  # step: (action, state required, state after)
    "TOWNSHIP_APPROVE": (Action.ROSTER_REVIEW, "COMPILED", "TOWNSHIP_APPROVED"),
    "COUNTY_APPROVE": (Action.ROSTER_APPROVE, "TOWNSHIP_APPROVED", "COUNTY_APPROVED"),
}
SEND_BACK_BY = {
    "COMPILED": Action.ROSTER_REVIEW,
    "TOWNSHIP_APPROVED": Action.ROSTER_APPROVE,
    "COUNTY_APPROVED": Action.ROSTER_APPROVE,
}
LINE_COPY = """
INSERT INTO payment_line (batch_id, roster_line_id, household_id, region_code, period, bank_name, account_number,
                          holder_name, amount, status, reason)
SELECT $1, l.id, l.household_id, l.region_code, r.period, l.bank_name, l.account_number, l.holder_name, l.total, 'PENDING', ''
FROM roster_line l JOIN roster r ON r.id = l.roster_id
WHERE r.batch_id = $1 ORDER BY l.region_code, l.household_id"""


async def _locked_roster(tx, actor: Principal, roster_id: int, action: Action | None) -> Roster:
    """The roster, locked for this transaction; outside the caller's jurisdiction it does not exist."""
    roster = await Roster.filter(id=roster_id).using_db(tx).select_for_update().first()
    if roster is None or not get_authorizer().allows(actor, Action.ROSTER_READ, roster.region_code):
        raise NotFoundHere("roster", "花名册", roster_id, field="id", code=DisbursementErrorCode.ROSTER_NOT_FOUND)
    get_authorizer().require(actor, action or SEND_BACK_BY.get(roster.state, Action.ROSTER_APPROVE), roster.region_code)
    return roster


async def _step(
    tx, actor: Principal, roster: Roster, step: str, state: str, reason: str = "", also: tuple = ()
) -> Roster:
    before = roster.state
    roster.state = state
    await roster.save(using_db=tx, update_fields=["state", *also])
    await SignOff.create(roster_id=roster.id, step=step, actor=actor.username, reason=reason, using_db=tx)
    await record(
        AuditRecord,
        actor=actor.username,
        action=step,
        entity="Roster",
        entity_id=roster.id,
        region_code=roster.region_code,
        before={"state": before},
        after={"state": state, "reason": reason},
        using_db=tx,
    )
    return roster


async def approve(*, actor: Principal, roster_id: int, step: str) -> Roster:
    """Township leader's or county civil affairs' approval; never by the roster's compiler."""
    action, required, after = NEXT[step]
    async with in_transaction(sql.DB) as tx:
        roster = await _locked_roster(tx, actor, roster_id, action)
        if roster.state != required:
            raise WrongState("the roster", "花名册", roster.state)
        if roster.compiled_by == actor.username:
            raise OwnRoster()
        return await _step(tx, actor, roster, step, after)


async def send_back(*, actor: Principal, roster_id: int, reason: str) -> Roster:
    """Return a roster for recompiling, with the reasons; a roster in a batch or released cannot go back."""
    if not (reason or "").strip():
        raise invalid("reason", DisbursementErrorCode.REASON_REQUIRED, "say why the roster goes back", "退回须说明理由")
    async with in_transaction(sql.DB) as tx:
        roster = await _locked_roster(tx, actor, roster_id, None)
        if roster.state not in SEND_BACK_BY or roster.batch_id is not None:
            raise WrongState("the roster", "花名册", roster.state, code=DisbursementErrorCode.ROSTER_LOCKED)
        roster.sent_back_reason = reason.strip()
        return await _step(tx, actor, roster, "SEND_BACK", "SENT_BACK", reason.strip(), also=("sent_back_reason",))


async def aggregate(*, actor: Principal, county_code: str, period: str) -> PaymentBatch:
    """County civil affairs gathers its approved township rosters of a period into one payment batch (代发批次)."""
    county = RegionCode.of_level(county_code, "county", field="countyCode")
    parsed = str(Period.parse(period))
    get_authorizer().require(actor, Action.ROSTER_APPROVE, county.code)
    async with in_transaction(sql.DB) as tx:
        rosters = (
            await Roster.filter(Scope.of_region(county).q(), period=parsed, state="COUNTY_APPROVED", batch_id=None)
            .using_db(tx)
            .select_for_update()
        )
        if not rosters:
            raise invalid(
                "period",
                DisbursementErrorCode.NOTHING_TO_AGGREGATE,
                f"no approved roster of {county} for {parsed} awaits a batch",
                f"{county} {parsed} 没有待汇总的已审核花名册",
            )
        batch = await PaymentBatch.create(
            region_code=county.code, period=parsed, state="AGGREGATED", created_by=actor.username, using_db=tx
        )
        await Roster.filter(id__in=[r.id for r in rosters]).using_db(tx).update(batch_id=batch.id)
        await sql.execute(tx, LINE_COPY, batch.id)
        batch = await _close_batch(tx, actor, batch, "AGGREGATE", {"rosters": [r.id for r in rosters]})
    await _analyze_lines(batch.id)
    return batch


async def _analyze_lines(batch_id: int) -> None:
    """The batch's lines and their items are read next (the bank's pages and file): their tables' statistics are
    refreshed where autovacuum has not yet seen the rosters compiled and the lines just written."""
    conn = sql.connection()
    if not sql.is_postgres(conn):
        return
    found = await sql.fetch(
        conn, "SELECT tableoid::regclass::text AS part FROM payment_line WHERE batch_id = $1 LIMIT 1", batch_id
    )
    await sql.analyze_stale(conn, ["roster_item", *(row["part"] for row in found)])


async def _close_batch(tx, actor: Principal, batch: PaymentBatch, action: str, detail: dict) -> PaymentBatch:
    """Fix the batch's count and total from its lines and audit how it was made."""
    totals = (
        await sql.fetch(
            tx, "SELECT COUNT(*) AS n, SUM(amount) AS total FROM payment_line WHERE batch_id = $1", batch.id
        )
    )[0]
    batch.line_count, batch.total = totals["n"], sql.money_sum(totals["total"])
    await batch.save(using_db=tx, update_fields=["line_count", "total"])
    await record(
        AuditRecord,
        actor=actor.username,
        action=action,
        entity="PaymentBatch",
        entity_id=batch.id,
        region_code=batch.region_code,
        after={**detail, "lines": batch.line_count, "total": str(batch.total)},
        using_db=tx,
    )
    return batch


async def locked_batch(tx, actor: Principal, batch_id: int, action: Action) -> PaymentBatch:
    batch = await PaymentBatch.filter(id=batch_id).using_db(tx).select_for_update().first()
    if batch is None or not get_authorizer().allows(actor, Action.BATCH_READ, batch.region_code):
        raise NotFoundHere(
            "payment batch", "代发批次", batch_id, field="batchId", code=DisbursementErrorCode.BATCH_NOT_FOUND
        )
    get_authorizer().require(actor, action, batch.region_code)
    return batch


async def confirm_transfer(*, actor: Principal, batch_id: int) -> PaymentBatch:
    """County finance confirms the transfer: the batch goes to the bank, its rosters become immutable; never past the
    county fund's balance without the county's recorded override (safeguards)."""
    async with refusal_audited(actor, Action.TRANSFER_CONFIRM, "PaymentBatch", batch_id, only=(FundInsufficient,)):
        return await _confirm(actor, batch_id)


async def _confirm(actor: Principal, batch_id: int) -> PaymentBatch:
    async with in_transaction(sql.DB) as tx:
        batch = await locked_batch(tx, actor, batch_id, Action.TRANSFER_CONFIRM)
        if batch.state != "AGGREGATED":
            raise WrongState("the batch", "代发批次", batch.state, field="batchId")
        compilers = set(await Roster.filter(batch_id=batch.id).using_db(tx).values_list("compiled_by", flat=True))
        if actor.username in compilers:
            raise OwnRoster()
        override = await require_funds(tx, batch)
        now = dt.datetime.now(SHANGHAI)
        batch.state, batch.released_by, batch.released_at = "RELEASED", actor.username, now
        await batch.save(using_db=tx, update_fields=["state", "released_by", "released_at"])
        for roster in await Roster.filter(batch_id=batch.id).using_db(tx):
            await _step(tx, actor, roster, "RELEASE", "RELEASED")
        entry = await LedgerEntry.create(
            region_code=batch.region_code,
            period=batch.period,
            kind="DISBURSEMENT",
            amount=batch.total,
            batch_id=batch.id,
            reference=f"batch {batch.id}",
            recorded_by=actor.username,
            using_db=tx,
        )
        await record(
            AuditRecord,
            actor=actor.username,
            action=str(Action.TRANSFER_CONFIRM),
            entity="PaymentBatch",
            entity_id=batch.id,
            region_code=batch.region_code,
            before={"state": "AGGREGATED"},
            after={
                "state": "RELEASED",
                "ledgerEntry": entry.id,
                "total": str(batch.total),
                "override": override.id if override else None,
            },
            using_db=tx,
        )
    return batch


async def reissue(*, actor: Principal, county_code: str, period: str) -> PaymentBatch:
    """Failed lines whose account has since been fixed go into a supplementary batch (补发批次)."""
    county = RegionCode.parse(county_code, field="countyCode")
    parsed = str(Period.parse(period))
    get_authorizer().require(actor, Action.ROSTER_APPROVE, county.code)
    async with in_transaction(sql.DB) as tx:
        queue = await sql.fetch(tx, REISSUE_QUEUE, county.code, parsed)
        if not queue:
            raise invalid(
                "period",
                DisbursementErrorCode.NOTHING_TO_REISSUE,
                "no failed line has a corrected account yet",
                "没有已更正账户的失败明细可补发",
            )
        batch = await PaymentBatch.create(
            region_code=county.code,
            period=parsed,
            kind="SUPPLEMENTARY",
            state="AGGREGATED",
            created_by=actor.username,
            using_db=tx,
        )
        await sql.insert_many(
            tx,
            "payment_line",
            REISSUE_COLUMNS,
            [
                (
                    batch.id,
                    q["roster_line_id"],
                    q["household_id"],
                    q["region_code"],
                    q["period"],
                    q["new_bank"],
                    q["new_number"],
                    q["new_holder"],
                    Decimal(str(q["amount"])),
                    "PENDING",
                    "",
                    q["id"],
                )
                for q in queue
            ],
        )
        ids = [q["id"] for q in queue]
        await sql.execute(
            tx, f"UPDATE payment_line SET status = 'REISSUED' WHERE id IN ({', '.join(str(int(i)) for i in ids)})"
        )
        return await _close_batch(tx, actor, batch, "REISSUE", {"reissued": ids})


REISSUE_COLUMNS = (
    "batch_id",
    "roster_line_id",
    "household_id",
    "region_code",
    "period",
    "bank_name",
    "account_number",
    "holder_name",
    "amount",
    "status",
    "reason",
    "reissue_of_id",
)
REISSUE_QUEUE = """
SELECT p.id, p.roster_line_id, p.household_id, p.region_code, p.period, p.amount,
       a.bank_name AS new_bank, a.account_number AS new_number, a.holder_name AS new_holder
FROM payment_line p
JOIN payment_batch b ON b.id = p.batch_id
JOIN bank_account a ON a.household_id = p.household_id AND a.is_current
WHERE b.region_code = $1 AND b.period = $2 AND p.status = 'FAILED' AND a.account_number <> p.account_number
ORDER BY p.id"""
