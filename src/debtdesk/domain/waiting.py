"""What waiting costs: coming stage transitions and the penalties they bring.

If nothing more is paid, the oldest unpaid instalment keeps ageing: the debt
enters each later stage on a known date.  What has been charged by each of
those dates (penalty interest accrued day by day, late fees per missed
instalment) comes from the penalty ledger, carried on from today's books with
no more payments.  These are projections from the terms the user entered, not
the lender's statement.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from debtdesk.domain.debt import Debt, Payment
from debtdesk.domain.ledger import Allocation, Charges, LedgerRules, replay
from debtdesk.domain.overdue import DEFAULT_THRESHOLDS, Stage, StageThresholds
from debtdesk.domain.schedule import Instalment, Schedule

#: What has been charged by a date: penalty interest and late fees, and how much of them is paid.
WaitingCost = Charges


@dataclass(frozen=True)
class Transition:
    """The debt enters `stage` on `on` (days past due `days_past_due`)."""

    stage: Stage
    on: date
    days_past_due: int
    cost: Charges  # charged by that date
    extra_cost: Decimal  # more than what has been charged by as_of


def waiting_cost(debt: Debt, schedule: Schedule, payments: Iterable[Payment], as_of: date, on: date) -> Charges:
    """Penalties charged by `on` from the payments made by `as_of` (nothing paid after)."""
    books = replay(LedgerRules.of(debt), schedule, payments, as_of, project_to=[on])
    return books.projected.get(on, books.charges)


def oldest_unpaid(allocations: Iterable[Allocation]) -> Instalment | None:
    return next((part.instalment for part in allocations if not part.settled), None)


def transition_dates(debt: Debt, oldest: Instalment | None, as_of: date,
                     thresholds: StageThresholds = DEFAULT_THRESHOLDS) -> list[tuple[Stage, date, int]]:
    """(stage, date, days past due) for each later stage the debt enters if nothing is paid."""
    if oldest is None:
        return []
    result: list[tuple[Stage, date, int]] = []
    for stage in (Stage.EARLY, Stage.MID, Stage.LATE, Stage.SEVERE):
        days = max(thresholds.first_day(stage), debt.grace_days + 1)
        on = oldest.due_date + timedelta(days=days)
        if on <= as_of or thresholds.stage_for(days, debt.grace_days) is not stage:
            continue
        result.append((stage, on, days))
    return result


def coming_transitions(
    debt: Debt,
    schedule: Schedule,
    payments: list[Payment],
    as_of: date,
    thresholds: StageThresholds = DEFAULT_THRESHOLDS,
) -> list[Transition]:
    """Each later stage the debt will enter if nothing is paid, with its date and cost."""
    dates: list[tuple[Stage, date, int]] = []

    def stage_dates(allocations: Iterable[Allocation]) -> list[date]:
        dates.extend(transition_dates(debt, oldest_unpaid(allocations), as_of, thresholds))
        return [on for _, on, _ in dates]

    books = replay(LedgerRules.of(debt), schedule, payments, as_of, project_to=stage_dates)
    return transitions_from(dates, books.charges, books.projected)


def transitions_from(dates: list[tuple[Stage, date, int]], now: Charges,
                     projected: dict[date, Charges]) -> list[Transition]:
    return [Transition(stage, on, days, projected[on], projected[on].total - now.total)
            for stage, on, days in dates]
