"""The kinds of chart and what each is built from; light (no matplotlib, no domain), for `--help` and menus."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from debtdesk.i18n.marker import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the command line lists the kinds at every start: nothing more is loaded for that
    from debtdesk.domain.budget import Budget
    from debtdesk.domain.payoff import PlanSummary
    from debtdesk.domain.status import DebtStatus

#: kind -> what it shows (English, marked for the command line's help, which translates it).
KINDS = {
    "owed": QT_TRANSLATE_NOOP("CliHelp", "where the money goes: each debt by lender and kind, split into not yet "
                              "due, overdue, and penalties and fees owed"),
    "balance": QT_TRANSLATE_NOOP("CliHelp", "each debt's balance from its start to its end: paid so far and "
                                 "projected under current terms"),
    "waiting": QT_TRANSLATE_NOOP("CliHelp", "the cost of waiting: penalties and fees owed day by day for a year if "
                                 "nothing is paid, with each stage boundary"),
    "budget": QT_TRANSLATE_NOOP("CliHelp", "income, essential spending and what is left, per category, against the "
                                "monthly payments"),
    "plans": QT_TRANSLATE_NOOP("CliHelp", "plans compared: current terms, avalanche, snowball and fair share, by "
                               "month and in total"),
    "payoff": QT_TRANSLATE_NOOP("CliHelp", "one payoff strategy: each debt's balance month by month until "
                                "debt-free"),
}

#: Kinds that can show one debt (`--debt`) instead of all of them.
PER_DEBT = frozenset({"balance", "waiting"})
#: Kinds that use a monthly amount and a strategy.
USES_MONTHLY = frozenset({"plans", "payoff"})

#: What a plan's monthly payments may be given as: one amount, or amounts (or (month, amount) pairs) in order.
Payments = Decimal | Sequence[Decimal | tuple[date, Decimal]] | None


@dataclass(frozen=True)
class ChartInputs:
    as_of: date
    statuses: tuple[DebtStatus, ...] = ()
    debt_id: int | None = None  # one debt, for the kinds in PER_DEBT
    budget: Budget | None = None
    payments: Payments = None  # a plan's monthly total(s), for the budget chart
    monthly: Decimal | None = None  # for strategies; None: the minimums together, rounded up
    strategy: str = "avalanche"
    plans: tuple[PlanSummary, ...] = ()  # plans passed in, compared beside the strategies
    currency: str | None = None  # None: the currency most debts are in


def main_currency(statuses, wanted: str | None = None) -> str | None:
    """The currency asked for, else the one most debts are in (ties: alphabetical)."""
    if wanted:
        return wanted
    counts = Counter(s.debt.currency for s in statuses)
    return min(counts, key=lambda c: (-counts[c], c)) if counts else None


def with_budget_payments(inputs: ChartInputs, monthly: Decimal | None = None, months: int = 12) -> ChartInputs:
    """The budget chart's payments: `monthly` if given, else what the current terms ask in each of the
    next `months` months (in the budget's currency)."""
    from debtdesk.domain.payoff import current_terms, owing

    if monthly is not None:
        return replace(inputs, payments=monthly)
    currency = inputs.budget.currency if inputs.budget else main_currency(inputs.statuses)
    terms = current_terms(owing(inputs.statuses, currency), inputs.as_of).monthly[:months]
    return replace(inputs, payments=list(terms) or None)
