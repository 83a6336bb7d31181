from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khuyencong.core.errors import KhuyenCongError
from khuyencong.core.numbers import (
    EXACT,
    decimals,
    format_number,
    format_percent,
    fraction_to_decimal,
    parse_number,
    scaled,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("108.989", "108.989"),
        ("85.170", "85.170"),
        ("27.97%", "27.97"),
        ("+27.97", "27.97"),
        ("-5", "-5"),
        ("−5.5", "-5.5"),
        (" 40.08 % ", "40.08"),
        ("0.5", "0.5"),
        (".5", "0.5"),
    ],
)
def test_parse_en(text, expected):
    value = parse_number(text)
    assert value == Decimal(expected)
    assert str(value) == expected  # the written digits are kept, trailing zeros too


@pytest.mark.parametrize(
    "text, expected",
    [
        ("108,989", "108.989"),
        ("85,170", "85.170"),
        ("27,97%", "27.97"),
        ("16.557", "16557"),
        ("1.234,5", "1234.5"),
        ("1.234.567", "1234567"),
        ("-5,5", "-5.5"),
        ("44", "44"),
    ],
)
def test_parse_vi(text, expected):
    assert str(parse_number(text, "vi")) == expected


def test_en_refuses_a_comma_with_a_hint():
    with pytest.raises(KhuyenCongError, match="use --locale vi"):
        parse_number("108,989")


@pytest.mark.parametrize("text", ["", "abc", "1e3", "1..2", "12%%", "nan", "inf", "0x10"])
def test_parse_refuses_non_numbers(text):
    with pytest.raises(KhuyenCongError):
        parse_number(text)


@pytest.mark.parametrize("text", ["1.23", "1.2345", "12.34.5", "1.23,4"])
def test_vi_refuses_dots_that_are_not_thousands(text):
    with pytest.raises(KhuyenCongError):
        parse_number(text, "vi")


def test_decimals_from_the_written_exponent():
    assert decimals(Decimal("85.170")) == 3
    assert decimals(Decimal("85")) == 0
    assert decimals(Decimal("1E+3")) == 0


@pytest.mark.parametrize(
    "text, expected",
    [
        ("85.170", (85170, 3)),
        ("85", (85, 0)),
        ("-0.74", (-74, 2)),
        ("0.000", (0, 3)),
        ("1E+3", (1, -3)),
        ("1E-7", (1, 7)),
        ("-2.50E-8", (-250, 10)),
        ("-0", (0, 0)),
    ],
)
def test_scaled_keeps_the_written_digits(text, expected):
    assert scaled(Decimal(text)) == expected


def test_ratio_to_decimal_keeps_every_digit_of_a_long_value():
    # 30 digits are allowed in a data file; the default context would keep 28
    assert (
        str(fraction_to_decimal(Fraction(123456789012345678901234567891, 1000), 3))
        == "123456789012345678901234567.891"
    )


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_scaled_is_the_value_and_its_exponent(value):
    m, k = scaled(value)
    assert Decimal(m).scaleb(-k, EXACT) == value  # prec 28 would round a long value
    assert k == -value.as_tuple().exponent


@pytest.mark.parametrize(
    "value, en, vi",
    [
        ("108.989", "108.989", "108,989"),
        ("85.170", "85.170", "85,170"),
        ("16557", "16557", "16.557"),
        ("1234.5", "1234.5", "1.234,5"),
        ("-0.74", "-0.74", "-0,74"),
        ("1234567.890", "1234567.890", "1.234.567,890"),
    ],
)
def test_format(value, en, vi):
    assert format_number(Decimal(value)) == en
    assert format_number(Decimal(value), "vi") == vi


def test_format_percent():
    assert format_percent(Decimal("27.97")) == "27.97%"
    assert format_percent(Decimal("27.97"), "vi") == "27,97%"
    assert format_percent(Decimal("40.8"), places=2) == "40.80%"


@pytest.mark.parametrize(
    "fraction, places, direction, expected",
    [
        (Fraction(4081604, 100000), 2, "half-up", "40.82"),
        (Fraction(2795, 100), 1, "half-up", "28.0"),  # a half goes up
        (Fraction(-2795, 100), 1, "half-up", "-28.0"),  # and away from zero below it
        (Fraction(277798, 10000), 2, "truncate", "27.77"),
        (Fraction(-277798, 10000), 2, "truncate", "-27.77"),
        (Fraction(-277798, 10000), 2, "floor", "-27.78"),
        (Fraction(277701, 10000), 2, "ceiling", "27.78"),
    ],
)
def test_fraction_to_decimal(fraction, places, direction, expected):
    assert str(fraction_to_decimal(fraction, places, direction)) == expected


@given(st.integers(-(10**12), 10**12), st.integers(0, 6), st.sampled_from(["en", "vi"]))
def test_every_formatted_number_parses_back_to_the_same_digits(n, places, locale):
    value = Decimal(n).scaleb(-places)
    assert str(parse_number(format_number(value, locale), locale)) == str(value)
