"""One debt's full status on a date: the register row, the guidance, the road ahead.

Gathers what the dashboard, the `status` command and (later) letters show, so
they all compute it the same way.

With an agreement in force (`debt_status(..., agreement=...)`), the contract's
books are closed the day before the agreement starts: its instalments due
before then stay as they stood (`superseded`, history), and what they still
lacked is carried by the agreed balance.  From the start date the agreed rows
are the instalments: payments made from then on meet them through the same
ledger, and days past due, stages and the road ahead follow them, with the
grace the agreement allows.  The contract's own schedule stays in `schedule`
(for the true APR and as history).
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from debtdesk.domain.debt import Debt, Payment
from debtdesk.domain.money import ZERO
from debtdesk.domain.ledger import Allocation, Charges, LedgerRules, replay
from debtdesk.domain.overdue import DEFAULT_THRESHOLDS, OverdueState, StageThresholds, state_from_allocations
from debtdesk.domain.schedule import Schedule, schedule_for
from debtdesk.domain.waiting import Transition, oldest_unpaid, transition_dates, transitions_from

if TYPE_CHECKING:
    from debtdesk.domain.agreement import Agreement


@dataclass(frozen=True)
class DebtStatus:
    debt: Debt
    schedule: Schedule
    payments: tuple[Payment, ...]
    state: OverdueState
    accrued: Charges  # penalties and fees charged by as_of, and how much of them is paid
    transitions: tuple[Transition, ...]
    thresholds: StageThresholds
    allocations: tuple[Allocation, ...] = ()  # each instalment with what the payments cover of it
    surplus: Decimal = ZERO  # paid beyond everything the debt could ask for
    agreement: "Agreement | None" = None  # in force on as_of: `allocations` are then its agreed rows
    superseded: tuple[Allocation, ...] = ()  # the contract's instalments due before it started, as they stood

    @property
    def effective_allocations(self) -> tuple[Allocation, ...]:
        """Every instalment that applied: the contract's before an agreement started, the agreed rows after."""
        return self.superseded + self.allocations

    @property
    def effective_schedule(self) -> Schedule:
        """What is due when: the contract's schedule, or its instalments before an agreement and the agreed rows."""
        if self.agreement is None:
            return self.schedule
        return Schedule(tuple(part.instalment for part in self.effective_allocations))


def debt_status(
    debt: Debt,
    payments: list[Payment],
    as_of: date,
    thresholds: StageThresholds = DEFAULT_THRESHOLDS,
    *,
    agreement: "Agreement | None" = None,
) -> DebtStatus:
    """The debt on `as_of`; with an `agreement` in force then, measured against its agreed rows."""
    schedule = schedule_for(debt)
    payments = sorted(payments, key=lambda p: (p.paid_on, p.id or 0))
    if agreement is not None and agreement.in_force(as_of):
        return _agreed_status(debt, schedule, payments, as_of, thresholds, agreement)
    def stage_dates(allocations):
        dates.extend(transition_dates(debt, oldest_unpaid(allocations), as_of, thresholds))
        return [on for _, on, _ in dates]

    dates: list = []
    books = replay(LedgerRules.of(debt), schedule, payments, as_of, project_to=stage_dates)
    state = state_from_allocations(books.allocations, books.paid_total, as_of, debt.grace_days, thresholds)
    transitions = transitions_from(dates, books.charges, books.projected)
    return DebtStatus(
        debt=debt,
        schedule=schedule,
        payments=tuple(payments),
        state=state,
        accrued=books.charges,
        transitions=tuple(transitions),
        thresholds=thresholds,
        allocations=books.allocations,
        surplus=books.surplus,
    )


def _plus(closed: Charges, later: Charges) -> Charges:
    """Charges closed at an agreement's start (carried or waived: none owed) plus those charged since."""
    return Charges(later.on, closed.penalty_interest + later.penalty_interest, closed.late_fees + later.late_fees,
                   closed.penalty_interest + later.penalty_paid, closed.late_fees + later.fees_paid)


def _agreed_status(debt: Debt, schedule: Schedule, payments: list[Payment], as_of: date,
                   thresholds: StageThresholds, agreement: "Agreement") -> DebtStatus:
    start = agreement.start
    before = [p for p in payments if p.paid_on < start]
    after = [p for p in payments if p.paid_on >= start]
    closing = replay(LedgerRules.of(debt), schedule, before, start - timedelta(days=1))
    superseded = tuple(part for part in closing.allocations if part.instalment.due_date < start)
    grace = agreement.terms.grace_days
    agreed_debt = replace(debt, grace_days=grace)  # the agreement's grace decides the stages from now on

    def stage_dates(allocations):
        dates.extend(transition_dates(agreed_debt, oldest_unpaid(allocations), as_of, thresholds))
        return [on for _, on, _ in dates]

    dates: list = []
    books = replay(LedgerRules(grace_days=grace), agreement.schedule, after, as_of, project_to=stage_dates)
    closed = closing.charges
    state = state_from_allocations(books.allocations, books.paid_total + closing.paid_total, as_of, grace, thresholds)
    charges = _plus(closed, books.charges)
    projected = {on: _plus(closed, c) for on, c in books.projected.items()}
    return DebtStatus(
        debt=debt,
        schedule=schedule,
        payments=tuple(payments),
        state=state,
        accrued=charges,
        transitions=tuple(transitions_from(dates, charges, projected)),
        thresholds=thresholds,
        allocations=books.allocations,
        surplus=books.surplus,
        agreement=agreement,
        superseded=superseded,
    )
