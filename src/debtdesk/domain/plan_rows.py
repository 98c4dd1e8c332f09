"""Building a plan's rows: one home for the arithmetic proposals and agreements share."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Generic, TypeVar

from debtdesk.domain.dates import due_date_in_month
from debtdesk.domain.money import ZERO, cents
from debtdesk.domain.schedule import annuity_payment

_Row = TypeVar("_Row")


@lru_cache(maxsize=40_000)  # a century of months, each with 31 due days: what plans reach
def _due_date(month_index: int, due_day: int) -> date:
    """The due date in the month `month_index` (year * 12 + month - 1).

    Every plan row asks for one; "Suggest fair shares" on a large household builds two thousand
    plans of six hundred months, and working each date out (calendar.monthrange, a new date) was
    nearly half of that time.  Plans starting in the same month ask for the same dates.
    """
    year, month = divmod(month_index, 12)
    return due_date_in_month(year, month + 1, due_day)


class RowBuilder(Generic[_Row]):
    """Rows of a repayment plan, month by month, each rounded to the cent.

    A proposal's plan and an agreed schedule are built the same way (same rounding,
    same dates), so an agreement made from a proposal repeats its plan to the cent.
    `row_type` is the row class to make: (number, due date, payment, principal,
    interest, balance).
    """

    def __init__(self, start: date, due_day: int, rate: Decimal, balance: Decimal, row_type: Callable[..., _Row]):
        self.start, self.due_day, self.rate, self.balance = start, due_day, rate, balance
        self.row_type = row_type
        self.rows: list[_Row] = []

    def _date(self) -> date:
        """`dates.nth_due_date(start, len(rows), due_day)`, the month's due date looked up, not worked out."""
        if not self.rows:
            return self.start
        return _due_date(self.start.year * 12 + self.start.month - 1 + len(self.rows), self.due_day)

    def add(self, payment: Decimal, last: bool = False) -> None:
        payment = cents(payment)
        interest = cents(self.balance * self.rate)
        if last or payment >= self.balance + interest:
            payment = self.balance + interest
        principal = payment - interest
        self.balance -= principal
        self.rows.append(self.row_type(len(self.rows) + 1, self._date(), payment, principal, interest, self.balance))

    def pay(self, payment: Decimal, interest: Decimal, last: bool = False) -> None:
        """A payment whose interest part is known (a contract instalment); the last one clears the balance."""
        principal = self.balance if last else payment - interest
        self.balance -= principal
        self.rows.append(self.row_type(len(self.rows) + 1, self._date(), payment, principal, payment - principal,
                                 self.balance))

    def settle(self, payment: Decimal, on: date | None = None) -> None:
        self.rows.append(self.row_type(len(self.rows) + 1, on or self._date(), payment, payment, ZERO, ZERO))
        self.balance = ZERO

    def amortise(self, months: int) -> None:
        payment = annuity_payment(self.balance, self.rate, months)
        for n in range(1, months + 1):
            if self.balance <= 0:
                break
            self.add(payment, last=(n == months))
