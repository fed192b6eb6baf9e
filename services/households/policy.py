"""Local policy as configuration — 地方政策: standards and settings per region, effective-dated.

The most specific region wins (village over township over county over city over province over the
national row `000000000000`), and within a region the latest row in force on the day. A raise or a
new rule is a new row from a date: earlier months keep reading the earlier rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from kernel.errors import InvalidInput
from services.households.models import PolicySetting, Standard

NATIONAL = "000000000000"

DEFAULTS: dict[str, Any] = {
    # 计算方法: GAP (补差, M21 Art 23) or TIER (分档)
    "method": "GAP",
    # 分档: per-capita income below `below` → `perPerson` a month (first matching band)
    "tiers": [],
    # 分类施保: per counted member matching `who`, a share of the standard or a fixed amount
    "extras": [{"kind": "SEVERE_DISABILITY", "who": "SEVERE_DISABILITY", "percentOfStandard": "10"}],
    # 取整: quantum and mode applied to every part
    "rounding": {"quantum": "0.01", "mode": "ROUND_HALF_UP"},
    # 每人最低保障金 (0 = none)
    "minimumPerPerson": "0.00",
    # 不计入收入 (Art 13), with an optional end date (basic resident pension: 14th Five-Year Plan)
    "excludedIncome": [
        {"category": "SPECIAL_CARE"}, {"category": "FAMILY_PLANNING_REWARD"}, {"category": "SCHOLARSHIP"},
        {"category": "BRAVERY_AWARD"}, {"category": "SOCIAL_ASSISTANCE"},
        {"category": "BASIC_RESIDENT_PENSION", "until": "2025-12-31"},
    ],
    # 财产限额: deposits and securities per counted member, in months of the standard; non-exempt vehicles refused
    "assetLimits": {"depositMonthsPerPerson": 24, "nonExemptVehicles": 0, "housesPerHousehold": 1},
    # 复核周期 (months) per review class 一类/二类/三类
    "reviewMonths": {"1": 12, "2": 6, "3": 3},
    # 分类上浮: per review class, the percent added to the base amount (e.g. {"1": "30", "2": "20"}); none by default
    "classRaise": {},
    # 乡镇审核确认: approval delegated to the township, with the 20-working-day clock (Art 22; N22)
    "delegatedApproval": False,
    # 渐退期 (months, Art 33 ≤ 6)
    "graceMonths": 6,
    # 低保边缘: per-capita income below this multiple of the standard, assets within limits (DOMAIN §2: 1.5)
    "nearPovertyIncomeFactor": "1.5",
    # 民主评议: signed participants needed (M12 asks 2/3 of the representatives; a county sets its own number)
    "democraticReview": {"minParticipants": 5},
    # 县级审核确认: NONE (the approver alone), JOINT (会审 of these roles) or COMMITTEE (评审委员会 of minMembers)
    "countyPanel": {"mode": "NONE", "roles": ["DEPUTY_DIRECTOR", "CENTRE_DIRECTOR", "INVESTIGATOR"], "minMembers": 5},
    # 抽查入户: the share (percent) of cases awaiting county approval drawn for the county's own visit (M12: 不低于30%)
    "preApprovalVisitShare": "30",
    # 挂牌: door plates on households in care, where the county uses them
    "doorPlates": False,
    # 二榜公示 (M12), optional
    "secondNotice": False,
    # 近亲属 (M12 Art 14); provinces may widen it
    "kinshipRelations": ["SPOUSE", "PARENT", "CHILD", "SIBLING", "GRANDPARENT", "GRANDCHILD", "PARENT_IN_LAW"],
    # 续保: misses that open a review task (never a silent stop)
    "checkInMisses": {"consecutive": 2, "perYear": 3, "action": "REVIEW"},
    # 时限（工作日）
    "clocks": {"overall": 30, "extended": 45, "delegated": 20, "startInvestigation": 3, "countyReview": 10,
               "rejectionNotice": 3, "noticeDays": 7, "secondNoticeDays": 7, "memberEventMonths": 3},
}


def ancestry(region_code: str) -> list[str]:
    """The region and every region above it, most specific first, ending with the national row."""
    from kernel.values import RegionCode

    chain, code = [], RegionCode(region_code)
    while code is not None:
        chain.append(code.code)
        code = code.parent
    return [*chain, NATIONAL]


@dataclass
class PolicyBook:
    """Every standard and setting row, loaded once (the tables are small) and answered in memory."""

    standards: list[Standard]
    settings: list[PolicySetting]

    @classmethod
    async def load(cls, *, using_db=None) -> PolicyBook:
        standards = await Standard.all().using_db(using_db).order_by("effective_from", "id")
        settings = await PolicySetting.all().using_db(using_db).order_by("effective_from", "id")
        return cls(list(standards), list(settings))

    def standard(self, region_code: str, urban_rural: str, on: dt.date) -> Standard | None:
        """The standard in force on `on` for the region's most specific level that has one."""
        for code in ancestry(region_code):
            rows = [s for s in self.standards if s.region_code == code and s.urban_rural == urban_rural and s.effective_from <= on]
            if rows:
                return rows[-1]
        return None

    def setting(self, region_code: str, key: str, on: dt.date) -> Any:
        for code in ancestry(region_code):
            rows = [s for s in self.settings if s.region_code == code and s.key == key and s.effective_from <= on]
            if rows:
                return rows[-1].value
        return DEFAULTS[key]

    def settings_for(self, region_code: str, on: dt.date) -> dict[str, Any]:
        return {key: self.setting(region_code, key, on) for key in DEFAULTS}


def decimal(value: Any) -> Decimal:
    return Decimal(str(value))


def _percent(value: Any, field: str) -> Decimal:
    try:
        number = Decimal(str(value))
    except ArithmeticError:
        raise InvalidInput(f"{field} must be a number", f"{field} 应为数字", field=field, code="INVALID_NUMBER") from None
    if not number.is_finite():
        raise InvalidInput(f"{field} must be a number", f"{field} 应为数字", field=field, code="INVALID_NUMBER")
    return number


def check_class_raise(value: dict[str, Any]) -> None:
    """分类上浮: classes 1-3 only, each a percent above zero and at most 100; a raise paying nothing is refused."""
    for review_class, percent in value.items():
        field = f"value.{review_class}"
        if review_class not in ("1", "2", "3"):
            raise InvalidInput(f"review classes are 1, 2 and 3, not {review_class!r}", f"分类应为 1、2、3 类，不能为 {review_class!r}",
                               field=field, code="INVALID_REVIEW_CLASS")
        number = _percent(percent, field)
        if number <= 0:
            raise InvalidInput(f"a class {review_class} raise of {percent}% would pay nothing",
                               f"{review_class} 类上浮 {percent}% 不增加任何金额",
                               field=field, code="CLASS_EXTRA_PAYS_NOTHING")
        if number > 100:
            raise InvalidInput("a class raise is at most 100%", "分类上浮不能超过 100%", field=field, code="INVALID_PERCENT")


def check_extras(value: list[Any]) -> None:
    """分类施保: each extra names whom it is for and pays something; an extra that could pay nobody is refused."""
    from services.households.benefit import EXTRA_TARGETS

    for index, extra in enumerate(value):
        field = f"value[{index}]"
        if not isinstance(extra, dict) or not extra.get("kind"):
            raise InvalidInput("each extra has a kind", "每项分类施保须有名称 kind", field=f"{field}.kind")
        if extra.get("who") not in EXTRA_TARGETS:
            raise InvalidInput(f"an extra is for one of {', '.join(EXTRA_TARGETS)}", f"分类施保对象应为 {'、'.join(EXTRA_TARGETS)} 之一",
                               field=f"{field}.who", code="UNKNOWN_EXTRA_TARGET")
        if ("percentOfStandard" in extra) == ("amount" in extra):
            raise InvalidInput("give either percentOfStandard or amount", "须且只能给出 percentOfStandard 或 amount 之一", field=field)
        name = "percentOfStandard" if "percentOfStandard" in extra else "amount"
        if _percent(extra[name], f"{field}.{name}") <= 0:
            raise InvalidInput(f"the extra {extra['kind']} would pay nothing", f"分类施保 {extra['kind']} 不增加任何金额",
                               field=f"{field}.{name}", code="CLASS_EXTRA_PAYS_NOTHING")
