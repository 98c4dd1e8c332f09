"""The numbers behind the charts: a debt's balance over time, the cost of waiting day by day,
and what is owed split by when it falls due.

All from the penalty ledger (`ledger.replay`), so a chart shows the same
figures as the status, the overview and the proposals.  No words here: the
charts take their labels from the caller.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from debtdesk.domain.ledger import Allocation, LedgerRules, replay
from debtdesk.domain.money import ZERO
from debtdesk.domain.overdue import Stage
from debtdesk.domain.status import DebtStatus
from debtdesk.domain.waiting import oldest_unpaid, transition_dates

#: How far ahead the cost of waiting is drawn.
WAITING_DAYS = 365


# -- where the money goes ----------------------------------------------------------------

@dataclass(frozen=True)
class OwedSplit:
    status: DebtStatus
    not_yet_due: Decimal  # principal of instalments not due yet
    overdue: Decimal  # instalments past due and not covered
    penalties: Decimal  # penalty interest and fees charged and unpaid

    @property
    def total(self) -> Decimal:
        return self.not_yet_due + self.overdue + self.penalties


def owed_split(status: DebtStatus) -> OwedSplit:
    state = status.state
    return OwedSplit(status, state.outstanding - state.overdue_amount, state.overdue_amount, status.accrued.owed)


# -- balance over time --------------------------------------------------------------------

@dataclass(frozen=True)
class BalancePoint:
    on: date
    balance: Decimal  # principal not yet paid after that day
    projected: bool  # False: from the payments made; True: under the current terms


def principal_left(allocations: Iterable[Allocation]) -> Decimal:
    return sum((part.unpaid_principal for part in allocations), ZERO)


def balance_history(status: DebtStatus) -> tuple[BalancePoint, ...]:
    """The principal still owed from the start to the end of the debt.

    Past points: the start, then the day of each payment (the ledger's
    allocations on that day); today.  Projected points: each unpaid
    instalment's due date if the contract is kept from today (arrears with
    the first of them), down to zero at the last.
    """
    debt, as_of = status.debt, status.state.as_of
    rules = LedgerRules.of(debt)
    points = [BalancePoint(debt.start_date, debt.principal, False)]
    for day in sorted({p.paid_on for p in status.payments if debt.start_date <= p.paid_on < as_of}):
        books = replay(rules, status.schedule, status.payments, day)
        points.append(BalancePoint(day, principal_left(books.allocations), False))
    today = principal_left(status.allocations)
    if as_of >= debt.start_date:
        points.append(BalancePoint(as_of, today, False))
    coming = [part for part in status.allocations if not part.settled and part.instalment.due_date > as_of]
    if as_of < debt.start_date:
        points = [BalancePoint(debt.start_date, debt.principal, True)]
    elif coming:
        points.append(BalancePoint(as_of, today, True))
    left = today
    for part in coming:
        left = part.instalment.balance
        points.append(BalancePoint(part.instalment.due_date, left, True))
    if not coming and today > 0:  # the term is over and something is still owed: due at once
        points += [BalancePoint(as_of, today, True), BalancePoint(as_of, ZERO, True)]
    return tuple(points)


# -- the cost of waiting -------------------------------------------------------------------

@dataclass(frozen=True)
class StageMark:
    stage: Stage
    on: date
    days_past_due: int
    owed: Decimal  # penalties and fees owed by that day if nothing is paid


@dataclass(frozen=True)
class WaitingCurve:
    status: DebtStatus
    days: tuple[date, ...]  # as_of, then each day ahead
    owed: tuple[Decimal, ...]  # penalties and fees charged and unpaid by each day, if nothing is paid
    marks: tuple[StageMark, ...]  # each later stage entered within the days shown


def waiting_curve(status: DebtStatus, days: int = WAITING_DAYS, step: int = 1) -> WaitingCurve:
    """Penalties and fees owed each day (or every `step` days) from today to `days` ahead if nothing
    more is paid; each stage mark on its own day."""
    debt, as_of = status.debt, status.state.as_of
    ahead = [as_of + timedelta(days=n) for n in range(step, days + 1, step)]
    stages = [(stage, on, dpd) for stage, on, dpd in
              transition_dates(debt, oldest_unpaid(status.allocations), as_of, status.thresholds)
              if on <= as_of + timedelta(days=days)]
    books = replay(LedgerRules.of(debt), status.schedule, status.payments, as_of,
                   project_to=ahead + [on for _, on, _ in stages], with_allocations=False)
    owed = [books.charges.owed] + [books.projected[d].owed for d in ahead]
    all_days = (as_of, *ahead)
    marks = tuple(StageMark(stage, on, dpd, books.projected[on].owed)
                  for stage, on, dpd in stages if on in books.projected)
    return WaitingCurve(status, all_days, tuple(owed), marks)


def household_waiting(curves: Sequence[WaitingCurve]) -> dict[str, tuple[Decimal, ...]]:
    """{currency: owed each day, all debts together}; the curves must cover the same days."""
    totals: dict[str, list[Decimal]] = {}
    for curve in curves:
        sums = totals.setdefault(curve.status.debt.currency, [ZERO] * len(curve.owed))
        for i, value in enumerate(curve.owed):
            sums[i] += value
    return {currency: tuple(values) for currency, values in totals.items()}
