"""One entry point for every kind: `build_chart(kind, inputs, words, palette)` -> `Chart`.

The window, the command line and the tests all come through here, so a
chart and its table are computed the same way everywhere.
"""

from __future__ import annotations

from debtdesk.charts.data import ChartData, chart_data, plan_statuses
from debtdesk.charts.kinds import KINDS, ChartInputs
from debtdesk.charts.style import LIGHT, Chart, Palette
from debtdesk.charts.words import chart_words


def _numbers(kind: str, inputs: ChartInputs, data: ChartData | None) -> ChartData:
    """The slow kind's numbers: those given, else worked out now."""
    made = data if data is not None else chart_data(kind, inputs)
    if made is None:
        raise ValueError(f"The {kind} chart has no numbers of its own.")
    return made


def build_chart(kind: str, inputs: ChartInputs, words: dict | None = None, palette: Palette = LIGHT,
                data: ChartData | None = None) -> Chart:
    """`data`: `chart_data(kind, inputs)` if already worked out (by the window's worker), else worked out here."""
    if kind not in KINDS:
        raise ValueError(f"Unknown chart kind {kind!r}; use one of: {', '.join(KINDS)}.")
    words = words or chart_words("en")
    if kind == "owed":
        from debtdesk.charts.owed import owed_chart

        return owed_chart(list(inputs.statuses), words, palette)
    if kind == "balance":
        from debtdesk.charts.balance import balance_chart

        data = _numbers(kind, inputs, data)
        return balance_chart(list(data.statuses), inputs.as_of, words, palette, data.one, data.numbers)
    if kind == "waiting":
        from debtdesk.charts.waiting import waiting_chart

        data = _numbers(kind, inputs, data)
        return waiting_chart(list(data.statuses), inputs.as_of, words, palette, data.one, curves=data.numbers)
    if kind == "budget":
        from debtdesk.charts.monthly_budget import budget_chart

        return budget_chart(inputs.budget, inputs.payments, inputs.as_of, words, palette)
    from debtdesk.charts.plans import payoff_chart, plan_name, plans_chart
    from debtdesk.domain.money import format_amount
    from debtdesk.domain.payoff import Strategy, current_terms, owing

    currency, statuses = plan_statuses(inputs)
    data = _numbers(kind, inputs, data)
    plans, monthly, needed, problem = data.numbers
    note = ""
    if problem == "refused":
        note = words["plans.refused"].format(amount=format_amount(monthly), needed=format_amount(needed))
    elif problem:
        note = problem
    if kind == "payoff":
        from debtdesk.charts.style import empty_chart

        strategy = Strategy(inputs.strategy)
        if strategy not in plans:
            return empty_chart("payoff", plan_name(strategy.value, words), note or words["plans.nothing"], palette)
        return payoff_chart(plans[strategy], words, palette, currency or "")
    current = next(iter(plans.values())).current if plans else current_terms(owing(statuses, currency), inputs.as_of)
    summaries = [(words["plan.current"], current)]
    made = data.summaries or {}
    summaries += [(plan_name(s.value, words), made.get(s) or plans[s].summary()) for s in Strategy if s in plans]
    summaries += [(plan_name(p.key, words) if f"plan.{p.key}" in words else p.key, p) for p in inputs.plans]
    return plans_chart(summaries, words, palette, note)
