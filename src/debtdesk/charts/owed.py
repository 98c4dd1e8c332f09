"""Where the money goes: one bar per debt (lender and kind), split into not yet due, overdue,
and penalties and fees owed."""

from __future__ import annotations

from debtdesk.charts.style import (
    Chart,
    ChartTable,
    Palette,
    Tips,
    amount,
    empty_chart,
    legend,
    money_axis,
    new_figure,
    style_axes,
    title,
)
from debtdesk.domain.money import ZERO, format_amount
from debtdesk.domain.projections import owed_split


def debt_label(status, words: dict) -> str:
    debt = status.debt
    return f"{debt.lender.name} · {words['kinds'].get(debt.kind.value, debt.kind.value)}"


#: With more debts than this, one bar per kind of debt (the table lists every debt).
MAX_BARS = 15


def owed_chart(statuses, words: dict, palette: Palette) -> Chart:
    columns = (words["debt"], words["kind"], words["currency"], words["owed.not_yet_due"], words["owed.overdue"],
               words["owed.penalties"], words["total"])
    splits = [owed_split(s) for s in statuses]
    splits = [s for s in splits if s.total > 0]
    if not statuses:
        return empty_chart("owed", words["owed.title"], words["empty"], palette, columns)
    if not splits:
        return empty_chart("owed", words["owed.title"], words["owed.nothing"], palette, columns)
    splits.sort(key=lambda s: (s.status.debt.currency, -s.total))
    rows = tuple((s.status.debt.lender.name, words["kinds"].get(s.status.debt.kind.value, s.status.debt.kind.value),
                  s.status.debt.currency, s.not_yet_due, s.overdue, s.penalties, s.total) for s in splits)
    currencies = sorted({s.status.debt.currency for s in splits})
    drawn = _bars(splits, words)

    figure = new_figure(palette, 7.6, 0.5 * len(drawn) + 1.8)
    title(figure, words["owed.title"], palette)
    axes = figure.add_subplot()
    style_axes(axes, palette, grid="x")
    positions = list(range(len(drawn)))[::-1]
    labels = [label + (f" ({currency})" if len(currencies) > 1 else "") for label, currency, _ in drawn]
    splits_drawn = [split for _, _, split in drawn]
    tips = Tips()
    left = [0.0] * len(drawn)
    parts = (("not_yet_due", palette.calm, ""), ("overdue", palette.warn, "//"), ("penalties", palette.bad, "xx"))
    for key, colour, hatch in parts:
        values = [amount(getattr(s, key)) for s in splits_drawn]
        bars = axes.barh(positions, values, left=left, color=colour, hatch=hatch, edgecolor=palette.background,
                         linewidth=0.8, label=words[f"owed.{key}"])
        tips.bars(bars, [f"{label}\n{words[f'owed.{key}']}: {format_amount(getattr(s, key))} {currency}"
                         for label, (_, currency, s) in zip(labels, drawn, strict=True)])
        left = [a + b for a, b in zip(left, values, strict=True)]
    for y, s, end in zip(positions, splits_drawn, left, strict=True):
        axes.text(end, y, f"  {format_amount(s.total)}", va="center", fontsize=8, color=palette.foreground)
    axes.set_yticks(positions, labels)
    axes.set_xlim(0, max(left) * 1.22)
    money_axis(axes.xaxis)
    axes.set_xlabel(words["amount"].format(currency=", ".join(currencies)))
    legend(axes, palette, loc="lower right", ncols=3, bbox_to_anchor=(1, 1.0))
    totals = [(c, sum((s.total for s in splits if s.status.debt.currency == c), ZERO)) for c in currencies]
    rows += tuple((words["total"], "", c, sum((s.not_yet_due for s in splits if s.status.debt.currency == c), ZERO),
                   sum((s.overdue for s in splits if s.status.debt.currency == c), ZERO),
                   sum((s.penalties for s in splits if s.status.debt.currency == c), ZERO), t) for c, t in totals)
    return Chart("owed", figure, (ChartTable(words["owed.title"], columns, rows),), tips)


def _bars(splits, words: dict) -> list:
    """(label, currency, split) per bar: one per debt, or with many debts one per kind and currency
    (the table still lists every debt)."""
    if len(splits) <= MAX_BARS:
        return [(debt_label(s.status, words), s.status.debt.currency, s) for s in splits]
    from dataclasses import replace

    groups: dict[tuple[str, str], list] = {}
    for s in splits:
        groups.setdefault((s.status.debt.currency, s.status.debt.kind.value), []).append(s)
    bars = []
    for (currency, kind), group in groups.items():
        total = replace(group[0], not_yet_due=sum((s.not_yet_due for s in group), ZERO),
                        overdue=sum((s.overdue for s in group), ZERO),
                        penalties=sum((s.penalties for s in group), ZERO))
        name = words["owed.kind_group" if len(group) != 1 else "owed.kind_one"]
        bars.append((name.format(kind=words["kinds"].get(kind, kind), n=len(group)), currency, total))
    return sorted(bars, key=lambda bar: (bar[1], -bar[2].total))
