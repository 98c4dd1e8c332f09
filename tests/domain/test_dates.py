"""Due dates: month ends, leap years, day clamping without drift; strict ISO dates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debtdesk.domain.dates import due_date_in_month, last_day_of_month, nth_due_date, parse_iso_date


@pytest.mark.parametrize(
    "year, month, last",
    [(2026, 1, 31), (2026, 2, 28), (2028, 2, 29), (2100, 2, 28), (2000, 2, 29), (2026, 4, 30), (2026, 12, 31)],
)
def test_last_day_of_month(year, month, last):
    assert last_day_of_month(year, month) == last


@pytest.mark.parametrize(
    "year, month, day, expected",
    [
        (2026, 2, 31, date(2026, 2, 28)),
        (2028, 2, 31, date(2028, 2, 29)),
        (2028, 2, 30, date(2028, 2, 29)),
        (2026, 4, 31, date(2026, 4, 30)),
        (2026, 5, 31, date(2026, 5, 31)),
        (2026, 6, 15, date(2026, 6, 15)),
        (2026, 2, 28, date(2026, 2, 28)),
    ],
)
def test_due_date_in_month_clamps(year, month, day, expected):
    assert due_date_in_month(year, month, day) == expected


def test_due_day_31_does_not_drift_after_february():
    start = date(2026, 1, 31)
    got = [nth_due_date(start, n, 31) for n in range(1, 13)]
    assert got == [
        date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 31),
        date(2026, 6, 30), date(2026, 7, 31), date(2026, 8, 31), date(2026, 9, 30),
        date(2026, 10, 31), date(2026, 11, 30), date(2026, 12, 31), date(2027, 1, 31),
    ]


def test_due_dates_from_leap_day():
    start = date(2028, 2, 29)
    got = [nth_due_date(start, n, 29) for n in (1, 2, 12, 48)]
    assert got == [date(2028, 3, 29), date(2028, 4, 29), date(2029, 2, 28), date(2032, 2, 29)]


def test_due_day_differs_from_start_day():
    # Borrowed on the 20th, due on the 5th: the first due date is in the next month.
    assert nth_due_date(date(2026, 1, 20), 1, 5) == date(2026, 2, 5)
    assert nth_due_date(date(2026, 12, 20), 1, 5) == date(2027, 1, 5)


@settings(max_examples=300)
@given(
    start=st.dates(min_value=date(1950, 1, 1), max_value=date(2070, 12, 31)),
    n=st.integers(min_value=1, max_value=600),
    due_day=st.integers(min_value=1, max_value=31),
)
def test_nth_due_date_is_in_the_nth_month_on_the_clamped_day(start, n, due_day):
    got = nth_due_date(start, n, due_day)
    months = start.year * 12 + start.month - 1 + n
    assert (got.year, got.month) == (months // 12, months % 12 + 1)
    assert got.day == min(due_day, last_day_of_month(got.year, got.month))


@pytest.mark.parametrize("text, expected", [("2026-02-28", date(2026, 2, 28)), (" 2028-02-29 ", date(2028, 2, 29))])
def test_parse_iso_date(text, expected):
    assert parse_iso_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["2026-02-30", "2026-02-29", "2026-13-01", "2026-00-10", "2026-4-31", "", "tomorrow",
     "20260115", "2026-W05-1", "2026-01-15T00:00", "15/01/2026"],
)
def test_parse_iso_date_is_strict(text):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_iso_date(text)
