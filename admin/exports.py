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
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import xlsxwriter
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import StreamingResponse

from admin import audit
from admin.columns import format_datetime
from kernel.values import SHANGHAI

SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
"""Characters Excel refuses in a worksheet name."""
XLSX_MAX_ROWS = 1_048_575
"""One header row plus this many rows is all a worksheet holds."""
CHUNK = 64 * 1024
BATCH = 1000
MEDIA = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


async def rows_of(view: Any, request: Request) -> AsyncIterator[Any]:
    """The rows of the filtered list, masked, fetched in batches through a server-side cursor."""
    stmt = await view.filtered_query(request)
    async with view.session_maker() as session:
        result = await session.stream(stmt.execution_options(yield_per=BATCH))
        async for partition in result.scalars().partitions(BATCH):
            for row in view.mask(request, list(partition)):
                yield row


def sheet_name(label: str) -> str:
    """A worksheet name Excel accepts: without []:*?/\\, no apostrophe at either end, at most 31 characters."""
    name = " ".join(SHEET_FORBIDDEN.sub(" ", label).split()).strip("'")[:31].strip()
    return name or "Sheet1"


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
    columns = view._export_prop_names
    headers = [view._column_labels.get(name, name) for name in columns]
    what = _what(view, request, export_type)
    if export_type == "csv":
        body = _csv(view, request, columns, headers, what)
        return StreamingResponse(body, media_type=MEDIA["csv"],
                                 headers={"Content-Disposition": _disposition(view, "csv")})
    path, count = await _xlsx(view, request, columns, headers)
    await audit.log(request, action=audit.EXPORT, entity=view.identity, rows=count, after=what)
    return StreamingResponse(_file_chunks(path), media_type=MEDIA["xlsx"],
                             headers={"Content-Disposition": _disposition(view, "xlsx")},
                             background=BackgroundTask(_remove, path))


async def _csv(view: Any, request: Request, columns: list[str], headers: list[str], what: dict) -> AsyncIterator[bytes]:
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
            writer.writerow([_text(getattr(row, name, None)) for name in columns])
            count += 1
            if count % BATCH == 0:
                yield flush()
        yield flush()
    finally:
        await audit.log(request, action=audit.EXPORT, entity=view.identity, rows=count, after=what)


async def _xlsx(view: Any, request: Request, columns: list[str], headers: list[str]) -> tuple[str, int]:
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
            for index, name in enumerate(columns):
                _cell(sheet, count, index, getattr(row, name, None), styles)
    finally:
        workbook.close()
    return path, count


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
