"""Small value types shared by every service: region codes, citizen IDs, periods and money."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from stdnum.cn import ric

from kernel.error_codes import CommonErrorCode
from kernel.errors import InvalidInput

_REGION_LEVELS = (("province", 2), ("city", 4), ("county", 6), ("township", 9), ("village", 12))
_LEVEL_WORDS = {
    "province": ("a province", "省级"),
    "city": ("a city", "市级"),
    "county": ("a county or district", "县（区）级"),
    "township": ("a township or street office", "乡镇（街道）级"),
    "village": ("a village or community", "村（社区）级"),
}
_NOT_A_LEVEL = {
    "county": CommonErrorCode.REGION_NOT_A_COUNTY,
    "township": CommonErrorCode.REGION_NOT_A_TOWNSHIP,
    "village": CommonErrorCode.REGION_NOT_A_VILLAGE,
}
SHANGHAI = dt.timezone(dt.timedelta(hours=8), "Asia/Shanghai")


@dataclass(frozen=True, order=True)
class RegionCode:
    """A 12-digit statistical division code (区划代码): the jurisdiction of every record."""

    code: str

    @classmethod
    def parse(cls, text: object, *, field: str = "regionCode") -> RegionCode:
        value = str(text or "").strip()
        if not re.fullmatch(r"\d{12}", value):
            raise InvalidInput(
                f"region code must be 12 digits, got {value!r}",
                f"区划代码必须是12位数字，收到 {value!r}",
                field=field,
                code=CommonErrorCode.INVALID_REGION_CODE,
            )
        return cls(value)

    @property
    def level(self) -> str:
        """province, city, county, township or village, read from the trailing zero groups."""
        for name, length in _REGION_LEVELS:
            if set(self.code[length:]) <= {"0"}:
                return name
        return "village"

    @property
    def prefix(self) -> str:
        """The significant digits: every code beneath this one starts with them."""
        return self.code[: dict(_REGION_LEVELS)[self.level]]

    @property
    def parent(self) -> RegionCode | None:
        lengths = [length for _, length in _REGION_LEVELS]
        index = lengths.index(len(self.prefix))
        if index == 0:
            return None
        keep = lengths[index - 1]
        return RegionCode(self.code[:keep].ljust(12, "0"))

    def covers(self, other: str) -> bool:
        """True when `other` is this region or lies beneath it."""
        return other.startswith(self.prefix)

    @property
    def county(self) -> RegionCode | None:
        """The county (区县) this region lies in, itself if it is one; None for a province or a city."""
        if len(self.prefix) < 6:
            return None
        return RegionCode(self.code[:6].ljust(12, "0"))

    def require_level(self, level: str, *, field: str = "regionCode") -> RegionCode:
        """This region when it is a `level` (county, township or village); otherwise REGION_NOT_A_<LEVEL> naming the
        field, so every "must be a township" reads and answers the same."""
        if self.level != level:
            en, zh = _LEVEL_WORDS[level]
            raise InvalidInput(
                f"{self.code} is not {en} code", f"{self.code} 不是{zh}区划代码", field=field, code=_NOT_A_LEVEL[level]
            )
        return self

    @classmethod
    def of_level(cls, text: object, level: str, *, field: str) -> RegionCode:
        """A region code from a caller that must name a `level` (parse, then require_level)."""
        return cls.parse(text, field=field).require_level(level, field=field)

    def __str__(self) -> str:
        return self.code


def prefix_bounds(prefix: str) -> tuple[str, str]:
    """The inclusive code range under a prefix, so an index on region_code serves the filter."""
    return prefix.ljust(12, "0"), prefix.ljust(12, "9")


def id_check_digit(body: str) -> str:
    """The GB 11643 (ISO 7064 MOD 11-2) check character for the first 17 digits."""
    return ric.calc_check_digit(body[:17] + "0")


_ID_SHAPE = re.compile(r"[0-9]{17}[0-9X]")
ID_MAX = 2**63 - 1
"""The largest record id a table holds (BIGINT)."""
_RECORD_ID = re.compile(r"[0-9]{1,19}")


def record_id(value: object, *, field: str = "id") -> int:
    """A record id from a caller: ASCII digits from 1 to 2^63-1; anything else is refused by name, never sent
    to the database (where a wider number or a letter would fail as an internal error)."""
    found = lookup_id(value)
    if found is None:
        shown = str(value)[:40]
        raise InvalidInput(
            f"{field} must be a record number from 1 to {ID_MAX}, got {shown!r}",
            f"{field} 应为1至{ID_MAX}之间的数字编号，收到 {shown!r}",
            field=field,
            code=CommonErrorCode.INVALID_ID,
        )
    return found


def lookup_id(value: object) -> int | None:
    """The id `value` names, or None when it cannot name a record (so a lookup finds nothing)."""
    text = str(value if value is not None else "").strip()
    if not _RECORD_ID.fullmatch(text) or not 0 < int(text) <= ID_MAX:
        return None
    return int(text)


def check_page(first: int, *, maximum: int, field: str = "first") -> int:
    """A page size from a caller: 1 to the list's `maximum`, or BAD_PAGE_SIZE naming the argument and the bounds."""
    if not 0 < first <= maximum:
        raise InvalidInput(
            f"{field} must be between 1 and {maximum}",
            f"{field} 应在 1 到 {maximum} 之间",
            field=field,
            code=CommonErrorCode.BAD_PAGE_SIZE,
            minimum=1,
            maximum=maximum,
        )
    return first


MAX_DAYS = 36_600
"""A day count asked for ("within N days") reaches at most a century either way."""


def bounded(value: int, *, field: str, low: int, high: int) -> int:
    """An integer argument inside its sensible range (a day count; a page size is `check_page`), or a refusal naming it."""
    if not low <= value <= high:
        raise InvalidInput(
            f"{field} must lie between {low} and {high}",
            f"{field} 须在 {low} 至 {high} 之间",
            field=field,
            code=CommonErrorCode.OUT_OF_RANGE,
            minimum=low,
            maximum=high,
        )
    return value


def normalized_id_number(text: object) -> str:
    """An ID number as stored and looked up: full-width forms folded (NFKC), spaces stripped, x upper-cased."""
    return unicodedata.normalize("NFKC", str(text or "")).strip().upper()


@dataclass(frozen=True)
class CitizenId:
    """An 18-digit resident identity number (GB 11643-1999) with its checksum verified."""

    number: str

    @classmethod
    def parse(cls, text: object, *, field: str = "idNumber", today: dt.date | None = None) -> CitizenId:
        value = normalized_id_number(text)
        if not _ID_SHAPE.fullmatch(value):
            raise InvalidInput(
                "ID number must be 17 digits followed by a digit or X",
                "身份证号码应为17位数字加1位数字或X",
                field=field,
                code=CommonErrorCode.INVALID_ID_NUMBER,
            )
        if id_check_digit(value) != value[-1]:
            raise InvalidInput(
                "ID number check digit does not match (GB 11643-1999)",
                "身份证号码校验位不正确",
                field=field,
                code=CommonErrorCode.INVALID_ID_CHECKSUM,
            )
        try:  # the digits are checked above, so the birth date is read directly (stdnum would clean the text again)
            born = dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
        except ValueError:
            raise InvalidInput(
                "ID number contains an impossible birth date",
                "身份证号码中的出生日期无效",
                field=field,
                code=CommonErrorCode.INVALID_ID_BIRTH_DATE,
            ) from None
        if born > (today or dt.datetime.now(SHANGHAI).date()) or born.year < 1890:
            raise InvalidInput(
                f"birth date {born.isoformat()} in the ID number is out of range",
                f"身份证号码中的出生日期 {born.isoformat()} 超出范围",
                field=field,
                code=CommonErrorCode.INVALID_ID_BIRTH_DATE,
            )
        return cls(value)

    @property
    def birth_date(self) -> dt.date:
        return ric.get_birth_date(self.number)

    @property
    def sex(self) -> str:
        """MALE when the sequence digit is odd, FEMALE when even."""
        return "MALE" if int(self.number[16]) % 2 else "FEMALE"

    @property
    def masked(self) -> str:
        return mask_id_number(self.number)

    def __str__(self) -> str:
        return self.number


def mask_id_number(number: str) -> str:
    """Address code and last four kept, birth date and sequence hidden: 431102********1234."""
    return number[:6] + "*" * (len(number) - 10) + number[-4:] if len(number) > 10 else "*" * len(number)


def mask_account(number: str) -> str:
    """Only the last four digits of a bank account stay visible."""
    return "*" * max(len(number) - 4, 0) + number[-4:]


CENT = Decimal("0.01")


MONEY_MAX = Decimal("9999999999.99")
"""The largest amount a money column (12 digits, 2 of them decimals) holds."""
_MONEY_TEXT = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")


def money(value: object, *, field: str = "amount") -> Decimal:
    """Yuan as a Decimal with two places; more places, a non-number, non-ASCII digits or an amount wider than
    the columns is refused, never rounded away."""
    text = str(value).strip()
    shown = text[:40]
    if not isinstance(value, (Decimal, int)) and not _MONEY_TEXT.fullmatch(text):
        raise InvalidInput(
            f"{shown!r} is not an amount of money",
            f"{shown!r} 不是有效金额",
            field=field,
            code=CommonErrorCode.INVALID_AMOUNT,
        )
    try:
        amount = Decimal(text)
        if not amount.is_finite() or abs(amount) > MONEY_MAX:
            raise InvalidInput(
                f"amounts lie between -{MONEY_MAX} and {MONEY_MAX}",
                f"金额须在 ±{MONEY_MAX} 之间",
                field=field,
                code=CommonErrorCode.AMOUNT_OUT_OF_RANGE,
                maximum=str(MONEY_MAX),
            )
        exact = amount == amount.quantize(CENT, rounding=ROUND_HALF_UP)
    except (InvalidOperation, ValueError):
        raise InvalidInput(
            f"{shown!r} is not an amount of money",
            f"{shown!r} 不是有效金额",
            field=field,
            code=CommonErrorCode.INVALID_AMOUNT,
        ) from None
    if not exact:
        raise InvalidInput(
            "amounts have at most two decimal places",
            "金额最多保留两位小数",
            field=field,
            code=CommonErrorCode.INVALID_AMOUNT,
        )
    return amount.quantize(CENT)


@dataclass(frozen=True, order=True)
class Period:
    """A payment period: a month (2026-07) or a quarter (2026Q3)."""

    year: int
    first_month: int
    length: int
    """How many months the period spans: 1 or 3."""

    @classmethod
    def parse(cls, text: object, *, field: str = "period") -> Period:
        value = str(text or "").strip()
        if m := re.fullmatch(r"(19[5-9][0-9]|2[0-9]{3})-(0[1-9]|1[0-2])", value):
            return cls(int(m[1]), int(m[2]), 1)
        if m := re.fullmatch(r"(19[5-9][0-9]|2[0-9]{3})Q([1-4])", value):
            return cls(int(m[1]), (int(m[2]) - 1) * 3 + 1, 3)
        raise InvalidInput(
            f"period must look like 2026-07 or 2026Q3 (years 1950-2999), got {value[:40]!r}",
            f"期间格式应为 2026-07 或 2026Q3（1950-2999年），收到 {value[:40]!r}",
            field=field,
            code=CommonErrorCode.INVALID_PERIOD,
        )

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, self.first_month, 1)

    @property
    def months(self) -> tuple[Period, ...]:
        """The months the period spans, in order: itself for a month, three for a quarter."""
        return tuple(Period(self.year, self.first_month + k, 1) for k in range(self.length))

    @property
    def end(self) -> dt.date:
        """The period's last day."""
        following = self.year * 12 + self.first_month - 1 + self.length
        return dt.date(following // 12, following % 12 + 1, 1) - dt.timedelta(days=1)

    def __str__(self) -> str:
        if self.length == 3:
            return f"{self.year}Q{(self.first_month - 1) // 3 + 1}"
        return f"{self.year}-{self.first_month:02d}"
