"""The penalty ledger against hand-worked cases, and the properties a lender's books always have."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

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
from debtdesk.domain.ledger import LedgerRules, replay
from debtdesk.domain.schedule import schedule_for
from debtdesk.domain.status import debt_status

CIVIL = PaymentOrder.CIVIL_CODE
OLDEST = PaymentOrder.OLDEST_FIRST


def debt(**changes) -> Debt:
    """12,000 over 12 months at 12 % a year, equal principal, due on the 10th from 2026-02-10.

    Penalty: 12 % × 1.5 / 360 = 0.0005 a day on the overdue principal.
    """
    base = dict(lender=Lender("L"), kind=ProductKind.BANK_LOAN, principal=D("12000"),
                start_date=date(2026, 1, 10), term_months=12, rate=Rate(D("0.12")),
                method=RepaymentMethod.EQUAL_PRINCIPAL, penalty=PenaltyRule(D("0.5")))
    base.update(changes)
    return Debt(**base)


def books(d: Debt, payments, as_of: date, project_to=()):
    return replay(LedgerRules.of(d), schedule_for(d), payments, as_of, project_to)


def pay(on: date, amount: str) -> Payment:
    return Payment(1, on, D(amount))


# -- the issue's case: arrears paid late keep the penalty that accrued -------------------------


def issue_loan(order=OLDEST) -> Debt:
    """10,000 at 18 %, 等额本金 over 10 months, due the 10th from 2026-02-10: 1,150.00, 1,135.00, 1,120.00 …

    Penalty 18 % × 1.5 / 360 = 0.00075 a day on overdue principal (1,000.00 an instalment).
    """
    return debt(principal=D("10000"), rate=Rate(D("0.18")), term_months=10, payment_order=order)


def test_penalty_on_the_eve_of_paying_the_arrears():
    # 02-10 instalment: 57 days to 04-08; 03-10 instalment: 29 days. 1,000 × 0.00075 × 86 = 64.50
    assert books(issue_loan(), [], date(2026, 4, 8)).charges.total == D("64.50")


def test_paying_the_arrears_late_does_not_undo_the_penalty():
    paid = [pay(date(2026, 4, 9), "3405.00")]  # 1,150 + 1,135 + 1,120: the three instalments due by 04-10
    for order in (OLDEST, CIVIL):
        after = books(issue_loan(order), paid, date(2026, 4, 9))
        # Accrued through the payment day: 1,000 × 0.00075 × (58 + 30) = 66.00, and it stays charged.
        assert after.charges.total == D("66.00")
        # Both orders take the penalty before the instalment not yet due: it is paid, and the
        # 04-10 instalment is 66.00 short.
        assert after.charges.owed == D("0.00") and after.charges.paid == D("66.00")
        third = after.allocations[2]
        assert third.unpaid == D("66.00")
        assert [a.settled for a in after.allocations[:2]] == [True, True]


def test_the_short_instalment_falls_due_and_ages():
    paid = [pay(date(2026, 4, 9), "3405.00")]
    status = debt_status(issue_loan(), paid, date(2026, 4, 20))
    assert status.state.days_past_due == 10 and status.state.overdue_amount == D("66.00")


# -- a late part payment is credited on the day it was made ---------------------------------


def test_late_part_payment_oldest_first():
    paid = [pay(date(2026, 3, 1), "620.00")]  # 19 days late: interest 120.00, then 500.00 of principal
    result = books(debt(payment_order=OLDEST), paid, date(2026, 3, 5))
    # 1,000 × 0.0005 × 19 = 9.50 up to the payment; then 500 × 0.0005 × 4 = 1.00
    assert result.charges.total == D("10.50") and result.charges.owed == D("10.50")
    assert result.allocations[0].unpaid_principal == D("500.00")
    # Had it been paid on the due date, the lumped allocation said 500 × 0.0005 × 23 = 5.75.
    on_time = books(debt(payment_order=OLDEST), [pay(date(2026, 2, 10), "620.00")], date(2026, 3, 5))
    assert on_time.charges.total == D("5.75")


def test_late_part_payment_civil_code_pays_the_penalty_first():
    paid = [pay(date(2026, 3, 1), "620.00")]
    result = books(debt(payment_order=CIVIL), paid, date(2026, 3, 5))
    # 9.50 penalty, 120.00 interest, 490.50 principal: 509.50 × 0.0005 × 4 = 1.019
    assert result.allocations[0].unpaid_principal == D("509.50")
    assert result.charges.penalty_paid == D("9.50")
    assert result.charges.total == D("10.52") and result.charges.owed == D("1.02")


def test_civil_code_pays_all_interest_before_any_principal():
    paid = [pay(date(2026, 3, 20), "300.00")]  # instalments 1 (interest 120) and 2 (110) are both due
    no_penalty = PenaltyRule(D("0"), fixed_rate=D("0"))
    result = books(debt(payment_order=CIVIL, penalty=no_penalty), paid, date(2026, 3, 20))
    first, second = result.allocations[:2]
    assert (first.interest_covered, second.interest_covered) == (D("120.00"), D("110.00"))
    assert (first.principal_covered, second.principal_covered) == (D("70.00"), D("0.00"))
    oldest = books(debt(payment_order=OLDEST, penalty=no_penalty), paid, date(2026, 3, 20))
    assert (oldest.allocations[0].covered, oldest.allocations[1].covered) == (D("300.00"), D("0.00"))


# -- debts that used to cost nothing late ----------------------------------------------------


def test_interest_only_debt_99_days_overdue_with_compound_penalty():
    loan = debt(method=RepaymentMethod.INTEREST_ONLY)  # 120.00 of interest a month, principal at the end
    as_of = date(2026, 2, 10) + timedelta(days=99)
    assert books(loan, [], as_of).charges.total == D("0.00")  # the base is principal: there is none yet
    compound = debt(method=RepaymentMethod.INTEREST_ONLY, penalty=PenaltyRule(D("0.5"), compound=True))
    # 120 × 0.0005 × (99 + 71 + 40 + 10 days) = 13.20
    assert books(compound, [], as_of).charges.total == D("13.20")
    assert debt_status(compound, [], as_of).state.days_past_due == 99


def test_zero_rate_debt_with_a_fixed_penalty_rate():
    free = debt(rate=Rate(D("0")), method=RepaymentMethod.EQUAL_INSTALMENT)  # 1,000.00 a month
    assert books(free, [], date(2026, 3, 1)).charges.total == D("0.00")
    fixed = debt(rate=Rate(D("0")), method=RepaymentMethod.EQUAL_INSTALMENT,
                 penalty=PenaltyRule(D("0.5"), fixed_rate=D("0.18")))
    # 18 % / 360 = 0.0005 a day: 1,000 × 0.0005 × 19
    assert books(fixed, [], date(2026, 3, 1)).charges.total == D("9.50")


# -- grace and late fees -------------------------------------------------------------------


def test_paid_within_grace_costs_nothing():
    loan = debt(grace_days=5, late_fee=LateFeeRule(D("30.00")))
    result = books(loan, [pay(date(2026, 2, 15), "1120.00")], date(2026, 3, 1))
    assert result.charges.total == D("0.00")


def test_unpaid_after_grace_is_charged_from_the_due_date_and_the_fee_stays():
    loan = debt(grace_days=5, late_fee=LateFeeRule(D("30.00")))
    assert books(loan, [], date(2026, 2, 15)).charges.total == D("0.00")  # the grace's last day
    day_after = books(loan, [], date(2026, 2, 16)).charges
    assert (day_after.penalty_interest, day_after.late_fees) == (D("3.00"), D("30.00"))  # 6 days × 0.50
    # Paying the instalment late (oldest first) leaves penalty and fee owed.
    later = books(loan, [pay(date(2026, 2, 20), "1120.00")], date(2026, 3, 1)).charges
    assert (later.penalty_interest, later.late_fees, later.owed) == (D("5.00"), D("30.00"), D("35.00"))


def test_civil_code_order_takes_the_fee_first():
    loan = debt(late_fee=LateFeeRule(D("30.00")), payment_order=CIVIL)
    result = books(loan, [pay(date(2026, 2, 20), "1120.00")], date(2026, 2, 20))
    # Fee 30.00, penalty 1,000 × 0.0005 × 10 = 5.00, interest 120.00, principal 965.00
    assert (result.charges.fees_paid, result.charges.penalty_paid) == (D("30.00"), D("5.00"))
    assert result.allocations[0].unpaid_principal == D("35.00")


def test_overpayment_is_kept_as_surplus_not_lost():
    result = books(debt(), [pay(date(2026, 1, 20), "99999.00")], date(2026, 3, 1))
    assert all(a.settled for a in result.allocations)
    assert result.surplus == D("99999.00") - sum((i.payment for i in schedule_for(debt())), D(0))


# -- properties ---------------------------------------------------------------------------------

_DAYS = st.integers(min_value=0, max_value=500)
_PAYMENTS = st.lists(st.tuples(_DAYS, st.integers(min_value=1, max_value=300_000)), max_size=6)
_TERMS = st.fixed_dictionaries({
    "method": st.sampled_from(list(RepaymentMethod)),
    "payment_order": st.sampled_from(list(PaymentOrder)),
    "grace_days": st.integers(min_value=0, max_value=10),
    "penalty": st.builds(PenaltyRule, st.sampled_from([D("0"), D("0.5")]), st.sampled_from(list(PenaltyBase)),
                         st.booleans(), st.sampled_from([None, D("0.24")])),
    "late_fee": st.builds(LateFeeRule, st.sampled_from([D("0"), D("25.00")]), st.sampled_from([D("0"), D("0.05")])),
})


def _payments(raw) -> list[Payment]:
    return [Payment(1, date(2026, 1, 10) + timedelta(days=day), D(cents) / 100, id=n)
            for n, (day, cents) in enumerate(raw)]


@settings(max_examples=150, deadline=None)
@given(terms=_TERMS, raw=_PAYMENTS, day=_DAYS)
def test_charges_never_fall_and_owed_grows_on_days_without_payment(terms, raw, day):
    loan = debt(**terms)
    payments = _payments(raw)
    today = date(2026, 1, 10) + timedelta(days=day)
    tomorrow = today + timedelta(days=1)
    now = books(loan, payments, today).charges
    after = books(loan, payments, tomorrow).charges
    assert after.total >= now.total
    if not any(p.paid_on == tomorrow for p in payments):
        assert after.owed >= now.owed


@settings(max_examples=150, deadline=None)
@given(terms=_TERMS, raw=_PAYMENTS, day=_DAYS, amount=st.integers(min_value=1, max_value=300_000))
def test_a_payment_reduces_what_is_owed_by_no_more_than_it_pays(terms, raw, day, amount):
    loan = debt(**terms)
    payments = _payments(raw)
    on = date(2026, 1, 10) + timedelta(days=day)
    extra = Payment(1, on, D(amount) / 100, id=99)
    without = books(loan, payments, on)
    with_it = books(loan, payments + [extra], on)
    owed = lambda b: b.charges.owed + sum((a.unpaid for a in b.allocations), D(0))  # noqa: E731
    assert owed(without) - owed(with_it) <= extra.amount
    assert with_it.charges.total == without.charges.total  # paying today changes nothing charged today


@settings(max_examples=150, deadline=None)
@given(terms=_TERMS, raw=_PAYMENTS, day=_DAYS)
def test_every_payment_is_accounted_for(terms, raw, day):
    loan = debt(**terms)
    result = books(loan, _payments(raw), date(2026, 1, 10) + timedelta(days=day))
    covered = sum((a.covered for a in result.allocations), D(0))
    assert covered + result.charges.paid + result.surplus == result.paid_total
