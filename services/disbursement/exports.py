"""Printable exports: a township's roster (发放花名册) as .xlsx with Chinese headers, items and totals."""

from __future__ import annotations

import io
from decimal import Decimal

import xlsxwriter

from authz.masking import Sensitive, shown
from authz.scope import Scope
from kernel.db import reader
from kernel.labels import ROSTER_ITEM_KIND, ROSTER_STATE
from services.disbursement import sql
from services.disbursement.bank import items_of
from services.disbursement.models import RosterLine
from services.disbursement.service import get_roster

KIND_NAMES = ROSTER_ITEM_KIND.terms
STATE_NAMES = ROSTER_STATE.terms


async def roster_xlsx(*, scope: Scope, roster_id: int, accounts_scope: Scope) -> tuple[str, bytes]:
    """The roster as a workbook: one row per household, one column per item kind, a totals row; file name and bytes.

    Account numbers are in full on the lines of the regions `accounts_scope` (the caller's scope of the revealing
    action) covers, masked on the others — the decision GraphQL makes."""
    roster = await get_roster(scope=scope, roster_id=roster_id)
    source = reader(sql.DB)  # the replica, unless it has not caught up with this roster's lines yet
    lines = await RosterLine.filter(roster_id=roster.id).order_by("region_code", "household_id").using_db(source)
    if len(lines) != roster.line_count:
        source = sql.connection()
        lines = await RosterLine.filter(roster_id=roster.id).order_by("region_code", "household_id").using_db(source)
    items = await items_of(source, [line.id for line in lines])
    kinds = sorted({item["kind"] for group in items.values() for item in group}, key=lambda k: (k not in KIND_NAMES, k))
    headers = [
        "序号",
        "家庭编号",
        "村（社区）代码",
        "户主姓名",
        "保障人数",
        "月保障金（元）",
        *[f"{KIND_NAMES.get(k, k)}（元）" for k in kinds],
        "合计（元）",
        "开户行",
        "户名",
        "账号",
        "项目依据",
    ]
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet(f"{roster.period} 花名册")
    bold, amount = book.add_format({"bold": True}), book.add_format({"num_format": "#,##0.00"})
    total_format = book.add_format({"bold": True, "num_format": "#,##0.00"})
    state = STATE_NAMES.get(roster.state, roster.state)
    sheet.write(0, 0, f"最低生活保障金发放花名册 乡镇 {roster.region_code} 期间 {roster.period}（{state}）", bold)
    sheet.write_row(1, 0, headers, bold)
    sums = {k: Decimal("0.00") for k in kinds}
    for index, line in enumerate(lines, 1):
        by_kind = {k: Decimal("0.00") for k in kinds}
        for item in items.get(line.id, []):
            by_kind[item["kind"]] += sql.money_sum(item["amount"])
        for k in kinds:
            sums[k] += by_kind[k]
        row = 1 + index
        sheet.write_row(row, 0, [index, line.household_id, line.region_code, line.head_name, line.members])
        sheet.write_number(row, 5, float(line.monthly_amount), amount)
        for offset, k in enumerate(kinds):
            sheet.write_number(row, 6 + offset, float(by_kind[k]), amount)
        sheet.write_number(row, 6 + len(kinds), float(line.total), amount)
        account = shown(accounts_scope, Sensitive.ACCOUNT_NUMBER, line.region_code, line.account_number)
        basis = "；".join(item["basis"] for item in items.get(line.id, []))
        sheet.write_row(row, 7 + len(kinds), [line.bank_name, line.holder_name, account, basis])
    last = 2 + len(lines)
    sheet.write(last, 0, "合计", bold)
    sheet.write(last, 4, sum(line.members for line in lines), bold)
    for offset, k in enumerate(kinds):
        sheet.write_number(last, 6 + offset, float(sums[k]), total_format)
    sheet.write_number(last, 6 + len(kinds), float(roster.total), total_format)
    sheet.write(last + 1, 0, f"户数 {roster.line_count}，异常 {roster.exception_count} 户（见系统异常清单）")
    sheet.set_column(0, 1, 8)
    sheet.set_column(2, 3 + len(kinds) + 8, 14)
    book.close()
    return f"roster-{roster.region_code}-{roster.period}.xlsx", buffer.getvalue()
