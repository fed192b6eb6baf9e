"""After the bank: re-issue into a supplementary batch, funds held up (资金滞留), the county fund ledger, the paid-line feed."""

import datetime as dt
from decimal import Decimal

from authz.scope import Scope
from kernel.feeds import Position
from kernel.internal import InternalClient
from kernel.values import SHANGHAI
from services.disbursement import ledger
from services.disbursement.models import LedgerEntry, PaymentLine
from tests.disbursement.support import (
    CONFIRM,
    COUNTY,
    POST,
    RECONCILE,
    all_lines,
    counts,
    data,
    error,
    next_period,
    released,
    result,
)

REISSUE = "mutation($c: String!, $p: String!) { reissueFailedLines(countyCode: $c, period: $p) { id kind state lineCount total } }"
SET = "mutation($i: BankAccountInput!) { setBankAccount(input: $i) { account { id } } }"
ALLOCATE = """mutation($c: String!, $p: String!, $s: FundSource!, $a: String!) {
  recordAllocation(countyCode: $c, period: $p, source: $s, amount: $a, reference: "财社〔2027〕8号") { id amount } }"""
BALANCES = "query($p: String) { fundBalances(period: $p) { countyCode period allocated disbursed returned balance } }"
PAID_LINES = (
    "query($after: String) { paidLines(after: $after, first: 1000) {"
    " items { cursor householdId period amount accountNumber } nextCursor } }"
)
HOUSEHOLD = "query($h: ID!) { household(id: $h) { members { id } } }"


async def test_a_failed_line_with_a_fixed_account_is_paid_from_a_supplementary_batch(gql):
    # given a released batch where the bank failed one line because the account was closed
    period = next_period()
    batch = await released(gql, period)
    lines = await all_lines(gql, batch["id"])
    failed = lines[0]
    data(
        await gql(
            POST,
            {
                "b": batch["id"],
                "r": [result(failed, "FAILED", "ACCOUNT_CLOSED")] + [result(line) for line in lines[1:]],
            },
            user="bank.rcc",
        ),
        "postBatchResults",
    )
    nothing = await gql(REISSUE, {"c": COUNTY, "p": period}, user="county.approver")
    assert error(nothing)["code"] == "NOTHING_TO_REISSUE"  # the account is not fixed yet
    # when the township records the household's new account and the county re-issues
    members = data(await gql(HOUSEHOLD, {"h": failed["householdId"]}, user="township.officer"), "household")["members"]
    data(
        await gql(
            SET,
            {
                "i": {
                    "householdId": failed["householdId"],
                    "bankName": "邮政储蓄银行",
                    "accountNumber": "6210000000000000003",
                    "holderPersonId": members[0]["id"],
                }
            },
            user="township.officer",
        ),
        "setBankAccount",
    )
    extra = data(await gql(REISSUE, {"c": COUNTY, "p": period}, user="county.approver"), "reissueFailedLines")
    data(await gql(CONFIRM, {"b": extra["id"]}, user="county.finance"), "confirmTransfer")
    # then the supplementary batch holds that one line, to the new account, and the bank can pay it
    assert extra["kind"] == "SUPPLEMENTARY" and extra["lineCount"] == 1 and extra["total"] == failed["amount"]
    [again] = await all_lines(gql, extra["id"])
    assert again["accountNumber"] == "6210000000000000003" and again["householdId"] == failed["householdId"]
    data(await gql(POST, {"b": extra["id"], "r": [result(again)]}, user="bank.rcc"), "postBatchResults")
    # and both batches still reconcile to the cent
    for batch_id in (batch["id"], extra["id"]):
        totals = data(await gql(RECONCILE, {"b": batch_id}, user="county.finance"), "paymentBatch")["reconciliation"]
        assert totals["balanced"] and totals["pendingLines"] == 0
    assert (await PaymentLine.get(id=int(failed["id"]))).status == "REISSUED"


async def test_money_unpaid_past_the_configured_days_is_flagged(gql):
    # given a released batch the bank has answered only in part
    period = next_period()
    batch = await released(gql, period)
    lines = await all_lines(gql, batch["id"])
    data(
        await gql(POST, {"b": batch["id"], "r": [result(line) for line in lines[:-1]]}, user="bank.rcc"),
        "postBatchResults",
    )
    # when the county looks 31 days later (the default limit is 30 days) and on the day of release
    later = await ledger.stranded(
        scope=Scope.of([""]), county_code=COUNTY, today=dt.datetime.now(SHANGHAI).date() + dt.timedelta(days=31)
    )
    today = await ledger.stranded(scope=Scope.of([""]), county_code=COUNTY)
    # then the unanswered line is flagged later, not on the day
    assert int(lines[-1]["id"]) in {row["id"] for row in later}
    assert int(lines[-1]["id"]) not in {row["id"] for row in today}
    foreign = await gql('{ strandedFunds(countyCode: "431103000000") { lineId } }', user="county.finance")
    assert error(foreign)["code"] == "REGION_NOT_FOUND"


async def test_the_county_ledger_balances_allocations_against_disbursements_and_returns(gql):
    # given central and county allocations for a period
    period = next_period()
    for source, amount in (("CENTRAL", "150000.00"), ("COUNTY", "30000.50")):
        data(
            await gql(ALLOCATE, {"c": COUNTY, "p": period, "s": source, "a": amount}, user="county.finance"),
            "recordAllocation",
        )
    # when the batch is released and the bank returns one line
    batch = await released(gql, period)
    lines = await all_lines(gql, batch["id"])
    data(
        await gql(POST, {"b": batch["id"], "r": [result(lines[0], "FAILED", "OTHER")]}, user="bank.rcc"),
        "postBatchResults",
    )
    # then the balance is allocations − disbursed + returned
    [row] = data(await gql(BALANCES, {"p": period}, user="county.finance"), "fundBalances")
    allocated, returned = Decimal("180000.50"), Decimal(lines[0]["amount"])
    assert Decimal(row["allocated"]) == allocated and Decimal(row["disbursed"]) == Decimal(batch["total"])
    assert Decimal(row["returned"]) == returned
    assert Decimal(row["balance"]) == allocated - Decimal(batch["total"]) + returned


async def test_bad_allocations_are_refused_and_nothing_is_written(gql):
    period = next_period()
    before = await LedgerEntry.filter(period=period).count(), await counts(period)
    cases = [
        ({"c": COUNTY, "p": period, "s": "CENTRAL", "a": "100.005"}, "INVALID_AMOUNT", "amount"),
        ({"c": COUNTY, "p": period, "s": "CENTRAL", "a": "-5"}, "INVALID_AMOUNT", "amount"),
        ({"c": COUNTY, "p": period, "s": "LOTTERY", "a": "5"}, "BAD_USER_INPUT", "source"),  # not a FundSource
        ({"c": "431102100000", "p": period, "s": "CENTRAL", "a": "5"}, "REGION_NOT_A_COUNTY", "countyCode"),
    ]
    for variables, code, field in cases:
        body = await gql(ALLOCATE, variables, user="county.finance")
        assert (error(body)["code"], error(body)["field"]) == (code, field), body
    foreign = await gql(ALLOCATE, {"c": "431103000000", "p": period, "s": "CENTRAL", "a": "5"}, user="county.finance")
    wrong_role = await gql(ALLOCATE, {"c": COUNTY, "p": period, "s": "CENTRAL", "a": "5"}, user="county.approver")
    assert error(foreign)["code"] == "FORBIDDEN" and error(wrong_role)["code"] == "FORBIDDEN"
    assert (await LedgerEntry.filter(period=period).count(), await counts(period)) == before


async def test_the_supervision_service_follows_every_paid_line_by_cursor():
    # given paid lines from the seeded months and from tests
    client = InternalClient("disbursement", caller="supervision")
    try:
        pages = [page async for page in client.pages(PAID_LINES, {}, "paidLines")]
    finally:
        await client.aclose()
    items = [item for page in pages for item in page["items"]]
    # then every item comes once, oldest first, with the fields of the contract
    cursors = [Position.parse(item["cursor"]) for item in items]
    assert cursors == sorted(cursors) and len(set(cursors)) == len(cursors) > 100
    assert all(Decimal(item["amount"]) >= 0 and item["period"] and item["accountNumber"].isdigit() for item in items)
    assert pages[-1]["nextCursor"] is None
