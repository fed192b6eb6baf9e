"""Holiday table import — 节假日导入: a year's statutory holidays and adjusted working days (调休) from the State
Council's yearly notice, for the years `chinesecalendar` does not know yet (or to correct one it does).

The file is CSV with a header `date,kind,name` (or 日期,类型,名称): one row per day off (`holiday`, 休) or per
weekend day worked (`workday`, 班). A file is all or nothing: every bad row is reported with its line number and
nothing is written; a good file replaces the table's rows of its notice's year (the year most of its days fall
in) and of any other day it lists, audited in the same transaction.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from kernel.audit import record
from kernel.errors import InvalidInput
from services.households.auditing import DB
from services.households.error_codes import HouseholdsErrorCode
from services.households.models import AuditRecord, Holiday

HEADERS = {"date": "date", "日期": "date", "kind": "kind", "类型": "kind", "name": "name", "名称": "name"}
KINDS = {"holiday": False, "休": False, "假": False, "workday": True, "班": True}
"""The kind column's spellings -> whether the day is worked."""


@dataclass
class HolidayImport:
    """What an import did."""

    years: list[int]
    holidays: int
    workdays: int
    replaced: int
    rows: list[tuple[dt.date, bool, str]] = field(default_factory=list)


def _problem(line: int, column: str, code: str, en: str, zh: str) -> dict:
    return {"line": line, "field": column, "code": code, "reason": en, "reasonZh": zh}


def _text(content: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InvalidInput(
        "the file is neither UTF-8 nor GB18030/GBK text",
        "文件既不是 UTF-8 也不是 GB18030/GBK 编码",
        field="file",
        code=HouseholdsErrorCode.HOLIDAY_FILE_ENCODING,
    )


def parse(content: bytes) -> list[tuple[dt.date, bool, str]]:
    """The file's days, or HOLIDAY_FILE_INVALID listing every bad line (line 1 is the header)."""
    lines = list(csv.reader(io.StringIO(_text(content))))
    header = [HEADERS.get(cell.strip().lower(), cell.strip()) for cell in (lines[0] if lines else [])]
    if sorted(header) != ["date", "kind", "name"]:
        raise InvalidInput(
            "the first line must be the header date,kind,name",
            "首行应为表头 date,kind,name（日期,类型,名称）",
            field="file",
            code=HouseholdsErrorCode.HOLIDAY_FILE_HEADER,
            errors=[
                _problem(
                    1,
                    "header",
                    HouseholdsErrorCode.HOLIDAY_FILE_HEADER,
                    "expected date,kind,name",
                    "应为 date,kind,name",
                )
            ],
        )
    where = {name: header.index(name) for name in header}
    days: list[tuple[dt.date, bool, str]] = []
    problems: list[dict] = []
    seen: dict[dt.date, int] = {}
    for number, cells in enumerate(lines[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        cells = [cell.strip() for cell in cells] + [""] * (3 - len(cells))
        raw_day, raw_kind, name = cells[where["date"]], cells[where["kind"]].lower(), cells[where["name"]]
        try:
            day = dt.date.fromisoformat(raw_day)
        except ValueError:
            problems.append(
                _problem(
                    number,
                    "date",
                    HouseholdsErrorCode.INVALID_DATE,
                    f"{raw_day!r} is not a date like 2027-01-01",
                    f"“{raw_day}”不是形如 2027-01-01 的日期",
                )
            )
            day = None
        if raw_kind not in KINDS:
            problems.append(
                _problem(
                    number,
                    "kind",
                    HouseholdsErrorCode.HOLIDAY_KIND,
                    f"{raw_kind!r} is neither holiday nor workday",
                    f"“{raw_kind}”应为 holiday（休）或 workday（班）",
                )
            )
        if not name or len(name) > 32:
            problems.append(
                _problem(
                    number,
                    "name",
                    HouseholdsErrorCode.HOLIDAY_NAME,
                    "the name is empty or longer than 32 characters",
                    "名称为空或超过 32 个字",
                )
            )
        if day is None or raw_kind not in KINDS or not name or len(name) > 32:
            continue
        if day in seen:
            problems.append(
                _problem(
                    number,
                    "date",
                    HouseholdsErrorCode.HOLIDAY_DUPLICATE_DATE,
                    f"{day} is already on line {seen[day]}",
                    f"{day} 已在第 {seen[day]} 行出现",
                )
            )
            continue
        if KINDS[raw_kind] and day.weekday() < 5:
            problems.append(
                _problem(
                    number,
                    "kind",
                    HouseholdsErrorCode.HOLIDAY_WORKDAY_ON_WEEKDAY,
                    f"{day} is a weekday: only a weekend day is made a working day",
                    f"{day} 本是工作日：调休上班日应为周末",
                )
            )
            continue
        seen[day] = number
        days.append((day, KINDS[raw_kind], name))
    if problems:
        raise InvalidInput(
            f"{len(problems)} bad line(s); nothing was imported",
            f"{len(problems)} 行有误，未导入任何内容",
            field="file",
            code=HouseholdsErrorCode.HOLIDAY_FILE_INVALID,
            errors=problems,
        )
    if not days:
        raise InvalidInput(
            "the file lists no days", "文件中没有任何日期", field="file", code=HouseholdsErrorCode.HOLIDAY_FILE_EMPTY
        )
    return days


async def import_holidays(*, content: bytes, actor: str, file_name: str = "") -> HolidayImport:
    """Replace the table's rows of the notice's year, and of the other days the file lists, with the file's days,
    audited, in one transaction."""
    days = parse(content)
    years = sorted({day.year for day, _, _ in days})
    notice = max(years, key=lambda year: sum(1 for day, _, _ in days if day.year == year))
    async with in_transaction(DB) as conn:
        replaced = (
            await Holiday.filter(
                Q(day__gte=dt.date(notice, 1, 1), day__lte=dt.date(notice, 12, 31))
                | Q(day__in=[day for day, _, _ in days])
            )
            .using_db(conn)
            .delete()
        )
        await Holiday.bulk_create(
            [Holiday(day=day, working=working, name=name) for day, working, name in days], using_db=conn
        )
        summary = HolidayImport(
            years=years,
            holidays=sum(1 for _, w, _ in days if not w),
            workdays=sum(1 for _, w, _ in days if w),
            replaced=replaced,
            rows=days,
        )
        await record(
            AuditRecord,
            actor=actor,
            action="holidays.import",
            entity="Holiday",
            entity_id=",".join(map(str, years)),
            before={"rows": replaced},
            after={"file": file_name, "holidays": summary.holidays, "workdays": summary.workdays},
            using_db=conn,
        )
    return summary
