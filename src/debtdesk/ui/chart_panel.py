"""`ChartPanel`: a chart with its numbers beside it, copyable, and a tooltip under the pointer.

Importing this module loads no matplotlib: the Qt canvas is made on the first
`show_chart` (or `plot`), so a screen may hold a panel from start-up on and
pay for matplotlib only when a chart is first drawn.

    panel = ChartPanel("owed", parent)
    panel.plot(ChartInputs(as_of, statuses))          # built here, in the window's palette and language
    panel.show_chart(chart)                           # or a chart built elsewhere (charts.build.build_chart)

Colours follow the Qt palette (`chart_palette`), words the translations
(`ui.chart_words`); the panel redraws itself when the palette changes.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt
from PySide6.QtGui import QColor, QCursor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from debtdesk.charts.kinds import ChartInputs
from debtdesk.charts.tables import ChartTable, cell_text
from debtdesk.ui.background_work import BackgroundWork
from debtdesk.ui.widgets import plain_tooltip

# From this many debts on, the slow kinds' numbers are worked out off the window's thread (about
# 100 ms of the cost of waiting's ledger replays; the demo household's six draw at once as before).
BACKGROUND_FROM = 40


def _mix(a: QColor, b: QColor, share: float) -> str:
    """`share` of b over a, as #rrggbb."""
    return QColor(round(a.red() + (b.red() - a.red()) * share), round(a.green() + (b.green() - a.green()) * share),
                  round(a.blue() + (b.blue() - a.blue()) * share)).name()


def chart_palette(widget: QWidget):
    """The chart colours for this widget's palette: its base and text, Okabe–Ito series for light or dark."""
    from debtdesk.charts.style import DARK, LIGHT

    palette = widget.palette()
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    template = DARK if base.lightness() < 128 else LIGHT
    return replace(template, background=base.name(), foreground=text.name(), muted=_mix(base, text, 0.62),
                   grid=_mix(base, text, 0.16))


class ChartTableModel(QAbstractTableModel):
    """One `ChartTable`, read-only; amounts right-aligned as the chart's own text.

    A row's text is made when the view first asks for it: a large file's table has thousands of
    rows of which a screenful is seen, and formatting every cell up front cost tens of ms."""

    def __init__(self, table: ChartTable, parent=None):
        super().__init__(parent)
        self.table = table
        self._text: dict[int, list[str]] = {}

    def row_text(self, row: int) -> list[str]:
        text = self._text.get(row)
        if text is None:
            text = self._text[row] = [cell_text(cell) for cell in self.table.rows[row]]
        return text

    def cell_text(self, row: int, column: int) -> str:
        """One cell's text (from the row's, when already made: a wide table's rows are not all made)."""
        text = self._text.get(row)
        return text[column] if text is not None else cell_text(self.table.rows[row][column])

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.row_text(index.row())[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if isinstance(self.table.rows[index.row()][index.column()], (Decimal, int)):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.table.columns[section]
        return None


# How many rows, from the top and from the bottom (where the totals are), the column widths are measured on.
SIZE_FROM_ROWS = 200
SIZE_FROM_LAST_ROWS = 20
# At most about this many cells are measured: a wide table (the cost of waiting of 2,006 debts has a column
# per debt) is measured on fewer rows, from the top and the bottom (where the largest amounts are).
SIZE_CELLS = 8000


def measured_rows(rows: int, columns: int) -> list[int]:
    """The rows the column widths are measured on: the first and last few, fewer when the table is wide."""
    budget = max(4, SIZE_CELLS // max(columns, 1))
    first = min(SIZE_FROM_ROWS, max(budget - SIZE_FROM_LAST_ROWS, budget // 2))
    last = min(SIZE_FROM_LAST_ROWS, budget - first)
    return list(range(min(rows, first))) + list(range(max(first, rows - last), rows))


def column_widths(model: ChartTableModel, view: QTableView) -> list[int]:
    """Each column wide enough for its heading and the widest text of the rows measured.

    Measured with the font's metrics on the text itself: the view's own `resizeColumnsToContents`
    asked the model for every role of every measured cell (11,000 Python calls for a large file's
    table, a third of the time it took to show it)."""
    measured = measured_rows(len(model.table.rows), len(model.table.columns))
    cells = view.fontMetrics()
    header = view.horizontalHeader().fontMetrics()
    padding = 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 12
    widths = []
    for column, title in enumerate(model.table.columns):
        texts = {model.cell_text(row, column) for row in measured}
        widest = max((cells.horizontalAdvance(text) for text in texts), default=0)
        widths.append(max(widest, header.horizontalAdvance(title) + 8) + padding)
    return widths


class ChartPanel(QWidget):
    def __init__(self, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"chartPanel_{kind}")
        self.kind = kind
        self.chart = None
        self.canvas = None
        self.inputs: ChartInputs | None = None
        self._tip = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.placeholder = QLabel(self.tr("Drawing the chart…"))
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.splitter.addWidget(self.placeholder)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.tables = QTabWidget()
        self.tables.setDocumentMode(True)
        column.addWidget(self.tables)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.copy_button = QPushButton(self.tr("&Copy the numbers"))
        self.copy_button.setToolTip(self.tr("Copy every table beside the chart, tab-separated, to paste into a "
                                            "spreadsheet"))
        self.copy_button.clicked.connect(self.copy)
        self.copy_button.setEnabled(False)
        buttons.addWidget(self.copy_button)
        column.addLayout(buttons)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.working_label = QLabel(self.tr("Working out this chart…"))
        self.working_label.setObjectName("chartWorking")
        self.working_label.setTextFormat(Qt.TextFormat.PlainText)
        self.working_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.working_label.hide()
        self.worker = BackgroundWork(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.working_label)
        layout.addWidget(self.splitter)

    # -- what the other screens call ----------------------------------------------------------
    def plot(self, inputs: ChartInputs) -> None:
        """Build this panel's kind from `inputs` in the window's palette and language, and show it.

        With many debts, the numbers of the slow kinds are worked out on a worker thread meanwhile the
        panel says so; the chart is drawn when they are in (a newer `plot` supersedes an older one)."""
        from debtdesk.charts.data import SLOW_KINDS, chart_data

        self.inputs = inputs
        slow = self.kind in SLOW_KINDS and len(inputs.statuses) >= BACKGROUND_FROM and inputs.debt_id is None
        if not slow:
            self.worker.cancel()
            self._show_working(False)
            self._draw(inputs, None)
            return
        kind = self.kind
        self._show_working(True)
        self.worker.start(lambda: chart_data(kind, inputs), lambda data: self._numbers_in(inputs, data),
                          lambda _problem: self._show_working(False))

    def discard(self) -> None:
        """Drop the numbers being worked out (the file changed: they would be out of date)."""
        self.worker.cancel()
        self._show_working(False)

    @property
    def working(self) -> bool:
        return self.worker.busy

    def _numbers_in(self, inputs: ChartInputs, data) -> None:
        self._show_working(False)
        self._draw(inputs, data)

    def _draw(self, inputs: ChartInputs, data) -> None:
        from debtdesk.charts.build import build_chart
        from debtdesk.ui.chart_words import chart_words

        self.show_chart(build_chart(self.kind, inputs, chart_words(), chart_palette(self), data))

    def _show_working(self, working: bool) -> None:
        self.working_label.setVisible(working)
        self.splitter.setEnabled(not working)

    def show_chart(self, chart) -> None:
        """Show a `charts.style.Chart`: its figure, its tables, its tooltips."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        old = self.canvas
        self.chart = chart
        self.canvas = FigureCanvasQTAgg(chart.figure)
        self.canvas.setObjectName("chartCanvas")
        self.canvas.setMinimumSize(420, 280)
        heading = chart.figure.get_suptitle() or (chart.tables[0].title if chart.tables else "")
        self.canvas.setAccessibleName(heading)
        self.canvas.mpl_connect("motion_notify_event", self._pointer_moved)
        self.canvas.mpl_connect("figure_leave_event", lambda event: QToolTip.hideText())
        first = old is None
        self.splitter.replaceWidget(0, self.canvas)
        if first:  # the chart gets most of the room; the numbers can be widened by hand
            width = max(self.splitter.width(), 800)
            self.splitter.setSizes([width * 2 // 3, width - width * 2 // 3])
        for widget in (old, self.placeholder):
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.placeholder = None
        self._fill_tables(chart.tables)
        self.copy_button.setEnabled(any(t.rows for t in chart.tables))

    def copy(self) -> None:
        if self.chart is not None:
            QGuiApplication.clipboard().setText(self.chart.to_tsv())

    def tip_at(self, x: float, y: float) -> str | None:
        """The tooltip at display point (x, y) of the figure (matplotlib's pixels, from the bottom left)."""
        return self.chart.tips.at(x, y) if self.chart is not None else None

    # -- inside -----------------------------------------------------------------------------
    def _fill_tables(self, tables) -> None:
        while self.tables.count():
            page = self.tables.widget(0)
            self.tables.removeTab(0)
            page.deleteLater()
        for table in tables:
            view = QTableView()
            view.setModel(ChartTableModel(table, view))
            view.setAlternatingRowColors(True)
            view.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            # Widths from the header and the first and last rows; the columns stay widenable by hand.
            for column, width in enumerate(column_widths(view.model(), view)):
                view.setColumnWidth(column, width)
            view.setMinimumWidth(160)
            view.setAccessibleName(table.title)
            self.tables.addTab(view, table.title if len(tables) > 1 else self.tr("Numbers"))
        self.tables.tabBar().setVisible(len(tables) > 1)

    def _pointer_moved(self, event) -> None:
        text = self.tip_at(event.x, event.y) if event.x is not None else None
        if text is None:
            if self._tip is not None:
                QToolTip.hideText()
                self._tip = None
            return
        if text != self._tip:
            self._tip = text
            QToolTip.showText(QCursor.pos(), plain_tooltip(text), self.canvas)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.inputs is not None and self.chart is not None \
                and not self.working:
            self.plot(self.inputs)  # light <-> dark: draw again in the new colours
