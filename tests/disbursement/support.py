"""Helpers for the disbursement tests: fresh periods, extra users, and the sign-off chain through the gateway."""

from __future__ import annotations

import itertools
from decimal import Decimal

from identity.models import User
from identity.service import create_user
from services.disbursement.models import AuditRecord, PaymentBatch, PaymentLine, Roster
from tests.conftest import DEMO_PASSWORD

TOWNSHIP = "431102100000"
COUNTY = "431102000000"
OTHER_COUNTY = "431103000000"
OTHER_TOWNSHIP = "431103100000"
_months = itertools.count(0)

ROSTER_FIELDS = (
    "id townshipCode period months state compiledBy lineCount total exceptionCount revision sentBackReason batchId"
)
COMPILE = f"""mutation($t: String!, $p: String!, $reason: String! = "") {{
  compileRoster(townshipCode: $t, period: $p, reason: $reason) {{ {ROSTER_FIELDS} compileReason }} }}"""
REVIEW = f"mutation($id: ID!) {{ reviewRoster(id: $id) {{ {ROSTER_FIELDS} }} }}"
APPROVE = f"mutation($id: ID!) {{ approveRoster(id: $id) {{ {ROSTER_FIELDS} }} }}"
SEND_BACK = f"mutation($id: ID!, $r: String!) {{ sendBackRoster(id: $id, reason: $r) {{ {ROSTER_FIELDS} }} }}"
BATCH_FIELDS = "id countyCode period kind state lineCount total"
AGGREGATE = (
    f"mutation($c: String!, $p: String!) {{ aggregateRosters(countyCode: $c, period: $p) {{ {BATCH_FIELDS} }} }}"
)
CONFIRM = f"mutation($b: ID!) {{ confirmTransfer(batchId: $b) {{ {BATCH_FIELDS} }} }}"
LINES = """query($b: ID!, $first: Int!, $after: String) { batchLines(batchId: $b, first: $first, after: $after) {
  items { id householdId regionCode holderName bankName accountNumber amount status reason items { kind amount basis } }
  nextCursor } }"""
POST = "mutation($b: ID!, $r: [LineResultInput!]!) { postBatchResults(batchId: $b, results: $r) { paid failed unchanged } }"
ALLOCATE = """mutation($c: String!, $p: String!, $s: FundSource!, $a: String!) {
  recordAllocation(countyCode: $c, period: $p, source: $s, amount: $a, reference: "财社〔2027〕8号") { id amount } }"""
RECONCILE = (
    "query($b: ID!) { paymentBatch(id: $b) { total lineCount reconciliation {"
    " released paid failed pending reissued paidLines failedLines pendingLines balanced } } }"
)


def next_period() -> str:
    """A month no other test has used (2027-01 onwards), so every test has its own rosters."""
    index = 2027 * 12 + next(_months)
    return f"{index // 12}-{index % 12 + 1:02d}"


def next_quarter() -> str:
    """A quarter no other test has used (2031Q1 onwards)."""
    index = next(_quarters)
    return f"{2031 + index // 4}Q{index % 4 + 1}"


_quarters = itertools.count(0)


async def user(username: str, *grants: tuple[str, str]) -> str:
    """A user with the demo password and these (role, region) grants; created once."""
    if not await User.exists(username=username):
        await create_user(
            username=username,
            password=DEMO_PASSWORD,
            grants=list(grants),
            kind="machine" if grants[0][0] == "bank_client" else "user",
        )
    return username


def data(body: dict, field: str):
    assert "errors" not in body, body
    return body["data"][field]


def error(body: dict) -> dict:
    """The first error's extensions, asserting there is one."""
    assert body.get("errors"), body
    return body["errors"][0]["extensions"]


async def compiled(
    gql, period: str, township: str = TOWNSHIP, user: str = "township.officer", reason: str = ""
) -> dict:
    return data(await gql(COMPILE, {"t": township, "p": period, "reason": reason}, user=user), "compileRoster")


async def approved(gql, period: str) -> dict:
    """A roster of the demo township compiled, reviewed by the leader and approved by the county."""
    roster = await compiled(gql, period)
    data(await gql(REVIEW, {"id": roster["id"]}, user="township.leader"), "reviewRoster")
    return data(await gql(APPROVE, {"id": roster["id"]}, user="county.approver"), "approveRoster")


async def released(gql, period: str) -> dict:
    """The demo county's batch for the period, through the whole chain and released to the bank (the fund topped up
    by whatever it lacks for the batch, so no overdraft is needed)."""
    await approved(gql, period)
    batch = data(await gql(AGGREGATE, {"c": COUNTY, "p": period}, user="county.approver"), "aggregateRosters")
    await funded(gql, COUNTY, period, Decimal(batch["total"]))
    return data(await gql(CONFIRM, {"b": batch["id"]}, user="county.finance"), "confirmTransfer")


async def fund_balance(county: str) -> Decimal:
    """The county fund's balance over every period, as the transfer checks it."""
    from services.disbursement import sql
    from services.disbursement.safeguards import county_balance

    return await county_balance(sql.connection(), county)


async def funded(gql, county: str, period: str, needed: Decimal) -> None:
    """Allocate to the county's fund whatever it lacks for `needed`."""
    short = needed - await fund_balance(county)
    if short > 0:
        data(
            await gql(ALLOCATE, {"c": county, "p": period, "s": "CENTRAL", "a": f"{short:.2f}"}, user="county.finance"),
            "recordAllocation",
        )


async def all_lines(gql, batch_id: str, first: int = 1000, user: str = "bank.rcc") -> list[dict]:
    lines, cursor = [], None
    while True:
        page = data(await gql(LINES, {"b": batch_id, "first": first, "after": cursor}, user=user), "batchLines")
        lines += page["items"]
        cursor = page["nextCursor"]
        if not cursor:
            return lines


def result(line: dict, status: str = "PAID", reason: str | None = None, **extra) -> dict:
    return {"lineId": line["id"], "status": status, "amount": line["amount"], "reason": reason, **extra}


async def counts(period: str) -> tuple[int, int, int, int]:
    """Rosters, batches, lines and audit records touching the period: what a refused call must leave alone."""
    rosters = await Roster.filter(period=period).count()
    batches = await PaymentBatch.filter(period=period).count()
    lines = await PaymentLine.filter(period=period).exclude(status="PENDING").count()
    return rosters, batches, lines, await AuditRecord.all().count()
