"""Rates: annual/daily/monthly conversions (360-day year) and the true APR from the cash flows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debtdesk.domain.debt import DAYS_PER_YEAR, Debt, Lender, ProductKind, Rate, RateBasis, RepaymentMethod
from debtdesk.domain.rates import monthly_irr, true_apr
from debtdesk.domain.schedule import schedule_for

M = RepaymentMethod


def loan(principal="12000", annual="0.12", months=12, method=M.EQUAL_INSTALMENT, fee="0", basis=RateBasis.ANNUAL):
    return Debt(
        lender=Lender("L"), kind=ProductKind.ONLINE_LOAN, principal=D(principal), start_date=date(2026, 1, 15),
        term_months=months, rate=Rate(D(annual), basis), method=method, upfront_fee=D(fee),
    )


def newton_irr(received: float, payments: list[float]) -> float:
    """An independent solver: Newton's method on f(i) = Σ p_k (1+i)^-k − received."""
    i = 0.01
    for _ in range(100):
        f = sum(p * (1 + i) ** -(k + 1) for k, p in enumerate(payments)) - received
        df = sum(-(k + 1) * p * (1 + i) ** -(k + 2) for k, p in enumerate(payments))
        step = f / df
        i -= step
        if abs(step) < 1e-15:
            break
    return i


# -- conversions ---------------------------------------------------------------------


def test_daily_rate_is_annual_over_360():
    assert DAYS_PER_YEAR == 360
    assert Rate(D("0.18")).daily == D("0.0005")
    assert Rate(D("0.036")).daily == D("0.0001")
    assert Rate(D("0.0005"), RateBasis.DAILY).annual == D("0.18")
    assert Rate(D("0.0005"), RateBasis.DAILY).daily == D("0.0005")
    assert Rate(D("0.049")).annual == D("0.049")


def test_monthly_rate_is_annual_over_12():
    assert Rate(D("0.12")).monthly == D("0.01")
    assert Rate(D("0.049")).monthly == D("0.049") / 12
    # 0.05% a day = 18% a year = 1.5% a month (30-day months on a 360-day year).
    assert Rate(D("0.0005"), RateBasis.DAILY).monthly == D("0.015")


def test_default_basis_is_annual():
    assert Rate(D("0.05")).basis is RateBasis.ANNUAL


@settings(max_examples=100)
@given(st.integers(min_value=0, max_value=10**7))
def test_conversions_round_trip(millionths):
    value = D(millionths) / 10**6
    # annual / 360 need not terminate; back to annual it is exact to Decimal's 28 digits.
    assert abs(Rate(Rate(value).daily, RateBasis.DAILY).annual - value) < D("1e-25")
    assert Rate(value, RateBasis.DAILY).annual == value * 360
    assert Rate(value, RateBasis.DAILY).monthly == value * 30


# -- APR from the cash flows ----------------------------------------------------------


@pytest.mark.parametrize("annual", ["0.049", "0.0435", "0.12", "0.18", "0.24", "0.36"])
@pytest.mark.parametrize("method", [M.EQUAL_INSTALMENT, M.EQUAL_PRINCIPAL, M.INTEREST_ONLY])
def test_apr_equals_the_contract_rate_without_fees(annual, method):
    assert true_apr(loan(annual=annual, method=method, months=24)) == D(annual).quantize(D("0.0001"))


def test_apr_of_the_reference_mortgage():
    debt = loan(principal="1000000", annual="0.049", months=360)
    assert true_apr(debt) == D("0.0490")


def test_apr_of_a_daily_rate_loan():
    # 0.05% a day quoted: 18% a year nominal.
    assert true_apr(loan(annual="0.0005", basis=RateBasis.DAILY)) == D("0.1800")


def test_zero_rate_without_fee_is_zero_apr():
    assert true_apr(loan(annual="0")) == D("0.0000")


@pytest.mark.parametrize(
    "principal, annual, months, method, fee",
    [
        ("10000", "0.12", 12, M.EQUAL_INSTALMENT, "500"),
        ("12000", "0", 12, M.EQUAL_INSTALMENT, "600"),
        ("20000", "0.18", 10, M.EQUAL_PRINCIPAL, "600"),  # the demo's 微粒贷
        ("50000", "0.0435", 36, M.EQUAL_INSTALMENT, "3000"),
        ("3600", "0.15", 6, M.INTEREST_ONLY, "100"),
    ],
)
def test_upfront_fee_raises_the_apr(principal, annual, months, method, fee):
    debt = loan(principal, annual, months, method, fee)
    payments = [float(i.payment) for i in schedule_for(debt)]
    expected = 12 * newton_irr(float(D(principal) - D(fee)), payments)
    apr = true_apr(debt)
    assert apr > D(annual)
    assert abs(float(apr) - expected) <= 0.00005 + 1e-12
    assert apr == D(repr(expected)).quantize(D("0.0001"))


def test_fee_of_500_on_10000_over_a_year_by_hand():
    # Receive 9,500, repay 12 × 888.49 (+ a cent on the last): monthly IRR ≈ 1.8214%, APR ≈ 21.86%.
    assert true_apr(loan("10000", "0.12", 12, fee="500")) == D("0.2186")


def test_flat_monthly_fee_is_worth_about_twice_its_face_value():
    """A card instalment plan: 12,000 in 12 instalments with a 0.6% monthly fee on the original
    principal (1,072 a month). Face value 7.2% a year; the true APR is about 13.03%."""
    irr = monthly_irr(D("12000"), [D("1072")] * 12)
    assert abs(float(irr) - newton_irr(12000, [1072.0] * 12)) < 1e-12
    assert (irr * 12).quantize(D("0.0001")) == D("0.1303")


def test_bullet_apr_spreads_the_single_payment_over_the_term():
    # 12 months at 8% simple: 1.08 × P at month 12 -> monthly IRR 1.08^(1/12) − 1.
    apr = true_apr(loan("15000", "0.08", 12, M.BULLET))
    assert apr == D(repr(12 * (1.08 ** (1 / 12) - 1))).quantize(D("0.0001")) == D("0.0772")
    # A one-month bullet is simply the monthly rate × 12.
    assert true_apr(loan("15000", "0.08", 1, M.BULLET)) == D("0.0800")


def test_apr_of_a_revolving_card_at_minimum_payments():
    card = loan("18500", "0.0005", 1, M.REVOLVING, basis=RateBasis.DAILY)
    payments = [float(i.payment) for i in schedule_for(card)]
    apr = true_apr(card)
    assert abs(float(apr) - 12 * newton_irr(18500.0, payments)) <= 0.00005 + 1e-12
    # 18% nominal, but no interest before the first statement's due date and none on interest.
    assert D("0.15") < apr < D("0.18")


def test_none_when_repaid_less_than_received():
    assert monthly_irr(D("1000"), [D("100")] * 9) is None
    assert monthly_irr(D("1000"), [D("999.99")]) is None


def test_none_for_degenerate_flows():
    assert monthly_irr(D("0"), [D("100")]) is None
    assert monthly_irr(D("-5"), [D("100")]) is None
    assert monthly_irr(D("1000"), []) is None
    # More than 100% a month: outside the solver's range.
    assert monthly_irr(D("100"), [D("1000")]) is None


def test_repaying_exactly_what_was_received_is_zero():
    assert monthly_irr(D("1000"), [D("500"), D("500")]) < D("1e-12")


@settings(max_examples=60, deadline=None)
@given(
    received=st.integers(min_value=100, max_value=10**6),
    monthly=st.integers(min_value=1, max_value=5000).map(lambda x: x / 100_000),  # 0.001%..5% a month
    months=st.integers(min_value=1, max_value=60),
)
def test_irr_recovers_the_rate_of_a_level_annuity(received, monthly, months):
    payment = received * monthly / (1 - (1 + monthly) ** -months)
    irr = monthly_irr(D(repr(received)), [D(repr(payment))] * months)
    assert irr is not None
    assert abs(float(irr) - monthly) < 1e-9


def _halving_irr(received: float, flows: list[float]) -> float:
    """The solver as it was (halving [0, 100%] until far finer than the APR's four decimals)."""
    def value(rate: float) -> float:
        return sum(flow / (1 + rate) ** k for k, flow in enumerate(flows, 1))

    low, high = 0.0, 1.0
    while high - low >= 1e-13:
        mid = (low + high) / 2
        low, high = (mid, high) if value(mid) > received else (low, mid)
    return (low + high) / 2


@settings(max_examples=150, deadline=None)
@given(
    received=st.integers(min_value=100, max_value=10**6),
    flows=st.lists(st.integers(min_value=0, max_value=10**5), min_size=1, max_size=120),
)
def test_the_faster_solver_gives_the_apr_the_halving_one_gave(received, flows):
    """Uneven flows too (fees, balloons, months without payment): the APR printed is the same."""
    amounts = [D(f) for f in flows]
    irr = monthly_irr(D(received), amounts)
    if irr is None:
        return
    assert abs(float(irr) - _halving_irr(float(received), [float(f) for f in flows])) < 1e-11
    assert (irr * 12).quantize(D("0.0001")) == (D(repr(_halving_irr(float(received), [float(f) for f in flows])))
                                                * 12).quantize(D("0.0001"))
