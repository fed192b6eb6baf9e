"""Working-day clocks — 工作日时限: `chinesecalendar` for statutory holidays and 调休, plus our holiday table.

The table wins over the package (a correction, or a year the package does not know yet, loaded from the
State Council's yearly notice with `dibao holidays import`). A day in a year that neither knows is refused
(HOLIDAY_YEAR_UNKNOWN), never guessed as Monday–Friday: a deadline counted without that year's holidays
and adjusted working days (调休) would be wrong by days.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import chinese_calendar

from kernel.errors import DomainError, InvalidInput
from kernel.values import SHANGHAI
from services.households.error_codes import HouseholdsErrorCode
from services.households.models import Holiday


class HolidayYearUnknown(DomainError):
    """A working-day clock reached a year whose holidays nobody has loaded."""

    code = HouseholdsErrorCode.HOLIDAY_YEAR_UNKNOWN

    def __init__(self, year: int) -> None:
        super().__init__(
            f"the holidays of {year} are not known yet: load the State Council's {year} holiday notice with "
            f"`dibao holidays import FILE.csv` (columns date, kind holiday/workday, name)",
            f"尚未载入 {year} 年的节假日安排：请按国务院办公厅 {year} 年部分节假日安排通知整理 CSV（日期、类型 holiday/workday、名称），"
            f"用 `dibao holidays import 文件.csv` 导入",
            year=year,
            remedy="dibao holidays import FILE.csv",
        )


def today() -> dt.date:
    """Today in Asia/Shanghai: deadlines are counted in the officials' calendar."""
    return dt.datetime.now(SHANGHAI).date()


def done_on(on: dt.date | None, en: str, zh: str, *, field: str = "on") -> dt.date:
    """The day something is done: `on`, or today when not given; a day after today is refused (`en`/`zh` say what
    may not be dated so)."""
    day = on or today()
    if day > today():
        raise InvalidInput(en, zh, field=field, code=HouseholdsErrorCode.DATE_IN_FUTURE)
    return day


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The first of the month `months` after `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def package_knows(year: int) -> bool:
    """Whether the installed `chinesecalendar` has the year's holidays."""
    try:
        chinese_calendar.is_workday(dt.date(year, 1, 1))
    except NotImplementedError:
        return False
    return True


@dataclass
class WorkCalendar:
    overrides: dict[dt.date, bool]

    @classmethod
    async def load(cls, *, using_db=None) -> WorkCalendar:
        rows = await Holiday.all().using_db(using_db)
        return cls({row.day: row.working for row in rows})

    def is_working(self, day: dt.date) -> bool:
        if day in self.overrides:
            return self.overrides[day]
        try:
            return chinese_calendar.is_workday(day)
        except NotImplementedError:
            if not self._imported(day.year):
                raise HolidayYearUnknown(day.year) from None
            return day.weekday() < 5

    def _imported(self, year: int) -> bool:
        """A year the table holds (an imported notice lists its holidays and adjusted working days)."""
        return any(day.year == year for day in self.overrides)

    def add_working_days(self, start: dt.date, days: int) -> dt.date:
        """The day on which `days` working days after `start` have passed (start itself not counted)."""
        day = start
        while days > 0:
            day += dt.timedelta(days=1)
            if self.is_working(day):
                days -= 1
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after `start` up to and including `end` (negative when `end` is earlier)."""
        if end < start:
            return -self.working_days_between(end, start)
        return sum(1 for n in range(1, (end - start).days + 1) if self.is_working(start + dt.timedelta(days=n)))
