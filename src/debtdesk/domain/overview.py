"""The household at a glance: totals per currency, the worst debt, what comes next."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from debtdesk.domain.money import ZERO
from debtdesk.domain.schedule import Instalment
from debtdesk.domain.status import DebtStatus
from debtdesk.domain.waiting import Transition


@dataclass(frozen=True)
class CurrencyTotals:
    currency: str
    owed: Decimal
    overdue: Decimal
    penalties: Decimal  # charged by as_of and not yet paid


@dataclass(frozen=True)
class UpcomingPayment:
    status: DebtStatus
    instalment: Instalment
    amount: Decimal | None = None  # what is still unpaid of it (None: the whole instalment)
    overdue: bool = False  # already past its due date: the most urgent payment of all

    @property
    def due(self) -> Decimal:
        return self.instalment.payment if self.amount is None else self.amount


@dataclass(frozen=True)
class UpcomingTransition:
    status: DebtStatus
    transition: Transition


@dataclass(frozen=True)
class Overview:
    as_of: date
    totals: tuple[CurrencyTotals, ...]
    worst: DebtStatus | None
    upcoming_payments: tuple[UpcomingPayment, ...]
    upcoming_transitions: tuple[UpcomingTransition, ...]


def overview(statuses: Iterable[DebtStatus], as_of: date, horizon_days: int = 45) -> Overview:
    """Totals, the worst debt, due payments and stage changes within `horizon_days`."""
    statuses = list(statuses)
    sums: dict[str, list[Decimal]] = {}
    for s in statuses:
        owed, overdue, penalties = sums.setdefault(s.debt.currency, [ZERO, ZERO, ZERO])
        sums[s.debt.currency] = [owed + s.state.outstanding, overdue + s.state.overdue_amount,
                                 penalties + s.accrued.owed]
    totals = tuple(CurrencyTotals(c, *v) for c, v in sorted(sums.items()))
    worst = max(statuses, key=lambda s: (s.state.stage.severity, s.state.days_past_due), default=None)
    until = as_of + timedelta(days=horizon_days)
    # Overdue instalments first (they are the most urgent), then what falls due within the horizon,
    # each with what is still unpaid of it.
    payments = [
        UpcomingPayment(s, part.instalment, part.unpaid, part.instalment.due_date < as_of)
        for s in statuses for part in s.effective_allocations
        if not part.settled and part.instalment.due_date <= until
    ]
    transitions = [
        UpcomingTransition(s, t) for s in statuses for t in s.transitions if t.on <= until
    ]
    return Overview(
        as_of=as_of,
        totals=totals,
        worst=worst,
        upcoming_payments=tuple(sorted(payments, key=lambda u: (not u.overdue, u.instalment.due_date,
                                                                  u.status.debt.id))),
        upcoming_transitions=tuple(sorted(transitions, key=lambda u: (u.transition.on, u.status.debt.id))),
    )
