"""Benefit amounts computed by hand (DOMAIN §3) and by the calculator: gap, extras, tiers, rounding, grace."""

import copy
import datetime as dt
from decimal import Decimal

import pytest

from services.households.benefit import AssetFacts, IncomeFacts, MemberFacts, assess
from services.households.policy import DEFAULTS

ON = dt.date(2026, 7, 1)


def settings(**overrides) -> dict:
    chosen = copy.deepcopy(DEFAULTS)
    chosen.update(overrides)
    return chosen


def people(count: int, **first) -> list[MemberFacts]:
    return [
        MemberFacts(person_id=n, name=f"成员{n}", birth_date=dt.date(1980, 1, 1), **(first if n == 1 else {}))
        for n in range(1, count + 1)
    ]


def wages(amount: str, category: str = "WAGES", treatment: str = "COUNTED") -> IncomeFacts:
    return IncomeFacts(category, Decimal(amount), treatment)


def run(standard: str, members, incomes=(), on=ON, assets=(), grace=None, **chosen):
    return assess(
        standard=Decimal(standard),
        standard_basis="test",
        members=list(members),
        incomes=list(incomes),
        assets=list(assets),
        settings=settings(**chosen),
        on=on,
        grace_amount=grace,
    )


def test_the_worked_example_of_domain_section_3():
    # given S = ¥700, three members and ¥900 a month → ¥300 per capita
    result = run("700", people(3), [wages("900")])
    # then (700 − 300) × 3 = ¥1,200, explained
    assert result.eligible and result.monthly == Decimal("1200.00")
    assert result.explanation["perCapitaIncome"] == "300.00" and result.explanation["countedMembers"] == 3
    assert [(p.kind, p.amount) for p in result.parts] == [("BASE", Decimal("1200.00"))]


def test_the_worked_example_with_a_severely_disabled_member_gets_ten_percent_of_the_standard():
    result = run("700", people(3, disability_grade=1), [wages("900")])
    assert result.monthly == Decimal("1270.00")
    assert [(p.kind, p.amount) for p in result.parts] == [
        ("BASE", Decimal("1200.00")),
        ("SEVERE_DISABILITY", Decimal("70.00")),
    ]


@pytest.mark.parametrize(
    ("case", "standard", "members", "incomes", "on", "expected"),
    [
        # scholarships are excluded (Art 13): Y = 400 → 700×2 − 400
        ("excluded scholarship", "700", people(2), [wages("400"), wages("300", "SCHOLARSHIP")], ON, "1000.00"),
        # an illness cost is deducted: Y = 900 − 300 = 600 → 500×3 − 600
        (
            "deducted illness cost",
            "500",
            people(3),
            [wages("900"), wages("300", "ILLNESS_COST", "DEDUCTED")],
            ON,
            "900.00",
        ),
        # the basic resident pension is excluded during the 14th Five-Year Plan (to 2025-12-31) …
        (
            "resident pension 2025",
            "500",
            people(1),
            [wages("150", "BASIC_RESIDENT_PENSION")],
            dt.date(2025, 6, 1),
            "500.00",
        ),
        # … and counted after it: 500 − 150
        (
            "resident pension 2026",
            "500",
            people(1),
            [wages("150", "BASIC_RESIDENT_PENSION")],
            dt.date(2026, 2, 1),
            "350.00",
        ),
        # a single-person household with a grade-1 disability: 500 + 10% of 500
        ("single person, disabled", "500", people(1, disability_grade=1), [], ON, "550.00"),
        # a member in prison is not counted: n = 2, (600 − 400/2) × 2
        ("member in prison", "600", people(3, counted=False, excluded_reason="PRISON"), [wages("400")], ON, "800.00"),
        # a member who died before the month is not counted: (500 − 100) × 1
        ("member deceased", "500", people(2, deceased_on=dt.date(2026, 5, 3)), [wages("100")], ON, "400.00"),
        # a declared EXCLUDED item stays out even in a counted category
        ("declared excluded", "500", people(2), [wages("300"), wages("200", "GIFT", "EXCLUDED")], ON, "700.00"),
        # deductions never make income negative: Y = max(100 − 300, 0)
        (
            "deduction above income",
            "500",
            people(2),
            [wages("100"), wages("300", "DISABILITY_COST", "DEDUCTED")],
            ON,
            "1000.00",
        ),
    ],
)
def test_hand_computed_gap_amounts(case, standard, members, incomes, on, expected):
    assert run(standard, members, incomes, on).monthly == Decimal(expected), case


def test_per_capita_income_at_the_standard_is_not_eligible_and_says_why():
    result = run("500", people(2), [wages("1000")])
    assert not result.eligible and result.monthly == Decimal("0.00")
    assert "not below the standard" in result.refusals[0]


def test_a_grace_exit_keeps_the_previous_amount_while_income_is_above_the_standard():
    result = run("500", people(2), [wages("1200")], grace=Decimal("300.00"))
    assert result.eligible and result.monthly == Decimal("300.00") and result.parts[0].kind == "GRACE"


def test_rounding_is_configured_quantum_and_mode():
    # (612.35 × 3) − 100 = 1737.05
    assert run("612.35", people(3), [wages("100")]).monthly == Decimal("1737.05")
    assert run(
        "612.35", people(3), [wages("100")], rounding={"quantum": "1", "mode": "ROUND_HALF_UP"}
    ).monthly == Decimal("1737.00")
    assert run("612.35", people(3), [wages("100")], rounding={"quantum": "1", "mode": "ROUND_UP"}).monthly == Decimal(
        "1738.00"
    )


def test_the_minimum_per_person_lifts_a_small_gap():
    # 500 × 2 − 980 = 20, below the ¥30 × 2 minimum
    result = run("500", people(2), [wages("980")], minimumPerPerson="30.00")
    assert result.monthly == Decimal("60.00") and result.explanation["minimumApplied"]


def test_the_tier_method_pays_the_band_of_the_per_capita_income():
    tiers = [
        {"below": "100", "perPerson": "450"},
        {"below": "300", "perPerson": "300"},
        {"below": "500", "perPerson": "150"},
    ]
    # per capita 200 → band "below 300" → 300 × 2
    assert run("500", people(2), [wages("400")], method="TIER", tiers=tiers).monthly == Decimal("600.00")


def test_fixed_extras_for_the_very_old():
    members = [MemberFacts(1, "老人", dt.date(1940, 3, 1)), MemberFacts(2, "子女", dt.date(1975, 3, 1))]
    extras = [{"kind": "ELDERLY_80", "who": "ELDERLY_80", "amount": "50"}]
    # 600 × 2 − 200 = 1000, plus ¥50 for the member over 80
    assert run("600", members, [wages("200")], extras=extras).monthly == Decimal("1050.00")


@pytest.mark.parametrize(
    ("assets", "eligible"),
    [
        ([AssetFacts("DEPOSIT", Decimal("30000"))], False),  # above 24 × 500 × 2 = 24,000
        ([AssetFacts("DEPOSIT", Decimal("20000"))], True),
        ([AssetFacts("VEHICLE", Decimal("40000"))], False),
        ([AssetFacts("VEHICLE", Decimal("8000"), exempt=True)], True),  # a tricycle needed for work
        ([AssetFacts("HOUSE", Decimal("1")), AssetFacts("HOUSE", Decimal("1"))], False),
    ],
)
def test_assets_beyond_the_local_limits_make_a_household_ineligible(assets, eligible):
    assert run("500", people(2), [wages("200")], assets=assets).eligible is eligible
