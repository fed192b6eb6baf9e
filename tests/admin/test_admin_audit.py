"""Exports and the audit trail: who did what in the admin, when, and how many rows left the building."""

from __future__ import annotations

import csv
import io
import re

import httpx
from openpyxl import load_workbook

from identity import service as identity
from identity.models import AdminAuditRecord, AuditNote, RoleGrant, User
from services.households.models import Household, Person

AUDITED_COUNTY = "431102"
OTHER_COUNTY = "431103"


async def latest(action: str, actor: str = "county.auditor") -> AdminAuditRecord | None:
    return await AdminAuditRecord.filter(action=action, actor=actor).order_by("-id").first()


async def test_signing_in_to_the_admin_is_recorded(sign_in):
    before = await AdminAuditRecord.filter(action="admin.sign_in", actor="county.auditor").count()
    _, response = await sign_in("county.auditor")
    assert response.status_code == 302
    entry = await latest("admin.sign_in")
    assert await AdminAuditRecord.filter(action="admin.sign_in", actor="county.auditor").count() == before + 1
    assert entry.region_code == "431102000000" and entry.at is not None


async def test_opening_a_persons_page_is_recorded_with_the_record(auditor):
    person = await Person.filter(region_code__startswith=AUDITED_COUNTY).order_by("id").first()
    assert (await auditor.get(f"/admin/person/details/{person.id}")).status_code == 200
    entry = await latest("admin.view_personal")
    assert (entry.entity, entry.entity_id, entry.region_code) == ("person", str(person.id), person.region_code)


async def test_the_csv_export_is_the_filtered_list_in_utf8_with_bom_and_is_audited(auditor):
    # given a filter on one village of the county
    household = await Household.filter(region_code__startswith=AUDITED_COUNTY).order_by("id").first()
    expected = await Person.filter(region_code=household.region_code).count()
    # when the auditor exports the person list of that village as CSV
    response = await auditor.get("/admin/person/export/csv", params={"search": household.region_code})
    # then the file starts with a BOM, has Chinese headers, exactly the village's rows, and the export is recorded
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert "姓名" in rows[0] and "身份证号码" in rows[0]
    region_index = rows[0].index("区划代码")
    assert len(rows) - 1 == expected and {row[region_index] for row in rows[1:]} == {household.region_code}
    entry = await latest("admin.export")
    assert entry.entity == "person" and entry.rows == expected
    assert entry.after["format"] == "csv" and entry.after["query"] == {"search": household.region_code}


async def test_the_xlsx_export_holds_the_county_only_with_money_and_dates_typed(auditor):
    response = await auditor.get("/admin/payment/export/xlsx")
    assert response.status_code == 200
    assert "spreadsheetml" in response.headers["content-type"]
    assert "attachment" in response.headers["content-disposition"]
    sheet = load_workbook(io.BytesIO(response.content), read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    regions = {row[header.index("区划代码")] for row in rows[1:]}
    assert regions and all(code.startswith(AUDITED_COUNTY) for code in regions)
    amount_cell = next(sheet.iter_rows(min_row=2, max_row=2))[header.index("金额（元）")]
    assert "¥" in amount_cell.number_format and "0.00" in amount_cell.number_format
    entry = await latest("admin.export")
    assert entry.entity == "payment" and entry.rows == len(rows) - 1 and entry.after["format"] == "xlsx"


async def test_exports_never_contain_another_countys_rows_even_when_asked_for(auditor):
    response = await auditor.get("/admin/household/export/csv", params={"region": f"{OTHER_COUNTY}000000"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 1  # the header only


async def test_an_auditor_adds_an_audit_note_and_reads_it_on_the_record(auditor):
    household = await Household.filter(region_code__startswith=AUDITED_COUNTY).order_by("id").first()
    text = "抽查：住址与实地不符，请乡镇核实。"
    response = await auditor.post(f"/admin/household/notes/{household.id}", data={"text": text})
    assert response.status_code == 302
    note = await AuditNote.filter(entity="household", entity_id=str(household.id)).order_by("-id").first()
    assert (note.author, note.text, note.region_code) == ("county.auditor", text, household.region_code)
    page = await auditor.get(f"/admin/household/details/{household.id}")
    assert text in page.text
    trail = await auditor.get("/admin/audit-note/list")
    assert trail.status_code == 200 and str(household.id) in trail.text
    assert (await latest("admin.note")).entity_id == str(household.id)


async def test_an_empty_note_is_refused_and_nothing_is_written(auditor):
    household = await Household.filter(region_code__startswith=AUDITED_COUNTY).order_by("id").first()
    before = await AuditNote.all().count()
    response = await auditor.post(f"/admin/household/notes/{household.id}", data={"text": "   "})
    assert response.status_code == 400
    assert 'data-code="NOTE_EMPTY"' in response.text and 'data-field="text"' in response.text
    assert "审计意见不能为空" in response.text
    assert await AuditNote.all().count() == before


async def test_no_note_on_a_record_of_another_county(auditor):
    foreign = await Household.filter(region_code__startswith=OTHER_COUNTY).first()
    before = await AuditNote.all().count()
    response = await auditor.post(f"/admin/household/notes/{foreign.id}", data={"text": "越权"})
    assert response.status_code == 404
    assert await AuditNote.all().count() == before


async def test_the_audit_trail_is_browsable_and_read_only(auditor):
    page = await auditor.get("/admin/admin-audit-record/list")
    assert page.status_code == 200 and "admin.sign_in" in page.text
    assert "/admin/admin-audit-record/create" not in page.text
    assert (await auditor.get("/admin/admin-audit-record/create")).status_code == 403
    record = await AdminAuditRecord.filter(actor="county.auditor").first()
    assert (await auditor.post(f"/admin/admin-audit-record/edit/{record.id}", data={"actor": "x"})).status_code == 403


async def test_the_administrator_creates_a_user_whose_password_signs_in_and_the_change_is_audited(sign_in):
    admin, _ = await sign_in("admin")
    form = {
        "username": "auditor.two",
        "display_name": "审计员二",
        "kind": "user",
        "is_active": "y",
        "password": "a-long-password-2026",
        "save": "Save",
    }
    response = await admin.post("/admin/user/create", data=form)
    assert response.status_code == 302, response.text[-400:]
    user = await User.get(username="auditor.two")
    assert user.password_hash.startswith("$argon2")
    grant = await admin.post(
        "/admin/role-grant/create",
        data={
            "user": str(user.id),
            "user_id": str(user.id),
            "role": "county_auditor",
            "region_code": "431103000000",
            "save": "Save",
        },
    )
    assert grant.status_code == 302, grant.text[-400:]
    entry = await AdminAuditRecord.filter(actor="admin", action="admin.create", entity="user").order_by("-id").first()
    assert entry is not None and "password" not in entry.after and entry.after["username"] == "auditor.two"
    # the new auditor signs in with the password and sees the other county only
    client, signed = await sign_in("auditor.two", "a-long-password-2026")
    assert signed.status_code == 302
    page = await client.get("/admin/household/list", params={"pageSize": 100})
    codes = set(re.findall(r'<span class="region-code">(\d{12})</span>', page.text))
    assert codes and all(code.startswith(OTHER_COUNTY) for code in codes)
    # and loses access at the next request once the grant is revoked
    await RoleGrant.filter(user_id=user.id).delete()
    assert (await client.get("/admin/household/list")).status_code == 302


async def test_a_short_password_is_refused_and_no_user_is_created(sign_in):
    admin, _ = await sign_in("admin")
    response = await admin.post(
        "/admin/user/create",
        data={"username": "short.pw", "kind": "user", "is_active": "y", "password": "short", "save": "Save"},
    )
    assert response.status_code == 400 and "口令至少8位" in response.text
    assert not await User.exists(username="short.pw")


async def test_an_unknown_role_is_refused_and_no_grant_is_written(sign_in):
    admin, _ = await sign_in("admin")
    user = await User.get(username="bank.rcc")
    before = await RoleGrant.all().count()
    response = await admin.post(
        "/admin/role-grant/create",
        data={
            "user": str(user.id),
            "user_id": str(user.id),
            "role": "emperor",
            "region_code": "431102000000",
            "save": "Save",
        },
    )
    assert response.status_code == 400 and "未知角色" in response.text
    assert await RoleGrant.all().count() == before


async def test_a_grant_changed_or_removed_in_the_admin_stops_its_holders_tokens_at_once(sign_in, client):
    # given a user who holds a county auditor's grant and has signed in to GraphQL
    admin, _ = await sign_in("admin")
    user = await User.create(
        username="auditor.three",
        display_name="审计员三",
        kind="user",
        is_active=True,
        password_hash=await identity.hash_password("a-long-password-2026"),
    )
    grant = await RoleGrant.create(user=user, role="county_auditor", region_code="431102000000")

    async def token() -> str:
        answer = await client.post(
            "/auth/token", data={"username": "auditor.three", "password": "a-long-password-2026"}
        )
        return answer.json()["access_token"]

    async def households(bearer: str) -> httpx.Response:
        return await client.post(
            "/graphql", json={"query": "{ households(first: 1) { id } }"}, headers={"authorization": f"Bearer {bearer}"}
        )

    issued = await token()
    assert (await households(issued)).status_code == 200
    # when the administrator moves the grant to another county in the admin UI
    edited = await admin.post(
        f"/admin/role-grant/edit/{grant.id}",
        data={
            "user": str(user.id),
            "user_id": str(user.id),
            "role": "county_auditor",
            "region_code": OTHER_COUNTY + "000000",
            "save": "Save",
        },
    )
    assert edited.status_code == 302, edited.text[-400:]
    # then the token issued before is refused with its reason, and a fresh one works
    refused = await households(issued)
    assert refused.status_code == 401 and refused.json()["errors"][0]["extensions"]["code"] == "TOKEN_REVOKED"
    renewed = await token()
    assert (await households(renewed)).status_code == 200
    # and when the grant is deleted, the renewed token stops too
    deleted = await admin.delete("/admin/role-grant/delete", params={"pks": str(grant.id)})
    assert deleted.status_code == 200, deleted.text[-400:]
    assert not await RoleGrant.exists(id=grant.id)
    refused = await households(renewed)
    assert refused.status_code == 401 and refused.json()["errors"][0]["extensions"]["code"] == "TOKEN_REVOKED"
