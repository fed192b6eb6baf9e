"""Registry file formats — 比对数据格式: the kinds, their columns (Chinese or English headers), encodings
(BOM/UTF-8 first, then GB18030, which covers GBK), CSV and .xlsx, and the per-row validation."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from kernel.errors import InvalidInput
from kernel.values import CitizenId, RegionCode, money
from services.supervision.errors import RegistryFileError

ID = ("身份证号", "身份证号码", "公民身份号码", "证件号码", "id_number")
NAME = ("姓名", "name")
COLUMNS = ("id_number", "name", "event_date", "end_date", "amount", "quantity", "flag", "reference", "counterpart_id", "region_code")
"""The typed columns of a registry record, in the order they are hashed and stored."""
TEXT_COLUMNS = {"id_number", "name", "reference", "counterpart_id", "region_code"}


@dataclass(frozen=True)
class Kind:
    """One external registry: what it is and which file columns fill which record columns."""

    title: str
    columns: dict[str, tuple[tuple[str, ...], bool]]  # record column -> (header aliases, required)


def _kind(title: str, **columns: tuple[tuple[str, ...], bool]) -> Kind:
    return Kind(title, {"id_number": (ID, True), "name": (NAME, False), **columns})


KINDS: dict[str, Kind] = {
    "DEATH": _kind("死亡火化 / deaths and funerals", event_date=(("死亡日期", "death_date"), True),
                   reference=(("火化证号", "certificate"), False)),
    "MARRIAGE": _kind("婚姻登记 / marriages", event_date=(("登记日期", "registered_on"), True),
                      reference=(("登记类型", "type"), False), counterpart_id=(("配偶身份证号", "spouse_id_number"), False)),
    "IMPRISONMENT": _kind("服刑人员 / imprisonment", event_date=(("入监日期", "admitted_on"), True),
                          end_date=(("刑满日期", "release_on"), False), reference=(("监所", "prison"), False)),
    "HUKOU_MOVE": _kind("户籍迁移 / hukou moves", event_date=(("迁出日期", "moved_on"), True),
                        region_code=(("迁往区划", "to_region"), False), reference=(("迁移类型", "type"), False)),
    "VEHICLE": _kind("车辆登记 / vehicles", reference=(("号牌号码", "plate"), True), amount=(("车辆价值", "value"), False),
                     flag=(("营运车辆", "commercial"), False), event_date=(("登记日期", "registered_on"), False)),
    "BUSINESS": _kind("工商登记 / business registrations", reference=(("统一社会信用代码", "credit_code"), True),
                      quantity=(("从业人数", "employees"), False), amount=(("注册资本", "capital"), False),
                      event_date=(("成立日期", "founded_on"), False), end_date=(("注销日期", "closed_on"), False)),
    "PROPERTY": _kind("不动产登记 / property", reference=(("不动产权证号", "certificate"), True),
                      amount=(("建筑面积", "area"), False), event_date=(("登记日期", "registered_on"), False)),
    "PENSION": _kind("养老金 / pensions", amount=(("月养老金", "monthly_pension"), True), event_date=(("起领日期", "starts_on"), False),
                     end_date=(("停发日期", "ends_on"), False), reference=(("险种", "scheme"), False)),
    "WAGE": _kind("工资社保缴费 / wages and contributions", event_date=(("所属月份", "month"), True),
                  amount=(("月工资", "monthly_wage"), True),
                  reference=(("单位名称", "employer"), False), counterpart_id=(("雇主身份证号", "employer_id_number"), False)),
    "PUBLIC_EMPLOYEE": _kind("公职及国企人员 / public employees and SOE staff", reference=(("工作单位", "employer"), True),
                             event_date=(("入职日期", "joined_on"), False), end_date=(("离职日期", "left_on"), False)),
    "VILLAGE_CADRE": _kind("村（社区）干部 / village cadres", reference=(("职务", "post"), True),
                           region_code=(("村社区代码", "village"), False),
                           event_date=(("任职日期", "from"), False), end_date=(("离任日期", "until"), False)),
    "SUPPORT": _kind("赡养扶养抚养 / support from liable relatives", counterpart_id=(("义务人身份证号", "supporter_id_number"), True),
                     amount=(("月赡养费", "monthly_support"), True), event_date=(("起始日期", "from"), False)),
    "WORK_REFERRAL": _kind("就业介绍 / work referrals", event_date=(("介绍日期", "referred_on"), True), flag=(("拒绝", "refused"), True),
                           reference=(("岗位", "job"), False)),
    "CHECK_REFUSAL": _kind("拒绝核对或虚报 / refused checks and false declarations", event_date=(("发生日期", "on"), True),
                           reference=(("事项", "matter"), True)),
    "SPENDING": _kind("消费支出 / spending", event_date=(("所属月份", "month"), True), amount=(("金额", "amount"), True),
                      reference=(("类别", "category"), True)),
    "DEPOSIT": _kind("存款 / bank deposits", amount=(("存款余额", "balance"), True), reference=(("开户银行", "bank"), False),
                     event_date=(("查询日期", "as_of"), False)),
    "TAX": _kind("个人所得税 / income tax records", amount=(("应纳税所得额", "taxable_income"), True),
                 event_date=(("所属期", "period"), True),
                 reference=(("扣缴单位", "withholder"), False)),
    "INSURANCE": _kind("商业保险 / commercial insurance", reference=(("保单号", "policy"), True),
                       amount=(("现金价值", "cash_value"), False),
                       event_date=(("投保日期", "insured_on"), False), end_date=(("满期日期", "expires_on"), False)),
    "HOUSING_FUND": _kind("住房公积金 / housing fund", amount=(("月缴存额", "monthly_contribution"), True),
                          event_date=(("缴存月份", "month"), True),
                          reference=(("缴存单位", "employer"), False)),
}

TRUE_WORDS = {"是", "y", "yes", "true", "1", "营运", "拒绝", "t"}
FALSE_WORDS = {"否", "n", "no", "false", "0", "非营运", "接受", "f"}
EARLIEST = dt.date(1900, 1, 1)
DATE = re.compile(r"(\d{4})[-/.年]?(\d{1,2})(?:[-/.月]?(\d{1,2})日?)?月?")


class RowError(Exception):
    """One cell that stops a row from loading."""

    def __init__(self, field: str, code: str, reason_en: str, reason_zh: str) -> None:
        super().__init__(reason_en)
        self.field, self.code, self.reason = field, code, f"{reason_zh} ({reason_en})"


def kind_of(name: str) -> Kind:
    if name not in KINDS:
        raise InvalidInput(f"unknown registry kind {name!r}; known: {', '.join(KINDS)}", f"未知的比对数据类别 {name!r}",
                           field="kind", code="REGISTRY_UNKNOWN_KIND")
    return KINDS[name]


def decode(content: bytes) -> tuple[str, str]:
    """The text and the encoding it was written in: a BOM or valid UTF-8 first, then GB18030 (a superset of GBK)."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if content.startswith(bom):
            return content.decode(encoding), encoding
    for encoding in ("utf-8", "gb18030"):
        try:
            return content.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise RegistryFileError("the file is neither UTF-8 nor GB18030/GBK text",
                            "文件既不是 UTF-8 也不是 GB18030/GBK 编码", code="REGISTRY_ENCODING")


def read_table(content: bytes, file_name: str) -> tuple[list[str], Iterator[tuple[int, list[Any]]], str, int]:
    """Header, numbered data rows, encoding and an estimate of the row count, from CSV or .xlsx bytes."""
    if not content.strip():
        raise RegistryFileError("the file is empty", "文件为空", code="REGISTRY_EMPTY_FILE")
    if content[:4] == b"PK\x03\x04" or file_name.lower().endswith(".xlsx"):
        return _read_xlsx(content)
    text, encoding = decode(content)
    if "\x00" in text:
        raise RegistryFileError("the file is binary, not CSV text", "文件不是 CSV 文本", code="REGISTRY_MALFORMED_FILE")
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first_line and "," not in first_line else ","
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(rows, [])
    return header, ((number, row) for number, row in enumerate(rows, start=2)), encoding, text.count("\n")


def _read_xlsx(content: bytes) -> tuple[list[str], Iterator[tuple[int, list[Any]]], str, int]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise RegistryFileError(f"the .xlsx file cannot be read: {exc}", "无法读取 .xlsx 文件", code="REGISTRY_MALFORMED_FILE") from None
    sheet = book.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = [str(cell or "") for cell in next(rows, ())]
    return header, ((number, list(row)) for number, row in enumerate(rows, start=2)), "xlsx", sheet.max_row or 0


def _header_key(text: str) -> str:
    return re.sub(r"\s+", "", str(text)).strip("\ufeff").lower()


@dataclass
class Layout:
    """Which file column feeds which record column, and which columns nobody understands."""

    parsers: list[tuple[int, str, str, Callable[[Any, str], Any]]]  # index, record column, header, parser
    unknown: list[tuple[int, str]]
    width: int
    required: list[tuple[str, str]] = field(default_factory=list)  # record column, header: a row without it is refused


def layout(kind_name: str, header: list[str]) -> Layout:
    """Match the header to the kind's columns; a missing required column refuses the whole file."""
    kind = kind_of(kind_name)
    keys = [_header_key(text) for text in header]
    parsers, used, required = [], set(), []
    for column, (aliases, needed) in kind.columns.items():
        index = next((keys.index(_header_key(a)) for a in aliases if _header_key(a) in keys), None)
        if index is None:
            if needed:
                raise RegistryFileError(f"column {aliases[0]} ({aliases[-1]}) is missing", f"缺少必填列 {aliases[0]}",
                                        field=aliases[0], code="REGISTRY_MISSING_COLUMN")
            continue
        used.add(index)
        parsers.append((index, column, header[index], PARSERS[column]))
        if needed:
            required.append((column, header[index]))
    unknown = [(index, text) for index, text in enumerate(header) if index not in used and str(text).strip()]
    return Layout(parsers, unknown, len(header), required)


BLANK: dict[str, Any] = {column: "" if column in TEXT_COLUMNS else None for column in COLUMNS}
"""A record before its cells are read: columns the file does not have stay empty."""
LATEST_END = dt.date(2100, 12, 31)


def parse_row(kind: str, layout_: Layout, row: list[Any], today: dt.date) -> tuple[dict[str, Any], str]:
    """The typed record (every column of COLUMNS, plus `detail`) and its digest; raises RowError naming the first bad cell.

    This runs once per row of a million-row file, so the layout is resolved beforehand and the digest is
    built from values the parsers already normalised."""
    width = layout_.width
    if len(row) < width or len(row) > width and any(cell not in (None, "") for cell in row[width:]):
        raise RowError("", "REGISTRY_ROW_SHAPE", f"row has {len(row)} fields, the header has {width}",
                       f"该行有 {len(row)} 列，表头有 {width} 列")
    record = dict(BLANK)
    for index, column, header, parse in layout_.parsers:
        if parse is parse_date:
            record[column] = parse_date(row[index], header, today if column == "event_date" else LATEST_END)
        else:
            record[column] = parse(row[index], header)
    for column, header in layout_.required:
        if record[column] in (None, ""):
            raise RowError(header, "REGISTRY_REQUIRED", f"{header} is required", f"{header} 不能为空")
    extra = {header: _plain(row[index]) for index, header in layout_.unknown if row[index] not in (None, "")}
    record["detail"] = extra or None
    parts = [kind]
    for column in COLUMNS:
        value = record[column]
        parts.append(value if type(value) is str else _plain(value))  # parsed text is already stripped
    if extra:
        parts.extend(sorted(f"{k}={v}" for k, v in extra.items()))
    return record, hashlib.md5("\x1f".join(parts).encode()).hexdigest()


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.isoformat() if isinstance(value, dt.date) else str(value).strip()


def _text(limit: int) -> Callable[[Any, str], str]:
    def parse(value: Any, header: str) -> str:
        text = _plain(value)
        if len(text) > limit:
            raise RowError(header, "REGISTRY_TOO_LONG", f"{header} is longer than {limit} characters", f"{header} 超过 {limit} 个字符")
        return text
    return parse


def parse_id(value: Any, header: str) -> str:
    text = _plain(value)
    if not text:
        return ""
    try:
        return CitizenId.parse(text, field=header).number
    except InvalidInput as error:
        raise RowError(header, error.code, error.message_en, error.message_zh) from None


def parse_date(value: Any, header: str, latest: dt.date) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        text = str(value).strip()
        match = DATE.fullmatch(text)
        if not match:
            raise RowError(header, "REGISTRY_INVALID_DATE", f"{header}: {text!r} is not a date (2026-01-31)",
                           f"{header}：{text!r} 不是日期")
        try:
            day = dt.date(int(match[1]), int(match[2]), int(match[3] or 1))
        except ValueError:
            raise RowError(header, "REGISTRY_INVALID_DATE", f"{header}: {text!r} is not a calendar date",
                           f"{header}：{text!r} 不是有效日期") from None
    if not EARLIEST <= day <= latest:
        raise RowError(header, "REGISTRY_DATE_OUT_OF_RANGE", f"{header}: {day} is outside {EARLIEST} to {latest}",
                       f"{header}：{day} 超出 {EARLIEST} 至 {latest} 的范围")
    return day


def parse_amount(value: Any, header: str) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        amount = money(str(value).replace(",", "").strip(), field=header)
    except InvalidInput as error:
        raise RowError(header, "REGISTRY_INVALID_AMOUNT", error.message_en, error.message_zh) from None
    if amount < 0 or amount >= Decimal("1e12"):
        raise RowError(header, "REGISTRY_INVALID_AMOUNT", f"{header} must be between 0 and 10^12", f"{header} 应在 0 到 10^12 之间")
    return amount


def parse_quantity(value: Any, header: str) -> int | None:
    if value in (None, ""):
        return None
    text = _plain(value).removesuffix(".0")
    if not text.isdigit() or int(text) > 10_000_000:
        raise RowError(header, "REGISTRY_INVALID_NUMBER", f"{header}: {text!r} is not a whole number", f"{header}：{text!r} 不是整数")
    return int(text)


def parse_flag(value: Any, header: str) -> bool | None:
    text = _plain(value).lower()
    if text == "":
        return None
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise RowError(header, "REGISTRY_INVALID_FLAG", f"{header}: {text!r} is not yes/no (是/否)", f"{header}：{text!r} 应为 是/否")


def parse_region(value: Any, header: str) -> str:
    text = _plain(value)
    if not text:
        return ""
    try:
        return RegionCode.parse(text, field=header).code
    except InvalidInput as error:
        raise RowError(header, error.code, error.message_en, error.message_zh) from None


PARSERS: dict[str, Callable[[Any, str], Any]] = {
    "id_number": parse_id, "counterpart_id": parse_id, "name": _text(50), "reference": _text(64), "amount": parse_amount,
    "quantity": parse_quantity, "flag": parse_flag, "region_code": parse_region, "event_date": parse_date, "end_date": parse_date,
}
