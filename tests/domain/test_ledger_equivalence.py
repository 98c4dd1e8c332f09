"""The fast ledger and schedule give the same figures, to the cent, as the reference algorithm.

`ledger_reference.py` is the ledger as it was before it was tuned for large files (kept
unchanged as the specification of the figures); these properties replay random debts and
payment histories through both and compare every figure a status reads.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from debtdesk.domain import ledger
from debtdesk.domain.dates import nth_due_date
from debtdesk.domain.debt import (
    Debt,
    LateFeeRule,
    Lender,
    Payment,
    PaymentOrder,
    PenaltyBase,
    PenaltyRule,
    ProductKind,
    Rate,
    RepaymentMethod,
)
from debtdesk.domain.schedule import build_schedule
from tests.domain import ledger_reference as reference

_START = date(2025, 1, 1)
_DEBTS = st.builds(
    lambda principal, months, rate, method, start, due_day, grace, penalty, late_fee, order: Debt(
        lender=Lender("L"), kind=ProductKind.BANK_LOAN, principal=D(principal) / 100, start_date=start,
        term_months=months, rate=Rate(D(rate) / 10000), method=method, due_day=due_day, grace_days=grace,
        penalty=penalty, late_fee=late_fee, payment_order=order),
    st.integers(min_value=100_00, max_value=500_000_00),
    st.integers(min_value=1, max_value=36),
    st.integers(min_value=0, max_value=3600),
    st.sampled_from([m for m in RepaymentMethod if m is not RepaymentMethod.REVOLVING]),
    st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31)),
    st.one_of(st.none(), st.integers(min_value=1, max_value=31)),
    st.integers(min_value=0, max_value=15),
    st.builds(PenaltyRule, st.sampled_from([D("0"), D("0.3"), D("0.5")]), st.sampled_from(list(PenaltyBase)),
              st.booleans(), st.sampled_from([None, D("0.24"), D("0.0005")])),
    st.builds(LateFeeRule, st.sampled_from([D("0"), D("25.00")]), st.sampled_from([D("0"), D("0.05")])),
    st.sampled_from(list(PaymentOrder)),
)
_PAYMENTS = st.lists(st.tuples(st.integers(min_value=0, max_value=1400), st.integers(min_value=1, max_value=900_000)),
                     max_size=25)


def _payments(raw) -> list[Payment]:
    return [Payment(1, _START + timedelta(days=day), D(amount) / 100, id=n) for n, (day, amount) in enumerate(raw)]


def _charges(c) -> tuple:
    return c.on, c.penalty_interest, c.late_fees, c.penalty_paid, c.fees_paid


def _figures(result) -> tuple:
    """Every figure, as plain values (the two modules have their own result classes)."""
    return (result.as_of, [(a.instalment, a.interest_covered, a.principal_covered) for a in result.allocations],
            _charges(result.charges), {on: _charges(c) for on, c in result.projected.items()},
            result.paid_total, result.surplus)


@settings(max_examples=400, deadline=None)
@given(debt=_DEBTS, raw=_PAYMENTS, day=st.integers(min_value=0, max_value=1500),
       later=st.lists(st.integers(min_value=1, max_value=400), max_size=4))
def test_the_fast_ledger_gives_the_reference_figures(debt, raw, day, later):
    schedule = build_schedule(debt.principal, debt.rate, debt.term_months, debt.method, debt.start_date,
                              debt.effective_due_day)
    payments = _payments(raw)
    as_of = _START + timedelta(days=day)
    project_to = [as_of + timedelta(days=n) for n in later]
    fast = ledger.replay(ledger.LedgerRules.of(debt), schedule, payments, as_of, project_to)
    slow = reference.replay(reference.LedgerRules.of(debt), schedule, payments, as_of, project_to)
    assert repr(_figures(fast)) == repr(_figures(slow))  # the same values, written the same (str() is printed)


@settings(max_examples=300, deadline=None)
@given(start=st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
       due_day=st.integers(min_value=1, max_value=31), months=st.integers(min_value=1, max_value=60))
def test_due_dates_are_the_calendars(start, due_day, months):
    schedule = build_schedule(D("1000"), Rate(D("0.12")), months, RepaymentMethod.EQUAL_PRINCIPAL, start, due_day)
    assert [i.due_date for i in schedule] == [nth_due_date(start, n, due_day) for n in range(1, months + 1)]
