"""The values a large file keeps by the hundred thousand stay compact, and compacting them changes no figure.

Measured on the benchmark's large file (2,006 debts, 200,020 payments, tracemalloc of
`load_statuses`): 346 MB with a `__dict__` per instalment, allocation and payment and an
amount of their own in every allocation; 133 MB slotted and reusing the amounts already held.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debtdesk.domain.debt import Payment, Rate, RepaymentMethod
from debtdesk.domain.ledger import Allocation, LedgerRules, replay
from debtdesk.domain.money import ZERO, reuse
from debtdesk.domain.schedule import Instalment, build_schedule
from debtdesk.domain.slotted import field_setters, new_instance

_START = date(2025, 1, 15)


def _schedule(principal=D("1200.00"), months=12, method=RepaymentMethod.EQUAL_INSTALMENT):
    return build_schedule(principal, Rate(D("0.12")), months, method, _START)


def test_the_values_kept_by_the_hundred_thousand_have_no_dict():
    inst = _schedule().instalments[0]
    allocation = replay(LedgerRules(), _schedule(), [], _START).allocations[0]
    payment = Payment(1, _START, D("10.00"), id=1)
    for value in (inst, allocation, payment):
        assert not hasattr(value, "__dict__"), type(value).__name__


def test_slotted_values_still_replace_and_compare():
    payment = Payment(1, _START, D("10.00"), note="cash", id=7)
    moved = replace(payment, amount=D("12.00"))
    assert moved == Payment(1, _START, D("12.00"), note="cash", id=7)
    assert hash(payment) == hash(Payment(1, _START, D("10.00"), note="cash", id=7))
    with pytest.raises(AttributeError):
        payment.amount = D("1.00")  # type: ignore[misc]


def test_values_built_slot_by_slot_equal_the_constructors():
    set_debt, set_day, set_amount, set_note, set_id = field_setters(Payment)
    built = new_instance(Payment)
    values = (3, _START, D("5.00"), "", 9)
    for setter, value in zip((set_debt, set_day, set_amount, set_note, set_id), values, strict=True):
        setter(built, value)
    assert built == Payment(3, _START, D("5.00"), "", 9)
    assert isinstance(_schedule().instalments[0], Instalment)


def test_field_setters_refuse_a_class_without_slots():
    @dataclass(frozen=True)
    class Loose:
        amount: D

    with pytest.raises(TypeError, match="slots=True"):
        field_setters(Loose)


@pytest.mark.parametrize("value, known, same", [
    (D("5.00"), D("5.00"), True),
    (D("5"), D("5.00"), False),  # equal, written differently: kept as computed
    (D("5.000"), D("5.00"), False),
    (D("-0.00"), D("0.00"), False),  # equal, signed differently
    (D("5.01"), D("5.00"), False),
])
def test_reuse_hands_back_the_known_amount_only_when_it_prints_the_same(value, known, same):
    got = reuse(value, known)
    assert (got is known) is same
    assert str(got) == str(value)


@settings(max_examples=200, deadline=None)
@given(principal=st.integers(min_value=1, max_value=50_000_000), scale=st.sampled_from([1, 10, 100]),
       months=st.integers(min_value=1, max_value=48), rate=st.integers(min_value=0, max_value=3600),
       method=st.sampled_from([m for m in RepaymentMethod if m is not RepaymentMethod.REVOLVING]))
def test_an_instalments_payment_is_written_as_its_parts_sum(principal, scale, months, rate, method):
    """Reusing the schedule's payment must not change how a single instalment's payment prints."""
    schedule = build_schedule(D(principal) / scale, Rate(D(rate) / 10000), months, method, _START)
    for inst in schedule:
        assert repr(inst.payment) == repr(inst.principal + inst.interest)


def test_allocations_hold_the_instalments_own_amounts_when_covered_wholly_or_not_at_all():
    schedule = _schedule()
    first, second = schedule.instalments[:2]
    books = replay(LedgerRules(), schedule, [Payment(1, first.due_date, first.payment, id=1)],
                   first.due_date + timedelta(days=1))
    paid, unpaid = books.allocations[:2]
    assert isinstance(paid, Allocation)
    assert paid.interest_covered is first.interest and paid.principal_covered is first.principal
    assert unpaid.interest_covered is ZERO and unpaid.principal_covered is ZERO
    assert unpaid.instalment is second
