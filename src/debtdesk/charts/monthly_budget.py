"""The budget: income, essential spending and what is left, per category, against the payments.

The payments are a plan's monthly total: one amount, or one per month (plain
amounts for the months after as_of, or (month, amount) pairs).  With one per
month, a second panel shows each month against what is left, the months that
ask for more marked.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from debtdesk.charts.kinds import Payments
from debtdesk.charts.style import (
    Chart,
    ChartTable,
    Palette,
    Tips,
    amount,
    date_axis,
    empty_chart,
    legend,
    money_axis,
    new_figure,
    style_axes,
    title,
)
from debtdesk.domain.budget import Budget, Direction
from debtdesk.domain.money import ZERO, format_amount
from debtdesk.domain.payoff import month_start


def monthly_payments(payments: Payments, as_of: date) -> list[tuple[date, Decimal]]:
    """The payments as (first day of the month, amount); one amount alone is dated the month after as_of."""
    if payments is None:
        return []
    if isinstance(payments, (Decimal, int, str)):
        return [(month_start(as_of, 1), Decimal(payments))]
    result = []
    for n, item in enumerate(payments, start=1):
        if isinstance(item, tuple):
            on, value = item
            result.append((date(on.year, on.month, 1), Decimal(value)))
        else:
            result.append((month_start(as_of, n), Decimal(item)))
    return result


def budget_chart(budget: Budget | None, payments: Payments, as_of: date, words: dict, palette: Palette) -> Chart:
    columns = (words["budget.section"], words["budget.category"], words["amount"].format(
        currency=budget.currency if budget else ""))
    if budget is None or not budget.lines:
        return empty_chart("budget", words["budget.title"].format(currency=budget.currency if budget else ""),
                           words["budget.none"], palette, columns)
    heading = words["budget.title"].format(currency=budget.currency)
    months = monthly_payments(payments, as_of)
    left = budget.disposable
    names = words["categories"]
    bars: list[tuple[str, str, Decimal, str, str]] = []  # section, name, value, colour, hatch
    for category, value in budget.by_category(Direction.INCOME).items():
        bars.append((words["budget.income"], names.get(category, category), value, palette.calm, ""))
    for category, value in budget.by_category(Direction.EXPENSE).items():
        bars.append((words["budget.spending"], names.get(category, category), value, palette.warn, "//"))
    bars.append((words["budget.left"], words["budget.left"], left, palette.series[2], ".."))
    if len(months) == 1:
        bars.append((words["budget.payments"], words["budget.payments"], months[0][1], palette.bad, "xx"))
    income = [(sec, name, value) for sec, name, value, _, _ in bars if sec == words["budget.income"]]
    spending = [(sec, name, value) for sec, name, value, _, _ in bars if sec == words["budget.spending"]]
    rest = [(sec, name, value) for sec, name, value, _, _ in bars[len(income) + len(spending):]]
    rows = (income + [(words["budget.income"], words["total"], budget.monthly_income)] + spending
            + [(words["budget.spending"], words["total"], budget.monthly_expenses)] + rest)
    tables = [ChartTable(heading, columns, tuple(rows))]

    many = len(months) > 1
    figure = new_figure(palette, 7.6 if not many else 10.5, 0.34 * len(bars) + 1.9)
    title(figure, heading, palette)
    grid = figure.add_gridspec(1, 2, width_ratios=(1.1, 1)) if many else None
    axes = figure.add_subplot(grid[0, 0] if grid is not None else 111)
    style_axes(axes, palette, grid="x")
    positions = list(range(len(bars)))[::-1]
    tips = Tips()
    drawn = axes.barh(positions, [amount(max(v, ZERO)) for _, _, v, _, _ in bars],
                      color=[c for *_, c, _ in bars], hatch=None, edgecolor=palette.background)
    for patch, (_, _, _, _, hatch) in zip(drawn.patches, bars, strict=True):
        patch.set_hatch(hatch)
    tips.bars(drawn, [f"{section}: {name}\n{format_amount(value)} {budget.currency}"
                      for section, name, value, _, _ in bars])
    for y, (_, _, value, _, _) in zip(positions, bars, strict=True):
        axes.text(max(amount(value), 0), y, f" {format_amount(value)}", va="center", fontsize=7,
                  color=palette.foreground)
    axes.set_yticks(positions, [name for _, name, _, _, _ in bars])
    top = max(amount(v) for _, _, v, _, _ in bars)
    axes.set_xlim(0, top * 1.3 if top > 0 else 1)
    money_axis(axes.xaxis)
    if many:
        tables.append(_months_panel(figure, grid, months, left, budget.currency, words, palette, tips))
    return Chart("budget", figure, tuple(tables), tips)


def _months_panel(figure, grid, months, left, currency, words, palette, tips) -> ChartTable:
    axes = figure.add_subplot(grid[0, 1])
    style_axes(axes, palette)
    axes.set_title(words["budget.each_month"], fontsize=9, color=palette.foreground)
    xs = [on for on, _ in months]
    over = [value > left for _, value in months]
    bars = axes.bar(xs, [amount(v) for _, v in months], width=20,
                    color=[palette.bad if o else palette.calm for o in over], edgecolor=palette.background)
    for patch, is_over in zip(bars.patches, over, strict=True):
        patch.set_hatch("xx" if is_over else "")
    tips.bars(bars, [f"{on.strftime('%Y-%m')}: {format_amount(v)} {currency}" + (f"\n{words['budget.over']}"
                     if o else "") for (on, v), o in zip(months, over, strict=True)])
    axes.axhline(amount(left), color=palette.series[2], linewidth=1.6, linestyle="--",
                 label=f"{words['budget.left']} {format_amount(left)}")
    if any(over):
        from matplotlib.patches import Patch

        handles, _ = axes.get_legend_handles_labels()
        handles.append(Patch(facecolor=palette.bad, hatch="xx", edgecolor=palette.background,
                             label=words["budget.over"]))
        legend(axes, palette, handles=handles, loc="upper right", fontsize=7)
    else:
        legend(axes, palette, loc="upper right", fontsize=7)
    date_axis(axes.xaxis)
    money_axis(axes.yaxis)
    axes.set_ylim(bottom=0)
    columns = (words["month"], words["budget.payments"], words["budget.left"], words["budget.over"])
    return ChartTable(words["budget.each_month"], columns,
                      tuple((on.strftime("%Y-%m"), v, left, max(ZERO, v - left)) for on, v in months))
