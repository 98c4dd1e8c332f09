"""What a payment being typed would do, read from the ledger before and after it.

The payment dialog shows which instalments a payment settles, what stays
overdue and what is left, and asks before recording far more than is owed.
Every figure comes from `debt_status` run twice (without and with the
candidate payment), so the dialog can never disagree with the register or
the overview: no second formula.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from debtdesk.domain.debt import Payment
from debtdesk.domain.money import ZERO
from debtdesk.domain.schedule import Instalment
from debtdesk.domain.status import DebtStatus, debt_status


def owed_today(status: DebtStatus) -> Decimal:
    """What the debt asks for on the status date: the outstanding balance plus unpaid penalties and fees."""
    return status.state.outstanding + status.accrued.owed


def suggested_amount(status: DebtStatus) -> tuple[Decimal, date | None] | None:
    """What to pay now: everything overdue with its charges (date None), or the next instalment's unpaid part."""
    if status.state.overdue_amount > 0:
        return status.state.overdue_amount + status.accrued.owed, None
    for part in status.allocations:
        if not part.settled:
            return part.unpaid, part.instalment.due_date
    return None


@dataclass(frozen=True)
class PaymentPreview:
    before: DebtStatus  # without the payment (an edited payment's old version left out)
    after: DebtStatus  # with it, on the same date

    @property
    def settles(self) -> tuple[Instalment, ...]:
        """Instalments unpaid before and fully covered after."""
        return tuple(a.instalment for b, a in zip(self.before.allocations, self.after.allocations, strict=True)
                     if not b.settled and a.settled)

    @property
    def partly(self) -> Instalment | None:
        """The instalment the payment covers only in part, if any."""
        for b, a in zip(self.before.allocations, self.after.allocations, strict=True):
            if not a.settled and a.covered > b.covered:
                return a.instalment
        return None

    @property
    def left(self) -> Decimal:
        return owed_today(self.after)

    @property
    def overdue_after(self) -> Decimal:
        return self.after.state.overdue_amount

    @property
    def penalties_after(self) -> Decimal:
        return self.after.accrued.owed

    @property
    def surplus(self) -> Decimal:
        """Paid beyond everything the debt could ever ask (future interest included)."""
        return max(ZERO, self.after.surplus - self.before.surplus)


def without(status: DebtStatus, payment: Payment | None) -> DebtStatus:
    """The status as if `payment` (one already recorded, being edited) had never been made."""
    if payment is None or payment.id is None:
        return status
    kept = [p for p in status.payments if p.id != payment.id]
    return debt_status(status.debt, kept, status.state.as_of, status.thresholds)


def preview(before: DebtStatus, candidate: Payment) -> PaymentPreview:
    """`before` with `candidate` added, on the same status date (a new one after those of its day)."""
    if candidate.id is None:
        candidate = replace(candidate, id=max((p.id or 0 for p in before.payments), default=0) + 1)
    payments = [*before.payments, candidate]
    return PaymentPreview(before, debt_status(before.debt, payments, before.state.as_of, before.thresholds))
