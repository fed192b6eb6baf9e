"""Working-day clocks — 工作日时限: `chinesecalendar` for statutory holidays and 调休, plus our holiday table.

The table wins over the package (a correction, or a year the package does not know yet); a year
neither knows falls back to Monday–Friday.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import chinese_calendar

from kernel.values import SHANGHAI
from services.households.models import Holiday


def today() -> dt.date:
    """Today in Asia/Shanghai: deadlines are counted in the officials' calendar."""
    return dt.datetime.now(SHANGHAI).date()


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The first of the month `months` after `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


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
            return day.weekday() < 5

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
