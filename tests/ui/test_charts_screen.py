"""The Charts page and the reusable ChartPanel: every kind drawn, numbers beside it, copy, tooltips,
the debt and payoff choices, the palette followed, and no matplotlib before a chart is asked for."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QToolTip

from debtdesk.charts.build import build_chart
from debtdesk.charts.kinds import KINDS
from debtdesk.charts.style import DARK, LIGHT
from debtdesk.services.chart_inputs import chart_inputs
from debtdesk.store import Store
from debtdesk.ui.chart_panel import ChartPanel, chart_palette
from debtdesk.ui.chart_words import chart_words
from debtdesk.ui.charts_screen import ChartsScreen
from debtdesk.ui.widgets import plain_tooltip
from tests.ui.chart_helpers import charts_screen_on


@pytest.fixture
def screen(app, qtbot, household_path, as_of):
    with charts_screen_on(qtbot, household_path, as_of) as page:
        yield page


def choose(screen, kind):
    row = next(i for i in range(screen.kinds.count()) if screen.kinds.item(i).data(Qt.ItemDataRole.UserRole) == kind)
    screen.kinds.setCurrentRow(row)
    return screen.panels[kind]


def test_the_charts_tab_is_built_on_first_use(window, qtbot):
    titles = [window.pages.tabText(i) for i in range(window.pages.count())]
    assert "Charts" in titles
    assert window.findChild(ChartsScreen) is None  # nothing built (nor matplotlib loaded) until shown
    window.pages.setCurrentIndex(titles.index("Charts"))
    page = window.charts
    assert isinstance(page, ChartsScreen) and window.pages.currentWidget() is page
    assert page.panels["owed"].chart.kind == "owed"


def test_every_kind_is_listed_and_drawn_with_its_numbers(screen):
    assert [screen.kinds.item(i).data(Qt.ItemDataRole.UserRole) for i in range(screen.kinds.count())] == list(KINDS)
    for kind in KINDS:
        panel = choose(screen, kind)
        assert screen.stack.currentWidget() is panel
        assert panel.chart.kind == kind and not panel.chart.empty, kind
        assert panel.canvas.figure is panel.chart.figure
        assert panel.tables.count() == len(panel.chart.tables)
        for i, table in enumerate(panel.chart.tables):
            model = panel.tables.widget(i).model()
            assert model.rowCount() == len(table.rows)
            assert model.index(0, 0).data() == table.text_rows()[0][0]
        assert panel.copy_button.isEnabled()


def test_the_controls_follow_the_kind(screen):
    choose(screen, "waiting")
    assert not screen.debt.isHidden() and screen.strategy.isHidden() and screen.monthly.isHidden()
    choose(screen, "payoff")
    assert screen.debt.isHidden() and not screen.strategy.isHidden() and not screen.monthly.isHidden()
    assert screen.monthly.placeholderText() == "e.g. 9,000.00"


def test_one_debt_and_the_payoff_choices(screen, as_of):
    panel = choose(screen, "waiting")
    screen.debt.setCurrentIndex(screen.debt.findText("中国建设银行", flags=Qt.MatchFlag.MatchStartsWith))
    assert "中国建设银行" in panel.chart.tables[0].title
    panel = choose(screen, "payoff")
    screen.strategy.setCurrentIndex(screen.strategy.findData("snowball"))
    screen.monthly.setText("12000")
    screen.monthly.editingFinished.emit()
    assert panel.chart.figure.get_suptitle().startswith("Snowball (smallest balance first): 12,000.00 a month")
    panel = choose(screen, "plans")
    assert [row[0] for row in panel.chart.tables[0].rows][1:] == [
        "Avalanche (highest rate first)", "Snowball (smallest balance first)", "Fair share (pro rata)"]
    screen.monthly.setText("2200")
    screen.monthly.editingFinished.emit()
    assert [row[0] for row in panel.chart.tables[0].rows] == ["Current terms"]  # below the minimums: said, not drawn
    screen.monthly.setText("lots")
    screen.monthly.editingFinished.emit()
    assert screen.problem.text() == "Enter the monthly amount as a number, such as 9000."


def test_copy_puts_every_table_on_the_clipboard(screen):
    panel = choose(screen, "plans")
    panel.copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert text == panel.chart.to_tsv()
    assert text.startswith("Totals\nPlan\tTotal paid\tInterest and penalties")


def test_tooltip_under_the_pointer(screen, qtbot):
    panel = choose(screen, "owed")
    panel.canvas.draw()
    bar = panel.chart.figure.axes[0].patches[0]
    box = bar.get_window_extent()

    class Event:
        x, y = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2

    text = panel.tip_at(Event.x, Event.y)
    assert text.startswith("中国建设银行") and "Not yet due" in text
    panel._pointer_moved(Event)
    assert panel._tip == text
    if QToolTip.isVisible():
        assert QToolTip.text() == plain_tooltip(text)
    Event.x, Event.y = 1, 1
    panel._pointer_moved(Event)
    assert panel._tip is None


def test_the_panel_alone_for_other_screens(app, qtbot, household_path, as_of):
    """What the overview, debt detail, budget and proposal screens will do."""
    with Store.open(household_path) as store:
        inputs = chart_inputs(store, as_of)
    panel = ChartPanel("owed")
    qtbot.addWidget(panel)
    assert panel.chart is None and not panel.copy_button.isEnabled()
    panel.show_chart(build_chart("owed", inputs, chart_words(), chart_palette(panel)))
    assert panel.chart.kind == "owed"
    panel.plot(replace(inputs, debt_id=None))
    assert panel.canvas.figure is panel.chart.figure


def test_the_chart_follows_a_dark_palette(app, qtbot, household_path, as_of):
    with Store.open(household_path) as store:
        inputs = chart_inputs(store, as_of)
    panel = ChartPanel("balance")
    qtbot.addWidget(panel)
    panel.plot(inputs)
    assert chart_palette(panel).series == LIGHT.series
    dark = QPalette(panel.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
    panel.setPalette(dark)  # a palette change draws the chart again in the new colours
    colours = chart_palette(panel)
    assert colours.series == DARK.series and colours.background == "#202124"
    assert panel.chart.figure.get_facecolor()[:3] == pytest.approx((0x20 / 255, 0x21 / 255, 0x24 / 255))


def test_window_words_have_every_key(app):
    from debtdesk.charts.words import EN

    words = chart_words()
    assert set(words) == set(EN)
    for key in ("kinds", "stages", "categories"):
        assert set(words[key]) == set(EN[key])


def test_importing_the_panel_and_the_page_loads_no_matplotlib():
    out = subprocess.run([sys.executable, "-c", (
        "import sys\nimport debtdesk.ui.chart_panel, debtdesk.ui.charts_screen\n"
        "print(sorted(m for m in ('matplotlib', 'numpy') if m in sys.modules))")],
        capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
