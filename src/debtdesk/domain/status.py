"""One debt's full status on a date: the register row, the guidance, the road ahead.

Gathers what the dashboard, the `status` command and (later) letters show, so
they all compute it the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from datetime import date

from debtdesk.domain.allocation import Allocation, allocate_total
from debtdesk.domain.debt import Debt, Payment
from debtdesk.domain.overdue import DEFAULT_THRESHOLDS, OverdueState, StageThresholds, overdue_state
from debtdesk.domain.schedule import Schedule, schedule_for
from debtdesk.domain.waiting import Transition, WaitingCost, coming_transitions, waiting_cost


@dataclass(frozen=True)
class DebtStatus:
    debt: Debt
    schedule: Schedule
    payments: tuple[Payment, ...]
    state: OverdueState
    accrued: WaitingCost  # penalties and fees accrued by as_of
    transitions: tuple[Transition, ...]
    thresholds: StageThresholds

    @cached_property
    def allocations(self) -> list[Allocation]:
        """Each instalment with what the payments made by as_of cover of it."""
        return allocate_total(self.schedule, self.state.paid_total)


def debt_status(
    debt: Debt,
    payments: list[Payment],
    as_of: date,
    thresholds: StageThresholds = DEFAULT_THRESHOLDS,
) -> DebtStatus:
    schedule = schedule_for(debt)
    payments = sorted(payments, key=lambda p: (p.paid_on, p.id or 0))
    return DebtStatus(
        debt=debt,
        schedule=schedule,
        payments=tuple(payments),
        state=overdue_state(schedule, payments, as_of, debt.grace_days, thresholds),
        accrued=waiting_cost(debt, schedule, payments, as_of, as_of),
        transitions=tuple(coming_transitions(debt, schedule, payments, as_of, thresholds)),
        thresholds=thresholds,
    )
