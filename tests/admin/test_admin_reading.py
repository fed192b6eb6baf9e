"""What the county auditor reads: every code by its Chinese name in lists, detail pages and exports, months as
months, a household's related records on its own page, and filters by several values and by date range."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser

import openpyxl
import pytest
from sqladmin.helpers import slugify_class_name

from admin.tables import build_entities
from kernel.db import MODEL_MODULES
from kernel.labels import VOCABULARIES, action_label
from services.households.models import Household, Person, Region
from services.supervision.models import Finding

AUDITED_COUNTY = "431102"
CODE = re.compile(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b")
"""A stored code of several words (R06_WAGES, TOWNSHIP_APPROVED), whatever its vocabulary."""
KNOWN_CODES = frozenset(
    code
    for vocabulary in VOCABULARIES.values()
    for code in vocabulary.terms
    if re.fullmatch(r"[A-Z][A-Z0-9_]{2,}", code)
)


def raw_codes(text: str) -> set[str]:
    """The stored codes a person would see in this text (a refusal's error code, named 错误代码, is meant to show)."""
    text = re.sub(r"错误代码[：\s]+[A-Z0-9_]+", "", text)  # as a recorded change reads in a list, or a details row
    words = set(re.findall(r"\b[A-Z][A-Z0-9_]{2,}\b", text))
    return (words & KNOWN_CODES) | set(CODE.findall(text))


class VisibleText(HTMLParser):
    """The text a browser shows: no tags, attributes (a code on hover is fine), scripts or styles."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._hidden += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)


def visible(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    return " ".join(parser.parts)


def identities() -> list[str]:
    return [slugify_class_name(entity.mapped.__name__) for entity in build_entities(MODEL_MODULES)]


async def test_no_view_shows_a_raw_code_in_its_list_details_or_exports(auditor):
    opened = 0
    for identity in identities():
        page = await auditor.get(f"/admin/{identity}/list", params={"pageSize": 100})
        if page.status_code == 403:
            continue  # not the auditor's (user management)
        assert page.status_code == 200, identity
        opened += 1
        assert not raw_codes(visible(page.text)), (identity, raw_codes(visible(page.text)))
        first = re.search(rf'/admin/{identity}/details/([^"?]+)"', page.text)
        if first:
            details = await auditor.get(f"/admin/{identity}/details/{first.group(1)}")
            assert details.status_code == 200, identity
            assert not raw_codes(visible(details.text)), (identity, raw_codes(visible(details.text)))
        exported = await auditor.get(f"/admin/{identity}/export/csv")
        assert exported.status_code == 200, identity
        rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
        header, body = rows[0], rows[1:]
        named = [index for index, title in enumerate(header) if not title.endswith("代码")]
        cells = " ".join(row[index] for row in body for index in named if index < len(row))
        assert not raw_codes(cells), (identity, raw_codes(cells))
    assert opened > 30


async def test_audit_actions_read_as_what_was_done(auditor):
    # given the auditor has opened a page with personal data (an admin.view_personal record)
    person = await Person.filter(region_code__startswith=AUDITED_COUNTY).first()
    await auditor.get(f"/admin/person/details/{person.id}")
    page = await auditor.get("/admin/admin-audit-record/list")
    text = visible(page.text)
    assert "admin.view_personal" not in text and "管理后台·查看个人信息" in text
    assert '<span class="coded" title="person">家庭成员</span>' in page.text  # 对象类型: the page, by its name
    assert action_label("households.application.accept") == "申请·受理"


async def test_codes_and_months_read_the_same_in_the_list_and_the_export(auditor):
    household = (
        await Household.filter(
            region_code__startswith=AUDITED_COUNTY, status="ACTIVE", effective_month__not_isnull=True
        )
        .order_by("id")
        .first()
    )
    page = await auditor.get("/admin/household/list", params={"search": str(household.id)})
    month = f"{household.effective_month:%Y-%m}"
    assert month in visible(page.text) and f"{household.effective_month:%Y-%m-%d}" not in visible(page.text)
    assert "在保" in visible(page.text)
    assert {"一类", "二类", "三类"} & set(re.findall(r"[一二三]类", visible(page.text)))
    exported = await auditor.get("/admin/household/export/csv", params={"search": str(household.id)})
    rows = list(csv.DictReader(io.StringIO(exported.content.decode("utf-8-sig"))))
    row = next(r for r in rows if r["编号"] == str(household.id))
    assert row["状态"] == "在保" and row["享受起始月"] == month and row["城乡类别"] in ("城市", "农村")


async def test_the_household_export_names_the_head_and_the_places(auditor):
    # given a household of a village in the audited county
    household = await Household.filter(region_code__startswith=AUDITED_COUNTY).order_by("id").first()
    head = await Person.get(household_id=household.id, relation="HEAD")
    code = household.region_code
    names = {r.code: r.name for r in await Region.filter(code__in=[code[:6] + "000000", code[:9] + "000", code])}
    for export_type in ("csv", "xlsx"):
        # when the auditor exports the household list
        exported = await auditor.get(f"/admin/household/export/{export_type}", params={"search": str(household.id)})
        assert exported.status_code == 200
        if export_type == "csv":
            rows = list(csv.DictReader(io.StringIO(exported.content.decode("utf-8-sig"))))
        else:
            sheet = openpyxl.load_workbook(io.BytesIO(exported.content), read_only=True).active
            values = list(sheet.iter_rows(values_only=True))
            rows = [
                dict(zip(values[0], (str(v) if v is not None else "" for v in row), strict=False)) for row in values[1:]
            ]
        row = next(r for r in rows if r["编号"] == str(household.id))
        # then each row says who the household is and where it lives, by name
        assert row["户主"] == head.name
        assert row["县（区）"] == names[code[:6] + "000000"]
        assert row["乡镇（街道）"] == names[code[:9] + "000"]
        assert row["村（社区）"] == names[code]


async def test_findings_export_the_rule_by_name_and_by_code(auditor):
    finding = await Finding.filter(region_code__startswith=AUDITED_COUNTY).order_by("id").first()
    exported = await auditor.get("/admin/finding/export/csv")
    rows = list(csv.DictReader(io.StringIO(exported.content.decode("utf-8-sig"))))
    row = next(r for r in rows if r["编号"] == str(finding.id))
    assert row["规则代码"] == finding.rule
    assert row["规则"] == VOCABULARIES["inspection_rule"].label(finding.rule) != finding.rule


async def test_a_household_page_shows_its_records_inline(auditor):
    # given a household with members, payments and a finding
    finding = await Finding.filter(region_code__startswith=AUDITED_COUNTY).order_by("id").first()
    members = await Person.filter(household_id=finding.household_id)
    # when the auditor opens it
    page = await auditor.get(f"/admin/household/details/{finding.household_id}")
    # then its members, payments and findings are tables on the page, each member by name
    sections = dict(
        re.findall(
            r'class="card mb-3 related-section" data-identity="([\w-]+)">\s*<div[^>]*>\s*'
            r"<h4[^>]*>([^<]+)<span",
            page.text,
        )
    )
    assert {"person", "payment", "finding"} <= set(sections)
    assert all(member.name in page.text for member in members)
    # the sections with nothing in them are one line, not buttons
    assert 'id="related-empty"' in page.text and "related-link btn" not in page.text


async def test_the_status_filter_takes_several_values(auditor):
    both = await auditor.get("/admin/household/list", params={"status": "ACTIVE,STOPPED", "pageSize": 100})
    statuses = set(re.findall(r'<span class="coded" title="(ACTIVE|STOPPED|APPLYING)">', both.text))
    assert statuses == {"ACTIVE", "STOPPED"}
    expected = await Household.filter(region_code__startswith=AUDITED_COUNTY, status__in=["ACTIVE", "STOPPED"]).count()
    assert f"共 {expected} 条" in visible(both.text)


async def test_a_date_range_filter_bounds_the_months(auditor):
    page = await auditor.get(
        "/admin/household/list",
        params={"effective_month_from": "2026-07", "effective_month_to": "2026-07", "pageSize": 100},
    )
    assert page.status_code == 200
    months = set(re.findall(r"\b(20\d\d-\d\d)\b", visible(page.text)))
    expected = await Household.filter(
        region_code__startswith=AUDITED_COUNTY, effective_month__gte="2026-07-01", effective_month__lte="2026-07-31"
    ).count()
    assert f"共 {expected} 条" in visible(page.text) and expected > 0
    assert "2026-07" in months and "2026-06" not in months


@pytest.mark.parametrize("bad", ["2026-13", "July", "2026-02-30"])
async def test_a_malformed_date_in_a_range_filter_is_refused(auditor, bad):
    page = await auditor.get("/admin/household/list", params={"effective_month_from": bad})
    assert page.status_code == 400


def test_every_inspection_rule_and_rounding_mode_has_its_name_in_the_label_table():
    """The label table follows the rules supervision runs: a new rule without a name would show raw to auditors."""
    from services.supervision.rules import RULES

    codes = list(RULES)
    assert codes and all(VOCABULARIES["inspection_rule"].label(code) != code for code in codes), codes
    assert VOCABULARIES["rounding"].label("ROUND_HALF_UP") == "四舍五入"
