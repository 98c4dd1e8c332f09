"""The budget chart for a letter's appendix: where each month's money goes.

One horizontal bar per essential expense category, then the proposed monthly
payment, against a line at the monthly income: a lender sees at a glance that
the offer is what is left after essentials.
"""

from __future__ import annotations

import io
from decimal import Decimal

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from debtdesk.charts.style import FONT_FAMILY as _FONT_FAMILY
from debtdesk.charts.style import use_bundled_font
from debtdesk.domain.budget import Budget, Direction

#: The chart's own few words (category names come from the letter phrases).
LABELS = {
    "en": {"payment": "All debt payments in the plan", "income": "Monthly income", "title": "Each month ({currency})"},
    "zh-Hans": {"payment": "方案中每月还款合计", "income": "每月收入", "title": "每月收支（{currency}）"},
    "zh-Hant": {"payment": "方案中每月還款合計", "income": "每月收入", "title": "每月收支（{currency}）"},
}


def _use_bundled_font() -> None:
    """Register the bundled CJK font once, before any text is drawn (shared with every chart)."""
    use_bundled_font()


def budget_figure(budget: Budget, proposed_payment: Decimal | None, language: str,
                  category_names: dict[str, str]) -> Figure:
    """The figure; amounts are converted to float only here, for drawing."""
    _use_bundled_font()
    words = LABELS[language]
    expenses = budget.by_category(Direction.EXPENSE)
    names = [category_names.get(key, key) for key in expenses]
    values = [float(v) for v in expenses.values()]
    colours = ["#8da0b6"] * len(values)
    if proposed_payment is not None:
        names.append(words["payment"])
        values.append(float(proposed_payment))
        colours.append("#2e7d32")
    figure = Figure(figsize=(6.4, 0.45 * len(values) + 1.4), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    positions = list(range(len(values)))[::-1]
    axes.barh(positions, values, color=colours)
    axes.set_yticks(positions, names, fontfamily=_FONT_FAMILY)
    for y, value in zip(positions, values, strict=True):
        axes.text(value, y, f" {value:,.2f}", va="center", fontsize=8, fontfamily=_FONT_FAMILY)
    income = float(budget.monthly_income)
    axes.axvline(income, color="#c62828", linestyle="--", linewidth=1)
    axes.text(income, len(values) - 0.4, f"{words['income']} {income:,.2f}", color="#c62828", ha="right",
              fontsize=8, fontfamily=_FONT_FAMILY)
    axes.set_title(words["title"].format(currency=budget.currency), fontfamily=_FONT_FAMILY, fontsize=10)
    axes.set_xlim(0, max(values + [income]) * 1.25)
    axes.spines[["top", "right"]].set_visible(False)
    axes.tick_params(axis="x", labelsize=8)
    figure.tight_layout()
    return figure


def figure_png(figure: Figure, dpi: int = 200) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
