"""One masking decision: a caller sees an account number in full, or masked, alike in GraphQL, the admin's pages,
its exports and the file downloads — in full exactly where it holds the revealing action for the record's region."""

from __future__ import annotations

import csv
import io
import re

import httpx
from openpyxl import load_workbook

from kernel.values import mask_account
from services.disbursement.app import create_app
from services.disbursement.models import BankAccount
from tests.disbursement.support import COUNTY, OTHER_TOWNSHIP, compiled, data, next_period, user

LINES = "query($id: ID!) { roster(id: $id) { lines(first: 1000) { items { householdId accountNumber } } } }"
DIGITS = re.compile(r"\d{8,32}")
"""A full account number (masked ones keep four digits behind asterisks)."""


async def test_a_caller_sees_each_account_alike_in_graphql_admin_pages_exports_and_downloads(gql, tokens, sign_in):
    # given rosters in two counties, and a user who audits the first county (reads accounts in full there, and the
    # admin) and leads a township of the second (reads its roster, accounts masked)
    period = next_period()
    officer = await user("masking.other.officer", ("township_officer", OTHER_TOWNSHIP))
    ours, theirs = await compiled(gql, period), await compiled(gql, period, township=OTHER_TOWNSHIP, user=officer)
    caller = await user("masking.two.hats", ("county_auditor", COUNTY), ("township_leader", OTHER_TOWNSHIP))
    accounts = {row.account_number: row.region_code for row in await BankAccount.all()}  # past versions too

    # when the caller reads the roster lines through GraphQL, downloads the printed rosters, and opens and exports
    # the admin's account list
    shown: dict[str, list[str]] = {"graphql": [], "download": [], "admin page": [], "admin export": []}
    for roster in (ours, theirs):
        lines = data(await gql(LINES, {"id": roster["id"]}, user=caller), "roster")["lines"]["items"]
        shown["graphql"] += [line["accountNumber"] for line in lines]
    app = create_app(own_database=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://disbursement") as http:
        for roster in (ours, theirs):
            response = await http.get(
                f"/files/rosters/{roster['id']}.xlsx", headers={"authorization": f"Bearer {await tokens(caller)}"}
            )
            assert response.status_code == 200, response.text
            rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
            column = rows[1].index("账号")
            shown["download"] += [row[column] for row in rows[2:] if isinstance(row[0], int) and row[column]]
    admin, signed_in = await sign_in(caller)
    assert signed_in.status_code == 302, signed_in.text
    current = await BankAccount.filter(is_current=True).order_by("id")
    sample = [row for row in current if row.region_code.startswith(COUNTY[:6])][:3] + [
        row for row in current if not row.region_code.startswith(COUNTY[:6])
    ][:3]
    pages = [await admin.get(f"/admin/bank-account/details/{row.id}") for row in sample]
    export = await admin.get("/admin/bank-account/export/csv")
    assert export.status_code == 200 and [page.status_code for page in pages[:3]] == [200] * 3
    assert all(page.status_code == 404 for page in pages[3:])  # outside the admin's reach: not there at all
    for page in pages:
        shown["admin page"] += [n for n in DIGITS.findall(page.text) if n in accounts] + re.findall(
            r"\*{4,}\d{4}", page.text
        )
    exported = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))
    column = next(i for i, name in enumerate(exported[0]) if "账号" in name)
    shown["admin export"] = [row[column] for row in exported[1:] if row[column]]

    # then every surface shows each account in full in the audited county and masked elsewhere: one decision
    full_numbers = {number for number, region in accounts.items() if region.startswith(COUNTY[:6])}
    masked_elsewhere = {
        mask_account(number) for number, region in accounts.items() if not region.startswith(COUNTY[:6])
    }
    for surface, values in shown.items():
        assert values, surface
        in_full = {value for value in values if DIGITS.fullmatch(value)}
        assert in_full <= full_numbers, (surface, in_full - full_numbers)
        assert {value for value in values if not DIGITS.fullmatch(value)} <= masked_elsewhere, surface
    # and the roster of the other county reaches the caller masked in both places it can be read
    assert any("*" in value for value in shown["graphql"]) and any("*" in value for value in shown["download"])
    assert {v for v in shown["graphql"] if DIGITS.fullmatch(v)} == {v for v in shown["download"] if DIGITS.fullmatch(v)}
