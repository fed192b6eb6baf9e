"""Value types: citizen IDs, region codes, money and periods reject bad input with a named field."""

import datetime as dt
from decimal import Decimal

import pytest

from kernel.errors import InvalidInput
from kernel.values import CitizenId, Period, RegionCode, id_check_digit, lookup_id, mask_id_number, money, record_id


def test_the_check_digit_follows_iso_7064():
    assert id_check_digit("11010519491231002") == "X"


def test_the_reference_id_number_is_valid_and_decoded():
    cid = CitizenId.parse("11010519491231002x")
    assert cid.number == "11010519491231002X"
    assert cid.birth_date == dt.date(1949, 12, 31)
    assert cid.sex == "FEMALE"


def test_an_address_prefix_absent_from_todays_table_is_accepted():
    # 999999 is no current county code; codes valid at issue must not be refused (GB 11643, DOMAIN §8)
    body = "99999919800101001"
    assert CitizenId.parse(body + id_check_digit(body)).sex == "MALE"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("110105194912310021", "INVALID_ID_CHECKSUM"),
        ("1101051949123100", "INVALID_ID_NUMBER"),
        ("11010519491331002X", "INVALID_ID_CHECKSUM"),
    ],
)
def test_bad_id_numbers_are_refused_with_a_code_and_field(text, code):
    with pytest.raises(InvalidInput) as refused:
        CitizenId.parse(text, field="members[0].idNumber")
    assert refused.value.code == code
    assert refused.value.extensions["field"] == "members[0].idNumber"


def test_a_birth_date_in_the_future_is_refused():
    body = "43110220990101001"
    with pytest.raises(InvalidInput) as refused:
        CitizenId.parse(body + id_check_digit(body), today=dt.date(2026, 11, 23))
    assert refused.value.code == "INVALID_ID_BIRTH_DATE"


def test_masking_keeps_address_code_and_last_four():
    assert mask_id_number("431102198001011234") == "431102********1234"


@pytest.mark.parametrize(
    ("code", "level", "prefix"),
    [("430000000000", "province", "43"), ("431100000000", "city", "4311"), ("431102000000", "county", "431102"),
     ("431102100000", "township", "431102100"), ("431102100200", "village", "431102100200")],
)
def test_region_levels_and_prefixes(code, level, prefix):
    region = RegionCode.parse(code)
    assert (region.level, region.prefix) == (level, prefix)
    assert region.covers(prefix.ljust(12, "0"))


def test_region_parent_walks_up_one_level():
    assert RegionCode("431102100200").parent == RegionCode("431102100000")
    assert RegionCode("430000000000").parent is None


@pytest.mark.parametrize("text", ["4311", "43110210020A", ""])
def test_malformed_region_codes_are_refused(text):
    with pytest.raises(InvalidInput) as refused:
        RegionCode.parse(text)
    assert refused.value.code == "INVALID_REGION_CODE"


def test_money_keeps_two_places_and_refuses_more():
    assert money("12.5") == Decimal("12.50")
    for bad in ("1.005", "abc", "NaN"):
        with pytest.raises(InvalidInput):
            money(bad)


def test_periods_are_months_or_quarters():
    assert str(Period.parse("2026Q3")) == "2026Q3" and Period.parse("2026Q3").start == dt.date(2026, 7, 1)
    assert Period.parse("2026-07").months == 1
    with pytest.raises(InvalidInput):
        Period.parse("2026-13")


def test_full_width_digits_spaces_and_a_lower_case_x_are_folded_before_the_check():
    wide = " " + "".join(chr(ord(c) + 0xFEE0) for c in "11010519491231002") + "ｘ "
    assert CitizenId.parse(wide).number == "11010519491231002X"


@pytest.mark.parametrize("text", ["١١٠١٠٥١٩٤٩١٢٣١٠٠٢X", "١١٠١٠٥١٩٤٩١٢٣١٠٠٢٢"])
def test_digits_of_other_scripts_are_not_id_digits(text):
    with pytest.raises(InvalidInput) as refused:
        CitizenId.parse(text)
    assert refused.value.code == "INVALID_ID_NUMBER"


@pytest.mark.parametrize(("text", "code"), [("1e40", "AMOUNT_OUT_OF_RANGE"), ("1e400", "AMOUNT_OUT_OF_RANGE"),
                                            ("10000000000.00", "AMOUNT_OUT_OF_RANGE"), ("１２.５０", "INVALID_AMOUNT"),
                                            ("12.5e-3", "INVALID_AMOUNT"), ("Infinity", "INVALID_AMOUNT"),
                                            ("0x10", "INVALID_AMOUNT")])
def test_amounts_wider_than_the_columns_or_not_in_ascii_digits_are_refused(text, code):
    with pytest.raises(InvalidInput) as refused:
        money(text, field="monthlyAmount")
    assert (refused.value.code, refused.value.field) == (code, "monthlyAmount")


def test_amounts_in_exponent_form_within_range_are_exact():
    assert money("1.25e2") == Decimal("125.00") and money(Decimal("9999999999.99")) == Decimal("9999999999.99")


@pytest.mark.parametrize("text", ["0000-01", "1949-12", "0000Q1", "２０２６-01"])
def test_periods_outside_the_years_served_are_refused(text):
    with pytest.raises(InvalidInput) as refused:
        Period.parse(text)
    assert (refused.value.code, refused.value.field) == ("INVALID_PERIOD", "period")


@pytest.mark.parametrize("text", ["abc", "0", "-1", str(2**63), "9" * 5000, "１２", " ", "1.0"])
def test_record_ids_that_cannot_name_a_row_are_refused_by_name(text):
    assert lookup_id(text) is None
    with pytest.raises(InvalidInput) as refused:
        record_id(text, field="householdId")
    assert (refused.value.code, refused.value.field) == ("INVALID_ID", "householdId")
    assert record_id(str(2**63 - 1)) == 2**63 - 1


def test_a_storage_refusal_is_translated_into_the_field_error_it_stands_for():
    from tortoise.exceptions import ValidationError

    from kernel.inputs import translated

    too_long = translated(ValidationError(f"reporter_name: Length of '{'x' * 60}' 60 > 50"))
    assert (too_long.code, too_long.field, too_long.details["maxLength"]) == ("TOO_LONG", "reporterName", 50)
    assert translated(ValueError("anything else")) is None
