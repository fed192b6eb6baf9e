"""The admin through its HTTP pages: sign-in, jurisdiction, read-only auditors, masking."""

from __future__ import annotations

import re

from identity.models import SignInEvent
from services.households.models import Household, Person

AUDITED_COUNTY = "431102"  # county.auditor is granted 431102000000 by the demo seed
OTHER_COUNTY = "431103"

CODE = re.compile(r"\b(4311\d{8})\b")


def region_codes_in(html: str) -> set[str]:
    """Region codes shown in the region column of a list page (each followed by the place's name)."""
    return set(re.findall(r'<span class="region-code">(4311\d{8})</span>', html))


async def household_in(county: str) -> Household:
    household = await Household.filter(region_code__startswith=county).order_by("id").first()
    assert household is not None, f"the seed has no household in {county}"
    return household


async def test_the_auditor_signs_in_through_the_form_and_sees_the_chinese_title(sign_in):
    client, response = await sign_in("county.auditor")
    assert response.status_code == 302
    assert response.headers["location"].endswith("/admin/")
    page = await client.get("/admin/")
    assert page.status_code == 200
    assert "最低生活保障管理后台" in page.text
    assert "家庭成员" in page.text and "户籍与家庭" in page.text


async def test_the_household_list_shows_the_auditors_county_and_no_other(auditor):
    page = await auditor.get("/admin/household/list", params={"pageSize": 100})
    assert page.status_code == 200
    codes = region_codes_in(page.text)
    assert codes, "the list shows no household at all"
    assert all(code.startswith(AUDITED_COUNTY) for code in codes), codes
    assert "户籍区划" in page.text  # the column label comes from the field description


async def test_searching_for_another_county_finds_nothing(auditor):
    page = await auditor.get("/admin/household/list", params={"search": OTHER_COUNTY})
    assert page.status_code == 200
    assert not any(code.startswith(OTHER_COUNTY) for code in CODE.findall(page.text))


async def test_a_household_of_the_own_county_opens_in_detail(auditor):
    household = await household_in(AUDITED_COUNTY)
    page = await auditor.get(f"/admin/household/details/{household.id}")
    assert page.status_code == 200
    assert household.region_code in page.text
    assert household.address in page.text


async def test_the_auditor_reads_id_numbers_in_full_as_the_policy_allows(auditor):
    person = await Person.filter(region_code__startswith=AUDITED_COUNTY).order_by("id").first()
    page = await auditor.get(f"/admin/person/details/{person.id}")
    assert page.status_code == 200
    assert person.id_number in page.text


async def test_another_countys_household_is_not_found_by_guessing_its_url(auditor):
    foreign = await household_in(OTHER_COUNTY)
    for path in (f"/admin/household/details/{foreign.id}", f"/admin/household/edit/{foreign.id}"):
        page = await auditor.get(path)
        assert page.status_code in (403, 404), path
        assert foreign.region_code not in page.text and foreign.address not in page.text
    person = await Person.filter(region_code__startswith=OTHER_COUNTY).first()
    page = await auditor.get(f"/admin/person/details/{person.id}")
    assert page.status_code == 404
    assert person.id_number not in page.text and person.name not in page.text


async def test_the_auditor_may_not_create_edit_or_delete(auditor):
    household = await household_in(AUDITED_COUNTY)
    list_page = await auditor.get("/admin/household/list")
    assert "/admin/household/create" not in list_page.text
    assert f"/admin/household/edit/{household.id}" not in list_page.text
    assert (await auditor.get("/admin/household/create")).status_code == 403
    created = await auditor.post(
        "/admin/household/create",
        data={"region_code": household.region_code, "urban_rural": "RURAL", "status": "ACTIVE"},
    )
    assert created.status_code == 403
    edited = await auditor.post(f"/admin/household/edit/{household.id}", data={"status": "STOPPED"})
    assert edited.status_code == 403
    deleted = await auditor.delete("/admin/household/delete", params={"pks": str(household.id)})
    assert deleted.status_code == 403
    again = await Household.get(id=household.id)
    assert (again.status, again.region_code) == (household.status, household.region_code)


async def test_money_and_dates_are_shown_the_chinese_way(auditor):
    page = await auditor.get("/admin/payment/list")
    assert page.status_code == 200
    assert re.search(r"¥[\d,]+\.\d{2}", page.text)
    assert re.search(r"\b20\d\d-\d\d-\d\d\b", page.text)


async def test_user_tables_are_for_the_system_administrator_only(auditor, sign_in):
    assert (await auditor.get("/admin/user/list")).status_code == 403
    assert (await auditor.get("/admin/sign-in-event/list")).status_code == 403
    admin, response = await sign_in("admin")
    assert response.status_code == 302
    users = await admin.get("/admin/user/list")
    assert users.status_code == 200 and "county.auditor" in users.text
    assert "password_hash" not in users.text and "$argon2" not in users.text
    # the system administrator manages users, not cases
    assert (await admin.get("/admin/household/list")).status_code == 403


async def test_a_role_without_admin_access_cannot_sign_in(sign_in):
    client, response = await sign_in("village.assistant")
    assert response.status_code == 400
    assert "无权进入管理后台" in response.text
    page = await client.get("/admin/household/list")
    assert page.status_code == 302 and "/admin/login" in page.headers["location"]


async def test_a_wrong_password_is_refused_and_recorded(sign_in):
    client, response = await sign_in("inspector", "not-the-password")
    assert response.status_code == 400
    assert "用户名或口令错误" in response.text
    assert (await client.get("/admin/")).status_code == 302
    event = await SignInEvent.filter(username="inspector", channel="admin").order_by("-id").first()
    assert event is not None and not event.succeeded


async def test_signing_out_ends_the_session(auditor):
    assert (await auditor.get("/admin/logout")).status_code == 302
    assert (await auditor.get("/admin/household/list")).status_code == 302


async def test_the_system_administrator_edits_a_user_through_the_form(sign_in):
    from identity.models import User

    admin, _ = await sign_in("admin")
    user = await User.get(username="bank.rcc")
    form = {"username": user.username, "kind": user.kind, "is_active": "y", "save": "Save"}
    try:
        saved = await admin.post(f"/admin/user/edit/{user.id}", data={**form, "display_name": "农信社（测试）"})
        assert saved.status_code == 302
        assert (await User.get(id=user.id)).display_name == "农信社（测试）"
    finally:
        await admin.post(f"/admin/user/edit/{user.id}", data={**form, "display_name": user.display_name})
    assert (await User.get(id=user.id)).display_name == user.display_name


async def test_a_grant_with_a_malformed_region_is_refused(sign_in):
    from identity.models import RoleGrant

    admin, _ = await sign_in("admin")
    before = await RoleGrant.all().count()
    response = await admin.post(
        "/admin/role-grant/create",
        data={"user_id": "1", "role": "village_assistant", "region_code": "4311", "save": "Save"},
    )
    assert response.status_code == 400
    assert "区划代码" in response.text
    assert await RoleGrant.all().count() == before


async def test_a_record_page_is_titled_in_chinese(auditor):
    household = await household_in(AUDITED_COUNTY)
    page = await auditor.get(f"/admin/household/details/{household.id}")
    assert f"编号: {household.id}" in page.text and "Id:" not in page.text
