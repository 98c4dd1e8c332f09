"""Shared fixtures: headless Qt, isolated settings and data folders, no real dialogs."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from decimal import Decimal

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing a test does may touch the real user's settings or data.
_ISOLATED = tempfile.mkdtemp(prefix="debtdesk-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_ISOLATED, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_ISOLATED, "data")

AS_OF = date(2026, 11, 23)


@pytest.fixture
def as_of() -> date:
    return AS_OF


@pytest.fixture
def demo_path(tmp_path):
    """A new file holding the demo debts and payments as of AS_OF (no budget, evidence or contacts)."""
    from debtdesk.store.demo import write_demo

    path = tmp_path / "demo.debtdesk"
    write_demo(path, AS_OF, debts_only=True)
    return path


@pytest.fixture
def household_path(tmp_path):
    """The whole demo household: debts, a budget, evidence in progress, collector contacts."""
    from debtdesk.store.demo import write_demo

    path = tmp_path / "household.debtdesk"
    write_demo(path, AS_OF)
    return path


# -- a small household worked out by hand (tests/domain/test_household.py, tests/cli) ----------
# A small household worked out by hand: a car loan (priority) and two unsecured debts, all at 0 %.
#
# As of 2026-11-23, with 2,000.00 a month left after essentials:
# - car loan: 24 × 1,000.00 due on the 10th from 2026-02-10; ten paid, so 14 × 1,000.00 remain,
#   2026-12-10 to 2028-01-10, nothing in arrears.
# - private loan (A): 3,000.00 in one sum due 2026-08-01, unpaid: 3,000.00 owed, all in arrears.
# - online loan (B): 9 × 1,000.00 due on the 15th from 2026-09-15; two paid, 2026-11-15 missed:
#   7,000.00 owed, 1,000.00 of it in arrears, then 1,000.00 a month 2026-12-15 to 2027-05-15.
# No penalties: a 0 % contract rate carries none.

SMALL_AVAILABLE = Decimal("2000.00")
CAR, AUNT, QUICK = 1, 2, 3


def _small_debt(debt_id, name, kind, principal, start, months, method, priority=False):
    from debtdesk.domain.debt import Debt, Lender, Rate

    return Debt(lender=Lender(name, id=debt_id), kind=kind, principal=Decimal(principal), start_date=start,
                term_months=months, rate=Rate(Decimal("0")), method=method, priority=priority, id=debt_id)


def small_household_debts():
    """[(debt, payments)] of the hand-worked household."""
    from debtdesk.domain.debt import Payment, ProductKind, RepaymentMethod

    car = _small_debt(CAR, "Car finance", ProductKind.CAR_LOAN, "24000", date(2026, 1, 10), 24,
                      RepaymentMethod.EQUAL_INSTALMENT, priority=True)
    aunt = _small_debt(AUNT, "Aunt May", ProductKind.PRIVATE_LOAN, "3000", date(2026, 5, 1), 3, RepaymentMethod.BULLET)
    quick = _small_debt(QUICK, "QuickLoan", ProductKind.ONLINE_LOAN, "9000", date(2026, 8, 15), 9,
                        RepaymentMethod.EQUAL_INSTALMENT)
    car_paid = [Payment(CAR, date(2026, m, 10), Decimal("1000")) for m in range(2, 12)]
    quick_paid = [Payment(QUICK, date(2026, 9, 15), Decimal("1000")),
                  Payment(QUICK, date(2026, 10, 15), Decimal("1000"))]
    return [(car, car_paid), (aunt, []), (quick, quick_paid)]


@pytest.fixture
def small_household():
    """The hand-worked household's statuses as of AS_OF."""
    from debtdesk.domain.status import debt_status

    return [debt_status(debt, payments, AS_OF) for debt, payments in small_household_debts()]


@pytest.fixture
def small_household_path(tmp_path):
    """The hand-worked household in a file, with a budget leaving 2,000.00 a month."""
    from dataclasses import replace

    from debtdesk.domain.budget import Budget, BudgetLine, Direction
    from debtdesk.store import Store
    from debtdesk.store.budgets import BudgetBook

    path = tmp_path / "small.debtdesk"
    with Store.create(path) as store:
        for debt, payments in small_household_debts():
            store.add_debt(replace(debt, id=None, lender=replace(debt.lender, id=None)),
                           [replace(p, debt_id=None) for p in payments])
        BudgetBook(store).add(Budget(date(2026, 11, 1), (
            BudgetLine(Direction.INCOME, "wages", Decimal("5000.00")),
            BudgetLine(Direction.EXPENSE, "housing", Decimal("3000.00")))))
    return path
