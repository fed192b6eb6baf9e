"""A process killed half-way through compiling or posting leaves the previous state: nothing half-written."""

import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
from decimal import Decimal

import asyncpg

from services.disbursement.models import Payment, PaymentLine, Roster, RosterLine
from tests.conftest import ROOT, SERVER, database_name
from tests.disbursement.support import (
    COUNTY,
    POST,
    RECONCILE,
    TOWNSHIP,
    all_lines,
    compiled,
    data,
    next_period,
    released,
    result,
)


async def killed_while_blocked(args: list[str], table: str) -> int:
    """Run the child with `table` locked, kill it (SIGKILL) once it waits on that lock inside its transaction."""
    holder = await asyncpg.connect(f"{SERVER}/{database_name('disbursement')}")
    transaction = holder.transaction()
    await transaction.start()
    await holder.execute(f'LOCK TABLE "{table}" IN ACCESS EXCLUSIVE MODE')
    log = tempfile.TemporaryFile()
    child = subprocess.Popen(
        [sys.executable, "-X", "faulthandler", "-m", "tests.disbursement.crash_child", *args],
        cwd=ROOT,
        env=os.environ.copy(),
        stdout=log,
        stderr=log,
    )
    try:
        for _ in range(1200):  # activity is read outside the lock holder's transaction, which would see a snapshot
            waiting = await _backends("wait_event_type = 'Lock'")
            if waiting or child.poll() is not None:
                break
            await asyncio.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL if waiting else signal.SIGABRT)
        child.wait(timeout=30)
        log.seek(0)
        assert waiting, f"the child never reached the locked table: {log.read().decode()[-3000:]}"
    finally:
        await transaction.rollback()
        await holder.close()
    for _ in range(200):  # the server notices the dead client and rolls its transaction back
        if not await _backends("state = 'active'"):
            break
        await asyncio.sleep(0.05)
    return child.returncode


async def _backends(condition: str) -> int:
    """Backends of the disbursement database (other than this one) meeting `condition`."""
    conn = await asyncpg.connect(f"{SERVER}/postgres")
    try:
        return await conn.fetchval(
            f"SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND {condition} AND pid <> pg_backend_pid()",
            database_name("disbursement"),
        )
    finally:
        await conn.close()


async def test_a_compile_killed_half_way_leaves_no_roster_and_can_be_run_again(gql):
    # given a period nobody has compiled
    period = next_period()
    # when the compiling process is killed after it wrote the roster and its lines but before the items
    code = await killed_while_blocked(["compile", TOWNSHIP, period], "roster_item")
    # then there is no roster and no line for the period: the transaction never committed
    assert code == -signal.SIGKILL
    assert not await Roster.exists(region_code=TOWNSHIP, period=period)
    assert (
        await RosterLine.filter(roster_id__in=await Roster.filter(period=period).values_list("id", flat=True)).count()
        == 0
    )
    # and compiling again succeeds with a whole roster
    roster = await compiled(gql, period)
    assert await RosterLine.filter(roster_id=int(roster["id"])).count() == roster["lineCount"] > 0


async def test_a_results_posting_killed_half_way_leaves_every_line_pending_and_the_totals_add_up(gql):
    # given a released batch
    period = next_period()
    batch = await released(gql, period)
    lines = await all_lines(gql, batch["id"])
    results = [{"line_id": int(line["id"]), "status": "PAID", "amount": line["amount"]} for line in lines]
    # when the posting process is killed after updating the lines but before recording the payments
    code = await killed_while_blocked(["post", COUNTY, batch["id"], json.dumps(results)], "payment")
    # then every line is still pending, no payment exists, and the batch reconciles
    assert code == -signal.SIGKILL
    assert await PaymentLine.filter(batch_id=int(batch["id"]), status="PENDING").count() == len(lines)
    assert not await Payment.exists(period=period)
    totals = data(await gql(RECONCILE, {"b": batch["id"]}, user="county.finance"), "paymentBatch")["reconciliation"]
    assert totals["balanced"] and Decimal(totals["pending"]) == Decimal(batch["total"])
    # and the bank can post the same file again
    summary = data(
        await gql(POST, {"b": batch["id"], "r": [result(line) for line in lines]}, user="bank.rcc"), "postBatchResults"
    )
    assert summary["paid"] == len(lines)
