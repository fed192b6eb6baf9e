"""The bank's side: released batches by cursor and as CSV, acknowledgement, idempotent results, reconciliation to the cent."""

import csv
import io
from decimal import Decimal

import httpx

from services.disbursement.app import create_app
from services.disbursement.models import LedgerEntry, Payment, PaymentLine, Roster
from tests.disbursement.support import (
    AGGREGATE,
    COMPILE,
    COUNTY,
    POST,
    RECONCILE,
    SEND_BACK,
    TOWNSHIP,
    all_lines,
    approved,
    counts,
    data,
    error,
    funded,
    next_period,
    released,
    result,
    user,
)

BATCHES = "query($p: String) { paymentBatches(period: $p) { id state kind lineCount total } }"
COMPACT = "query($b: ID!) { batchLines(batchId: $b, first: 5000) { rows nextCursor } }"
ACK = "mutation($b: ID!) { acknowledgeBatch(batchId: $b) { state } }"


async def test_the_bank_pages_a_released_batch_by_cursor_with_items_and_full_accounts(gql):
    # given a batch released by county finance
    period = next_period()
    batch = await released(gql, period)
    # when the bank lists its batches and pages the lines seven at a time
    listed = data(await gql(BATCHES, {"p": period}, user="bank.rcc"), "paymentBatches")
    lines = await all_lines(gql, batch["id"], first=7)
    # then it sees the released batch, every line once, item amounts adding to the line, the full account number
    assert [b["id"] for b in listed] == [batch["id"]] and listed[0]["state"] == "RELEASED"
    assert len(lines) == len({line["id"] for line in lines}) == batch["lineCount"]
    assert sum(Decimal(line["amount"]) for line in lines) == Decimal(batch["total"])
    for line in lines:
        assert sum(Decimal(i["amount"]) for i in line["items"]) == Decimal(line["amount"])
        assert "*" not in line["accountNumber"] and line["holderName"]
    # and the compact rows of a page carry the same lines, for clients that move whole batches
    compact = data(await gql(COMPACT, {"b": batch["id"]}, user="bank.rcc"), "batchLines")["rows"]
    assert [(r["id"], r["amount"], r["accountNumber"], [i["amount"] for i in r["items"]]) for r in compact] == [
        (line["id"], line["amount"], line["accountNumber"], [i["amount"] for i in line["items"]]) for line in lines
    ]


async def test_the_bank_does_not_see_batches_before_finance_releases_them_nor_other_counties(gql):
    period = next_period()
    await approved(gql, period)
    batch = data(await gql(AGGREGATE, {"c": COUNTY, "p": period}, user="county.approver"), "aggregateRosters")
    other_bank = await user("bank.other", ("bank_client", "431103000000"))
    # when the bank asks for the aggregated, unreleased batch, and another county's bank asks too
    assert data(await gql(BATCHES, {"p": period}, user="bank.rcc"), "paymentBatches") == []
    early = await gql("query($b: ID!) { batchLines(batchId: $b) { nextCursor } }", {"b": batch["id"]}, user="bank.rcc")
    # then the batch does not exist for them; the county approver does see it
    assert error(early)["code"] == "BATCH_NOT_FOUND" and error(early)["field"] == "batchId"
    await funded(gql, COUNTY, period, Decimal(batch["total"]))
    data(
        await gql(ACK.replace("acknowledgeBatch", "confirmTransfer"), {"b": batch["id"]}, user="county.finance"),
        "confirmTransfer",
    )
    foreign = await gql(
        "query($b: ID!) { batchLines(batchId: $b) { nextCursor } }", {"b": batch["id"]}, user=other_bank
    )
    assert error(foreign)["code"] == "BATCH_NOT_FOUND"
    assert [b["state"] for b in data(await gql(BATCHES, {"p": period}, user="county.approver"), "paymentBatches")] == [
        "RELEASED"
    ]


async def test_the_csv_file_holds_every_line_with_chinese_headers_and_the_same_total(gql, tokens):
    period = next_period()
    batch = await released(gql, period)
    app = create_app(own_database=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://disbursement") as http:
        # when the bank downloads the file, and someone without a token tries
        response = await http.get(
            f"/files/batches/{batch['id']}/lines.csv", headers={"authorization": f"Bearer {await tokens('bank.rcc')}"}
        )
        anonymous = await http.get(f"/files/batches/{batch['id']}/lines.csv")
    # then the file has one row per line and adds up to the batch total; the anonymous caller gets nothing
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0].startswith("明细编号") and len(rows) - 1 == batch["lineCount"]
    assert sum(Decimal(r[6]) for r in rows[1:]) == Decimal(batch["total"])
    assert anonymous.status_code == 401 and anonymous.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_results_are_idempotent_reconcile_to_the_cent_and_feed_payments_and_the_ledger(gql):
    # given a released, acknowledged batch
    period = next_period()
    batch = await released(gql, period)
    assert data(await gql(ACK, {"b": batch["id"]}, user="bank.rcc"), "acknowledgeBatch")["state"] == "ACKNOWLEDGED"
    assert data(await gql(ACK, {"b": batch["id"]}, user="bank.rcc"), "acknowledgeBatch")["state"] == "ACKNOWLEDGED"
    lines = await all_lines(gql, batch["id"])
    results = [result(lines[0], "FAILED", "ACCOUNT_CLOSED"), result(lines[1], "FAILED", "FROZEN")]
    results += [result(line) for line in lines[2:-2]]
    # when the bank posts the results, and posts the same file again
    first = data(await gql(POST, {"b": batch["id"], "r": results}, user="bank.rcc"), "postBatchResults")
    again = data(await gql(POST, {"b": batch["id"], "r": results}, user="bank.rcc"), "postBatchResults")
    # then the second posting changes nothing
    assert first == {"paid": len(lines) - 4, "failed": 2, "unchanged": 0}
    assert again == {"paid": 0, "failed": 0, "unchanged": len(results)}
    # and released = paid + failed + pending, to the cent
    totals = data(await gql(RECONCILE, {"b": batch["id"]}, user="county.finance"), "paymentBatch")["reconciliation"]
    amounts = [Decimal(line["amount"]) for line in lines]
    assert Decimal(totals["failed"]) == amounts[0] + amounts[1]
    assert Decimal(totals["pending"]) == amounts[-1] + amounts[-2]
    assert Decimal(totals["paid"]) == sum(amounts[2:-2])
    assert totals["balanced"] and Decimal(totals["released"]) == sum(amounts)
    # and each paid line is a payment of the household, traceable to the batch's disbursement entry
    disbursed = await LedgerEntry.get(batch_id=int(batch["id"]), kind="DISBURSEMENT")
    paid = await Payment.filter(period=period)
    assert len(paid) == len(lines) - 4 and {p.ledger_entry_id for p in paid} == {disbursed.id}
    returned = await LedgerEntry.get(batch_id=int(batch["id"]), kind="RETURN")
    assert returned.amount == amounts[0] + amounts[1]


async def test_bad_results_are_refused_with_the_line_named_and_nothing_written(gql):
    period = next_period()
    batch = await released(gql, period)
    lines = await all_lines(gql, batch["id"])
    data(await gql(POST, {"b": batch["id"], "r": [result(lines[0])]}, user="bank.rcc"), "postBatchResults")
    before = await counts(period)
    cases = [
        ([result(lines[1]), {**result(lines[2]), "lineId": "999999999"}], "UNKNOWN_LINE", "results[1].lineId"),
        ([result(lines[1]), {**result(lines[2]), "lineId": "L-17"}], "INVALID_ID", "results[1].lineId"),
        ([{**result(lines[1]), "amount": "12.345"}], "INVALID_AMOUNT", "results[0].amount"),
        (
            [{**result(lines[1]), "amount": str(Decimal(lines[1]["amount"]) + 1)}],
            "AMOUNT_MISMATCH",
            "results[0].amount",
        ),
        ([result(lines[1]), result(lines[0], "FAILED", "NAME_MISMATCH")], "CONFLICTING_RESULT", "results[1]"),
        ([result(lines[1]), result(lines[1], "FAILED", "FROZEN")], "CONFLICTING_RESULT", "results[1]"),
        ([result(lines[1], "FAILED")], "INVALID_FAILURE_REASON", "results[0].reason"),
        ([result(lines[1], "PAID", "FROZEN")], "INVALID_FAILURE_REASON", "results[0].reason"),
    ]
    for results, code, field in cases:
        body = await gql(POST, {"b": batch["id"], "r": results}, user="bank.rcc")
        assert (error(body)["code"], error(body)["field"]) == ("RESULTS_REFUSED", "results"), body
        assert [(e["code"], e["field"]) for e in error(body)["errors"]] == [(code, field)], body
    wrong_role = await gql(POST, {"b": batch["id"], "r": [result(lines[1])]}, user="township.officer")
    assert error(wrong_role)["code"] == "FORBIDDEN"
    assert await counts(period) == before
    assert await PaymentLine.filter(id=int(lines[1]["id"]), status="PENDING").exists()


async def test_a_posting_with_several_bad_lines_names_every_one_and_records_none(gql):
    # given a released batch and a bank file where four lines of eight are wrong, each in its own way
    period = next_period()
    batch = await released(gql, period)
    lines = await all_lines(gql, batch["id"])
    before = await counts(period)
    results = [result(line) for line in lines[:8]]
    results[1] = {**results[1], "amount": str(Decimal(lines[1]["amount"]) + Decimal("0.01"))}
    results[3] = result(lines[3], "FAILED")
    results[5] = {**results[5], "lineId": "999999999"}
    results[7] = result(lines[7], "PAID", "FROZEN")
    # when the bank posts the file
    body = await gql(POST, {"b": batch["id"], "r": results}, user="bank.rcc")
    # then one refusal lists every bad line with its line id, field and code, in the order of the file
    refusal = error(body)
    assert (refusal["code"], refusal["field"]) == ("RESULTS_REFUSED", "results")
    assert [(e["lineId"], e["field"], e["code"]) for e in refusal["errors"]] == [
        (lines[1]["id"], "results[1].amount", "AMOUNT_MISMATCH"),
        (lines[3]["id"], "results[3].reason", "INVALID_FAILURE_REASON"),
        ("999999999", "results[5].lineId", "UNKNOWN_LINE"),
        (lines[7]["id"], "results[7].reason", "INVALID_FAILURE_REASON"),
    ]
    assert all(e["reason"] and e["reasonZh"] for e in refusal["errors"])
    assert "4" in body["errors"][0]["message"] and "8" in body["errors"][0]["message"]
    # and nothing was recorded, not even the four good lines (all or nothing)
    assert await counts(period) == before
    assert await PaymentLine.filter(batch_id=int(batch["id"]), status="PENDING").count() == batch["lineCount"]


async def test_statuses_and_reasons_outside_their_enums_are_each_named_before_any_line_is_read(gql):
    # given a released batch and a bank file with a status and a failure reason that are not the API's values
    period = next_period()
    batch = await released(gql, period)
    lines = await all_lines(gql, batch["id"])
    before = await counts(period)
    results = [result(line) for line in lines[:6]]
    results[2] = result(lines[2], "BOUNCED")
    results[4] = result(lines[4], "FAILED", "WRONG_BRANCH")
    # when the bank posts the file
    body = await gql(POST, {"b": batch["id"], "r": results}, user="bank.rcc")
    # then each bad value is refused as input, naming its line's field (LineResult, FailureReason), and nothing is recorded
    assert [(e["extensions"]["code"], e["extensions"]["field"]) for e in body["errors"]] == [
        ("BAD_USER_INPUT", "results[2].status"),
        ("BAD_USER_INPUT", "results[4].reason"),
    ]
    assert '"BOUNCED" does not exist in "LineResult" enum' in body["errors"][0]["message"]
    assert await counts(period) == before
    assert await PaymentLine.filter(batch_id=int(batch["id"]), status="PENDING").count() == batch["lineCount"]


async def test_the_demo_city_has_a_released_batch_the_bank_can_page_and_download(gql, tokens, client):
    # given the demo city as seeded (`dibao seed`)
    # when bank.rcc lists its batches
    batches = data(await gql(BATCHES, {"p": "2026-11"}, user="bank.rcc"), "paymentBatches")
    # then one batch of the demo county's current month waits for it, released by county finance
    assert [(b["state"], b["kind"]) for b in batches] == [("RELEASED", "REGULAR")] and batches[0]["lineCount"] > 0
    seeded = batches[0]
    # and its lines page and download with the same count and total
    lines = await all_lines(gql, seeded["id"], first=10)
    assert len(lines) == seeded["lineCount"] and sum(Decimal(line["amount"]) for line in lines) == Decimal(
        seeded["total"]
    )
    response = await client.get(
        f"/files/batches/{seeded['id']}/lines.csv", headers={"authorization": f"Bearer {await tokens('bank.rcc')}"}
    )
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert response.status_code == 200 and len(rows) - 1 == seeded["lineCount"]
    assert sum(Decimal(r[6]) for r in rows[1:]) == Decimal(seeded["total"])


async def test_a_released_roster_is_immutable(gql):
    # given a roster whose batch finance released
    period = next_period()
    batch = await released(gql, period)
    roster = await Roster.get(batch_id=int(batch["id"]))
    before = await counts(period)
    # when the county tries to send it back, and the officer to compile the period again
    back = await gql(SEND_BACK, {"id": str(roster.id), "r": "想改"}, user="county.approver")
    again = await gql(COMPILE, {"t": TOWNSHIP, "p": period}, user="township.officer")
    # then both are refused and nothing changed
    assert error(back)["code"] == "ROSTER_LOCKED" and error(back)["field"] == "id"
    assert error(again)["code"] == "ROSTER_ALREADY_COMPILED"
    assert (await Roster.get(id=roster.id)).state == "RELEASED" and await counts(period) == before


async def test_the_bank_downloads_its_file_from_the_gateway_address_too(gql, tokens, client):
    # given a released batch
    batch = await released(gql, next_period())
    # when the bank fetches the CSV at the gateway (port 8000 in `make run`), and an anonymous caller tries
    response = await client.get(
        f"/files/batches/{batch['id']}/lines.csv", headers={"authorization": f"Bearer {await tokens('bank.rcc')}"}
    )
    anonymous = await client.get(f"/files/batches/{batch['id']}/lines.csv")
    # then the bank gets the same file the disbursement service serves; the anonymous caller gets nothing
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert response.status_code == 200 and response.headers["content-disposition"].endswith('.csv"')
    assert len(rows) - 1 == batch["lineCount"]
    assert anonymous.status_code == 401
