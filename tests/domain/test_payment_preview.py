"""What a payment would do, read from the ledger before and after it (hand-worked figures)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from debtdesk.domain.debt import Debt, Lender, Payment, PenaltyRule, ProductKind, Rate, RepaymentMethod
from debtdesk.domain.payment_preview import owed_today, preview, suggested_amount, without
from debtdesk.domain.status import debt_status

AS_OF = date(2026, 4, 8)


def loan() -> Debt:
    """10,000 at 18 %, 等额本金 over 10 months, due the 10th from 2026-02-10: 1,150.00, 1,135.00, 1,120.00 …

    On 04-08 two instalments are overdue (2,285.00) and the penalty on their principal is
    1,000 × 0.00075 × (57 + 29) days = 64.50; eight instalments' principal (8,000) is not yet due.
    """
    return Debt(lender=Lender("L"), kind=ProductKind.BANK_LOAN, principal=D("10000"), start_date=date(2026, 1, 10),
                term_months=10, rate=Rate(D("0.18")), method=RepaymentMethod.EQUAL_PRINCIPAL,
                penalty=PenaltyRule(D("0.5")), id=1)


def status(*payments: Payment):
    return debt_status(loan(), list(payments), AS_OF)


def test_owed_today_is_the_outstanding_balance_plus_unpaid_penalties():
    assert owed_today(status()) == D("2285.00") + D("8000.00") + D("64.50")


def test_the_suggestion_is_what_brings_the_debt_current_or_the_next_instalment():
    assert suggested_amount(status()) == (D("2349.50"), None)
    current = status(Payment(1, date(2026, 2, 10), D("1150")), Payment(1, date(2026, 3, 10), D("1135")))
    assert suggested_amount(current) == (D("1120.00"), date(2026, 4, 10))


@pytest.mark.parametrize("amount, settles, partly, overdue, penalties, left", [
    ("1150", [1], None, "1135.00", "64.50", "9199.50"),
    ("2349.50", [1, 2], None, "0.00", "0.00", "8000.00"),
    ("500", [], 1, "1785.00", "64.50", "9849.50"),
])
def test_what_a_payment_settles_and_leaves(amount, settles, partly, overdue, penalties, left):
    result = preview(status(), Payment(1, AS_OF, D(amount)))
    assert [i.number for i in result.settles] == settles
    assert (result.partly.number if result.partly else None) == partly
    assert (result.overdue_after, result.penalties_after, result.left) == (D(overdue), D(penalties), D(left))
    assert result.surplus == 0


def test_a_payment_beyond_everything_the_debt_could_ask_shows_the_surplus():
    # Everything: 10,000 principal + 825 interest (150 + 135 + … + 15) + 64.50 penalties = 10,889.50.
    result = preview(status(), Payment(1, AS_OF, D("20000")))
    assert len(result.settles) == 10 and result.left == 0
    assert result.surplus == D("20000") - D("10889.50")


def test_an_edited_payment_is_left_out_of_the_before_state():
    old = Payment(1, date(2026, 3, 1), D("1150"), id=7)
    with_it = status(old)
    assert owed_today(with_it) == D("9171.00")  # 1,135 + 8,000 + penalties 14.25 (no. 1, 19 days) + 21.75
    assert owed_today(without(with_it, old)) == owed_today(status())
    assert without(with_it, Payment(1, AS_OF, D("1"))) is with_it  # a new payment: nothing to leave out
