"""Repayment schedules: DOMAIN.md's reference figures, row invariants, exact principal, due dates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from debtdesk.domain.dates import last_day_of_month
from debtdesk.domain.debt import CardTerms, Debt, Lender, ProductKind, Rate, RateBasis, RepaymentMethod
from debtdesk.domain.money import cents
from debtdesk.domain.schedule import (
    MAX_REVOLVING_MONTHS,
    Schedule,
    annuity_payment,
    build_schedule,
    schedule_for,
)

M = RepaymentMethod
ALL_METHODS = list(RepaymentMethod)
TERM_METHODS = [m for m in RepaymentMethod if m is not M.REVOLVING]
REFERENCE = dict(principal=D("1000000"), rate=Rate(D("0.049")), months=360, start=date(2024, 1, 15))


def two_places(amount: D) -> bool:
    return amount == cents(amount)


def assert_row_invariants(schedule: Schedule, principal: D) -> None:
    """What every schedule of every method must satisfy."""
    rows = schedule.instalments
    assert rows, "a schedule has at least one instalment"
    balance = principal
    for expected_number, row in enumerate(rows, start=1):
        assert row.number == expected_number
        assert row.payment == row.principal + row.interest
        assert row.principal >= 0 and row.interest >= 0
        assert row.balance == balance - row.principal
        assert row.balance >= 0
        for amount in (row.payment, row.principal, row.interest, row.balance):
            assert two_places(amount), row
        balance = row.balance
    assert rows[-1].balance == 0
    assert sum(r.principal for r in rows) == principal
    assert schedule.total_principal == principal
    assert schedule.total_payment == schedule.total_principal + schedule.total_interest
    dates = [r.due_date for r in rows]
    assert dates == sorted(dates) and len(set(dates)) == len(dates)


# -- DOMAIN.md's public reference figures ----------------------------------------


def test_reference_equal_instalment_5307_27_a_month():
    s = build_schedule(method=M.EQUAL_INSTALMENT, **REFERENCE)
    assert len(s) == 360
    assert annuity_payment(D("1000000"), D("0.049") / 12, 360) == D("5307.27")
    assert {r.payment for r in s.instalments[:-1]} == {D("5307.27")}
    first, second = s.instalments[0], s.instalments[1]
    assert (first.principal, first.interest, first.balance) == (D("1223.94"), D("4083.33"), D("998776.06"))
    # 998,776.06 × 0.049 / 12 = 4,078.335... -> 4,078.34
    assert (second.principal, second.interest, second.balance) == (D("1228.93"), D("4078.34"), D("997547.13"))
    # The last instalment absorbs the rounding remainder; it stays within a few yuan of the others.
    assert abs(s.instalments[-1].payment - D("5307.27")) < D("5")
    assert s.total_principal == D("1000000.00")
    assert_row_invariants(s, D("1000000"))


def test_reference_equal_principal_first_month_6861_11():
    s = build_schedule(method=M.EQUAL_PRINCIPAL, **REFERENCE)
    assert len(s) == 360
    first, second = s.instalments[0], s.instalments[1]
    assert (first.payment, first.principal, first.interest) == (D("6861.11"), D("2777.78"), D("4083.33"))
    assert first.balance == D("997222.22")
    # Interest on the remaining balance: 997,222.22 × 0.049 / 12 = 4,071.99
    assert (second.payment, second.principal, second.interest) == (D("6849.77"), D("2777.78"), D("4071.99"))
    # Payments fall over time; the last one absorbs the remainder of 1,000,000 − 359 × 2,777.78.
    assert s.instalments[-1].principal == D("1000000") - 359 * D("2777.78") == D("2776.98")
    assert s.instalments[-1].payment < s.instalments[100].payment < first.payment
    # Closed form P·r·(n+1)/2 = 737,041.67; rounding each month to the cent moves it by cents only.
    assert abs(s.total_interest - D("737041.67")) < D("1")
    assert_row_invariants(s, D("1000000"))


def test_equal_instalment_total_cost_of_reference_loan():
    s = build_schedule(method=M.EQUAL_INSTALMENT, **REFERENCE)
    # 359 × 5,307.27 plus a last payment that settles the balance exactly.
    assert s.total_payment == 359 * D("5307.27") + s.instalments[-1].payment
    assert abs(s.total_interest - (360 * D("5307.27") - D("1000000"))) < D("5")


# -- each method by hand -------------------------------------------------------


def test_equal_instalment_small_loan_by_hand():
    # 12,000 over 12 months at 12% a year: r = 1%, payment = 1,066.19 (textbook annuity).
    s = build_schedule(D("12000"), Rate(D("0.12")), 12, M.EQUAL_INSTALMENT, date(2026, 3, 10))
    assert s.instalments[0].payment == D("1066.19")
    assert s.instalments[0].interest == D("120.00")
    assert s.instalments[0].principal == D("946.19")
    assert s.instalments[1].interest == cents(D("11053.81") * D("0.01")) == D("110.54")
    assert_row_invariants(s, D("12000"))


def test_interest_only_pays_interest_then_principal_at_the_end():
    s = build_schedule(D("3600"), Rate(D("0.15")), 6, M.INTEREST_ONLY, date(2026, 1, 10))
    assert [r.interest for r in s] == [D("45.00")] * 6  # 3,600 × 15% / 12
    assert [r.principal for r in s] == [D(0)] * 5 + [D("3600")]
    assert [r.payment for r in s] == [D("45.00")] * 5 + [D("3645.00")]
    assert [r.balance for r in s] == [D("3600")] * 5 + [D(0)]
    assert_row_invariants(s, D("3600"))


@pytest.mark.parametrize(
    "principal, annual, months, interest",
    [
        ("15000", "0.08", 6, "600.00"),  # 15,000 × 8% × 6 / 12
        ("10000.01", "0.073", 7, "425.83"),  # 425.8337...
        ("1000", "0.36", 1, "30.00"),
        ("50000", "0.0435", 36, "6525.00"),
    ],
)
def test_bullet_single_payment_at_maturity_with_simple_interest(principal, annual, months, interest):
    start = date(2026, 1, 31)
    s = build_schedule(D(principal), Rate(D(annual)), months, M.BULLET, start)
    assert len(s) == 1
    (row,) = s.instalments
    assert row.interest == D(interest) == cents(D(principal) * D(annual) * months / 12)
    assert row.principal == D(principal)
    assert row.payment == D(principal) + D(interest)
    assert row.balance == 0
    month = (start.month - 1 + months) % 12 + 1
    year = start.year + (start.month - 1 + months) // 12
    assert row.due_date == date(year, month, min(31, last_day_of_month(year, month)))


def test_bullet_with_a_daily_rate():
    # 0.05% a day is 18% a year (360-day year): 10,000 × 0.18 × 3 / 12 = 450.00
    s = build_schedule(D("10000"), Rate(D("0.0005"), RateBasis.DAILY), 3, M.BULLET, date(2026, 5, 1))
    assert s.instalments[0].interest == D("450.00")
    assert s.instalments[0].due_date == date(2026, 8, 1)


@pytest.mark.parametrize("method", TERM_METHODS)
def test_zero_rate_loans_have_no_interest(method):
    s = build_schedule(D("1000"), Rate(D("0")), 3, method, date(2026, 1, 15))
    assert s.total_interest == 0
    assert s.total_payment == D("1000")
    assert_row_invariants(s, D("1000"))


def test_zero_rate_equal_instalment_splits_the_cents_and_the_last_absorbs():
    s = build_schedule(D("1000"), Rate(D("0")), 3, M.EQUAL_INSTALMENT, date(2026, 1, 15))
    assert [r.payment for r in s] == [D("333.33"), D("333.33"), D("333.34")]
    s = build_schedule(D("1000"), Rate(D("0")), 3, M.EQUAL_PRINCIPAL, date(2026, 1, 15))
    assert [r.payment for r in s] == [D("333.33"), D("333.33"), D("333.34")]
    assert annuity_payment(D("1000"), D("0"), 3) == D("333.33")


def test_zero_rate_revolving_is_just_minimum_payments():
    s = build_schedule(D("500"), Rate(D("0"), RateBasis.DAILY), 1, M.REVOLVING, date(2026, 1, 15))
    # 10% of 500 is 50, under the 100 floor: five payments of 100.
    assert [r.payment for r in s] == [D("100.00")] * 5
    assert s.total_interest == 0
    assert_row_invariants(s, D("500"))


def test_one_month_term():
    for method in TERM_METHODS:
        s = build_schedule(D("1000"), Rate(D("0.12")), 1, method, date(2026, 1, 15))
        assert len(s) == 1
        assert s.instalments[0].payment == D("1010.00"), method
        assert s.instalments[0].due_date == date(2026, 2, 15)


# -- revolving (credit card) -------------------------------------------------------


def test_revolving_by_hand():
    """Minimum 10% of the statement; interest on the unpaid part at 0.05% a day × days."""
    s = build_schedule(D("18500"), Rate(D("0.0005"), RateBasis.DAILY), 1, M.REVOLVING, date(2026, 1, 15))
    r1, r2, r3 = s.instalments[:3]
    # First statement: the principal, no interest before the first due date.
    assert (r1.due_date, r1.payment, r1.principal, r1.interest, r1.balance) == (
        date(2026, 2, 15), D("1850.00"), D("1850.00"), D("0.00"), D("16650.00"))
    # 16,650 × 0.0005 × 28 days (Feb 15 -> Mar 15) = 233.10; minimum 10% of 16,883.10 = 1,688.31.
    assert (r2.due_date, r2.interest, r2.payment, r2.principal, r2.balance) == (
        date(2026, 3, 15), D("233.10"), D("1688.31"), D("1455.21"), D("15194.79"))
    # 15,194.79 × 0.0005 × 31 days = 235.519... -> 235.52; 10% of 15,430.31 = 1,543.03.
    assert (r3.interest, r3.payment, r3.principal) == (D("235.52"), D("1543.03"), D("1307.51"))
    # Below 1,000 the 100 floor applies; the last payment is what is left.
    tail = [r for r in s if r.balance + r.principal < D("1000")]
    assert all(r.payment == D("100.00") for r in tail[:-1])
    last = s.instalments[-1]
    assert last.payment < D("100.00") and last.balance == 0
    assert len(s) < MAX_REVOLVING_MONTHS
    assert_row_invariants(s, D("18500"))


def test_revolving_floor_applies_and_never_exceeds_the_balance():
    s = build_schedule(D("150"), Rate(D("0.0005"), RateBasis.DAILY), 1, M.REVOLVING, date(2026, 1, 15))
    assert s.instalments[0].payment == D("100.00")
    # 50 left; 28 days (Feb 15 -> Mar 15) at 0.05% a day = 0.70 interest; the whole 50.70 is under the floor.
    assert s.instalments[1].interest == D("0.70")
    assert s.instalments[1].payment == D("50.70")
    assert len(s) == 2
    assert_row_invariants(s, D("150"))


def test_revolving_custom_card_terms():
    card = CardTerms(min_payment_share=D("0.05"), min_payment_floor=D("50"))
    s = build_schedule(D("2000"), Rate(D("0")), 1, M.REVOLVING, date(2026, 1, 15), card=card)
    assert s.instalments[0].payment == D("100.00")  # 5% of 2,000
    assert s.instalments[-2].payment == D("50.00")  # floor
    assert_row_invariants(s, D("2000"))


def test_revolving_with_no_floor_still_terminates():
    """A floor of zero: 10% of a few cents rounds to nothing, yet the card must still be paid off."""
    card = CardTerms(min_payment_share=D("0.10"), min_payment_floor=D("0"))
    s = build_schedule(D("1000"), Rate(D("0.0005"), RateBasis.DAILY), 1, M.REVOLVING, date(2026, 1, 15), card=card)
    assert len(s) < MAX_REVOLVING_MONTHS
    assert all(r.payment > 0 for r in s)
    assert_row_invariants(s, D("1000"))


def test_revolving_minimum_always_covers_the_interest_so_the_balance_falls():
    """At 1% a day 10% of the balance never covers the interest; the minimum still does (as card
    minimums include all interest), plus a cent, so the principal falls every month; the projection
    stops after MAX_REVOLVING_MONTHS and its last payment settles what is owed."""
    s = build_schedule(D("1000"), Rate(D("0.01"), RateBasis.DAILY), 1, M.REVOLVING, date(2026, 1, 15))
    assert len(s) == MAX_REVOLVING_MONTHS
    assert all(r.principal >= D("0.01") and r.payment >= r.interest for r in s.instalments[1:])
    assert all(a.balance > b.balance for a, b in pairwise(s.instalments))
    assert_row_invariants(s, D("1000"))


def test_revolving_ignores_the_term():
    a = build_schedule(D("5000"), Rate(D("0.0005"), RateBasis.DAILY), 1, M.REVOLVING, date(2026, 1, 15))
    b = build_schedule(D("5000"), Rate(D("0.0005"), RateBasis.DAILY), 0, M.REVOLVING, date(2026, 1, 15))
    assert a == b


# -- due dates ----------------------------------------------------------------------


@pytest.mark.parametrize("method", TERM_METHODS[:3])
def test_due_day_31_falls_on_month_ends_without_drift(method):
    s = build_schedule(D("1200"), Rate(D("0.1")), 6, method, date(2026, 1, 31))
    assert [r.due_date for r in s] == [
        date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30),
        date(2026, 5, 31), date(2026, 6, 30), date(2026, 7, 31),
    ]


def test_due_day_31_in_a_leap_year():
    s = build_schedule(D("1200"), Rate(D("0.1")), 3, M.EQUAL_INSTALMENT, date(2028, 1, 15), due_day=31)
    assert [r.due_date for r in s] == [date(2028, 2, 29), date(2028, 3, 31), date(2028, 4, 30)]


def test_start_on_feb_29():
    s = build_schedule(D("1200"), Rate(D("0.1")), 13, M.EQUAL_PRINCIPAL, date(2028, 2, 29))
    dates = [r.due_date for r in s]
    assert dates[0] == date(2028, 3, 29)
    assert dates[11] == date(2029, 2, 28)
    assert dates[12] == date(2029, 3, 29)


def test_revolving_due_dates_clamp_too():
    s = build_schedule(D("1000"), Rate(D("0.0005"), RateBasis.DAILY), 1, M.REVOLVING, date(2026, 1, 31))
    assert [r.due_date for r in s.instalments[:4]] == [
        date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 31)]
    # Interest in month 2 counts the 31 days from Feb 28 to Mar 31: 900 × 0.0005 × 31 = 13.95
    assert s.instalments[1].interest == D("13.95")


def test_schedule_for_uses_the_debt_terms():
    debt = Debt(
        lender=Lender("Bank"), kind=ProductKind.BANK_LOAN, principal=D("12000"),
        start_date=date(2026, 1, 20), term_months=12, rate=Rate(D("0.12")),
        method=M.EQUAL_INSTALMENT, due_day=5,
    )
    s = schedule_for(debt)
    assert s == build_schedule(D("12000"), Rate(D("0.12")), 12, M.EQUAL_INSTALMENT, date(2026, 1, 20), due_day=5)
    assert s.instalments[0].due_date == date(2026, 2, 5)
    # No due day: the day of the start date.
    debt_no_day = Debt(**{**debt.__dict__, "due_day": None})
    assert schedule_for(debt_no_day).instalments[0].due_date == date(2026, 2, 20)
    card = Debt(**{**debt.__dict__, "method": M.REVOLVING, "card": CardTerms(D("0.5"), D("0"))})
    assert schedule_for(card).instalments[0].payment == D("6000.00")


# -- refusals -----------------------------------------------------------------------


@pytest.mark.parametrize("principal", ["0", "-1", "-0.01"])
def test_principal_must_be_positive(principal):
    with pytest.raises(ValueError, match="principal"):
        build_schedule(D(principal), Rate(D("0.05")), 12, M.EQUAL_INSTALMENT, date(2026, 1, 1))


@pytest.mark.parametrize("method", TERM_METHODS)
def test_term_must_be_at_least_a_month(method):
    with pytest.raises(ValueError, match="term"):
        build_schedule(D("1000"), Rate(D("0.05")), 0, method, date(2026, 1, 1))


def test_rate_must_not_be_negative():
    with pytest.raises(ValueError, match="rate"):
        build_schedule(D("1000"), Rate(D("-0.01")), 12, M.EQUAL_INSTALMENT, date(2026, 1, 1))


# -- properties over random loans -------------------------------------------------

SPECIAL_STARTS = [
    date(2028, 2, 29), date(2024, 2, 29), date(2026, 1, 31), date(2026, 3, 31), date(2026, 8, 31),
    date(2026, 12, 31), date(2026, 2, 28), date(2027, 4, 30), date(2099, 12, 31),
]
principals = st.integers(min_value=1, max_value=1_000_000_000).map(lambda c: D(c) / 100)
annual_rates = st.integers(min_value=0, max_value=360_000).map(lambda x: Rate(D(x) / 1_000_000))  # 0..36%
daily_rates = st.integers(min_value=0, max_value=1_000).map(lambda x: Rate(D(x) / 1_000_000, RateBasis.DAILY))
rates = st.one_of(annual_rates, daily_rates)
starts = st.one_of(st.dates(min_value=date(1990, 1, 1), max_value=date(2070, 12, 31)), st.sampled_from(SPECIAL_STARTS))
due_days = st.one_of(st.none(), st.integers(min_value=1, max_value=31))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    principal=principals,
    rate=rates,
    months=st.integers(min_value=1, max_value=360),
    method=st.sampled_from(ALL_METHODS),
    start=starts,
    due_day=due_days,
)
def test_principal_parts_sum_exactly_to_the_principal(principal, rate, months, method, start, due_day):
    s = build_schedule(principal, rate, months, method, start, due_day=due_day)
    assert_row_invariants(s, principal)
    expected_rows = {M.BULLET: 1, M.REVOLVING: len(s)}.get(method, months)
    assert len(s) == expected_rows
    if method is M.REVOLVING:
        assert len(s) < MAX_REVOLVING_MONTHS  # at these rates the minimum always pays it off


@settings(max_examples=40, deadline=None)
@given(principal=principals, rate=rates, months=st.integers(min_value=1, max_value=360),
       method=st.sampled_from(TERM_METHODS), start=starts, due_day=due_days)
def test_due_dates_are_consecutive_months_on_the_clamped_day(principal, rate, months, method, start, due_day):
    s = build_schedule(principal, rate, months, method, start, due_day=due_day)
    day = due_day or start.day
    first = 1 if method is not M.BULLET else months
    for offset, row in enumerate(s, start=first):
        index = start.year * 12 + start.month - 1 + offset
        year, month = divmod(index, 12)
        assert row.due_date == date(year, month + 1, min(day, last_day_of_month(year, month + 1)))


@settings(max_examples=40, deadline=None)
@given(principal=principals, rate=annual_rates, months=st.integers(min_value=1, max_value=360),
       method=st.sampled_from([M.EQUAL_INSTALMENT, M.EQUAL_PRINCIPAL, M.INTEREST_ONLY]), start=starts)
def test_interest_is_the_monthly_rate_on_the_balance_before_the_payment(principal, rate, months, method, start):
    s = build_schedule(principal, rate, months, method, start)
    balance = principal
    for row in s:
        assert row.interest == cents(balance * rate.annual / 12)
        balance = row.balance


@settings(max_examples=40, deadline=None)
@given(principal=principals, rate=annual_rates, months=st.integers(min_value=2, max_value=360), start=starts)
def test_equal_instalment_payments_are_level_except_the_last(principal, rate, months, start):
    s = build_schedule(principal, rate, months, M.EQUAL_INSTALMENT, start)
    level = annuity_payment(principal, rate.monthly, months)
    # Level until the balance runs out (only tiny loans can run out early).
    assert all(r.payment == level or r.balance == 0 for r in s.instalments[:-1])


@settings(max_examples=40, deadline=None)
@given(principal=principals, rate=annual_rates, months=st.integers(min_value=2, max_value=360), start=starts)
def test_equal_principal_parts_are_level_except_the_last(principal, rate, months, start):
    s = build_schedule(principal, rate, months, M.EQUAL_PRINCIPAL, start)
    part = cents(principal / months)
    assert all(r.principal == min(part, r.principal + r.balance) for r in s.instalments[:-1])


@settings(max_examples=40, deadline=None)
@given(principal=principals, rate=daily_rates, start=starts,
       share=st.integers(min_value=5, max_value=100).map(lambda p: D(p) / 100),
       floor=st.integers(min_value=0, max_value=20_000).map(lambda c: D(c) / 100))
@example(principal=D("0.29"), rate=Rate(D("0.000616"), RateBasis.DAILY), start=date(2026, 1, 15),
         share=D("0.05"), floor=D("0"))  # interest rounded up to the whole minimum: it never shrank
def test_revolving_minimum_and_interest(principal, rate, start, share, floor):
    card = CardTerms(share, floor)
    s = build_schedule(principal, rate, 1, M.REVOLVING, start, card=card)
    assert_row_invariants(s, principal)
    assert len(s) < MAX_REVOLVING_MONTHS
    owed_principal, owed_interest, previous = principal, D("0.00"), None
    for row in s:
        if previous is not None:
            owed_interest += cents(owed_principal * rate.daily * (row.due_date - previous).days)
        statement = owed_principal + owed_interest
        assert row.payment == min(max(cents(statement * share), floor, owed_interest + D("0.01")), statement)
        assert row.interest == min(row.payment, owed_interest)  # interest is settled first
        owed_interest -= row.interest
        owed_principal -= row.principal
        previous = row.due_date
