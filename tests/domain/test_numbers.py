"""One reading of typed numbers: percentages as typed, the locale's separators, nothing guessed."""

from __future__ import annotations

import contextlib
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debtdesk.domain.numbers import POINT, POINT_COMMA, NumberError, NumberFormat, parse_number

GERMAN = NumberFormat(",", ".")
FRENCH = NumberFormat(",", "\u202f")  # Qt's group separator for fr_FR
SWISS = NumberFormat(".", "’")


@pytest.mark.parametrize("text", ["24", "24%", "24 %", "２４％", "24.0%", " 24% "])
def test_a_rate_is_a_percentage_as_typed(text):
    assert parse_number(text, percent=True) == 24


def test_a_small_rate_is_not_a_fraction():
    # The command line used to read 0.5 as 50 %; the form read it as 0.5 %. Now both read 0.5 %.
    assert parse_number("0.5", percent=True) == D("0.5")


@pytest.mark.parametrize(
    "text, fmt, expected",
    [
        ("12,345.67", POINT_COMMA, "12345.67"),
        ("12,345", POINT_COMMA, "12345"),  # English/Chinese locale: ',' groups
        ("12.345,67", GERMAN, "12345.67"),
        ("12.345", GERMAN, "12345"),
        ("4,9", GERMAN, "4.9"),
        ("12 345,67", FRENCH, "12345.67"),
        ("12\u202f345,67", FRENCH, "12345.67"),
        ("12’345.67", SWISS, "12345.67"),
        ("1,234,567", POINT, "1234567"),  # several groups: only grouping fits
        ("1,234.50", POINT, "1234.50"),
        ("1 000", POINT, "1000"),
        ("0,125", GERMAN, "0.125"),
        (".5", POINT, "0.5"),
        ("12。5", POINT, "12.5"),  # a Chinese IME's full stop for the point
        ("１２，３４５．６７", POINT, "12345.67"),
    ],
)
def test_separators_follow_the_format(text, fmt, expected):
    assert parse_number(text, fmt) == D(expected)


@pytest.mark.parametrize(
    "text, fmt, template",
    [
        ("12.000,50", POINT_COMMA, "{text!r} is not clear: write decimals with '{decimal}', as in {example}."),
        ("12.000,50", POINT, "{text!r} is not clear: write decimals with '{decimal}', as in {example}."),
        ("1,234.50", GERMAN, "{text!r} is not clear: write decimals with '{decimal}', as in {example}."),
        ("4,9", POINT_COMMA, "{text!r} is not clear: write decimals with '{decimal}', as in {example}."),
        ("4.9", GERMAN, "{text!r} is not clear: write decimals with '{decimal}', as in {example}."),
        ("4.9", FRENCH, "{text!r} is not clear: write decimals with '{decimal}', as in {example}."),
        ("1.234.567", POINT_COMMA, "{text!r} is not clear: write decimals with '{decimal}', as in {example}."),
        ("1,23,456", POINT_COMMA, "{text!r} is not clear: write decimals with '{decimal}', as in {example}."),
        ("1,5", POINT, "{text!r} is not clear: write decimals with '{decimal}', as in {example}."),
        ("1,234", POINT, "{text!r} could mean {whole} or {fraction}: write it without the separator, or with "
                         "decimals."),
        ("1.234", FRENCH, "{text!r} could mean {whole} or {fraction}: write it without the separator, or with "
                          "decimals."),
    ],
)
def test_what_could_be_read_two_ways_is_refused(text, fmt, template):
    with pytest.raises(NumberError) as caught:
        parse_number(text, fmt)
    assert caught.value.template == template
    assert caught.value.params["text"] == text


def test_the_ambiguity_message_names_both_readings():
    with pytest.raises(NumberError, match=r"'1,234' could mean 1234 or 1\.234"):
        parse_number("1,234")
    with pytest.raises(NumberError, match=r"write decimals with '\.', as in 1234\.56"):
        parse_number("12.000,50", POINT_COMMA)


@pytest.mark.parametrize("text", ["¥5000", "￥5,000.00", "5000元", "5,000.00 元", "HK$100", "RMB 5000", "$12.30",
                                  "-¥5", "¥-5", "€5", "£5", "NT$5", "US$5", "ｃｎｙ５"])
def test_amounts_may_carry_a_currency(text):
    assert parse_number(text, currency=True) is not None


def test_full_width_currency_and_digits_as_typed_by_a_chinese_ime():
    assert parse_number("￥１２，０００．５０", currency=True) == D("12000.50")
    assert parse_number("１２０００元", currency=True) == D("12000")


@pytest.mark.parametrize(
    "text, kind, message",
    [
        ("24%", {"currency": True}, "An amount, not a percentage."),
        ("¥24", {"percent": True}, "A number, not an amount of money."),
        ("24%", {}, "'24%' is not a number."),
        ("¥24", {}, "'¥24' is not a number."),
        ("¥24%", {"percent": True, "currency": True}, "'¥24%' is not a number."),
        ("2万", {"currency": True}, "Write the number in digits: '2万' is 20000."),
        ("1.5万", {"currency": True}, "Write the number in digits: '1.5万' is 15000."),
        ("1e5", {}, "'1e5' is not a number."),
        ("NaN", {}, "'NaN' is not a number."),
        ("¥", {"currency": True}, "'¥' is not a number."),
        ("-", {}, "'-' is not a number."),
        ("万", {"currency": True}, "'万' is not a number."),
        ("2,5万", {"currency": True}, "'2,5万' is not clear: write decimals with '.', as in 1234.56."),
        ("5¥", {"currency": True}, "'5¥' is not a number."),
        ("1¥2", {"currency": True}, "'1¥2' is not a number."),
    ],
)
def test_refusals_say_why(text, kind, message):
    with pytest.raises(NumberError) as caught:
        parse_number(text, **kind)
    assert str(caught.value) == message


def test_places_are_kept_and_minus_zero_is_zero():
    assert str(parse_number("4.90")) == "4.90"
    assert str(parse_number("5")) == "5"
    assert str(parse_number("-0")) == "0"


def test_a_locale_with_an_odd_decimal_sign_falls_back_to_the_point():
    assert NumberFormat("٫", "٬").decimal == "."
    assert NumberFormat(",", ",").group is None


# -- fuzzing --------------------------------------------------------------------------------

FORMATS = [POINT, POINT_COMMA, GERMAN, FRENCH, SWISS]


def written(value: D, fmt: NumberFormat, group: bool) -> str:
    """How a person in that locale writes `value`, with or without digit groups."""
    text = f"{value:,f}" if group else f"{value:f}"
    sign = fmt.group if fmt.group is not None else ("," if "." in text else " ")
    return text.replace(",", "\0").replace(".", fmt.decimal).replace("\0", sign)


@settings(max_examples=300)
@given(st.decimals(min_value=-10**12, max_value=10**12, places=2, allow_nan=False, allow_infinity=False),
       st.sampled_from(FORMATS), st.booleans())
def test_what_the_locale_writes_reads_back(value, fmt, group):
    assert parse_number(written(value, fmt, group), fmt, currency=True) == value


@settings(max_examples=300)
@given(st.text(max_size=20), st.sampled_from(FORMATS), st.booleans(), st.booleans())
def test_any_text_is_a_number_or_a_number_error(text, fmt, percent, currency):
    try:
        value = parse_number(text, fmt, percent=percent, currency=currency)
    except NumberError as exc:
        assert exc.template.format(**exc.params)
    else:
        assert value.is_finite()


@settings(max_examples=300)
@given(st.from_regex(r"\A[-+]?[0-9０-９,，.．。 _']{1,14}[%％元]?\Z"), st.sampled_from(FORMATS))
def test_separator_soup_never_crashes(text, fmt):
    with contextlib.suppress(NumberError):
        parse_number(text, fmt, percent=True, currency=True)
