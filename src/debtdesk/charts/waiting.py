"""The cost of waiting: penalties and fees owed day by day for a year if nothing is paid.

One line per debt (the largest few) and the household's total per currency;
each stage boundary (early, mid, late, severe, from the thresholds) is marked
with its own marker shape; for one debt, with a labelled vertical line.
"""

from __future__ import annotations

from datetime import date

from debtdesk.charts.owed import debt_label
from debtdesk.charts.style import (
    LINESTYLES,
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
    today_line,
)
from debtdesk.domain.money import format_amount
from debtdesk.domain.overdue import Stage
from debtdesk.domain.projections import WAITING_DAYS, WaitingCurve, household_waiting, waiting_curve

MAX_LINES = 8
#: With more debts than this, the household is drawn week by week (a year of days for thousands of debts
#: takes long to replay).
DAILY_UP_TO = 100
STAGE_MARKERS = {Stage.EARLY: "o", Stage.MID: "s", Stage.LATE: "^", Stage.SEVERE: "X"}


# `# type: ignore[arg-type]` on a plot call: matplotlib takes dates (its unit converters), but its
# type stubs list numbers only.

def waiting_curves(statuses, days: int = WAITING_DAYS) -> list[WaitingCurve]:
    """Each debt's cost-of-waiting curve (week by week beyond `DAILY_UP_TO` debts): the slow part."""
    step = 1 if len(statuses) <= DAILY_UP_TO else 7
    return [waiting_curve(s, days, step) for s in statuses]


def waiting_chart(statuses, as_of, words: dict, palette: Palette, one: bool = False,
                  days: int = WAITING_DAYS, curves: list[WaitingCurve] | None = None) -> Chart:
    """`curves`: `waiting_curves(statuses, days)` if already worked out."""
    heading = words["waiting.title"]
    if one and statuses:
        heading = words["waiting.title_one"].format(debt=debt_label(statuses[0], words))
    if not statuses:
        return empty_chart("waiting", heading, words["empty"], palette, (words["date"],))
    if curves is None:
        curves = waiting_curves(statuses, days)
    labels = [debt_label(c.status, words) for c in curves]
    totals = household_waiting(curves) if not one else {}
    columns = (words["date"], *labels, *(words["waiting.household"].format(currency=c) for c in totals),
               words["waiting.stage"])
    entered: dict[date, list[str]] = {}
    for curve, label in zip(curves, labels, strict=True):
        for mark in curve.marks:
            entered.setdefault(mark.on, []).append(
                words["waiting.entered"].format(debt=label, stage=words["stages"][mark.stage.value],
                                                days=mark.days_past_due))
    rows = tuple((day, *(c.owed[i] for c in curves), *(t[i] for t in totals.values()), "; ".join(entered.get(day, ())))
                 for i, day in enumerate(curves[0].days))
    table = ChartTable(heading, columns, rows)
    if all(not any(c.owed) and not c.marks for c in curves):
        chart = empty_chart("waiting", heading, words["waiting.nothing"], palette, columns)
        chart.tables = (table,)
        return chart

    figure = new_figure(palette, 8.0, 5.2)
    title(figure, heading, palette)
    axes = figure.add_subplot()
    style_axes(axes, palette)
    tips = Tips()
    ranked = sorted(range(len(curves)), key=lambda i: -curves[i].owed[-1])[:MAX_LINES]
    for n, i in enumerate(sorted(ranked)):
        curve, label = curves[i], labels[i]
        colour = palette.colour(n)
        ys = [amount(v) for v in curve.owed]
        axes.plot(curve.days, ys, color=colour, linewidth=1.5, linestyle=LINESTYLES[n % len(LINESTYLES)],  # type: ignore[arg-type]  # dates, see above
                  label=label)
        step = max(1, len(curve.days) // 60)
        sample = list(range(0, len(curve.days), step))
        currency = curve.status.debt.currency
        tips.series(axes, [curve.days[k] for k in sample], [ys[k] for k in sample],
                    [f"{label}\n{curve.days[k].isoformat()}: {format_amount(curve.owed[k])} {currency}"
                     for k in sample])
        for mark in curve.marks:
            axes.plot([mark.on], [amount(mark.owed)], linestyle="none", marker=STAGE_MARKERS[mark.stage],  # type: ignore[arg-type]  # dates, see above
                      markersize=7, color=colour, markeredgecolor=palette.foreground, markeredgewidth=0.7)
            text = words["waiting.entered"].format(debt=label, stage=words["stages"][mark.stage.value],
                                                   days=mark.days_past_due)
            tips.series(axes, [mark.on], [amount(mark.owed)], [f"{text}\n{mark.on.isoformat()}: "
                                                               f"{format_amount(mark.owed)}"])
            if one:
                axes.axvline(mark.on, color=palette.grid, linewidth=1, zorder=0)  # type: ignore[arg-type]  # dates, see above
                axes.annotate(words["stages"][mark.stage.value], xy=(mark.on, 0.02), xycoords=("data", "axes fraction"),
                              rotation=90, fontsize=8, color=palette.muted, xytext=(-3, 0),
                              textcoords="offset points", ha="right", va="bottom")
    for n, (currency, values) in enumerate(totals.items()):
        if len(curves) < 2:
            break
        ys = [amount(v) for v in values]
        label = words["waiting.household"].format(currency=currency)
        axes.plot(curves[0].days, ys, color=palette.foreground, linewidth=2.4,  # type: ignore[arg-type]  # dates, see above
                  linestyle=LINESTYLES[n % len(LINESTYLES)], label=label)
        step = max(1, len(ys) // 60)
        tips.series(axes, curves[0].days[::step], ys[::step],
                    [f"{label}\n{d.isoformat()}: {format_amount(v)}" for d, v in
                     zip(curves[0].days[::step], values[::step], strict=True)])
    for stage, marker in STAGE_MARKERS.items():  # the stage markers, explained once
        if any(m.stage is stage for c in curves for m in c.marks):
            axes.plot([], [], linestyle="none", marker=marker, color=palette.muted,
                      markeredgecolor=palette.foreground, label=words["stages"][stage.value])
    today_line(axes, as_of, words["today"], palette)
    date_axis(axes.xaxis)
    money_axis(axes.yaxis)
    axes.set_ylim(bottom=0)
    currencies = sorted({c.status.debt.currency for c in curves})
    axes.set_ylabel(f"{words['waiting.axis']} ({', '.join(currencies)})")
    legend(axes, palette, outside=True, fontsize=7)
    return Chart("waiting", figure, (table,), tips)
