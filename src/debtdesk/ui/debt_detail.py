"""The lower half of the window: one debt's overview, schedule and payments."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QScrollArea,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from debtdesk.domain.debt import Payment, RepaymentMethod, mask_account
from debtdesk.domain.guidance import guidance_for
from debtdesk.domain.money import format_amount
from debtdesk.domain.overdue import Stage
from debtdesk.domain.rate_check import rate_check
from debtdesk.domain.rate_lines import RateReference
from debtdesk.ui.debts_model import stage_colour
from debtdesk.ui.labels import label
from debtdesk.ui.rate_texts import check_text
from debtdesk.ui.payments_model import PaymentsModel
from debtdesk.ui.schedule_model import ScheduleModel
from debtdesk.domain.status import DebtStatus
from debtdesk.ui.widgets import plain_label
from debtdesk.ui.i18n import marked, show_date


def make_table(model, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setResizeContentsPrecision(200)  # measure a sample of rows, not every one
    view.horizontalHeader().setStretchLastSection(True)
    return view


class DebtDetail(QTabWidget):
    add_payment_requested = Signal()
    edit_payment_requested = Signal(object)
    delete_payment_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("DebtDetail")
        self.view: DebtStatus | None = None
        self.reference = RateReference()  # the file's reference rate lines; the window keeps it current

        self.overview = QWidget()
        self.facts = QFormLayout(self.overview)
        self.addTab(self.overview, self.tr("Overview"))

        self.schedule_model = ScheduleModel(self)
        self.schedule_table = make_table(self.schedule_model, "scheduleTable")
        self.addTab(self.schedule_table, self.tr("Schedule"))

        self.payments_model = PaymentsModel(self)
        self.payments_table = make_table(self.payments_model, "paymentsTable")
        self.payments_table.doubleClicked.connect(lambda _: self._edit_payment())
        payments_page = QWidget()
        buttons = QHBoxLayout()
        self.add_payment_button = QPushButton(self.tr("Record a payment…"))
        self.edit_payment_button = QPushButton(self.tr("Edit…"))
        self.delete_payment_button = QPushButton(self.tr("Delete"))
        self.add_payment_button.clicked.connect(self.add_payment_requested)
        self.edit_payment_button.clicked.connect(self._edit_payment)
        self.delete_payment_button.clicked.connect(self._delete_payment)
        for button in (self.add_payment_button, self.edit_payment_button, self.delete_payment_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(payments_page)
        layout.addLayout(buttons)
        layout.addWidget(self.payments_table)
        self.addTab(payments_page, self.tr("Payments"))

        from debtdesk.ui.chart_slot import ChartSlot

        charts_page = QWidget()
        charts = QVBoxLayout(charts_page)
        self.chart_slots = [
            ChartSlot("balance", self._chart_inputs, self.tr("Show the balance over time")),
            ChartSlot("waiting", self._chart_inputs, self.tr("Show what waiting costs")),
        ]
        for slot in self.chart_slots:
            charts.addWidget(slot)
        charts.addStretch(1)
        scroll = QScrollArea()  # two charts with their tables are taller than the detail pane
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(charts_page)
        self.addTab(scroll, self.tr("Charts"))
        self.show_view(None)

    def _chart_inputs(self):
        from debtdesk.charts.kinds import ChartInputs

        view = self.view
        return None if view is None else ChartInputs(view.state.as_of, (view,), debt_id=view.debt.id)

    def selected_payment(self) -> Payment | None:
        rows = self.payments_table.selectionModel().selectedRows()
        return self.payments_model.row_object(rows[0].row()) if rows else None

    def _edit_payment(self) -> None:
        payment = self.selected_payment()
        if payment is not None:
            self.edit_payment_requested.emit(payment)

    def _delete_payment(self) -> None:
        payment = self.selected_payment()
        if payment is not None:
            self.delete_payment_requested.emit(payment)

    def show_view(self, view: DebtStatus | None) -> None:
        self.view = view
        self.schedule_model.set_view(view)
        self.payments_model.set_rows(view.payments if view else [])
        for button in (self.add_payment_button, self.edit_payment_button, self.delete_payment_button):
            button.setEnabled(view is not None)
        self._fill_facts(view)
        for slot in getattr(self, "chart_slots", ()):
            slot.refresh()

    @staticmethod
    def _check_label(check) -> QLabel:
        """The rate check with its figures; in the warning colour when a line is crossed."""
        text = plain_label(check_text(check), selectable=True)
        text.setObjectName("rateCheck")
        if check.flagged:
            text.setStyleSheet(f"color: {stage_colour(Stage.MID).name()};")
        return text

    def _fill_facts(self, view: DebtStatus | None) -> None:
        while self.facts.rowCount():
            self.facts.removeRow(0)
        if view is None:
            self.facts.addRow(plain_label(self.tr("Choose a debt above to see its schedule and payments.")))
            return
        debt, state = view.debt, view.state
        money = lambda amount: f"{format_amount(amount)} {debt.currency}"  # noqa: E731
        check = rate_check(debt, self.reference, view.schedule)
        rate_text = self.tr("{annual}% a year ({daily}% a day)").format(
            annual=f"{debt.rate.annual * 100:.2f}", daily=f"{debt.rate.daily * 100:.4f}")
        if check.apr is not None:
            rate_text += " · " + self.tr("true APR {apr}%").format(apr=f"{check.apr * 100:.2f}")
        term = (self.tr("until paid off") if debt.method is RepaymentMethod.REVOLVING
                else self.tr("{n} months").format(n=debt.term_months))
        rows = [
            (self.tr("Lender"), f"{debt.lender.name} ({label(debt.lender.kind)})"),
            (self.tr("Kind"), label(debt.kind)),
            (self.tr("Account"), mask_account(debt.account_number) or "—"),
            (self.tr("Borrowed"), self.tr("{amount} on {date}, {term}").format(
                amount=money(debt.principal), date=show_date(debt.start_date), term=term)),
            (self.tr("Rate"), _with_help(plain_label(rate_text, selectable=True), "true-apr")),
            (self.tr("Interest check"), _with_help(self._check_label(check), "rate-lines")),
            (self.tr("Repayment"), _with_help(plain_label(label(debt.method)), _METHOD_TERMS.get(debt.method, debt.method.value))),
            (self.tr("Stage"), _with_help(plain_label(self.tr("{stage} ({bucket}), {days} days past due").format(
                stage=label(state.stage), bucket=state.bucket, days=state.days_past_due)), "stages")),
            (self.tr("Overdue now"), self.tr("{amount}; instalments missed: {n}").format(
                amount=money(state.overdue_amount), n=state.missed_instalments)),
            (self.tr("Outstanding"), money(state.outstanding)),
            (self.tr("Paid so far"), money(state.paid_total)),
            (self.tr("Total interest over the term"), money(view.schedule.total_interest)),
        ]
        if view.accrued.total:
            rows.append((self.tr("Penalties and fees charged so far"),
                         _with_help(plain_label(money(view.accrued.total)), "penalty-interest")))
            rows.append((self.tr("of which still owed"), money(view.accrued.owed)))
        for t in view.transitions:
            rows.append((self.tr("From {date}").format(date=show_date(t.on)),
                         self.tr("{stage} if nothing is paid; penalties and fees by then {cost}").format(
                             stage=label(t.stage), cost=money(t.cost.total))))
        stage = guidance_for(state.stage, view.thresholds)[0]
        rows.append((self.tr("Lenders typically"), marked("Guidance", stage.lender_typically)))
        rows.append((self.tr("What you can do"), marked("Guidance", stage.text)))
        if debt.notes:
            rows.append((self.tr("Notes"), debt.notes))
        for name, value in rows:
            self.facts.addRow(name, value if isinstance(value, QWidget) else plain_label(value, selectable=True))


#: Glossary entries whose key is not the method's own value.
_METHOD_TERMS = {RepaymentMethod.REVOLVING: "minimum-payment"}


def _with_help(widget: QWidget, term: str) -> QWidget:
    """A value with a "?" beside it that opens the glossary at `term`."""
    from debtdesk.ui.help_dialog import help_button

    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget, 1)
    row.addWidget(help_button(term, box))
    return box
