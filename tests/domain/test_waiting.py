"""Stage transitions and the cost of waiting, checked against hand-computed figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from debtdesk.domain.debt import (
    Debt,
    LateFeeRule,
    Lender,
    Payment,
    PenaltyBase,
    PenaltyRule,
    ProductKind,
    Rate,
    RepaymentMethod,
)
from debtdesk.domain.overdue import Stage, StageThresholds
from debtdesk.domain.schedule import schedule_for
from debtdesk.domain.waiting import coming_transitions, waiting_cost


def loan(**changes) -> Debt:
    """12,000 over 12 months at 12% a year, equal principal (1,000.00 a month), due on the 10th."""
    base = dict(lender=Lender("L"), kind=ProductKind.BANK_LOAN, principal=D("12000"),
                start_date=date(2026, 1, 10), term_months=12, rate=Rate(D("0.12")),
                method=RepaymentMethod.EQUAL_PRINCIPAL, penalty=PenaltyRule(D("0.5")))
    base.update(changes)
    return Debt(**base)


def test_penalty_interest_on_overdue_principal_daily():
    debt = loan()
    schedule = schedule_for(debt)
    first = schedule.instalments[0]  # due 2026-02-10: principal 1000.00, interest 120.00
    assert (first.due_date, first.principal, first.interest) == (date(2026, 2, 10), D("1000.00"), D("120.00"))
    # 10 days later: 1000 × (0.12/360 × 1.5) × 10 = 5.00
    cost = waiting_cost(debt, schedule, [], date(2026, 2, 20), date(2026, 2, 20))
    assert cost.penalty_interest == D("5.00") and cost.late_fees == D("0.00")


def test_penalty_on_whole_instalment_and_late_fees_per_missed_instalment():
    debt = loan(penalty=PenaltyRule(D("0.5"), PenaltyBase.OVERDUE_INSTALMENT),
                late_fee=LateFeeRule(D("30.00"), D("0.05")))
    schedule = schedule_for(debt)
    on = date(2026, 3, 20)  # instalment 1 is 38 days late, instalment 2 (due 03-10) is 10 days late
    cost = waiting_cost(debt, schedule, [], date(2026, 2, 1), on)
    daily = D("0.12") / 360 * D("1.5")
    i1, i2 = schedule.instalments[0], schedule.instalments[1]
    expected = (i1.payment * daily * 38 + i2.payment * daily * 10).quantize(D("0.01"))
    assert cost.penalty_interest == expected
    assert cost.late_fees == D("60.00") + ((i1.payment + i2.payment) * D("0.05")).quantize(D("0.01"))


def test_partial_payment_reduces_the_penalty_base_interest_first():
    debt = loan()
    schedule = schedule_for(debt)
    paid = [Payment(1, date(2026, 2, 10), D("620.00"))]  # 120 interest + 500 principal
    cost = waiting_cost(debt, schedule, paid, date(2026, 2, 20), date(2026, 2, 20))
    assert cost.penalty_interest == D("2.50")  # half the principal left: half of 5.00


def test_grace_days_waive_penalties_inside_grace():
    debt = loan(grace_days=5)
    schedule = schedule_for(debt)
    assert waiting_cost(debt, schedule, [], date(2026, 2, 15), date(2026, 2, 15)).total == 0
    assert waiting_cost(debt, schedule, [], date(2026, 2, 15), date(2026, 2, 16)).penalty_interest == D("3.00")


def test_transitions_follow_the_oldest_unpaid_due_date():
    debt = loan()
    transitions = coming_transitions(debt, schedule_for(debt), [], date(2026, 2, 12))
    assert [(t.stage, t.on, t.days_past_due) for t in transitions] == [
        (Stage.MID, date(2026, 2, 18), 8),
        (Stage.LATE, date(2026, 3, 13), 31),
        (Stage.SEVERE, date(2026, 5, 12), 91),
    ]
    mid = transitions[0]
    assert mid.cost.penalty_interest == D("4.00")  # 1000 × 0.0005 × 8
    assert mid.extra_cost == D("3.00")  # 1.00 had accrued by 2026-02-12


def test_transitions_respect_grace_and_custom_thresholds():
    debt = loan(grace_days=10)
    thresholds = StageThresholds(early=1, mid=15, late=45, severe=120)
    transitions = coming_transitions(debt, schedule_for(debt), [], date(2026, 2, 1), thresholds)
    assert [(t.stage, t.days_past_due) for t in transitions] == [
        (Stage.EARLY, 11), (Stage.MID, 15), (Stage.LATE, 45), (Stage.SEVERE, 120)]


def test_nothing_ahead_when_everything_is_paid():
    debt = loan(term_months=1)
    schedule = schedule_for(debt)
    paid = [Payment(1, date(2026, 2, 10), schedule.total_payment)]
    assert coming_transitions(debt, schedule, paid, date(2026, 3, 1)) == []
