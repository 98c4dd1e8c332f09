"""Plans compared, and one payoff strategy month by month.

`plans_chart`: the current terms, the three strategies at one monthly amount
and any plan passed in, side by side: what each pays every month, and in
total the interest and penalties, the total paid and the debt-free date.
`payoff_chart`: one strategy, each debt's balance stacked month by month,
with the month each is cleared.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from debtdesk.charts.style import (
    HATCHES,
    LINESTYLES,
    MARKERS,
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
from debtdesk.domain.money import ZERO, format_amount
from debtdesk.domain.payoff import PayoffPlan, PlanSummary, Strategy, month_start

# `# type: ignore[arg-type]` on a plot call: matplotlib takes dates (its unit converters), but its
# type stubs list numbers only.

#: The payoff chart stacks this many debts one by one (in the strategy's order) and the rest as one layer.
MAX_LAYERS = 12


def plan_name(key: str, words: dict) -> str:
    return words.get(f"plan.{key}", key)


def _date(on) -> str:
    return on.isoformat() if on is not None else "—"


def plans_chart(summaries: Sequence[tuple[str, PlanSummary]], words: dict, palette: Palette,
                note: str = "") -> Chart:
    """`summaries`: (shown name, plan) pairs, current terms first; `note` says why strategies are missing."""
    heading = words["plans.title"]
    total_columns = (words["plans.plan"], words["plans.total_paid"], words["plans.interest"], words["plans.saving"],
                     words["plans.debt_free"])
    summaries = [(name, s) for name, s in summaries if s.monthly]
    if not summaries:
        return empty_chart("plans", heading, note or words["plans.nothing"], palette, total_columns)
    baseline = summaries[0][1].interest_and_penalties
    totals = ChartTable(words["plans.totals"], total_columns, tuple(
        (name, s.total_paid, s.interest_and_penalties, baseline - s.interest_and_penalties, s.debt_free_on)
        for name, s in summaries))
    months = sorted({on for _, s in summaries for on, _ in s.monthly})
    by_plan = [dict(s.monthly) for _, s in summaries]
    monthly = ChartTable(words["plans.monthly"], (words["month"], *(name for name, _ in summaries)), tuple(
        (on.strftime("%Y-%m"), *(paid.get(on, ZERO) for paid in by_plan)) for on in months))

    figure = new_figure(palette, 8.4, 6.0)
    title(figure, heading, palette)
    grid = figure.add_gridspec(2, 1, height_ratios=(1.6, 1))
    top = figure.add_subplot(grid[0])
    style_axes(top, palette)
    top.set_title(words["plans.monthly"], fontsize=9, color=palette.foreground, loc="left")
    tips = Tips()
    for i, (name, summary) in enumerate(summaries):
        xs = [on for on, _ in summary.monthly]
        ys = [amount(v) for _, v in summary.monthly]
        after = month_start(xs[-1], 1)  # the step of the last month ends at the next one: nothing more to pay
        top.plot(xs + [after], ys + [0.0], drawstyle="steps-post", color=palette.colour(i),  # type: ignore[arg-type]  # dates, see above
                 linestyle=LINESTYLES[i % len(LINESTYLES)], marker=MARKERS[i % len(MARKERS)],
                 markersize=3.5 if len(xs) <= 40 else 0, linewidth=1.5, label=name)
        tips.series(top, xs, ys, [f"{name}\n{on.strftime('%Y-%m')}: {format_amount(v)}" for on, v in summary.monthly])
    date_axis(top.xaxis)
    money_axis(top.yaxis)
    top.set_ylim(bottom=0)
    legend(top, palette, loc="upper right", fontsize=7)
    if note:
        top.text(0.01, 0.97, note, transform=top.transAxes, fontsize=7, color=palette.muted, va="top", wrap=True)

    bottom = figure.add_subplot(grid[1])
    style_axes(bottom, palette, grid="x")
    bottom.set_title(words["plans.interest"], fontsize=9, color=palette.foreground, loc="left")
    positions = list(range(len(summaries)))[::-1]
    values = [amount(s.interest_and_penalties) for _, s in summaries]
    bars = bottom.barh(positions, values, color=[palette.colour(i) for i in range(len(summaries))],
                       edgecolor=palette.background)
    for i, patch in enumerate(bars.patches):
        patch.set_hatch(HATCHES[i % len(HATCHES)])
    texts = [f"{name}\n{words['plans.interest']}: {format_amount(s.interest_and_penalties)}\n"
             f"{words['plans.total_paid']}: {format_amount(s.total_paid)}\n"
             f"{words['plans.debt_free']}: {_date(s.debt_free_on)}" for name, s in summaries]
    tips.bars(bars, texts)
    for y, (_name, s), value in zip(positions, summaries, values, strict=True):
        bottom.text(value, y, f"  {format_amount(s.interest_and_penalties)} · {words['plans.total_paid']} "
                    f"{format_amount(s.total_paid)} · {words['plans.debt_free']} {_date(s.debt_free_on)}",
                    va="center", fontsize=7, color=palette.foreground)
    bottom.set_yticks(positions, [name for name, _ in summaries])
    bottom.set_xlim(0, max(values + [1.0]) * 2.4)
    money_axis(bottom.xaxis)
    return Chart("plans", figure, (totals, monthly), tips)


def payoff_chart(plan: PayoffPlan, words: dict, palette: Palette, currency: str = "") -> Chart:
    strategy = plan_name(plan.strategy.value, words)
    heading = words["payoff.title"].format(strategy=strategy, amount=format_amount(plan.monthly_amount),
                                           date=_date(plan.debt_free_on))
    row_columns = (words["month"], words["date"], words["debt"], words["payoff.payment"], words["payoff.interest"],
                   words["payoff.balance"])
    if not plan.debts:
        return empty_chart("payoff", strategy, words["plans.nothing"], palette, row_columns)
    rows = tuple((r.month, r.due_date, d.start.name, r.payment, r.interest, r.balance)
                 for d in plan.debts for r in d.rows)
    summary_columns = (words["debt"], words["month"], words["plans.debt_free"], words["plans.total_paid"],
                       words["payoff.interest"])
    rank: dict[int, int] = {}
    for n, debt_id in enumerate(plan.clear_order):  # the first place an id has, as `index` would find
        rank.setdefault(debt_id, n)
    summary = tuple((d.start.name, d.cleared_month, d.cleared_on, d.total_paid, d.interest)
                    for d in sorted(plan.debts, key=lambda d: rank[d.debt_id]))
    summary += ((words["total"], plan.months, plan.debt_free_on, plan.total_paid, plan.interest),)

    figure = new_figure(palette, 8.0, 4.6)
    title(figure, heading, palette)
    axes = figure.add_subplot()
    style_axes(axes, palette)
    xs = [plan.as_of] + [on for _, on, *_ in plan.month_totals()]
    drawn, rest = plan.debts[:MAX_LAYERS], plan.debts[MAX_LAYERS:]
    layers = [_layer(d, plan.months) for d in drawn]
    names = [d.start.name for d in drawn]
    if rest:  # thousands of layers cost seconds to draw and cannot be told apart: the rest as one
        layers.append(_rest_layer(rest, plan.months))
        names.append(words["payoff.others"].format(n=len(rest)))
    stacks = axes.stackplot(xs, layers, labels=names,  # type: ignore[arg-type]  # dates, see above
                            colors=[palette.colour(i) for i in range(len(layers))], edgecolor=palette.background,
                            linewidth=0.6, step="post")
    for i, area in enumerate(stacks):
        area.set_hatch(HATCHES[i % len(HATCHES)])
    tips = Tips()
    running = [0.0] * len(xs)
    cleared: dict[int, list[str]] = {}  # the rest's clearing marks, by month, at the top of their layer
    for n, (name, layer) in enumerate(zip(names, layers, strict=True)):
        running = [a + b for a, b in zip(running, layer, strict=True)]
        tips.series(axes, xs, running, [f"{name}\n{on.strftime('%Y-%m')}: {format_amount(Decimal(str(v)))}"
                                        for on, v in zip(xs, layer, strict=True)])
        for d in (drawn[n],) if n < len(drawn) else rest:
            if d.cleared_on is None:
                continue
            text = words["payoff.cleared"].format(debt=d.start.name, month=d.cleared_month,
                                                  date=d.cleared_on.isoformat())
            if n < len(drawn):
                _cleared_mark(axes, tips, xs[d.cleared_month], running[d.cleared_month], [text], palette)
            else:
                cleared.setdefault(d.cleared_month, []).append(text)
    if cleared:
        months = sorted(cleared)
        _cleared_mark(axes, tips, [xs[m] for m in months], [running[m] for m in months],
                      ["\n".join(cleared[m]) for m in months], palette)
    date_axis(axes.xaxis)
    money_axis(axes.yaxis)
    axes.set_ylim(bottom=0)
    axes.set_ylabel(f"{words['payoff.axis']} ({currency})" if currency else words["payoff.axis"])
    legend(axes, palette, loc="upper right", fontsize=7)
    return Chart("payoff", figure, (ChartTable(words["plans.totals"], summary_columns, summary),
                                    ChartTable(heading, row_columns, rows)), tips)


def _layer(d, months: int) -> list[float]:
    """A debt's balance at the start and after each month of the plan."""
    by_month = {r.month: r.balance for r in d.rows}
    return [amount(d.start.balance)] + [amount(by_month.get(m, ZERO)) for m in range(1, months + 1)]


def _rest_layer(debts, months: int) -> list[float]:
    """The debts not drawn one by one, together (summed as amounts, then made a float once)."""
    totals = [ZERO] * (months + 1)
    for d in debts:
        totals[0] += d.start.balance
        for r in d.rows:
            totals[r.month] += r.balance
    return [amount(v) for v in totals]


def _cleared_mark(axes, tips: Tips, x, y, texts: list[str], palette: Palette) -> None:
    """The "cleared" triangle(s) at (x, y) (one point or lists of points), with their tooltips."""
    xs, ys = (x, y) if isinstance(x, list) else ([x], [y])
    axes.plot(xs, ys, linestyle="none", marker="v", color=palette.foreground, markersize=5)
    tips.series(axes, xs, ys, texts)


def strategies(statuses, as_of, monthly: Decimal | None, currency: str | None = None):
    """(plans by strategy, the monthly amount used, the minimums needed, why none could be made).

    Each debt's starting point and the current terms are worked out once for the three strategies."""
    from debtdesk.domain.payoff import (
        PayoffError,
        current_terms,
        minimums_total,
        owing,
        payoff_debt,
        plans_for,
        rounded_up_monthly,
    )

    try:
        debts = owing(statuses, currency)
    except PayoffError as exc:
        return {}, monthly, ZERO, str(exc)
    starts = [payoff_debt(s) for s in debts]
    needed = minimums_total(starts)
    if not debts:
        return {}, monthly, needed, ""
    amount_ = monthly if monthly is not None else rounded_up_monthly(needed)
    if amount_ < needed:
        return {}, amount_, needed, "refused"
    try:
        plans = plans_for(starts, Strategy, amount_, as_of, current_terms(debts, as_of))
    except PayoffError as exc:
        return {}, amount_, needed, str(exc)
    return plans, amount_, needed, ""
