"""The demo household: whatever the day, the debts sit in the stages the module promises."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debtdesk.domain.debt import ProductKind, RepaymentMethod
from debtdesk.domain.demo import demo_debts
from debtdesk.domain.overdue import Stage, overdue_state
from debtdesk.domain.schedule import schedule_for
from debtdesk.domain.validation import debt_to_raw, parse_debt, parse_payment

#: lender -> (days past due, stage), as the demo module's docstring promises.
EXPECTED = {
    "招商银行信用卡": (0, Stage.CURRENT),
    "借呗 (蚂蚁消费金融)": (5, Stage.EARLY),
    "微粒贷": (20, Stage.MID),
    "中国建设银行": (45, Stage.LATE),
    "Anna Chan (private)": (120, Stage.SEVERE),
    "花呗分期": (0, Stage.CURRENT),
}

AS_OF_DATES = [
    date(2026, 11, 23),
    date(2028, 2, 29),
    date(2028, 3, 1),
    date(2028, 3, 31),
    date(2027, 2, 28),
    date(2026, 1, 31),
    date(2026, 3, 31),
    date(2026, 5, 31),
    date(2026, 12, 31),
    date(2027, 1, 1),
    date(2026, 6, 30),
    date(2024, 2, 29),
]


def states(as_of):
    result = {}
    for debt, payments in demo_debts(as_of):
        state = overdue_state(schedule_for(debt), payments, as_of, grace_days=debt.grace_days)
        result[debt.lender.name] = (debt, payments, state)
    return result


def check_demo(as_of):
    got = states(as_of)
    assert set(got) == set(EXPECTED)
    for name, (dpd, stage) in EXPECTED.items():
        debt, payments, state = got[name]
        assert (state.days_past_due, state.stage) == (dpd, stage), (name, as_of)
        for p in payments:
            assert debt.start_date <= p.paid_on <= as_of, (name, p)
            assert p.amount > 0 and p.debt_id is None and p.id is None
        assert debt.id is None and debt.lender.id is None


@pytest.mark.parametrize("as_of", AS_OF_DATES, ids=str)
def test_demo_stages(as_of):
    check_demo(as_of)


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)))
def test_demo_stages_on_any_day(as_of):
    check_demo(as_of)


@pytest.mark.parametrize("as_of", AS_OF_DATES[:4], ids=str)
def test_each_overdue_debt_fell_due_exactly_that_many_days_ago(as_of):
    for name, (_debt, _, state) in states(as_of).items():
        dpd, _ = EXPECTED[name]
        if dpd:
            assert state.oldest_unpaid.due_date == as_of - timedelta(days=dpd), name


def test_the_partial_payment_does_not_stop_the_clock():
    as_of = date(2026, 11, 23)
    _debt, payments, state = states(as_of)["中国建设银行"]
    partial = [p for p in payments if p.note]
    assert len(partial) == 1
    assert partial[0].amount < state.oldest_unpaid.payment
    assert state.days_past_due == 45
    # Ten on-time instalments plus the half payment.
    assert len(payments) == 11
    assert state.oldest_unpaid.number == 11


def test_grace_keeps_the_card_current_and_the_recent_purchase_has_nothing_due():
    as_of = date(2026, 11, 23)
    got = states(as_of)
    card, card_payments, card_state = got["招商银行信用卡"]
    assert card.method is RepaymentMethod.REVOLVING and card.grace_days == 3
    assert card_state.next_due_date == as_of + timedelta(days=9)
    assert len(card_payments) == 2
    bnpl, bnpl_payments, bnpl_state = got["花呗分期"]
    assert bnpl.kind is ProductKind.INSTALMENT_PLATFORM and bnpl_payments == []
    assert bnpl_state.overdue_amount == 0 and bnpl_state.next_due_date > as_of


def test_demo_covers_several_kinds_and_methods():
    debts = [d for d, _ in demo_debts(date(2026, 11, 23))]
    assert len(debts) == 6
    assert {d.method for d in debts} == set(RepaymentMethod)
    assert len({d.kind for d in debts}) >= 5


@pytest.mark.parametrize("as_of", AS_OF_DATES[:3], ids=str)
def test_demo_debts_and_payments_pass_validation(as_of):
    """The demo is what a user could have typed: every debt and payment validates."""
    for debt, payments in demo_debts(as_of):
        again, errors = parse_debt(debt_to_raw(debt), earliest_payment=min((p.paid_on for p in payments),
                                                                         default=None))
        assert errors == [], (debt.lender.name, errors)
        assert again == debt
        for p in payments:
            _, errors = parse_payment({"paid_on": p.paid_on.isoformat(), "amount": str(p.amount), "note": p.note},
                                      debt, as_of)
            assert errors == [], (debt.lender.name, errors)


def test_demo_is_deterministic():
    assert demo_debts(date(2028, 2, 29)) == demo_debts(date(2028, 2, 29))
