"""Lists an auditor works with: search, filters, sorting, region names and links across services."""

from __future__ import annotations

import re

from services.disbursement.models import Payment
from services.households.models import Household, Person, Region
from services.supervision.models import Finding

AUDITED_COUNTY = "431102"
OTHER_COUNTY = "431103"
REGION_CELL = re.compile(r'<span class="region-code">(\d{12})</span>')
ROW_LINK = re.compile(r"/admin/(?:household|person|payment|finding)/details/(\d+)")


def shown_regions(html: str) -> set[str]:
    return set(REGION_CELL.findall(html))


async def test_the_page_is_chinese_first(auditor):
    page = await auditor.get("/admin/household/list")
    assert '<html lang="zh-CN">' in page.text
    assert "导出当前列表" in page.text and "所属区划" in page.text


async def test_the_auditor_sees_no_empty_user_menu(auditor, sign_in):
    page = await auditor.get("/admin/")
    assert "用户与权限" not in page.text
    assert "审计" in page.text  # the audit trail group is the auditor's
    admin, _ = await sign_in("admin")
    assert "用户与权限" in (await admin.get("/admin/")).text


async def test_regions_are_shown_with_their_names(auditor):
    page = await auditor.get("/admin/household/list")
    code = sorted(shown_regions(page.text))[0]
    region = await Region.get(code=code)
    assert region.name in page.text


async def test_searching_a_members_name_finds_the_household_in_the_county_only(auditor):
    # given a name carried by members in the audited county and, most likely, elsewhere too
    person = await Person.filter(region_code__startswith=AUDITED_COUNTY).order_by("id").first()
    surname = person.name[0]
    # when the auditor searches the household list for it
    page = await auditor.get("/admin/household/list", params={"search": person.name, "pageSize": 100})
    # then the member's household is found and nothing outside the county appears
    assert page.status_code == 200
    assert str(person.household_id) in ROW_LINK.findall(page.text)
    assert all(code.startswith(AUDITED_COUNTY) for code in shown_regions(page.text))
    broad = await auditor.get("/admin/person/list", params={"search": surname, "pageSize": 100})
    assert shown_regions(broad.text) and all(code.startswith(AUDITED_COUNTY) for code in shown_regions(broad.text))


async def test_the_last_four_digits_of_an_id_number_find_the_person(auditor):
    person = await Person.filter(region_code__startswith=AUDITED_COUNTY).order_by("-id").first()
    page = await auditor.get("/admin/person/list", params={"search": person.id_number[-4:]})
    assert str(person.id) in ROW_LINK.findall(page.text)
    foreign = await Person.filter(region_code__startswith=OTHER_COUNTY).first()
    page = await auditor.get("/admin/person/list", params={"search": foreign.id_number})
    assert str(foreign.id) not in ROW_LINK.findall(page.text) and foreign.name not in page.text


async def test_a_region_name_or_code_prefix_narrows_the_list(auditor):
    household = await Household.filter(region_code__startswith=AUDITED_COUNTY).order_by("id").first()
    village = await Region.get(code=household.region_code)
    by_name = await auditor.get("/admin/household/list", params={"search": village.name, "pageSize": 100})
    assert shown_regions(by_name.text) == {village.code}
    by_code = await auditor.get("/admin/household/list", params={"search": village.code[:9], "pageSize": 100})
    assert shown_regions(by_code.text) and all(c.startswith(village.code[:9]) for c in shown_regions(by_code.text))


async def test_the_region_filter_offers_only_the_auditors_townships(auditor):
    page = await auditor.get("/admin/household/list")
    offered = set(re.findall(r"region=(\d{12})", page.text))
    assert offered and all(code.startswith(AUDITED_COUNTY) for code in offered)
    township = sorted(code for code in offered if not code.endswith("000000"))[0]
    narrowed = await auditor.get("/admin/household/list", params={"region": township, "pageSize": 100})
    assert shown_regions(narrowed.text) and all(c.startswith(township[:9]) for c in shown_regions(narrowed.text))
    outside = await auditor.get("/admin/household/list", params={"region": f"{OTHER_COUNTY}000000"})
    assert outside.status_code == 200 and not shown_regions(outside.text)
    malformed = await auditor.get("/admin/household/list", params={"region": "43x"})
    assert malformed.status_code == 400


async def test_status_period_and_class_filters_work_on_the_scoped_rows(auditor):
    households = await auditor.get("/admin/household/list")
    for parameter in ("status", "review_class", "urban_rural"):
        assert f"{parameter}=" in households.text, parameter
    payment = await Payment.filter(region_code__startswith=AUDITED_COUNTY).order_by("id").first()
    page = await auditor.get("/admin/payment/list", params={"period": payment.period, "pageSize": 100})
    assert page.status_code == 200
    periods = re.findall(r"<td[^>]*>\s*(\d{4}-\d{2}|\d{4}Q\d)\s*</td>", page.text)
    assert periods and set(periods) == {payment.period}


async def test_sorting_by_a_listed_column(auditor):
    ascending = await auditor.get("/admin/payment/list", params={"sortBy": "amount", "sort": "asc"})
    amounts = [float(a.replace(",", "")) for a in re.findall(r"¥([\d,]+\.\d\d)", ascending.text)]
    assert amounts == sorted(amounts) and len(amounts) > 1
    assert (await auditor.get("/admin/payment/list", params={"sortBy": "nonsense"})).status_code == 400


async def test_a_household_links_to_its_members_payments_and_findings(auditor):
    # given a household of the county that has a finding (supervision) and payments (disbursement)
    finding = await Finding.filter(region_code__startswith=AUDITED_COUNTY).order_by("id").first()
    household_id = finding.household_id
    page = await auditor.get(f"/admin/household/details/{household_id}")
    assert page.status_code == 200
    links = dict(re.findall(r'href="[^"]*/admin/([\w-]+)/list\?household_id=(\d+)"', page.text))
    assert {"person", "payment", "finding"} <= set(links)
    # when the auditor follows the link to the findings
    listed = await auditor.get("/admin/finding/list", params={"household_id": household_id})
    # then only that household's findings are listed
    assert str(finding.id) in ROW_LINK.findall(listed.text)
    members = await auditor.get("/admin/person/list", params={"household_id": household_id})
    expected = {str(p.id) for p in await Person.filter(household_id=household_id)}
    assert set(re.findall(r"/admin/person/details/(\d+)", members.text)) == expected


async def test_a_guessed_link_to_another_countys_household_lists_nothing(auditor):
    foreign = await Household.filter(region_code__startswith=OTHER_COUNTY).first()
    page = await auditor.get("/admin/person/list", params={"household_id": foreign.id})
    assert page.status_code == 200 and not ROW_LINK.findall(page.text)


async def test_codes_read_in_chinese_with_the_code_on_hover(auditor):
    page = await auditor.get("/admin/household/list", params={"status": "ACTIVE"})
    assert '<span class="coded" title="ACTIVE">在保</span>' in page.text
    # the filter choice reads 在保 too, and is shown as chosen
    assert re.search(
        r'class="[^"]*chosen"\s+data-value="ACTIVE"[^>]*>\s*<i[^>]*></i>\s*<span[^>]*>在保</span>', page.text
    )
    assert "（ACTIVE）" not in page.text
    account = await auditor.get("/admin/bank-account/list")
    assert re.search(r'title="(YIKATONG|YICUNTONG|SOCIAL_CARD)">(一卡通|一存通|社保卡)<', account.text)


async def test_the_household_list_names_each_household_by_its_head(auditor):
    head = await Person.filter(region_code__startswith=AUDITED_COUNTY, relation="HEAD").order_by("household_id").first()
    page = await auditor.get("/admin/household/list", params={"search": str(head.household_id)})
    assert "户主" in page.text and head.name in page.text
    assert "成员姓名" in page.text and "身份证号后4位" in (await auditor.get("/admin/person/list")).text
