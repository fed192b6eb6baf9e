"""The bank's file and bulk pages: the streamed CSV holds exactly the lines, at the gateway too (in-process and over HTTP)."""

import csv
import io
from decimal import Decimal

import httpx

from authz.scope import Scope
from services.disbursement import bank_lines
from services.disbursement.app import create_app
from services.disbursement.models import PaymentLine
from tests.disbursement.support import all_lines, data, error, next_period, released, user
from tests.gateway.processes import file_gateway

CSV_PATH = "/files/batches/{}/lines.csv"
COMPACT = "query($b: ID!, $first: Int!) { batchLines(batchId: $b, first: $first) { rows nextCursor } }"


def parsed(body: bytes) -> list[list[str]]:
    """The file's rows; it must start with the UTF-8 byte-order mark."""
    assert body.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


async def test_the_streamed_csv_holds_every_line_the_bank_pages_with_its_items_and_the_batch_total(gql, tokens):
    # given a released batch, and its lines as the bank pages them
    batch = await released(gql, next_period())
    lines = await all_lines(gql, batch["id"])
    # when the bank downloads the file from the disbursement service
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(own_database=False)), base_url="http://d"
    ) as http:
        response = await http.get(
            CSV_PATH.format(batch["id"]), headers={"authorization": f"Bearer {await tokens('bank.rcc')}"}
        )
    # then it is the same lines in the same order: BOM, Chinese headers, full accounts, items, amounts adding to the total
    rows = parsed(response.content)
    assert response.headers["content-type"].startswith("text/csv") and "content-length" not in response.headers
    assert rows[0] == [
        "明细编号 line",
        "家庭编号 household",
        "区划代码 region",
        "开户行 bank",
        "账号 account",
        "户名 holder",
        "金额 amount",
        "项目 items",
        "期间 period",
    ]
    assert [(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows[1:]] == [
        (
            line["id"],
            line["householdId"],
            line["regionCode"],
            line["bankName"],
            line["accountNumber"],
            line["holderName"],
            line["amount"],
        )
        for line in lines
    ]
    assert [r[7] for r in rows[1:]] == [";".join(f"{i['kind']}:{i['amount']}" for i in line["items"]) for line in lines]
    assert sum(Decimal(r[6]) for r in rows[1:]) == Decimal(batch["total"]) and {r[8] for r in rows[1:]} == {
        batch["period"]
    }


async def test_the_gateway_relays_the_file_with_the_callers_token_and_refuses_others(gql, tokens, client):
    # given a released batch, the bank of another county and the file as the service itself serves it
    batch = await released(gql, next_period())
    other_bank = await user("bank.other", ("bank_client", "431103000000"))
    bank = {"authorization": f"Bearer {await tokens('bank.rcc')}"}
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(own_database=False)), base_url="http://d"
    ) as http:
        direct = await http.get(CSV_PATH.format(batch["id"]), headers=bank)
    # when the bank, the other county's bank and an anonymous caller fetch it at the gateway address
    relayed = await client.get(CSV_PATH.format(batch["id"]), headers=bank)
    foreign = await client.get(
        CSV_PATH.format(batch["id"]), headers={"authorization": f"Bearer {await tokens(other_bank)}"}
    )
    anonymous = await client.get(CSV_PATH.format(batch["id"]))
    # then the bank gets the service's file byte for byte; the others get an error naming why, and no line
    assert (
        relayed.status_code == 200
        and relayed.content == direct.content
        and len(parsed(relayed.content)) - 1 == batch["lineCount"]
    )
    assert relayed.headers["content-disposition"] == f'attachment; filename="batch-{batch["id"]}.csv"'
    assert foreign.status_code == 404 and foreign.json()["errors"][0]["extensions"]["code"] == "BATCH_NOT_FOUND"
    assert anonymous.status_code == 401 and anonymous.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_the_multi_process_gateway_streams_the_file_from_the_service_over_http(gql, tokens, databases):
    # given the disbursement service listening on a loopback port, and a gateway route that knows its URL
    batch = await released(gql, next_period())
    async with file_gateway("disbursement", create_app(settings=databases, own_database=False), databases) as http:
        # when the bank downloads through it, and an anonymous caller tries
        bank = await http.get(
            CSV_PATH.format(batch["id"]), headers={"authorization": f"Bearer {await tokens('bank.rcc')}"}
        )
        anonymous = await http.get(CSV_PATH.format(batch["id"]))
    # then the file arrives whole, sent on in chunks (no length known in advance), and the anonymous caller gets nothing
    assert bank.status_code == 200 and "content-length" not in bank.headers
    rows = parsed(bank.content)
    assert len(rows) - 1 == batch["lineCount"] and sum(Decimal(r[6]) for r in rows[1:]) == Decimal(batch["total"])
    assert anonymous.status_code == 401 and "明细" not in anonymous.text


async def test_compact_pages_carry_the_typed_lines_and_a_page_past_the_limit_is_refused(gql):
    # given a released batch, paged typed three lines at a time
    batch = await released(gql, next_period())
    typed = await all_lines(gql, batch["id"], first=3)
    # when the bank asks for compact rows at the largest page, and for a page larger than allowed
    compact = data(await gql(COMPACT, {"b": batch["id"], "first": 10000}, user="bank.rcc"), "batchLines")
    too_large = await gql(COMPACT, {"b": batch["id"], "first": 10001}, user="bank.rcc")
    # then the rows are the typed lines, field for field, on one page; the oversized page is refused naming `first`
    assert compact["nextCursor"] is None
    assert [
        {
            k: r[k]
            for k in (
                "id",
                "householdId",
                "regionCode",
                "holderName",
                "bankName",
                "accountNumber",
                "amount",
                "status",
                "reason",
            )
        }
        | {"items": [{k: i[k] for k in ("kind", "amount", "basis")} for i in r["items"]]}
        for r in compact["rows"]
    ] == typed
    assert (error(too_large)["code"], error(too_large)["field"]) == ("BAD_PAGE_SIZE", "first")


async def test_every_role_reading_the_batch_gets_the_same_account_numbers_compact_as_typed(gql):
    # given a released batch
    batch = await released(gql, next_period())
    for reader in ("county.approver", "county.finance", "county.auditor", "bank.rcc"):
        # when the reader pages it typed and compact
        typed = await all_lines(gql, batch["id"], user=reader)
        compact = data(await gql(COMPACT, {"b": batch["id"], "first": 10000}, user=reader), "batchLines")["rows"]
        # then both carry the same account numbers, as the masking table decides for the reader
        assert [r["accountNumber"] for r in compact] == [line["accountNumber"] for line in typed] and len(
            typed
        ) == batch["lineCount"]


async def test_the_file_shows_account_numbers_in_full_only_where_the_caller_reads_them(gql):
    # given a released batch, and a caller who reads account numbers in one of its villages only
    batch = await released(gql, next_period())
    whole = {line.id: line for line in await PaymentLine.filter(batch_id=int(batch["id"]))}
    village = min(line.region_code for line in whole.values())
    # when the file is written for that caller
    chunks = await bank_lines.batch_csv(scope=Scope.of([""]), batch_id=int(batch["id"]), accounts=Scope.of([village]))
    rows = parsed(b"".join([chunk async for chunk in chunks]))[1:]
    # then that village's lines show the account in full, the others its last four digits only
    assert len(rows) == batch["lineCount"] and {r[2] == village for r in rows} == {True, False}
    for row in rows:
        number = whole[int(row[0])].account_number
        assert row[4] == (number if row[2] == village else "*" * (len(number) - 4) + number[-4:])
