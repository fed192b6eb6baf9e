"""Codes read in Chinese everywhere an auditor looks — lists, records, filters, exports — from the one label table
that the GraphQL enums describe themselves with too; months read as months."""

from __future__ import annotations

import csv
import io
import re

from kernel.labels import LABELS, label
from services.households.models import Household
from services.supervision.models import Finding

AUDITED_COUNTY = "431102"
CELL = re.compile(r"<td[^>]*>(.*?)</td>", re.S)
CODED = re.compile(r'<span class="coded" title="([^"]+)">([^<]+)</span>')


def raw_codes(html: str, family: str) -> set[str]:
    """Codes of the family shown as a cell's whole text (not inside the hover title)."""
    texts = {re.sub(r"<[^>]+>", "", cell).strip() for cell in CELL.findall(html)}
    return texts & set(LABELS[family])


async def test_the_lists_show_relations_sexes_statuses_and_rules_by_their_chinese_names(auditor):
    # given the county's persons, households and findings (the demo city has members of every relation)
    finding = await Finding.filter(region_code__startswith=AUDITED_COUNTY).order_by("id").first()
    pages = {
        "person": await auditor.get("/admin/person/list", params={"pageSize": 100}),
        "household": await auditor.get("/admin/household/list", params={"pageSize": 100}),
        "finding": await auditor.get("/admin/finding/list", params={"pageSize": 100}),
    }
    # then no code of the label table is a cell's text; each is its Chinese name, the code on hover
    for page, families in (("person", ("relation", "sex")), ("household", ("household_status", "urban_rural")),
                           ("finding", ("rule", "severity", "finding_status"))):
        html = pages[page].text
        for family in families:
            assert not raw_codes(html, family), (page, family)
    shown = dict(CODED.findall(pages["person"].text + pages["finding"].text))
    assert shown.get("FEMALE") == "女" and shown.get("HEAD") == "户主"
    rules = {code: name for code, name in shown.items() if code in LABELS["rule"]}
    assert all(name == label("rule", code) for code, name in rules.items())
    detail = (await auditor.get(f"/admin/finding/details/{finding.id}")).text
    assert f'title="{finding.rule}">{label("rule", finding.rule)}<' in detail


async def test_a_household_reads_its_class_in_words_and_its_months_as_months(auditor):
    household = await Household.filter(region_code__startswith=AUDITED_COUNTY, status="ACTIVE").exclude(effective_month=None).first()
    page = (await auditor.get(f"/admin/household/details/{household.id}")).text
    assert f'title="{household.review_class}">{label("review_class", household.review_class)}<' in page
    shown_month = re.search(r"<td>享受起始月</td>\s*<td>([^<]*)</td>", page).group(1)
    assert shown_month == household.effective_month.strftime("%Y-%m")  # 2026-06, never 2026-06-01


async def test_filter_choices_are_names_without_codes(auditor):
    page = (await auditor.get("/admin/person/list")).text
    choices = [(code, name) for code, name in re.findall(r'relation=([A-Z_]+)[^>]*>\s*([^<]+?)\s*<', page) if code != "__"]
    assert choices and all(name == label("relation", code) for code, name in choices)
    assert not re.search(r"（[A-Z_]{3,}）", page)


async def test_exports_write_the_names_with_the_codes_beside_them_and_months_as_months(auditor):
    # when the auditor exports the county's households as CSV and as Excel
    rows = list(csv.reader(io.StringIO((await auditor.get("/admin/household/export/csv")).content.decode("utf-8-sig"))))
    head = rows[0]
    status, code, month = head.index("状态"), head.index("状态代码"), head.index("享受起始月")
    klass, klass_code = head.index("分类"), head.index("分类代码")
    # then each coded column is its name, followed by its code for matching files
    assert rows[1:] and all(row[status] == label("household_status", row[code]) for row in rows[1:])
    assert all(row[klass] == label("review_class", row[klass_code]) for row in rows[1:])
    assert {row[code] for row in rows[1:]} <= set(LABELS["household_status"])
    # and months are months
    months = [row[month] for row in rows[1:] if row[month]]
    assert months and all(re.fullmatch(r"\d{4}-\d{2}", value) for value in months)


async def test_the_graphql_enum_describes_its_values_from_the_same_table(gql):
    body = await gql('{ __type(name: "UrbanRural") { enumValues { name description } } }', user="municipal.officer")
    values = {v["name"]: v["description"] for v in body["data"]["__type"]["enumValues"]}
    assert values == {code: label("urban_rural", code) for code in ("URBAN", "RURAL")}
