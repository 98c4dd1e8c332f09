"""Balance over time: each debt's principal still owed, from its start to its end.

Solid where it comes from the payments made (the ledger's allocations on each
payment day), dashed where it is projected under the current terms; today is
marked.  With many debts, the largest few are drawn.
"""

from __future__ import annotations

from debtdesk.charts.owed import debt_label
from debtdesk.charts.style import (
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
    today_line,
)
from debtdesk.domain.money import format_amount
from debtdesk.domain.projections import BalancePoint, balance_history

#: At most this many debts are drawn together; more would be unreadable.
MAX_LINES = 8


# `# type: ignore[arg-type]` on a plot call: matplotlib takes dates (its unit converters), but its
# type stubs list numbers only.

def drawn(statuses) -> list:
    """The debts drawn: the largest few (by what is owed and was borrowed)."""
    return sorted(statuses, key=lambda s: -(s.state.outstanding + s.debt.principal))[:MAX_LINES]


def balance_histories(statuses) -> list[tuple[BalancePoint, ...]]:
    """`balance_history` of each debt drawn, in `drawn`'s order: the slow part (a replay per payment day)."""
    return [balance_history(s) for s in drawn(statuses)]


def balance_chart(statuses, as_of, words: dict, palette: Palette, one: bool = False,
                  histories: list[tuple[BalancePoint, ...]] | None = None) -> Chart:
    """`histories`: `balance_histories(statuses)` if already worked out."""
    columns = (words["debt"], words["date"], words["balance.axis"], words["balance.source"])
    heading = words["balance.title"]
    if one and statuses:
        heading = words["balance.title_one"].format(debt=debt_label(statuses[0], words))
    if not statuses:
        return empty_chart("balance", heading, words["empty"], palette, columns)
    chosen = drawn(statuses)
    if histories is None:
        histories = balance_histories(statuses)
    figure = new_figure(palette, 8.0, 5.2)
    title(figure, heading, palette)
    axes = figure.add_subplot()
    style_axes(axes, palette)
    tips = Tips()
    rows = []
    for index, status in enumerate(chosen):
        colour, marker = palette.colour(index), MARKERS[index % len(MARKERS)]
        label = debt_label(status, words)
        points = histories[index]
        past = [p for p in points if not p.projected]
        ahead = [p for p in points if p.projected]
        for part, style, suffix in ((past, "-", words["balance.past"]), (ahead, "--", words["balance.projected"])):
            if not part:
                continue
            xs, ys = [p.on for p in part], [amount(p.balance) for p in part]
            axes.plot(xs, ys, linestyle=style, drawstyle="steps-post", color=colour, marker=marker,  # type: ignore[arg-type]  # dates, see above
                      markersize=3.5 if len(part) < 40 else 0, linewidth=1.6,
                      label=label if style == "-" or not past else None)
            tips.series(axes, xs, ys, [f"{label}\n{p.on.isoformat()}: {format_amount(p.balance)} "
                                       f"{status.debt.currency} ({suffix})" for p in part])
        rows += [(label, p.on, p.balance, words["balance.projected"] if p.projected else words["balance.past"])
                 for p in points]
    today_line(axes, as_of, words["today"], palette)
    date_axis(axes.xaxis)
    money_axis(axes.yaxis)
    axes.set_ylim(bottom=0)
    currencies = sorted({s.debt.currency for s in chosen})
    axes.set_ylabel(f"{words['balance.axis']} ({', '.join(currencies)})")
    # Two sample lines explain solid and dashed once, for every debt.
    axes.plot([], [], color=palette.muted, linestyle="-", label=words["balance.past"])
    axes.plot([], [], color=palette.muted, linestyle="--", label=words["balance.projected"])
    legend(axes, palette, outside=True, fontsize=7)
    return Chart("balance", figure, (ChartTable(heading, columns, tuple(rows)),), tips)
