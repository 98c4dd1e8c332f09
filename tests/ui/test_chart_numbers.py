"""The Charts page on a generated household of many debts shows the same numbers as the domain.

What the first visit no longer does up front (format every table cell, measure
every row, list every debt in the chooser) must not change what is shown:
every table row, every bar and every debt in the chooser is checked against
the domain's own figures.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from debtdesk.charts.kinds import KINDS
from debtdesk.charts.tables import cell_text
from debtdesk.domain.money import ZERO
from debtdesk.domain.projections import owed_split
from debtdesk.ui.chart_words import chart_words
from tests.ui.chart_helpers import charts_screen_on

GENERATED_DEBTS = 40


@pytest.fixture
def screen(app, qtbot, tmp_path, as_of):
    from debtdesk.store.demo import write_large_demo

    path = tmp_path / "generated.debtdesk"
    write_large_demo(path, as_of, debts=GENERATED_DEBTS, payments_per_debt=6, contacts=0)
    with charts_screen_on(qtbot, path, as_of) as page:
        yield page


def choose(screen, kind, qtbot=None):
    """Choose `kind` and wait until its numbers, worked out off the window's thread for this many debts, are in."""
    row = next(i for i in range(screen.kinds.count()) if screen.kinds.item(i).data(Qt.ItemDataRole.UserRole) == kind)
    screen.kinds.setCurrentRow(row)
    panel = screen.panels[kind]
    if qtbot is not None:
        qtbot.waitUntil(lambda: not panel.working and panel.chart is not None, timeout=30_000)
    return panel


def test_every_table_shows_every_row_of_its_chart(screen, qtbot):
    for kind in KINDS:
        panel = choose(screen, kind, qtbot)
        assert panel.tables.count() == len(panel.chart.tables), kind
        for index, table in enumerate(panel.chart.tables):
            view = panel.tables.widget(index)
            model = view.model()
            assert model.rowCount() == len(table.rows), kind
            shown = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
            assert shown == table.text_rows(), kind
            for r, row in enumerate(table.rows):
                for c, cell in enumerate(row):
                    right = model.index(r, c).data(Qt.ItemDataRole.TextAlignmentRole) is not None
                    assert right == isinstance(cell, (Decimal, int)), (kind, r, c)
            header = view.horizontalHeader().fontMetrics()
            for c, title in enumerate(table.columns):  # every heading fits its column
                assert view.columnWidth(c) > header.horizontalAdvance(title), (kind, title)


def test_the_widest_amount_fits_its_column(screen):
    panel = choose(screen, "owed")
    view, table = panel.tables.widget(0), panel.chart.tables[0]
    metrics = view.fontMetrics()
    for c in range(len(table.columns)):
        widest = max(metrics.horizontalAdvance(cell_text(row[c])) for row in table.rows)
        assert view.columnWidth(c) > widest, table.columns[c]  # the totals at the bottom too


def test_the_bars_are_the_domain_sums_by_kind(screen):
    panel = choose(screen, "owed")
    statuses = screen.session.debt_views()
    assert len(statuses) > 15  # one bar per kind of debt
    expected: dict[str, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO, ZERO])
    for status in statuses:
        split = owed_split(status)
        if split.total > 0:
            sums = expected[status.debt.kind.value]
            for i, part in enumerate((split.not_yet_due, split.overdue, split.penalties)):
                sums[i] += part
    axes = panel.chart.figure.axes[0]
    labels = [tick.get_text() for tick in axes.get_yticklabels()]
    widths = [[patch.get_width() for patch in container.patches] for container in axes.containers]
    names = chart_words()["kinds"]
    drawn = {}
    for position, label in enumerate(labels):
        kind = next(k for k, name in names.items() if label.startswith(name))
        drawn[kind] = [parts[position] for parts in widths]
    assert set(drawn) == set(expected)
    for kind, sums in expected.items():
        assert drawn[kind] == pytest.approx([float(v) for v in sums], abs=0.005), kind
    totals = [row for row in panel.chart.tables[0].rows if row[0] == "Total"]
    assert [row[3:] for row in totals] == [tuple(sum(parts, ZERO) for parts in zip(*expected.values(), strict=True))
                                           + (sum((sum(v, ZERO) for v in expected.values()), ZERO),)]


def test_the_debt_chooser_lists_every_debt_once_a_chart_of_one_debt_is_shown(screen):
    assert screen.debt.isHidden()
    panel = choose(screen, "balance")
    statuses = screen.session.debt_views()
    listed = [screen.debt.itemData(i) for i in range(screen.debt.count())]
    assert listed == [None] + [s.debt.id for s in statuses]
    last = statuses[-1]
    screen.debt.setCurrentIndex(screen.debt.count() - 1)
    assert panel.chart.tables[0].column("Debt")[0].startswith(last.debt.lender.name)
    screen.reload()  # a change: the choice is kept
    choose(screen, "waiting")
    assert screen.debt.currentData() == last.debt.id
