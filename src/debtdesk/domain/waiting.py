"""What waiting costs: coming stage transitions and the penalties they bring.

If nothing more is paid, the oldest unpaid instalment keeps ageing: the debt
enters each later stage on a known date.  By each of those dates, penalty
interest (罚息) has accrued daily on every overdue instalment, at the contract
rate plus the penalty markup, on the base the contract names (the overdue
principal or the whole overdue instalment), and a late fee has been charged
for every instalment missed.  These are projections from the terms the user
entered, not the lender's statement.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Iterable

from debtdesk.domain.allocation import allocate
from debtdesk.domain.debt import Debt, PenaltyBase, Payment
from debtdesk.domain.money import ZERO, cents
from debtdesk.domain.overdue import DEFAULT_THRESHOLDS, Stage, StageThresholds
from debtdesk.domain.schedule import Instalment, Schedule


@dataclass(frozen=True)
class WaitingCost:
    """Penalty interest and late fees accrued by `on`, if nothing more is paid."""

    on: date
    penalty_interest: Decimal
    late_fees: Decimal

    @property
    def total(self) -> Decimal:
        return self.penalty_interest + self.late_fees


@dataclass(frozen=True)
class Transition:
    """The debt enters `stage` on `on` (days past due `days_past_due`)."""

    stage: Stage
    on: date
    days_past_due: int
    cost: WaitingCost  # accrued by that date
    extra_cost: Decimal  # more than what has accrued by as_of


def unpaid_parts(schedule: Schedule, payments: Iterable[Payment], as_of: date):
    """(instalment, unpaid amount, unpaid principal) for each instalment not covered by `as_of`."""
    for part in allocate(schedule, payments, as_of):
        if not part.settled:
            yield part.instalment, part.unpaid, part.unpaid_principal


def waiting_cost(debt: Debt, schedule: Schedule, payments: Iterable[Payment], as_of: date, on: date) -> WaitingCost:
    """Penalties accrued by `on` on instalments unpaid as of `as_of` (nothing paid after)."""
    daily = debt.rate.daily * (1 + debt.penalty.markup)
    penalty = ZERO
    fees = ZERO
    for inst, unpaid, unpaid_principal in unpaid_parts(schedule, payments, as_of):
        if inst.due_date >= on:
            break
        days = (on - inst.due_date).days
        if days <= debt.grace_days:
            continue  # inside grace: lenders charge nothing yet
        base = unpaid_principal if debt.penalty.base is PenaltyBase.OVERDUE_PRINCIPAL else unpaid
        penalty += base * daily * days
        fees += debt.late_fee.fixed + inst.payment * debt.late_fee.percent_of_instalment
    return WaitingCost(on, cents(penalty), cents(fees))


def oldest_unpaid(schedule: Schedule, payments: Iterable[Payment], as_of: date) -> Instalment | None:
    for inst, _, _ in unpaid_parts(schedule, payments, as_of):
        return inst
    return None


def coming_transitions(
    debt: Debt,
    schedule: Schedule,
    payments: list[Payment],
    as_of: date,
    thresholds: StageThresholds = DEFAULT_THRESHOLDS,
) -> list[Transition]:
    """Each later stage the debt will enter if nothing is paid, with its date and cost."""
    oldest = oldest_unpaid(schedule, payments, as_of)
    if oldest is None:
        return []
    now_cost = waiting_cost(debt, schedule, payments, as_of, as_of).total
    result = []
    for stage in (Stage.EARLY, Stage.MID, Stage.LATE, Stage.SEVERE):
        days = max(thresholds.first_day(stage), debt.grace_days + 1)
        on = oldest.due_date + timedelta(days=days)
        if on <= as_of or thresholds.stage_for(days, debt.grace_days) is not stage:
            continue
        cost = waiting_cost(debt, schedule, payments, as_of, on)
        result.append(Transition(stage, on, days, cost, cost.total - now_cost))
    return result
