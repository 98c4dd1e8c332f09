"""The Charts page: every kind of chart of the open file, one at a time, with its numbers beside it.

The list on the left names the kinds; above the chart, the debt (for the
kinds that can show one), and the payoff strategy and monthly amount (for
plans and payoff).  Each kind has its own `ChartPanel`, made when first
shown and drawn again when the file changes.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from debtdesk.charts.kinds import PER_DEBT, USES_MONTHLY, ChartInputs, main_currency, with_budget_payments
from debtdesk.domain.money import format_amount
from debtdesk.domain.validation import parse_amount
from debtdesk.store.budgets import BudgetBook
from debtdesk.ui.chart_panel import BACKGROUND_FROM, ChartPanel
from debtdesk.ui.background_work import BackgroundWork
from debtdesk.ui.chart_words import strategy_names
from debtdesk.ui.session import FollowsSession, Session
from debtdesk.services.changes import AGREEMENTS, BUDGET, DEBTS, PAYMENTS, PLANS, SETTINGS


def suggestion(statuses) -> str:
    """The monthly field's example: the minimums of the main currency's debts together, rounded up."""
    from debtdesk.domain.payoff import PayoffError, suggested_monthly

    try:
        currency = main_currency(statuses)  # once: counting per debt was quadratic
        return format_amount(suggested_monthly([s for s in statuses if s.debt.currency == currency]))
    except PayoffError:
        return ""


class ChartsScreen(FollowsSession, QWidget):

    watches = frozenset({DEBTS, PAYMENTS, BUDGET, PLANS, SETTINGS, AGREEMENTS})
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ChartsScreen")
        self.panels: dict[str, ChartPanel] = {}
        self._suggester = BackgroundWork(self)
        self._drawn: set[str] = set()

        self.kinds = QListWidget()
        self.kinds.setObjectName("chartKinds")
        for kind, title in self._titles().items():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.kinds.addItem(item)
        self.kinds.setMaximumWidth(220)

        self.debt = QComboBox()
        self.debt.setObjectName("chartDebt")
        self.strategy = QComboBox()
        self.strategy.setObjectName("chartStrategy")
        for key, name in strategy_names().items():
            self.strategy.addItem(name, key)
        self.monthly = QLineEdit()
        self.monthly.setObjectName("chartMonthly")
        self.monthly.setMaximumWidth(140)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setObjectName("chartProblem")
        self.debt_label = QLabel(self.tr("&Debt:"))
        self.debt_label.setBuddy(self.debt)
        self.strategy_label = QLabel(self.tr("&Strategy:"))
        self.strategy_label.setBuddy(self.strategy)
        self.monthly_label = QLabel(self.tr("&Each month:"))
        self.monthly_label.setBuddy(self.monthly)
        controls = QHBoxLayout()
        for widget in (self.debt_label, self.debt, self.strategy_label, self.strategy, self.monthly_label,
                       self.monthly, self.problem):
            controls.addWidget(widget)
        controls.addStretch(1)

        self.stack = QStackedWidget()
        right = QWidget()
        column = QVBoxLayout(right)
        column.addLayout(controls)
        column.addWidget(self.stack, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.kinds)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.follow(session)
        self._fill_debts()
        self.kinds.currentRowChanged.connect(lambda _: self._show_current())
        self.debt.currentIndexChanged.connect(lambda _: self._redraw())
        self.strategy.currentIndexChanged.connect(lambda _: self._redraw())
        self.monthly.editingFinished.connect(self._redraw)
        self.kinds.setCurrentRow(0)

    def _titles(self) -> dict[str, str]:
        titles = {
            "owed": self.tr("Where the money goes"),
            "balance": self.tr("Balance over time"),
            "waiting": self.tr("The cost of waiting"),
            "budget": self.tr("The budget"),
            "plans": self.tr("Plans compared"),
            "payoff": self.tr("Payoff plan"),
        }
        return titles

    # -- the file -------------------------------------------------------------------------------
    def reload(self) -> None:
        for panel in self.panels.values():  # numbers being worked out from the old file are dropped
            panel.discard()
        self._suggester.cancel()
        self._fill_debts()
        self._drawn.clear()
        self._show_current()

    def forget_state(self) -> None:
        self.monthly.clear()

    def _fill_debts(self) -> None:
        self._statuses = self.session.debt_views()
        self._debts_due = True
        self._list_debts(self.current_kind())
        self._suggestion_due = True
        self._suggest_monthly(self.current_kind())

    def _list_debts(self, kind: str) -> None:
        """The debt chooser's entries, made when a chart that can show one debt is first shown for these
        statuses (a large file's 2,006 entries cost tens of ms on every visit to the first chart)."""
        if not self._debts_due or kind not in PER_DEBT:
            return
        self._debts_due = False
        chosen = self.debt.currentData()
        self.debt.blockSignals(True)
        self.debt.clear()
        self.debt.addItem(self.tr("All debts"), None)
        for status in self._statuses:
            self.debt.addItem(f"{status.debt.lender.name} (#{status.debt.id})", status.debt.id)
        index = self.debt.findData(chosen)
        self.debt.setCurrentIndex(max(index, 0))
        self.debt.blockSignals(False)

    def _suggest_monthly(self, kind: str) -> None:
        """The monthly field's example, worked out when the field is first shown for these statuses
        (every debt's payoff on a large file: too slow to pay for on each visit to the first chart)."""
        if not self._suggestion_due or not (kind in USES_MONTHLY or kind == "budget"):
            return
        self._suggestion_due = False
        statuses = tuple(self._statuses)
        if len(statuses) < BACKGROUND_FROM:
            self._show_suggestion(suggestion(statuses))
        else:  # every debt's starting point: hundreds of ms on a large file, off the window's thread
            self.monthly.setPlaceholderText("")
            self._suggester.start(lambda: suggestion(statuses), self._show_suggestion)

    def _show_suggestion(self, suggested: str) -> None:
        self.monthly.setPlaceholderText(self.tr("e.g. {amount}").format(amount=suggested) if suggested else "")

    # -- drawing --------------------------------------------------------------------------------
    def current_kind(self) -> str:
        item = self.kinds.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else "owed"

    def panel(self, kind: str) -> ChartPanel:
        if kind not in self.panels:
            self.panels[kind] = ChartPanel(kind, self)
            self.stack.addWidget(self.panels[kind])
        return self.panels[kind]

    def _show_current(self) -> None:
        kind = self.current_kind()
        for widget in (self.debt_label, self.debt):
            widget.setVisible(kind in PER_DEBT)
        for widget in (self.strategy_label, self.strategy):
            widget.setVisible(kind == "payoff")
        for widget in (self.monthly_label, self.monthly):
            widget.setVisible(kind in USES_MONTHLY or kind == "budget")
        self._list_debts(kind)
        self._suggest_monthly(kind)
        self.stack.setCurrentWidget(self.panel(kind))
        if kind not in self._drawn:
            self._draw(kind)

    def _redraw(self) -> None:
        self._drawn.clear()
        self._draw(self.current_kind())

    def _monthly(self):
        text = self.monthly.text().strip()
        self.problem.clear()
        if not text:
            return None
        value, errors = parse_amount("monthly", text, positive=True)
        if errors:
            self.problem.setText(self.tr("Enter the monthly amount as a number, such as 9000."))
            return None
        return value

    def inputs(self, kind: str) -> ChartInputs:
        inputs = ChartInputs(self.session.as_of, tuple(self._statuses), budget=BudgetBook(self.session.store).latest(),
                             strategy=self.strategy.currentData() or "avalanche")
        monthly = self._monthly()
        if kind in PER_DEBT:
            inputs = replace(inputs, debt_id=self.debt.currentData())
        if kind == "budget":
            return with_budget_payments(inputs, monthly)
        return replace(inputs, monthly=monthly)

    def _draw(self, kind: str) -> None:
        self.panel(kind).plot(self.inputs(kind))
        self._drawn.add(kind)
