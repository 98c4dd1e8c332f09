"""The budget chart: one bar per expense category plus the proposed payment, no pyplot."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal

from debtdesk.charts.budget import budget_figure, figure_png
from debtdesk.domain.demo import demo_budget
from debtdesk.letters.phrases import words


def test_bars_follow_the_budget_and_the_payment():
    budget = demo_budget(date(2026, 11, 23))
    figure = budget_figure(budget, Decimal("2547.99"), "zh-Hans", words("zh-Hans")["categories"])
    axes = figure.axes[0]
    widths = [round(bar.get_width(), 2) for bar in axes.patches]
    assert widths == [2600.0, 1800.0, 380.0, 520.0, 900.0, 200.0, 2547.99]
    labels = [t.get_text() for t in axes.get_yticklabels()]
    names = words("zh-Hans")["categories"]
    assert labels[0] == names["housing"] and labels[-1] == "方案中每月还款合计" and names["medical"] in labels
    assert axes.lines[0].get_xdata()[0] == 8600.0  # the income line
    png = figure_png(figure, dpi=50)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"


def test_no_pyplot_and_no_qt():
    out = subprocess.run([sys.executable, "-c", (
        "import sys, debtdesk.charts.budget\n"
        "print(sorted(m for m in ('matplotlib.pyplot', 'PySide6') if m in sys.modules))")],
        capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
