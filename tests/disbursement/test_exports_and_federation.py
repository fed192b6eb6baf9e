"""What others read: the printable roster (.xlsx) and the fields disbursement contributes to Household."""

import io
from decimal import Decimal

import httpx
from openpyxl import load_workbook

from services.disbursement.app import create_app
from tests.disbursement.support import (
    OTHER_TOWNSHIP,
    POST,
    TOWNSHIP,
    all_lines,
    compiled,
    data,
    next_period,
    released,
    result,
    user,
)

DASHBOARD = "query($p: String) { households(first: 100) { id payments(period: $p) { period amount status paidOn } } }"
ACCOUNTS = "{ households(first: 100) { id bankAccount { bankName accountNumber } } }"


async def test_the_printed_roster_has_chinese_headers_items_and_totals(gql, tokens):
    # given a compiled roster
    roster = await compiled(gql, next_period())
    app = create_app(own_database=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://disbursement") as http:
        # when the township leader downloads it, and a bank (which may not read rosters) tries
        response = await http.get(
            f"/files/rosters/{roster['id']}.xlsx",
            headers={"authorization": f"Bearer {await tokens('township.leader')}"},
        )
        bank = await http.get(
            f"/files/rosters/{roster['id']}.xlsx", headers={"authorization": f"Bearer {await tokens('bank.rcc')}"}
        )
    # then the workbook has the Chinese headers, one row per household and a totals row equal to the roster total
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    headers = rows[1]
    assert (
        headers[:6] == ("序号", "家庭编号", "村（社区）代码", "户主姓名", "保障人数", "月保障金（元）")
        and "合计（元）" in headers
    )
    body = [row for row in rows[2:] if isinstance(row[0], int)]
    totals = next(row for row in rows if row[0] == "合计")
    assert len(body) == roster["lineCount"]
    assert Decimal(str(totals[headers.index("合计（元）")])).quantize(Decimal("0.01")) == Decimal(roster["total"])
    assert all("*" in row[headers.index("账号")] for row in body)  # the leader may not read account numbers in full
    assert bank.status_code == 404 and bank.json()["errors"][0]["extensions"]["code"] == "ROSTER_NOT_FOUND"


async def test_the_printed_roster_shows_account_numbers_in_full_only_where_the_caller_reads_them(gql, tokens):
    # given rosters in two counties, and a user who is county finance (reads accounts) in the first only
    # and township leader (reads rosters, masked accounts) in the second
    period = next_period()
    officer = await user("other.township.officer", ("township_officer", OTHER_TOWNSHIP))
    ours, theirs = await compiled(gql, period), await compiled(gql, period, township=OTHER_TOWNSHIP, user=officer)
    both = await user(
        "two.county.finance", ("county_finance", TOWNSHIP[:6] + "000000"), ("township_leader", OTHER_TOWNSHIP)
    )
    app = create_app(own_database=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://disbursement") as http:
        # when that user downloads both rosters
        files = [
            await http.get(
                f"/files/rosters/{roster['id']}.xlsx", headers={"authorization": f"Bearer {await tokens(both)}"}
            )
            for roster in (ours, theirs)
        ]
    # then the accounts are in full in the county where the user reads them, masked in the other
    accounts = []
    for response in files:
        assert response.status_code == 200, response.text
        rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
        column = rows[1].index("账号")
        accounts.append([row[column] for row in rows[2:] if isinstance(row[0], int) and row[column]])
    assert accounts[0] and all(number.isdigit() for number in accounts[0])
    assert accounts[1] and all("*" in number for number in accounts[1])


async def test_a_dashboard_of_100_households_with_payments_costs_one_disbursement_request(gql, subgraph_calls):
    # given a paid batch for a period
    period = next_period()
    batch = await released(gql, period)
    lines = await all_lines(gql, batch["id"])
    data(
        await gql(POST, {"b": batch["id"], "r": [result(line) for line in lines]}, user="bank.rcc"), "postBatchResults"
    )
    # when the municipal officer asks for 100 households with their payments for the period and their accounts
    subgraph_calls.reset()
    households = data(await gql(DASHBOARD, {"p": period}), "households")
    # then disbursement was asked once, and paid households show the period's payment
    assert subgraph_calls.count("disbursement") == 1 and len(households) == 100
    paid = {line["householdId"]: line["amount"] for line in lines}
    shown = {h["id"]: h["payments"] for h in households if h["id"] in paid}
    for household_id, payments in shown.items():
        assert [(p["period"], p["amount"], p["status"]) for p in payments] == [(period, paid[household_id], "PAID")]
    # and the county auditor's account listing is one request too, with account numbers in full
    subgraph_calls.reset()
    accounts = data(await gql(ACCOUNTS, user="county.auditor"), "households")
    assert subgraph_calls.count("disbursement") == 1
    assert all(h["bankAccount"]["accountNumber"].isdigit() for h in accounts if h["bankAccount"])


ENTITIES = """query($r: [_Any!]!, $p: String) { _entities(representations: $r) {
  ... on Household { id all: payments { period amount } ...Paid }
} }
fragment Paid on Household { paid: payments(period: $p) { period status } }"""


async def test_an_entities_batch_answers_every_households_payments_from_its_own_queries(tokens, monkeypatch):
    from services.disbursement import service
    from services.disbursement.models import Payment
    from services.disbursement.schema.types.households import Household

    # given households with payments, asked for by a batch of representations, with and without a period
    ids = sorted({p.household_id for p in await Payment.filter(region_code__startswith="431102").limit(400)})[:20]
    period = (await Payment.filter(household_id=ids[0]).first()).period
    reads: list[str | None] = []
    batch_read = service.payments_by_household

    async def counted(*, scope, household_ids, period=None):
        reads.append(period)
        return await batch_read(scope=scope, household_ids=household_ids, period=period)

    async def one_at_a_time(self, info, period):
        raise AssertionError("a household's payments were loaded on their own")

    monkeypatch.setattr(service, "payments_by_household", counted)
    monkeypatch.setattr(Household, "_load_payments", one_at_a_time)
    app = create_app(own_database=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://disbursement") as http:
        body = (
            await http.post(
                "/graphql",
                json={
                    "query": ENTITIES,
                    "variables": {"r": [{"__typename": "Household", "id": str(i)} for i in ids], "p": period},
                },
                headers={"authorization": f"Bearer {await tokens('municipal.officer')}"},
            )
        ).json()
    # then each household shows its own payments, newest first, and the period's under the fragment's alias,
    # read with one query per period asked
    assert "errors" not in body, body
    assert len(reads) == 2 and set(reads) == {None, period}
    for household in body["data"]["_entities"]:
        stored = await Payment.filter(household_id=int(household["id"])).order_by("-period", "id")
        assert household["all"] == [{"period": p.period, "amount": str(p.amount)} for p in stored]
        assert household["paid"] == [{"period": p.period, "status": p.status} for p in stored if p.period == period]


async def test_a_malformed_period_is_refused_at_each_households_payments(gql):
    # when a dashboard asks for payments of a period that is not a month
    body = await gql('{ households(first: 3) { id payments(period: "2026-13") { amount } } }')
    # then each household's payments are null with the field's error, and the households are still listed
    households = body["data"]["households"]
    assert len(households) == 3 and all(h["payments"] is None for h in households)
    assert sorted(tuple(e["path"]) for e in body["errors"]) == [("households", i, "payments") for i in range(3)]
    assert {(e["extensions"]["code"], e["extensions"]["field"]) for e in body["errors"]} == {
        ("INVALID_PERIOD", "period")
    }
