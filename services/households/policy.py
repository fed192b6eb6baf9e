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
    # 渐退期 (months, Art 33 ≤ 6)
    "graceMonths": 6,
    # 二榜公示 (M12), optional
    "secondNotice": False,
    # 近亲属 (M12 Art 14); provinces may widen it
    "kinshipRelations": ["SPOUSE", "PARENT", "CHILD", "SIBLING", "GRANDPARENT", "GRANDCHILD", "PARENT_IN_LAW"],
    # 续保: misses that open a review task (never a silent stop)
    "checkInMisses": {"consecutive": 2, "perYear": 3, "action": "REVIEW"},
    # 时限（工作日）
    "clocks": {"overall": 30, "extended": 45, "delegated": 20, "startInvestigation": 3, "countyReview": 10,
               "rejectionNotice": 3, "noticeDays": 7, "memberEventMonths": 3},
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
