"""Rates at the edge of Decimal's precision must not crash a schedule."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from debtdesk.domain.debt import Rate, RepaymentMethod
from debtdesk.domain.schedule import build_schedule
from debtdesk.domain.validation import parse_debt


def test_a_vanishingly_small_rate_behaves_like_zero():
    schedule = build_schedule(D("1200"), Rate(D("1e-30")), 12, RepaymentMethod.EQUAL_INSTALMENT, date(2026, 1, 1))
    assert {i.payment for i in schedule} == {D("100.00")}
    assert schedule.total_principal == D("1200")


def test_the_form_refuses_rates_with_too_many_decimals():
    _, errors = parse_debt({"lender": "x", "principal": "1000", "start_date": "2026-01-01", "term_months": "12",
                            "rate": "0.0000000000000000000000000001"})
    assert [(e.field, e.message) for e in errors] == [("rate", "At most six decimal places.")]
