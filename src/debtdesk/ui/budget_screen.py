"""The income and expenditure statement: dated snapshots, their lines, what is left each month.

Disposable income (income minus essential expenses) is what a proposal is
checked against, so it is shown large; when it is negative the screen says
so plainly and calmly.  Every change is an undo command on the window's
stack; dialogs only gather text and the domain's parsers decide what is
valid, showing each problem beside its field.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from debtdesk.domain.budget import (
    Budget,
    BudgetLine,
    Direction,
    line_to_raw,
    parse_budget_header,
    parse_budget_line,
)
from debtdesk.domain.money import COMMON_CURRENCIES, format_amount
from debtdesk.store.budgets import BudgetBook
from debtdesk.ui import household_commands as hc
from debtdesk.ui import msgbox
from debtdesk.ui.budget_models import BudgetLinesModel, category_choices, frequency_choices
from debtdesk.ui.debt_detail import make_table
from debtdesk.ui.debts_model import is_dark
from debtdesk.ui.form_fields import FieldRow, combo, date_edit, example, line, number_format, show_errors, save_cancel
from debtdesk.ui.session import FollowsSession, Session
from debtdesk.ui.widgets import plain_label
from debtdesk.services.changes import BUDGET, DEBTS, PAYMENTS
from debtdesk.ui.i18n import show_date


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class FormDialog(QDialog):
    """A dialog of FieldRows with Save/Cancel that closes only when `parse()` finds no errors."""

    def __init__(self, parent: QWidget | None):
        super().__init__(parent)
        self.rows: dict[str, FieldRow] = {}
        self.form = QFormLayout()
        self.buttons = save_cancel(self)
        self.outer = QVBoxLayout(self)
        self.outer.addLayout(self.form)

    def add_row(self, name: str, text: str, widget: QWidget, hint: str = "") -> FieldRow:
        row = FieldRow(name, widget, hint)
        self.rows[name] = row
        self.form.addRow(text, row)
        return row

    def raw_values(self) -> dict[str, str]:
        return {name: row.value() for name, row in self.rows.items()}

    def parse(self):
        raise NotImplementedError

    def accept_result(self, result) -> None:
        raise NotImplementedError

    def try_accept(self) -> None:
        result, errors = self.parse()
        show_errors(self.rows, errors)
        if errors:
            return
        self.accept_result(result)
        self.accept()


class BudgetHeaderDialog(FormDialog):
    """The date, name and currency of a snapshot (new, copied or edited)."""

    def __init__(self, parent: QWidget | None, title: str, taken_on: date, budget: Budget | None = None,
                 name: str = ""):
        super().__init__(parent)
        self.setObjectName("BudgetHeaderDialog")
        self.setWindowTitle(title)
        self._budget = budget
        self.result_budget: Budget | None = None
        when = date_edit()
        when.setDate(_qdate(taken_on))
        self.add_row("taken_on", self.tr("Date of this budget"), when,
                     self.tr("Keep a new budget whenever your situation changes."))
        self.add_row("name", self.tr("Name (optional)"), line(self.tr("e.g. after losing my job"), 100))
        self.add_row("currency", self.tr("Currency"), combo([(c, c) for c in COMMON_CURRENCIES], editable=True))
        self.rows["name"].set_value(budget.name if budget is not None and not name else name)
        self.rows["currency"].set_value(budget.currency if budget is not None else "CNY")
        self.outer.addWidget(self.buttons)

    def parse(self):
        return parse_budget_header(self.raw_values(), self._budget)

    def accept_result(self, result: Budget) -> None:
        self.result_budget = result


class BudgetLineDialog(FormDialog):
    """One line of income or of essential expenses, with its monthly equivalent shown live."""

    def __init__(self, parent: QWidget | None, direction: Direction, budget_line: BudgetLine | None = None):
        super().__init__(parent)
        self.setObjectName("BudgetLineDialog")
        self.direction = direction
        self._line = budget_line
        self.result_line: BudgetLine | None = None
        income = direction is Direction.INCOME
        if budget_line is None:
            self.setWindowTitle(self.tr("Add income") if income else self.tr("Add an essential expense"))
        else:
            self.setWindowTitle(self.tr("Edit income") if income else self.tr("Edit expense"))
        self.add_row("category", self.tr("Category"), combo(category_choices(direction)))
        self.add_row("label", self.tr("Description (optional)"),
                     line(self.tr("e.g. part-time job") if income else self.tr("e.g. rent for the flat"), 100))
        self.add_row("amount", self.tr("Amount"), line(example("3000.00")),
                     self.tr("As you receive or pay it; choose how often below."))
        self.add_row("frequency", self.tr("How often"), combo(frequency_choices()))
        self.rows["frequency"].set_value("monthly")
        self.per_month = plain_label()
        self.per_month.setObjectName("perMonth")
        self.outer.addWidget(self.per_month)
        self.outer.addWidget(self.buttons)
        if budget_line is not None:
            for name, text in line_to_raw(budget_line, number_format()).items():
                self.rows[name].set_value(text)
        self.rows["amount"].widget.textChanged.connect(self.update_preview)
        self.rows["frequency"].widget.currentIndexChanged.connect(self.update_preview)
        self.update_preview()
        self.setMinimumWidth(460)

    def parse(self):
        return parse_budget_line(self.raw_values(), self.direction, self._line.id if self._line else None,
                                 number_format())

    def accept_result(self, result: BudgetLine) -> None:
        self.result_line = result

    def update_preview(self) -> None:
        result, errors = self.parse()
        self.per_month.setText(self.tr("That is {amount} a month.").format(amount=format_amount(result.monthly))
                               if result is not None else "")


class _LinesPanel(QGroupBox):
    """A table of one direction's lines with its Add / Edit / Remove buttons."""

    def __init__(self, title: str, direction: Direction, name: str):
        super().__init__(title)
        self.direction = direction
        self.model = BudgetLinesModel(self)
        self.view = make_table(self.model, name)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the description takes the room left
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.remove_button = QPushButton()
        for button, suffix in ((self.add_button, "Add"), (self.edit_button, "Edit"), (self.remove_button, "Remove")):
            button.setObjectName(f"{name}{suffix}")
        self.total = plain_label(bold=True)
        self.total.setObjectName(f"{name}Total")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())

    def selected_line(self) -> BudgetLine | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def select_line(self, line_id: int | None) -> None:
        for row, budget_line in enumerate(self.model.rows()):
            if budget_line.id == line_id:
                self.view.selectRow(row)
                return

    def update_buttons(self, enabled: bool = True) -> None:
        self.add_button.setEnabled(enabled)
        has = enabled and self.selected_line() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)


class BudgetScreen(FollowsSession, QWidget):

    watches = frozenset({BUDGET, DEBTS, PAYMENTS})  # the chart sets the budget against the debts
    def __init__(self, session: Session, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("BudgetScreen")
        self.undo_stack = undo_stack
        self.budgets: list[Budget] = []

        self.chooser = QComboBox()
        self.chooser.setObjectName("budgetChooser")
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chooser.currentIndexChanged.connect(lambda *_: self._show_current())
        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.setObjectName("budgetNew")
        self.new_button.setToolTip(self.tr("Start an empty budget for a new date"))
        self.copy_button = QPushButton(self.tr("Copy to a new date…"))
        self.copy_button.setObjectName("budgetCopy")
        self.copy_button.setToolTip(self.tr("Your situation changed: start from this budget and adjust it"))
        self.edit_button = QPushButton(self.tr("Date and name…"))
        self.edit_button.setObjectName("budgetEdit")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("budgetDelete")
        self.new_button.clicked.connect(self.new_budget)
        self.copy_button.clicked.connect(self.copy_budget)
        self.edit_button.clicked.connect(self.edit_budget)
        self.delete_button.clicked.connect(self.delete_budget)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Budget of")))
        top.addWidget(self.chooser, 1)
        for button in (self.new_button, self.copy_button, self.edit_button, self.delete_button):
            top.addWidget(button)

        self.empty_hint = plain_label(self.tr(
            "No budget yet. Write down what comes in and what you must pay each month: creditors ask for it, "
            "and it shows what you can really offer. Click “New…” to start."))
        self.empty_hint.setObjectName("budgetEmptyHint")

        self.income_total = plain_label()
        self.income_total.setObjectName("incomeMonthly")
        self.expense_total = plain_label()
        self.expense_total.setObjectName("expensesMonthly")
        self.disposable = plain_label(bold=True, size_delta=6)
        self.disposable.setObjectName("disposable")
        self.verdict = plain_label()
        self.verdict.setObjectName("budgetVerdict")
        totals = QGroupBox(self.tr("Each month"))
        grid = QGridLayout(totals)
        grid.addWidget(plain_label(self.tr("Income")), 0, 0)
        grid.addWidget(self.income_total, 0, 1)
        grid.addWidget(plain_label(self.tr("Essential expenses")), 1, 0)
        grid.addWidget(self.expense_total, 1, 1)
        disposable_caption = plain_label(self.tr("Disposable income"), bold=True)
        grid.addWidget(disposable_caption, 0, 2, Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(self.disposable, 1, 2)
        grid.addWidget(self.verdict, 2, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(24)
        for label in (self.income_total, self.expense_total):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.income = _LinesPanel(self.tr("Income"), Direction.INCOME, "incomeLines")
        self.expenses = _LinesPanel(self.tr("Essential expenses"), Direction.EXPENSE, "expenseLines")
        for panel, add_text in ((self.income, self.tr("Add income…")),
                                (self.expenses, self.tr("Add expense…"))):
            panel.add_button.setText(add_text)
            panel.edit_button.setText(self.tr("Edit…"))
            panel.remove_button.setText(self.tr("Remove"))
            panel.add_button.clicked.connect(lambda _=False, d=panel.direction: self.add_line(d))
            panel.edit_button.clicked.connect(lambda _=False, d=panel.direction: self.edit_line(d))
            panel.remove_button.clicked.connect(lambda _=False, d=panel.direction: self.remove_line(d))
            panel.view.doubleClicked.connect(lambda _index, d=panel.direction: self.edit_line(d))
        self.tables = QSplitter()
        self.tables.addWidget(self.income)
        self.tables.addWidget(self.expenses)
        self.tables.setChildrenCollapsible(False)
        self.tables.setSizes([1, 1])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_hint)
        layout.addWidget(totals)
        layout.addWidget(self.tables, 1)
        from debtdesk.ui.chart_slot import ChartSlot

        self.chart_slot = ChartSlot("budget", self._chart_inputs,
                                    self.tr("Show the budget as a chart, against what the debts ask each month"))
        layout.addWidget(self.chart_slot)
        self.totals_box = totals
        self.follow(session)
        self.reload()

    def forget_state(self) -> None:
        self.chooser.setCurrentIndex(-1)

    def _chart_inputs(self):
        from debtdesk.charts.kinds import ChartInputs

        budget = self.current_budget()
        if budget is None:
            return None
        return ChartInputs(self.session.as_of, tuple(self.session.debt_views()), budget=budget,
                           currency=budget.currency)

    @property
    def book(self) -> BudgetBook:
        return BudgetBook(self.session.store)

    def _panel(self, direction: Direction) -> _LinesPanel:
        return self.income if direction is Direction.INCOME else self.expenses

    # -- showing -----------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        current = self.current_budget()
        keep = select_id if select_id is not None else (current.id if current is not None else None)
        self.budgets = self.book.list()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for budget in self.budgets:
            text = budget.taken_on.isoformat() + (f" — {budget.name}" if budget.name else "")
            self.chooser.addItem(text, budget.id)
        index = self.chooser.findData(keep) if keep is not None else -1
        self.chooser.setCurrentIndex(index if index >= 0 else (0 if self.budgets else -1))
        self.chooser.blockSignals(False)
        self._show_current()

    def select_budget(self, budget_id: int) -> None:
        index = self.chooser.findData(budget_id)
        if index >= 0:
            self.chooser.setCurrentIndex(index)

    def current_budget(self) -> Budget | None:
        budget_id = self.chooser.currentData()
        return next((b for b in self.budgets if b.id == budget_id), None)

    def _show_current(self) -> None:
        budget = self.current_budget()
        has = budget is not None
        self.empty_hint.setVisible(not self.budgets)
        self.chooser.setEnabled(bool(self.budgets))
        for widget in (self.copy_button, self.edit_button, self.delete_button):
            widget.setEnabled(has)
        self.totals_box.setVisible(has)
        self.tables.setVisible(has)
        self.chart_slot.setVisible(has)
        self.chart_slot.refresh()
        for panel in (self.income, self.expenses):
            selected = panel.selected_line()
            panel.model.set_rows([ln for ln in budget.lines if ln.direction is panel.direction] if has else [])
            if selected is not None:
                panel.select_line(selected.id)
            panel.update_buttons(has)
        if has:
            self._show_totals(budget)

    def _show_totals(self, budget: Budget) -> None:
        currency = budget.currency
        income, expenses, left = budget.monthly_income, budget.monthly_expenses, budget.disposable
        self.income_total.setText(f"{format_amount(income)} {currency}")
        self.expense_total.setText(f"{format_amount(expenses)} {currency}")
        self.income.total.setText(self.tr("Total {amount} a month").format(amount=format_amount(income)))
        self.expenses.total.setText(self.tr("Total {amount} a month").format(amount=format_amount(expenses)))
        self.disposable.setText(f"{format_amount(left)} {currency}")
        if not budget.lines:
            colour, text = None, self.tr("Add what comes in each month and what you must pay to live.")
        elif left < 0:
            colour = "#ffb066" if is_dark() else "#9a5800"
            text = self.tr(
                "Your essential expenses are {amount} a month more than your income. That is important to show "
                "your creditors honestly: right now you cannot pay them from income, so ask first for a pause "
                "(deferral) or a token payment, and look for help with the shortfall.").format(
                amount=format_amount(-left))
        elif left == 0:
            colour, text = None, self.tr("Nothing is left for debts after essential expenses.")
        else:
            colour, text = None, self.tr(
                "This is what you can offer all your creditors together each month, without going short "
                "on essentials.")
        style = f"color: {colour};" if colour else ""
        self.disposable.setStyleSheet(style)
        self.verdict.setStyleSheet(style)
        self.verdict.setText(text)

    # -- snapshots ------------------------------------------------------------------
    def new_budget(self) -> None:
        dialog = BudgetHeaderDialog(self, self.tr("New budget"), self.session.as_of)
        current = self.current_budget()
        if current is not None:
            dialog.rows["currency"].set_value(current.currency)
        if dialog.exec() and dialog.result_budget is not None:
            command = hc.AddBudget(self.session, dialog.result_budget)
            self.undo_stack.push(command)
            self.reload(select_id=command.budget.id)

    def copy_budget(self) -> None:
        source = self.current_budget()
        if source is None:
            return
        dialog = BudgetHeaderDialog(self, self.tr("Copy budget to a new date"), self.session.as_of, source)
        if dialog.exec() and dialog.result_budget is not None:
            result = dialog.result_budget
            command = hc.CopyBudget(self.session, source.id, result.taken_on, result.name, result.currency)
            self.undo_stack.push(command)
            self.reload(select_id=command.budget.id)

    def edit_budget(self) -> None:
        budget = self.current_budget()
        if budget is None:
            return
        dialog = BudgetHeaderDialog(self, self.tr("Date and name of this budget"), budget.taken_on, budget)
        if dialog.exec() and dialog.result_budget is not None and dialog.result_budget != budget:
            self.undo_stack.push(hc.EditBudget(self.session, budget, dialog.result_budget))

    def delete_budget(self) -> None:
        budget = self.current_budget()
        if budget is None:
            return
        question = self.tr("Delete the budget of {date} and its {n} lines?\n"
                           "You can undo this with Edit ▸ Undo.").format(date=show_date(budget.taken_on),
                                                                         n=len(budget.lines))
        if msgbox.confirm(self, self.tr("Delete budget"), question, self.tr("Delete"), self.tr("Keep")):
            self.undo_stack.push(hc.DeleteBudget(self.session, budget))

    # -- lines --------------------------------------------------------------------------
    def add_line(self, direction: Direction) -> None:
        budget = self.current_budget()
        if budget is None:
            return
        dialog = BudgetLineDialog(self, direction)
        if dialog.exec() and dialog.result_line is not None:
            text = self.tr("Add income") if direction is Direction.INCOME else self.tr("Add expense")
            command = hc.EditBudget(self.session, budget, replace(budget, lines=budget.lines + (dialog.result_line,)),
                                    text)
            self.undo_stack.push(command)
            self._panel(direction).select_line(command.after.lines[-1].id)

    def edit_line(self, direction: Direction) -> None:
        budget = self.current_budget()
        old = self._panel(direction).selected_line()
        if budget is None or old is None:
            return
        dialog = BudgetLineDialog(self, direction, old)
        if dialog.exec() and dialog.result_line is not None and dialog.result_line != old:
            lines = tuple(dialog.result_line if ln.id == old.id else ln for ln in budget.lines)
            text = self.tr("Edit income") if direction is Direction.INCOME else self.tr("Edit expense")
            self.undo_stack.push(hc.EditBudget(self.session, budget, replace(budget, lines=lines), text))

    def remove_line(self, direction: Direction) -> None:
        budget = self.current_budget()
        old = self._panel(direction).selected_line()
        if budget is None or old is None:
            return
        lines = tuple(ln for ln in budget.lines if ln.id != old.id)
        text = self.tr("Remove income") if direction is Direction.INCOME else self.tr("Remove expense")
        self.undo_stack.push(hc.EditBudget(self.session, budget, replace(budget, lines=lines), text))
