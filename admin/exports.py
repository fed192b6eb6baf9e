"""Exports of the list as the viewer filtered it, as .xlsx or CSV, streamed from the database and audited."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import os
import re
import tempfile
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import xlsxwriter
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import StreamingResponse

from admin import audit, related
from admin.columns import format_datetime
from admin.shown import CODE_COLUMNS
from kernel.values import SHANGHAI

XLSX_MAX_ROWS = 1_048_575
"""One header row plus this many rows is all a worksheet holds."""
CHUNK = 64 * 1024
BATCH = 1000
MEDIA = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


PLACES = (("county", 6, "县（区）"), ("township", 9, "乡镇（街道）"), ("village", 12, "村（社区）"))
"""The places named beside a region code in an export: the code's own county, township and village."""


@dataclass(frozen=True)
class Column:
    """One column of an export: its heading and how a row gives its value."""

    header: str
    value: Callable[[Any], Any]


def columns_of(view: Any) -> list[Column]:
    """The export's columns: every exported field as a person reads it, the code beside it where auditors look codes
    up, who the record is (a household's head) and the names of its county, township and village."""
    found = []
    for name in view._export_prop_names:
        header = view._column_labels.get(name, name)
        reading = view.readings.get(name)
        found.append(Column(header, _read(name, reading)))
        if reading is not None and reading.vocabulary is not None and name in CODE_COLUMNS:
            found.append(Column(f"{header}代码", _raw(name)))
        if name == view.entity.pk.attribute and view.named_by is not None:
            found.append(Column(view._column_labels.get(related.REPRESENTATIVE, "名称"), _raw(related.REPRESENTATIVE)))
    if view.region_attribute and view.region_entity is not None:
        found += [Column(header, _place(view.region_attribute, length)) for _, length, header in PLACES]
    return found


def _raw(name: str) -> Callable[[Any], Any]:
    return lambda row: getattr(row, name, None) if name != related.REPRESENTATIVE else row.__dict__.get(name)


def _read(name: str, reading: Any) -> Callable[[Any], Any]:
    if reading is None:
        return _raw(name)

    def value(row: Any) -> Any:
        stored = getattr(row, name, None)
        text = reading.text(stored)
        return stored if text is None else text

    return value


def _place(attribute: str, length: int) -> Callable[[Any], Any]:
    def value(row: Any) -> str:
        code = getattr(row, attribute, None)
        place = _place_of(code, length)
        return related.region_name(place) if place else ""

    return value


def _place_of(code: str | None, length: int) -> str | None:
    """The code of the county (6), township (9) or village (12) a 12-digit code lies in; None above that level."""
    if not code or len(code) != 12 or not code.isdigit():
        return None
    place = code[:length].ljust(12, "0")
    return place if place[:length].rstrip("0") and code[length - 3 : length] != "000" else None


async def rows_of(view: Any, request: Request) -> AsyncIterator[Any]:
    """The rows of the filtered list, masked, with the names they show, fetched in batches through a server-side
    cursor."""
    stmt = await view.filtered_query(request)
    async with view.session_maker() as session:
        result = await session.stream(stmt.execution_options(yield_per=BATCH))
        async for partition in result.scalars().partitions(BATCH):
            rows = view.mask(request, list(partition))
            await _names_for(view, rows)
            for row in rows:
                yield row


async def _names_for(view: Any, rows: list) -> None:
    """One query per batch for the heads' names, one for the place names not yet known."""
    if view.named_by is not None:
        await related.load_representatives(view.named_by, rows, view.entity.pk.attribute, view._run_arbitrary_query)
    if view.region_attribute and view.region_entity is not None:
        codes = {
            _place_of(getattr(row, view.region_attribute, None), length) for row in rows for _, length, _ in PLACES
        }
        await related.load_region_names(view.region_entity, {code for code in codes if code}, view._run_arbitrary_query)


def _filename(view: Any, export_type: str) -> str:
    stamp = dt.datetime.now(SHANGHAI).strftime("%Y%m%d-%H%M%S")
    return f"{view.identity}-{stamp}.{export_type}"


def _disposition(view: Any, export_type: str) -> str:
    """ASCII file name plus the Chinese one (RFC 5987), so browsers save 家庭-20261123.xlsx."""
    from urllib.parse import quote

    chinese = f"{view.name}-{dt.datetime.now(SHANGHAI):%Y%m%d-%H%M%S}.{export_type}"
    return f"attachment; filename=\"{_filename(view, export_type)}\"; filename*=UTF-8''{quote(chinese)}"


def _what(view: Any, request: Request, export_type: str) -> dict:
    """What was exported, for the audit trail: the format and the list's filters and search."""
    return {"format": export_type, "query": dict(request.query_params)}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


async def export(view: Any, request: Request, export_type: str) -> StreamingResponse:
    columns = columns_of(view)
    headers = [column.header for column in columns]
    what = _what(view, request, export_type)
    if export_type == "csv":
        body = _csv(view, request, columns, headers, what)
        return StreamingResponse(
            body, media_type=MEDIA["csv"], headers={"Content-Disposition": _disposition(view, "csv")}
        )
    path, count = await _xlsx(view, request, columns, headers)
    await audit.log(request, action=audit.EXPORT, entity=view.identity, rows=count, after=what)
    return StreamingResponse(
        _file_chunks(path),
        media_type=MEDIA["xlsx"],
        headers={"Content-Disposition": _disposition(view, "xlsx")},
        background=BackgroundTask(_remove, path),
    )


async def _csv(
    view: Any, request: Request, columns: list[Column], headers: list[str], what: dict
) -> AsyncIterator[bytes]:
    """UTF-8 with a byte-order mark, so Excel opens the Chinese text correctly; audited when done."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    count = 0

    def flush() -> bytes:
        data = buffer.getvalue().encode("utf-8")
        buffer.seek(0)
        buffer.truncate()
        return data

    writer.writerow(headers)
    yield codecs.BOM_UTF8 + flush()
    try:
        async for row in rows_of(view, request):
            writer.writerow([_text(column.value(row)) for column in columns])
            count += 1
            if count % BATCH == 0:
                yield flush()
        yield flush()
    finally:
        await audit.log(request, action=audit.EXPORT, entity=view.identity, rows=count, after=what)


async def _xlsx(view: Any, request: Request, columns: list[Column], headers: list[str]) -> tuple[str, int]:
    """A worksheet written row by row in constant memory to a temporary file; returns the path and row count."""
    handle, path = tempfile.mkstemp(prefix="dibao-export-", suffix=".xlsx")
    os.close(handle)
    workbook = xlsxwriter.Workbook(path, {"constant_memory": True, "remove_timezone": True})
    try:
        sheet = workbook.add_worksheet(sheet_name(view.name))
        styles = {
            "head": workbook.add_format({"bold": True, "bg_color": "#E8EEF7"}),
            "money": workbook.add_format({"num_format": '"¥"#,##0.00'}),
            "date": workbook.add_format({"num_format": "yyyy-mm-dd"}),
            "datetime": workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"}),
        }
        sheet.write_row(0, 0, headers, styles["head"])
        sheet.freeze_panes(1, 0)
        count = 0
        async for row in rows_of(view, request):
            if count >= XLSX_MAX_ROWS:
                break
            count += 1
            for index, column in enumerate(columns):
                _cell(sheet, count, index, column.value(row), styles)
    finally:
        workbook.close()
    return path, count


def sheet_name(label: str) -> str:
    """A worksheet name Excel accepts: none of []:*?/\\, at most 31 characters ("家庭 / 保障档案" → "家庭 保障档案")."""
    name = " ".join(re.sub(r"[\[\]:*?/\\]", " ", label).split())[:31].strip("'")
    return name or "导出"


def _cell(sheet, row: int, col: int, value: Any, styles: dict) -> None:
    if value is None:
        return
    if isinstance(value, bool):
        sheet.write_string(row, col, "是" if value else "否")
    elif isinstance(value, Decimal):
        sheet.write_number(row, col, float(value), styles["money"])
    elif isinstance(value, (int, float)):
        sheet.write_number(row, col, value)
    elif isinstance(value, dt.datetime):
        sheet.write_datetime(row, col, value.astimezone(SHANGHAI).replace(tzinfo=None), styles["datetime"])
    elif isinstance(value, dt.date):
        sheet.write_datetime(row, col, dt.datetime.combine(value, dt.time()), styles["date"])
    else:
        sheet.write_string(row, col, _text(value))


async def _file_chunks(path: str) -> AsyncIterator[bytes]:
    with open(path, "rb") as source:
        while chunk := source.read(CHUNK):
            yield chunk


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
