"""Benefit amount — 保障金额: the gap method (补差) or tiers (分档), extras (分类施保), rounding, minimum.

Pure functions over plain values, so every amount can be recomputed and explained: which standard,
which incomes were counted, excluded or deducted, how many members, which extras, how it was rounded.
"""

from __future__ import annotations

import datetime as dt
import decimal
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

ZERO = Decimal("0.00")
CENT = Decimal("0.01")
SEVERE_DISABILITY_GRADES = (1, 2)


@dataclass(frozen=True)
class MemberFacts:
    """What the calculation needs of a member (成员)."""

    person_id: int
    name: str
    birth_date: dt.date
    counted: bool = True
    excluded_reason: str = ""
    disability_grade: int | None = None
    disability_kind: str = ""
    serious_illness: bool = False
    deceased_on: dt.date | None = None
    work_capacity: str = "FULL"
    student: bool = False

    def alive_on(self, day: dt.date) -> bool:
        return self.deceased_on is None or self.deceased_on > day

    def age_on(self, day: dt.date) -> int:
        return day.year - self.birth_date.year - ((day.month, day.day) < (self.birth_date.month, self.birth_date.day))


@dataclass(frozen=True)
class IncomeFacts:
    """An income item (收入): category, monthly amount and how it was declared to be treated."""

    category: str
    monthly_amount: Decimal
    treatment: str = "COUNTED"  # COUNTED, EXCLUDED or DEDUCTED (a cost taken off, e.g. illness)


@dataclass(frozen=True)
class AssetFacts:
    kind: str
    value: Decimal
    exempt: bool = False


@dataclass(frozen=True)
class Part:
    """One part of the monthly amount with the basis a clerk can quote."""

    kind: str
    amount: Decimal
    basis: str


@dataclass
class Assessment:
    """The result: eligible or not, the monthly amount, its parts and the full explanation."""

    eligible: bool
    monthly: Decimal
    parts: list[Part]
    explanation: dict[str, Any] = field(default_factory=dict)
    refusals: list[str] = field(default_factory=list)


def _round(amount: Decimal, rounding: dict[str, str]) -> Decimal:
    quantum = Decimal(str(rounding.get("quantum", "0.01")))
    mode = getattr(decimal, rounding.get("mode", "ROUND_HALF_UP"))
    return amount.quantize(quantum, rounding=mode).quantize(CENT)


def income_treatment(item: IncomeFacts, excluded_rules: list[dict[str, str]], on: dt.date) -> str:
    """DEDUCTED and EXCLUDED stand as declared; a category the rules exclude on `on` is EXCLUDED."""
    if item.treatment in ("EXCLUDED", "DEDUCTED"):
        return item.treatment
    for rule in excluded_rules:
        if rule["category"] == item.category and ("until" not in rule or on <= dt.date.fromisoformat(rule["until"])):
            return "EXCLUDED"
    return "COUNTED"


EXTRA_TARGETS = ("SEVERE_DISABILITY", "DISABILITY", "SERIOUS_ILLNESS", "ELDERLY", "ELDERLY_80", "MINOR")


def matches(who: str, member: MemberFacts, on: dt.date) -> bool:
    """Who an extra (分类施保) is for."""
    if who == "SEVERE_DISABILITY":
        return member.disability_grade in SEVERE_DISABILITY_GRADES
    if who == "DISABILITY":
        return member.disability_grade is not None
    if who == "SERIOUS_ILLNESS":
        return member.serious_illness
    if who == "ELDERLY":
        return member.age_on(on) >= 60
    if who == "ELDERLY_80":
        return member.age_on(on) >= 80
    if who == "MINOR":
        return member.age_on(on) < 18
    return False


def _assets_refusals(assets: list[AssetFacts], limits: dict[str, Any], standard: Decimal, members: int) -> list[str]:
    refusals = []
    liquid = sum(
        (
            a.value
            for a in assets
            if a.kind in ("DEPOSIT", "SECURITIES", "INSURANCE", "INTERNET_FINANCE") and not a.exempt
        ),
        ZERO,
    )
    limit = standard * Decimal(str(limits.get("depositMonthsPerPerson", 24))) * members
    if liquid > limit:
        refusals.append(f"deposits and securities ¥{liquid} exceed the limit ¥{limit:.2f}")
    vehicles = sum(1 for a in assets if a.kind == "VEHICLE" and not a.exempt)
    if vehicles > int(limits.get("nonExemptVehicles", 0)):
        refusals.append(f"{vehicles} non-exempt vehicle(s)")
    houses = sum(1 for a in assets if a.kind == "HOUSE" and not a.exempt)
    if houses > int(limits.get("housesPerHousehold", 1)):
        refusals.append(f"{houses} houses above the limit {limits.get('housesPerHousehold', 1)}")
    return refusals


def assess(
    *,
    standard: Decimal,
    standard_basis: str,
    members: list[MemberFacts],
    incomes: list[IncomeFacts],
    assets: list[AssetFacts] = (),  # type: ignore[assignment]
    settings: dict[str, Any],
    on: dt.date,
    grace_amount: Decimal | None = None,
    review_class: int | None = None,
) -> Assessment:
    """The monthly amount on `on`: `(S − Y/n) × n` (or the tier), plus extras; `grace_amount` keeps a grace exit paid."""
    counted = [m for m in members if m.counted and m.alive_on(on)]
    left_out = [
        {
            "personId": str(m.person_id),
            "name": m.name,
            "reason": m.excluded_reason or ("DECEASED" if not m.alive_on(on) else "EXCLUDED"),
        }
        for m in members
        if m not in counted
    ]
    treated = [(item, income_treatment(item, settings["excludedIncome"], on)) for item in incomes]
    counted_income = sum((i.monthly_amount for i, t in treated if t == "COUNTED"), ZERO)
    deducted = sum((i.monthly_amount for i, t in treated if t == "DEDUCTED"), ZERO)
    excluded = sum((i.monthly_amount for i, t in treated if t == "EXCLUDED"), ZERO)
    income = max(counted_income - deducted, ZERO)
    n = len(counted)
    rounding = settings["rounding"]
    explanation: dict[str, Any] = {
        "method": settings["method"],
        "standard": f"{standard:.2f}",
        "standardBasis": standard_basis,
        "countedMembers": n,
        "membersLeftOut": left_out,
        "countedIncome": f"{counted_income:.2f}",
        "deductedCosts": f"{deducted:.2f}",
        "excludedIncome": f"{excluded:.2f}",
        "householdIncome": f"{income:.2f}",
        "incomes": [
            {"category": i.category, "monthlyAmount": f"{i.monthly_amount:.2f}", "treatment": t} for i, t in treated
        ],
        "rounding": rounding,
        "minimumPerPerson": str(settings["minimumPerPerson"]),
        "on": on.isoformat(),
    }
    if n == 0:
        return Assessment(False, ZERO, [], explanation, ["no counted member alive"])
    per_capita = income / n
    explanation["perCapitaIncome"] = f"{per_capita.quantize(CENT)}"
    refusals = _assets_refusals(list(assets), settings["assetLimits"], standard, n)
    explanation["assetsWithinLimits"] = not refusals
    if per_capita >= standard:
        refusals.append(f"per-capita income ¥{per_capita.quantize(CENT)} is not below the standard ¥{standard:.2f}")
    if refusals:
        if grace_amount is not None and grace_amount > 0:
            part = Part("GRACE", grace_amount, "渐退期：保持原保障金额 / grace exit keeps the previous amount")
            explanation["grace"] = True
            return Assessment(True, grace_amount, [part], explanation, refusals)
        return Assessment(False, ZERO, [], explanation, refusals)
    base = _base(standard, income, n, per_capita, settings, explanation)
    minimum = Decimal(str(settings["minimumPerPerson"])) * n
    if base < minimum:
        explanation["minimumApplied"] = True
        base = minimum
    parts = [Part("BASE", _round(base, rounding), explanation["baseBasis"])]
    raise_percent = Decimal(str(settings.get("classRaise", {}).get(str(review_class), "0")))
    if raise_percent > 0:
        parts.append(
            Part(
                "CLASS_RAISE",
                _round(parts[0].amount * raise_percent / 100, rounding),
                f"{CLASS_NAMES.get(review_class, review_class)}上浮 {raise_percent}% × ¥{parts[0].amount:.2f}"
                f" / class {review_class} raise",
            )
        )
    for extra in settings["extras"]:
        who = [m for m in counted if matches(extra["who"], m, on)]
        if not who:
            continue
        each = (
            standard * Decimal(str(extra["percentOfStandard"])) / 100
            if "percentOfStandard" in extra
            else Decimal(str(extra["amount"]))
        )
        amount = _round(each * len(who), rounding)
        share = f"{extra['percentOfStandard']}% × ¥{standard:.2f}" if "percentOfStandard" in extra else f"¥{each:.2f}"
        parts.append(
            Part(
                extra["kind"], amount, f"分类施保 {share} × {len(who)} 人 / extra for {', '.join(m.name for m in who)}"
            )
        )
    monthly = sum((p.amount for p in parts), ZERO)
    explanation["parts"] = [{"kind": p.kind, "amount": f"{p.amount:.2f}", "basis": p.basis} for p in parts]
    explanation["monthly"] = f"{monthly:.2f}"
    return Assessment(True, monthly, parts, explanation)


CLASS_NAMES = {1: "一类", 2: "二类", 3: "三类"}
WORKING_AGE = (16, 60)
WORK_INCOME = ("WAGES", "BUSINESS")


def implied_class(members: list[MemberFacts], incomes: list[IncomeFacts], on: dt.date) -> tuple[int, str]:
    """The review class (一/二/三类) the household's circumstances imply, with the reason (Art 31: unstable cases more often).

    三类: counted income from work (wages, business), which varies; 二类: a counted member of working age able to
    work; 一类: nobody able to work (the elderly, minors, the severely disabled or ill, students) — stable.
    """
    counted = [m for m in members if m.counted and m.alive_on(on)]
    if any(i.category in WORK_INCOME and i.treatment == "COUNTED" and i.monthly_amount > 0 for i in incomes):
        return 3, "有工资或经营收入，收入不稳定 / income from work varies"
    able = [
        m
        for m in counted
        if WORKING_AGE[0] <= m.age_on(on) < WORKING_AGE[1]
        and not m.student
        and m.work_capacity in ("FULL", "PARTIAL")
        and m.disability_grade not in SEVERE_DISABILITY_GRADES
        and not m.serious_illness
    ]
    if able:
        return 2, f"有劳动能力成员 {', '.join(m.name for m in able)} / members able to work"
    return 1, "无劳动能力，收入稳定 / nobody able to work; stable"


def _base(
    standard: Decimal,
    income: Decimal,
    n: int,
    per_capita: Decimal,
    settings: dict[str, Any],
    explanation: dict[str, Any],
) -> Decimal:
    if settings["method"] == "TIER":
        for band in settings["tiers"]:
            if per_capita < Decimal(str(band["below"])):
                each = Decimal(str(band["perPerson"]))
                explanation["baseBasis"] = f"分档：人均收入低于 ¥{band['below']}，每人 ¥{each:.2f} × {n} 人 / tier"
                return each * n
    # (S − Y/n) × n, computed as S·n − Y so no per-capita rounding creeps in
    explanation["baseBasis"] = f"补差：(¥{standard:.2f} − ¥{income:.2f}/{n}) × {n} / gap method"
    return standard * n - income
