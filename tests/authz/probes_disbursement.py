"""Probes of the disbursement subgraph's mutations (accounts, sign-off chain, bank results, ledger) and its paid feed.

Each mutation acts on a roster, batch or line of a period no other test uses, made for the cell in the
target's township or county (rosters and batches are written in their state directly: reaching it
through the verbs would need the whole chain before every cell).
"""

from __future__ import annotations

import datetime as dt
import itertools

from tests.authz.acts import Act
from tests.authz.probes import DENIED, Probe, Target
from tests.authz.probes_households import registered

_months = itertools.count(0)
ROSTER_GONE = frozenset(DENIED | {"ROSTER_NOT_FOUND"})
BATCH_GONE = frozenset(DENIED | {"BATCH_NOT_FOUND"})


def fresh_period() -> str:
    """A month from 2050 on, each used once."""
    index = 2050 * 12 + next(_months)
    return f"{index // 12}-{index % 12 + 1:02d}"


async def period_only(target: Target) -> dict:
    return {"period": fresh_period()}


def roster(state: str):
    """prepare: a roster of the target's township in `state`, for a period of its own."""

    async def prepare(target: Target) -> dict:
        from services.disbursement.models import Roster

        row = await Roster.create(
            region_code=target.township,
            period=fresh_period(),
            months=1,
            state=state,
            compiled_by="matrix.setup",
            compiled_at=dt.datetime.now(dt.UTC),
        )
        return {"roster": str(row.id), "period": row.period}

    return prepare


async def two_rosters(target: Target) -> dict:
    """One roster at each step that may send it back: compiled (the leader's) and township-approved (the county's)."""
    return {
        "compiled": (await roster("COMPILED")(target))["roster"],
        "approved": (await roster("TOWNSHIP_APPROVED")(target))["roster"],
    }


def batch(
    state: str, line_status: str = "PENDING", account: str | None = None, total: str = "100.00", covered: bool = False
):
    """prepare: a batch of the target's county in `state` holding one line of the target's household; `covered` records
    an overdraft override for it, so the county fund's balance never decides the cell."""

    async def prepare(target: Target) -> dict:
        from services.disbursement.models import BankAccount, FundOverride, PaymentBatch, PaymentLine

        current = await BankAccount.get(household_id=target.household, is_current=True)
        row = await PaymentBatch.create(
            region_code=target.county,
            period=fresh_period(),
            state=state,
            created_by="matrix.setup",
            released_by="matrix.setup",
            line_count=1,
            total=total,
        )
        if covered:
            await FundOverride.create(
                batch_id=row.id,
                region_code=target.county,
                balance="0.00",
                shortfall=total,
                reason="矩阵",
                authorized_by="matrix.setup",
            )
        line = await PaymentLine.create(
            batch_id=row.id,
            roster_line_id=0,
            household_id=target.household,
            region_code=target.village,
            period=row.period,
            bank_name=current.bank_name,
            account_number=account or current.account_number,
            holder_name=current.holder_name,
            amount="100.00",
            status=line_status,
            reason="ACCOUNT_CLOSED" if line_status == "FAILED" else "",
        )
        return {"batch": str(row.id), "line": str(line.id), "period": row.period}

    return prepare


async def holder(target: Target) -> dict:
    return await registered(target)


_accounts = itertools.count(1)

PROBES = {
    "disbursement.Mutation.setBankAccount": Act(
        "disbursement",
        "mutation($i: BankAccountInput!) { setBankAccount(input: $i) { __typename } }",
        holder,
        lambda t, r: {
            "i": {
                "householdId": r["household"],
                "bankName": "农村信用社",
                "holderPersonId": r["person"],
                "accountNumber": f"6229{next(_accounts):015d}",
            }
        },
        refused=frozenset(DENIED | {"HOUSEHOLD_NOT_FOUND"}),
    ),
    "disbursement.Mutation.setPaymentCycle": Act(
        "disbursement",
        "mutation($c: String!, $d: Date!) { setPaymentCycle(countyCode: $c, cycle: MONTHLY, "
        "effectiveFrom: $d) { __typename } }",
        period_only,
        lambda t, r: {"c": t.county, "d": fresh_period() + "-01"},
    ),
    "disbursement.Mutation.declareSubsidy": Act(
        "disbursement",
        "mutation($r: String!, $p: String!) { declareSubsidy(regionCode: $r, period: $p, kind: ONE_OFF, "
        'name: "矩阵补贴", amount: "1.00", basis: "矩阵") { __typename } }',
        period_only,
        lambda t, r: {"r": t.place or t.county, "p": fresh_period()},
    ),
    "disbursement.Mutation.compileRoster": Act(
        "disbursement",
        "mutation($t: String!, $p: String!) { compileRoster(townshipCode: $t, period: $p) { id } }",
        period_only,
        lambda t, r: {"t": t.township, "p": r["period"]},
    ),
    "disbursement.Mutation.reviewRoster": Act(
        "disbursement",
        "mutation($id: ID!) { reviewRoster(id: $id) { id } }",
        roster("COMPILED"),
        lambda t, r: {"id": r["roster"]},
        refused=ROSTER_GONE,
    ),
    "disbursement.Mutation.approveRoster": Act(
        "disbursement",
        "mutation($id: ID!) { approveRoster(id: $id) { id } }",
        roster("TOWNSHIP_APPROVED"),
        lambda t, r: {"id": r["roster"]},
        refused=ROSTER_GONE,
    ),
    "disbursement.Mutation.sendBackRoster": Act(
        "disbursement",
        'mutation($id: ID!) { sendBackRoster(id: $id, reason: "矩阵") { id } }',
        two_rosters,
        lambda t, r: [{"id": r["compiled"]}, {"id": r["approved"]}],
        refused=ROSTER_GONE,
    ),
    "disbursement.Mutation.aggregateRosters": Act(
        "disbursement",
        "mutation($c: String!, $p: String!) { aggregateRosters(countyCode: $c, period: $p) { id } }",
        roster("COUNTY_APPROVED"),
        lambda t, r: {"c": t.county, "p": r["period"]},
    ),
    "disbursement.Mutation.confirmTransfer": Act(
        "disbursement",
        "mutation($b: ID!) { confirmTransfer(batchId: $b) { id } }",
        batch("AGGREGATED", covered=True),
        lambda t, r: {"b": r["batch"]},
        refused=BATCH_GONE,
    ),
    "disbursement.Mutation.authorizeOverdraft": Act(
        "disbursement",
        'mutation($b: ID!) { authorizeOverdraft(batchId: $b, reason: "矩阵垫付") { id } }',
        batch("AGGREGATED", total="90000000000.00"),
        lambda t, r: {"b": r["batch"]},
        refused=BATCH_GONE,
    ),
    "disbursement.Mutation.reissueFailedLines": Act(
        "disbursement",
        "mutation($c: String!, $p: String!) { reissueFailedLines(countyCode: $c, period: $p) { id } }",
        batch("ACKNOWLEDGED", "FAILED", account="6220000000000000001"),
        lambda t, r: {"c": t.county, "p": r["period"]},
    ),
    "disbursement.Mutation.acknowledgeBatch": Act(
        "disbursement",
        "mutation($b: ID!) { acknowledgeBatch(batchId: $b) { id } }",
        batch("RELEASED"),
        lambda t, r: {"b": r["batch"]},
        refused=BATCH_GONE,
    ),
    "disbursement.Mutation.postBatchResults": Act(
        "disbursement",
        "mutation($b: ID!, $r: [LineResultInput!]!) { postBatchResults(batchId: $b, results: $r) { paid } }",
        batch("ACKNOWLEDGED"),
        lambda t, r: {"b": r["batch"], "r": [{"lineId": r["line"], "status": "PAID", "amount": "100.00"}]},
        refused=BATCH_GONE,
    ),
    "disbursement.Mutation.recordAllocation": Act(
        "disbursement",
        'mutation($c: String!, $p: String!) { recordAllocation(countyCode: $c, period: $p, amount: "10.00", '
        'reference: "矩阵拨款", source: COUNTY) { id } }',
        period_only,
        lambda t, r: {"c": t.county, "p": fresh_period()},
    ),
    "disbursement.Query.paidLines": Probe(
        "disbursement",
        "query($after: String) { paidLines(first: 1, after: $after) { items { householdId } } }",
        lambda t: {"after": t.paid_after},
        found="paidLines.items",
        record=lambda t: t.household,
        key="householdId",
    ),
}
