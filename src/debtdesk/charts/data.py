"""What a chart is computed from, apart from its drawing: the part that can take seconds on a large file.

`chart_data(kind, inputs)` works out the numbers (every debt's cost-of-waiting curve, the payoff plans,
the balance histories) with no matplotlib and no Qt, from immutable inputs only, so the window can run it
on a worker thread; `build_chart(kind, inputs, words, palette, data)` then only draws.  Kinds whose
numbers are quick (`owed`, `budget`) have none: `chart_data` returns None for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from debtdesk.charts.kinds import ChartInputs, main_currency

#: The kinds whose numbers take long on a large file (the window works them out off its thread).
SLOW_KINDS = frozenset({"balance", "waiting", "plans", "payoff"})


@dataclass(frozen=True)
class ChartData:
    kind: str
    statuses: tuple  # the debts drawn (one debt, or all of them)
    one: bool  # one debt chosen
    numbers: Any  # per kind: waiting curves, balance histories, or `strategies(...)`'s result
    summaries: dict | None = None  # plans: each strategy's `PlanSummary`


def chosen(inputs: ChartInputs):
    if inputs.debt_id is None:
        return list(inputs.statuses), False
    return [s for s in inputs.statuses if s.debt.id == inputs.debt_id], True


def plan_statuses(inputs: ChartInputs):
    """(currency, the debts in it) that plans and payoff are made for."""
    currency = main_currency(inputs.statuses, inputs.currency)
    return currency, [s for s in inputs.statuses if s.debt.currency == currency]


def chart_data(kind: str, inputs: ChartInputs) -> ChartData | None:
    if kind == "waiting":
        from debtdesk.charts.waiting import waiting_curves

        statuses, one = chosen(inputs)
        return ChartData(kind, tuple(statuses), one, waiting_curves(statuses))
    if kind == "balance":
        from debtdesk.charts.balance import balance_histories

        statuses, one = chosen(inputs)
        return ChartData(kind, tuple(statuses), one, balance_histories(statuses))
    if kind in ("plans", "payoff"):
        from debtdesk.charts.plans import strategies

        currency, statuses = plan_statuses(inputs)
        numbers = strategies(statuses, inputs.as_of, inputs.monthly, currency)
        for plan in numbers[0].values():  # what the drawing reads of each plan, worked out here once (cached)
            _read = (plan.month_totals(), plan.clear_order, [d.total_paid for d in plan.debts])
        summaries = {s: plan.summary() for s, plan in numbers[0].items()} if kind == "plans" else {}
        return ChartData(kind, tuple(statuses), False, numbers, summaries)
    return None
