"""A campaign's lists — 调增名册、调减名册、停发名册: the households its visits concluded should be raised, reduced or
stopped, as rows and as a printable workbook (Chinese headers, place names, codes read by their names, ID numbers
masked where the caller may not read them — the decision GraphQL makes)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal

import xlsxwriter

from authz.masking import Sensitive, shown
from authz.scope import Scope
from kernel.audit import record
from kernel.errors import InvalidInput
from kernel.labels import CAMPAIGN_OUTCOME, HOUSEHOLD_STATUS, URBAN_RURAL
from kernel.values import RegionCode
from services.supervision.campaigns import get_visible, part_of
from services.supervision.models import (
    AuditRecord,
    Campaign,
    CampaignVisit,
    ProjectedHousehold,
    ProjectedPerson,
    ProjectedRegion,
)

LISTS = {"INCREASE": "调增名册", "DECREASE": "调减名册", "STOP": "停发名册"}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass
class ListRow:
    """One household of a list, as printed."""

    household_id: int
    region_code: str
    township_name: str
    village_name: str
    head_name: str
    head_id_number: str | None
    members: int
    status: str
    urban_rural: str
    amount_before: Decimal
    proposed_amount: Decimal
    reason: str
    visited_on: dt.date
    visitor: str

    @property
    def change(self) -> Decimal:
        return self.proposed_amount - self.amount_before


def _kind(kind: str) -> str:
    if kind not in LISTS:
        raise InvalidInput(f"kind must be one of {', '.join(LISTS)}", "名册类型应为 INCREASE（调增）、DECREASE（调减）或 STOP（停发）",
                           field="kind", code="INVALID_LIST_KIND")
    return kind


async def rows(*, scope: Scope, ids_scope: Scope, campaign_id: int, kind: str,
               region_code: str | None = None) -> tuple[Campaign, list[ListRow]]:
    """The list of the caller's part of the campaign (or of a region in it), by village then household; ID numbers in full
    only where `ids_scope` (the caller's scope of the revealing action) covers the household."""
    kind = _kind(kind)
    campaign = await get_visible(scope, campaign_id)
    inside = part_of(scope, campaign, region_code)
    visits = await CampaignVisit.filter(inside.q(), campaign_id=campaign.id, outcome=kind).order_by("region_code", "household_id")
    ids = [visit.household_id for visit in visits]
    households = {h.household_id: h for h in await ProjectedHousehold.filter(household_id__in=ids)}
    persons = await ProjectedPerson.filter(household_id__in=ids, deceased_on__isnull=True)
    heads = {p.household_id: p for p in persons if p.relation == "HEAD"}
    counted: dict[int, int] = {}
    for person in persons:
        counted[person.household_id] = counted.get(person.household_id, 0) + (1 if person.counted else 0)
    places = {v.region_code for v in visits} | {v.region_code[:9] + "000" for v in visits}
    names = dict(await ProjectedRegion.filter(region_code__in=sorted(places)).values_list("region_code", "name"))
    listed = []
    for visit in visits:
        household, head = households.get(visit.household_id), heads.get(visit.household_id)
        listed.append(ListRow(
            household_id=visit.household_id, region_code=visit.region_code,
            township_name=names.get(visit.region_code[:9] + "000", ""), village_name=names.get(visit.region_code, ""),
            head_name=head.name if head else "", members=counted.get(visit.household_id, 0),
            head_id_number=shown(ids_scope, Sensitive.ID_NUMBER, visit.region_code, head.id_number) if head else None,
            status=household.status if household else "", urban_rural=household.urban_rural if household else "",
            amount_before=visit.amount_before or Decimal("0.00"), proposed_amount=visit.proposed_amount or Decimal("0.00"),
            reason=visit.reason, visited_on=visit.visited_on, visitor=visit.visitor))
    return campaign, listed


HEADERS = ["序号", "乡镇（街道）", "村（社区）", "区划代码", "家庭编号", "户主姓名", "户主身份证号", "保障人数", "城乡类别", "保障状态",
           "原月保障金（元）", "拟调整月保障金（元）", "增减额（元）", "理由", "入户日期", "核查人"]


async def workbook(*, scope: Scope, ids_scope: Scope, campaign_id: int, kind: str, region_code: str | None = None,
                   actor: str) -> tuple[str, bytes, int]:
    """The list as an .xlsx workbook: a title, Chinese headers, one row per household and a totals row; the file name,
    bytes and row count. The export is audited (it carries personal data)."""
    campaign, listed = await rows(scope=scope, ids_scope=ids_scope, campaign_id=campaign_id, kind=kind, region_code=region_code)
    place = RegionCode.parse(region_code).code if region_code else campaign.region_code
    place_name = (await ProjectedRegion.filter(region_code=place).values_list("name", flat=True)) or [place]
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet(LISTS[kind])
    bold, amount = book.add_format({"bold": True}), book.add_format({"num_format": "#,##0.00"})
    total = book.add_format({"bold": True, "num_format": "#,##0.00"})
    sheet.write(0, 0, f"{campaign.name} {LISTS[kind]}（{place_name[0]}，{CAMPAIGN_OUTCOME.label(kind)}）", bold)
    sheet.write_row(1, 0, HEADERS, bold)
    for index, row in enumerate(listed, 1):
        line = 1 + index
        sheet.write_row(line, 0, [index, row.township_name, row.village_name, row.region_code, str(row.household_id), row.head_name,
                                  row.head_id_number or "", row.members, URBAN_RURAL.label(row.urban_rural),
                                  HOUSEHOLD_STATUS.label(row.status)])
        for column, value in ((10, row.amount_before), (11, row.proposed_amount), (12, row.change)):
            sheet.write_number(line, column, float(value), amount)
        sheet.write_row(line, 13, [row.reason, row.visited_on.isoformat(), row.visitor])
    last = 2 + len(listed)
    sheet.write(last, 0, "合计", bold)
    sheet.write(last, 4, f"{len(listed)} 户", bold)
    sheet.write(last, 7, sum(row.members for row in listed), bold)
    for column, value in ((10, sum((r.amount_before for r in listed), Decimal("0.00"))),
                          (11, sum((r.proposed_amount for r in listed), Decimal("0.00"))),
                          (12, sum((r.change for r in listed), Decimal("0.00")))):
        sheet.write_number(last, column, float(value), total)
    sheet.set_column(0, 0, 6)
    sheet.set_column(1, len(HEADERS) - 1, 14)
    book.close()
    await record(AuditRecord, actor=actor, action="supervision.campaign.export", entity="Campaign", entity_id=campaign.id,
                 region_code=place, after={"list": kind, "regionCode": place, "households": len(listed)})
    return f"campaign-{campaign.id}-{kind.lower()}-{place}.xlsx", buffer.getvalue(), len(listed)
