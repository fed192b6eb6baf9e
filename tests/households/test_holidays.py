"""Working-day clocks past the years `chinesecalendar` knows: refused with the year and the remedy, never guessed
as Monday–Friday; `dibao holidays import` loads a year from the State Council's notice, all or nothing."""

import datetime as dt
import itertools

import pytest

from kernel.errors import DomainError
from services.households.calendar import WorkCalendar, package_knows
from services.households.holidays import import_holidays
from services.households.models import AuditRecord, Holiday
from tests.conftest import TEST_HOLIDAY_YEARS, run_cli

UNKNOWN = next(year for year in itertools.count(dt.date.today().year) if not package_knows(year)) + TEST_HOLIDAY_YEARS
"""The first year neither the installed package (2026 is its last in 1.11) nor the test databases know."""
LAST_DAYS = dt.date(UNKNOWN - 1, 12, 24)


def notice(*lines: str) -> bytes:
    """A notice file as an official would prepare it (test days, not the real notice)."""
    return "\n".join(["日期,类型,名称", *lines]).encode("utf-8")


@pytest.fixture
async def clean_year():
    yield
    await Holiday.filter(day__gte=dt.date(UNKNOWN, 1, 1), day__lte=dt.date(UNKNOWN, 12, 31)).delete()


async def test_a_clock_crossing_into_a_year_nobody_loaded_is_refused_with_the_remedy():
    # given the holiday table as it stands (nothing for the year after the package's last)
    calendar = await WorkCalendar.load()
    # when a deadline of ten working days is counted from late December, then it is refused, naming the year
    with pytest.raises(DomainError) as refused:
        calendar.add_working_days(LAST_DAYS, 10)
    assert refused.value.code == "HOLIDAY_YEAR_UNKNOWN" and refused.value.details["year"] == UNKNOWN
    assert "dibao holidays import" in refused.value.extensions["remedy"] and str(UNKNOWN) in refused.value.message_zh
    # and a clock that ends before the new year is counted as before
    assert calendar.add_working_days(LAST_DAYS, 2).year == UNKNOWN - 1


async def test_after_the_notice_is_imported_the_clock_counts_its_holidays_and_worked_weekends(clean_year):
    # given the year's notice: New Year's Day off, and (for the test) Saturday 2 January worked if it is a weekend
    saturday = next(dt.date(UNKNOWN, 1, d) for d in range(2, 9) if dt.date(UNKNOWN, 1, d).weekday() == 5)
    done = await import_holidays(
        content=notice(f"{UNKNOWN}-01-01,holiday,元旦", f"{saturday.isoformat()},workday,元旦调休"),
        actor="cli:test",
        file_name="notice.csv",
    )
    assert (done.years, done.holidays, done.workdays) == ([UNKNOWN], 1, 1)
    # when the same clock is counted, then it passes the new year, skipping 1 January and working that Saturday
    calendar = await WorkCalendar.load()
    day, expected = LAST_DAYS, []
    while len(expected) < 10:
        day += dt.timedelta(days=1)
        if day == saturday or (
            day.weekday() < 5 and day != dt.date(UNKNOWN, 1, 1) and (day.year == UNKNOWN or calendar.is_working(day))
        ):
            expected.append(day)
    assert calendar.add_working_days(LAST_DAYS, 10) == expected[-1]
    assert not calendar.is_working(dt.date(UNKNOWN, 1, 1)) and calendar.is_working(saturday)
    # and the import is audited
    assert await AuditRecord.filter(action="holidays.import", entity_id=str(UNKNOWN)).exists()


async def test_a_file_with_bad_rows_names_each_line_and_writes_nothing(clean_year):
    # given a notice whose lines 3, 4, 5 and 6 are wrong
    before = await Holiday.all().count()
    bad = notice(
        f"{UNKNOWN}-01-01,holiday,元旦",
        f"{UNKNOWN}-02-30,holiday,春节",
        f"{UNKNOWN}-02-10,off,春节",
        f"{UNKNOWN}-01-01,holiday,元旦",
        f"{UNKNOWN}-03-03,workday,调休",
    )
    # when it is imported, then every bad line is reported with its field and code, and nothing was written
    with pytest.raises(DomainError) as refused:
        await import_holidays(content=bad, actor="cli:test")
    assert refused.value.code == "HOLIDAY_FILE_INVALID"
    problems = [(p["line"], p["field"], p["code"]) for p in refused.value.details["errors"]]
    weekday = dt.date(UNKNOWN, 3, 3).weekday() < 5
    assert problems[:3] == [
        (3, "date", "INVALID_DATE"),
        (4, "kind", "HOLIDAY_KIND"),
        (5, "date", "HOLIDAY_DUPLICATE_DATE"),
    ]
    assert problems[3:] == ([(6, "kind", "HOLIDAY_WORKDAY_ON_WEEKDAY")] if weekday else [])
    assert await Holiday.all().count() == before


def test_the_command_prints_the_bad_lines_in_chinese_and_refuses(tmp_path):
    # given a file without the header an operator might send
    path = tmp_path / "notice.csv"
    path.write_bytes(f"{UNKNOWN}-01-01,holiday,元旦\n".encode())
    # when it is imported with the command, then it is refused, naming line 1, with a non-zero status
    done = run_cli("holidays", "import", str(path))
    assert done.returncode == 2, done.stdout + done.stderr
    assert "HOLIDAY_FILE_HEADER" in done.stdout and "第 1 行" in done.stdout


def test_the_shipped_2026_table_reads_cleanly_and_agrees_with_the_package():
    # given the example table shipped in deploy/holidays (the 2026 notice, as the package has it)
    from chinese_calendar import is_workday

    from services.households.holidays import parse
    from tests.conftest import ROOT

    days = parse((ROOT / "deploy" / "holidays" / "2026.csv").read_bytes())
    # then every day it lists is what the package says, and it lists every adjusted working day
    assert len(days) > 30 and all(is_workday(day) == working for day, working, _ in days)
    assert sum(1 for _, working, _ in days if working) == 6
