"""The household plan's figures worked out the plain way, as `domain.household` did before it was made fast.

Every allocation walked for each debt, every ask put in its month one by one, every offer's check
from the asks: slow on a large household, obviously right.  Tests compare the fast plan with it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from debtdesk.domain.household import DebtLine, HouseholdPlan
from debtdesk.domain.household_months import Ask, ShortMonth, by_month, calendar_months
from debtdesk.domain.money import ZERO
from debtdesk.domain.proposal import owed_today
from debtdesk.domain.status import DebtStatus


def kept(status: DebtStatus, start: date) -> tuple[Decimal, tuple[Ask, ...]]:
    """Arrears by the start (penalties included), and each instalment still to pay on its due date."""
    catch_up = owed_today(status, False) - owed_today(status, True)
    regular = []
    for part in status.allocations:
        if part.unpaid <= 0:
            continue
        if part.instalment.due_date < start:
            catch_up += part.unpaid
        else:
            regular.append(Ask(part.instalment.due_date, part.unpaid))
    return catch_up, tuple(regular)


def asks(line: DebtLine) -> tuple[Ask, ...]:
    return ((Ask(line.start, line.catch_up),) if line.catch_up else ()) + line.regular


def figures(plan: HouseholdPlan) -> dict:
    """What the plan's lines, months and offers must be, worked out from its lines' asks."""
    first = [line for line in plan.lines if line.group.first]
    provided_first = max(by_month(a for line in first for a in line.regular).values(), default=ZERO)
    months = calendar_months(plan.start, (a for line in first for a in asks(line)),
                             (a for line in plan.lines if not line.group.first for a in asks(line)), plan.available)
    checks = {}
    for line in plan.lines:
        share = plan.offer(line.debt.id).share
        if line.group.first and plan.available is not None:
            asked_in = {a.on.replace(day=1) for a in asks(line)}
            shorts = tuple(ShortMonth(m.month, m.provided_first - plan.available) for m in months
                           if m.provided_first > plan.available and m.month in asked_in)
            checks[line.debt.id] = shorts
        elif not line.group.first and line.settlement is None and share is not None:
            checks[line.debt.id] = tuple(ShortMonth(month, amount - share)
                                         for month, amount in sorted(by_month(asks(line)).items()) if amount > share)
    return {
        "provided_first": provided_first,
        "months": months,
        "monthly": {line.debt.id: max(by_month(line.regular).values(), default=ZERO) for line in plan.lines},
        "short_months": checks,
    }
