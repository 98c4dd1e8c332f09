"""Money: Decimal rounded half-up to the cent, integer cents at the store boundary."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debtdesk.domain.money import CENT, ZERO, cents, format_amount, from_minor, parse_decimal, to_minor


@pytest.mark.parametrize(
    "amount, expected",
    [
        ("0.005", "0.01"),  # half-up, not banker's rounding
        ("0.015", "0.02"),
        ("0.025", "0.03"),  # ROUND_HALF_EVEN would give 0.02
        ("0.0049999", "0.00"),
        ("-0.005", "-0.01"),  # half away from zero
        ("1234.5", "1234.50"),
        ("4083.333333", "4083.33"),
        ("2777.7777", "2777.78"),
    ],
)
def test_cents_rounds_half_up(amount, expected):
    result = cents(D(amount))
    assert result == D(expected)
    assert result.as_tuple().exponent == -2


def test_constants():
    assert CENT == D("0.01")
    assert ZERO == D("0") and str(ZERO) == "0.00"


@pytest.mark.parametrize(
    "amount, minor",
    [("0.01", 1), ("1", 100), ("1234.56", 123456), ("0.005", 1), ("1000000.00", 100000000), ("0", 0)],
)
def test_to_minor(amount, minor):
    value = to_minor(D(amount))
    assert value == minor
    assert type(value) is int


@pytest.mark.parametrize("minor, amount", [(0, "0.00"), (1, "0.01"), (123456, "1234.56"), (-250, "-2.50")])
def test_from_minor(minor, amount):
    value = from_minor(minor)
    assert value == D(amount)
    assert str(value) == amount


@settings(max_examples=200)
@given(st.integers(min_value=-10**15, max_value=10**15))
def test_minor_round_trip(minor):
    assert to_minor(from_minor(minor)) == minor


@settings(max_examples=200)
@given(st.decimals(min_value=-10**12, max_value=10**12, places=2, allow_nan=False, allow_infinity=False))
def test_amount_round_trip_through_minor(amount):
    assert from_minor(to_minor(amount)) == amount


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1234.50", "1234.50"),
        (" 1,234.50 ", "1234.50"),
        ("1,234,567.89", "1234567.89"),
        ("1 234 567", "1234567"),
        ("1_000", "1000"),
        ("1\u00a0000.5", "1000.5"),
        ("１２，３４５．６７", "12345.67"),  # full-width, as typed with a Chinese IME
        ("１２３４５", "12345"),
        ("－５", "-5"),
        ("¥5000", "5000"),
        ("￥5,000.00", "5000.00"),
        ("$12.30", "12.30"),
        ("5000元", "5000"),
        ("HK$100", "100"),
        ("0", "0"),
        ("-3.5", "-3.5"),
    ],
)
def test_parse_decimal_accepts(text, expected):
    assert parse_decimal(text) == D(expected)


@pytest.mark.parametrize("text", ["", "   ", "¥", "abc", "1.2.3", "12a", "1,2.3.4"])
def test_parse_decimal_rejects_non_numbers(text):
    with pytest.raises(ValueError):
        parse_decimal(text)


@pytest.mark.parametrize("text", ["NaN", "nan", "Infinity", "-inf", "sNaN", "1e5", "0x10"])
def test_parse_decimal_rejects_what_a_person_does_not_type(text):
    with pytest.raises(ValueError, match="is not a number"):
        parse_decimal(text)


@pytest.mark.parametrize("text", ["1,5", "12.000,50", "1,234"])
def test_parse_decimal_never_guesses_a_comma(text):
    # "1,5" used to read as 15 and "12.000,50" as 12.0005: now both are refused with a message.
    with pytest.raises(ValueError):
        parse_decimal(text)


@pytest.mark.parametrize(
    "amount, text",
    [("1234567.8", "1,234,567.80"), ("0", "0.00"), ("0.005", "0.01"), ("999.999", "1,000.00"),
     ("-1234.5", "-1,234.50")],
)
def test_format_amount(amount, text):
    assert format_amount(D(amount)) == text


@settings(max_examples=200)
@given(st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False))
def test_format_then_parse_round_trip(amount):
    assert parse_decimal(format_amount(amount)) == amount
