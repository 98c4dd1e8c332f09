"""One debt's full status on a date: the register row, the guidance, the road ahead.

Gathers what the dashboard, the `status` command and (later) letters show, so
they all compute it the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from debtdesk.domain.debt import Debt, Payment
from debtdesk.domain.money import ZERO
from debtdesk.domain.ledger import Allocation, Charges, LedgerRules, replay
from debtdesk.domain.overdue import DEFAULT_THRESHOLDS, OverdueState, StageThresholds, state_from_allocations
from debtdesk.domain.schedule import Schedule, schedule_for
from debtdesk.domain.waiting import Transition, oldest_unpaid, transition_dates, transitions_from


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


def debt_status(
    debt: Debt,
    payments: list[Payment],
    as_of: date,
    thresholds: StageThresholds = DEFAULT_THRESHOLDS,
) -> DebtStatus:
    schedule = schedule_for(debt)
    payments = sorted(payments, key=lambda p: (p.paid_on, p.id or 0))
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
