"""The admin shows what GraphQL shows: one masking table decides for pages, exports and downloads."""

from __future__ import annotations

import io

import openpyxl

from dibao.seed import DEMO_PASSWORD
from identity.models import User
from identity.service import create_user
from services.supervision.lifecycle import today

REGISTER = """mutation($input: ComplaintInput!) { registerComplaint(input: $input) { id } }"""
REPORTER, PHONE = "举报人乙", "13912345678"
VILLAGE = "431102100201"
BUREAU_AUDITOR = "bureau.auditor"


async def _complaint(gql) -> str:
    variables = {
        "input": {
            "receivedOn": today().isoformat(),
            "content": "该户有经营性车辆",
            "reporterName": REPORTER,
            "reporterPhone": PHONE,
            "regionCode": VILLAGE,
        }
    }
    body = await gql(REGISTER, variables, user="inspector")
    assert "errors" not in body, body
    return body["data"]["registerComplaint"]["id"]


async def test_the_county_auditor_never_sees_the_12349_reporter(gql, auditor):
    # given a real-name complaint in the auditor's county
    complaint = await _complaint(gql)
    # when the auditor opens the list, the record, and exports both formats
    pages = {
        "list": await auditor.get("/admin/complaint/list"),
        "details": await auditor.get(f"/admin/complaint/details/{complaint}"),
        "csv": await auditor.get("/admin/complaint/export/csv"),
        "xlsx": await auditor.get("/admin/complaint/export/xlsx"),
        "search": await auditor.get("/admin/complaint/list", params={"search": REPORTER}),
    }
    # then every page answers, and none carries the reporter's name or phone
    assert {name: page.status_code for name, page in pages.items()} == dict.fromkeys(pages, 200)
    assert f"/complaint/details/{complaint}" in pages["list"].text
    cells = [
        str(cell)
        for row in openpyxl.load_workbook(io.BytesIO(pages["xlsx"].content)).active.iter_rows(values_only=True)
        for cell in row
    ]
    for name, page in pages.items():
        if name == "search":  # the search box shows the typed term back
            continue
        text = "\n".join(cells) if name == "xlsx" else page.content.decode("utf-8-sig")
        assert REPORTER not in text and PHONE not in text, name
    # and a search by the reporter's name finds nothing (it would tell who reported)
    assert f"/complaint/details/{complaint}" not in pages["search"].text


async def test_an_auditor_of_the_supervision_bureau_sees_the_reporter(gql, sign_in):
    # given a complaint, and a user who is both county auditor and supervision inspector of the county
    complaint = await _complaint(gql)
    if not await User.exists(username=BUREAU_AUDITOR):
        await create_user(
            username=BUREAU_AUDITOR,
            password=DEMO_PASSWORD,
            grants=[("county_auditor", "431102000000"), ("supervision_inspector", "431102000000")],
        )
    client, _ = await sign_in(BUREAU_AUDITOR)
    # when that user opens the record and exports the list
    details = await client.get(f"/admin/complaint/details/{complaint}")
    exported = await client.get("/admin/complaint/export/csv")
    # then the reporter is shown in full, as GraphQL shows it to the bureau
    assert REPORTER in details.text and PHONE in details.text
    assert PHONE in exported.content.decode("utf-8-sig")
