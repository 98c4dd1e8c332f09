"""Which instalments the money paid has covered: oldest first, as lenders apply it.

Every question about arrears (days past due, the overdue amount, penalties,
what a plan still owes, the timeline's paid/missed marks) starts from this
one allocation, so they always agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterable

from debtdesk.domain.debt import Payment
from debtdesk.domain.money import ZERO
from debtdesk.domain.schedule import Instalment, Schedule


@dataclass(frozen=True)
class Allocation:
    instalment: Instalment
    covered: Decimal  # how much of this instalment the payments cover

    @property
    def unpaid(self) -> Decimal:
        return self.instalment.payment - self.covered

    @property
    def settled(self) -> bool:
        return self.covered >= self.instalment.payment

    @property
    def unpaid_principal(self) -> Decimal:
        """Principal still owed on it; within an instalment, money settles interest first."""
        return self.instalment.principal - max(ZERO, self.covered - self.instalment.interest)


def paid_by(payments: Iterable[Payment], as_of: date) -> Decimal:
    return sum((p.amount for p in payments if p.paid_on <= as_of), ZERO)


def allocate_total(schedule: Schedule, paid: Decimal) -> list[Allocation]:
    """Spread `paid` over the instalments, oldest first."""
    remaining = paid
    result = []
    for inst in schedule:
        covered = min(remaining, inst.payment)
        remaining -= covered
        result.append(Allocation(inst, covered))
    return result


def allocate(schedule: Schedule, payments: Iterable[Payment], as_of: date) -> list[Allocation]:
    """The allocation of everything paid by `as_of`."""
    return allocate_total(schedule, paid_by(payments, as_of))
