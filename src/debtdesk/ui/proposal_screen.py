"""The proposal builder: choose debts and options, see the exact schedule, check affordability.

The screen gathers option words ('deferral=3', 'waive-penalties', ...) and
hands them to the domain, exactly as the `plan` command does, so the two
always agree.  Problems are shown beside the option they concern.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from debtdesk.domain.money import format_amount, to_minor
from debtdesk.domain.proposal import ProposalError
from debtdesk.domain.proposal_options import WORD_OF_FIELD, parse_options
from debtdesk.domain.validation import FieldError, parse_amount
from debtdesk.store import StoreError
from debtdesk.store.budgets import BudgetBook
from debtdesk.store.plans import PlanSet, build_plans
from debtdesk.ui.debt_detail import make_table
from debtdesk.ui.debts_model import is_dark
from debtdesk.ui.form_fields import FieldRow, line, show_errors
from debtdesk.ui.session import FollowsSession, Session
from debtdesk.ui.table_model import RIGHT, Column, RowTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProposalScreen", text)


def _amount(getter):
    return (lambda r: format_amount(getter(r)), lambda r: to_minor(getter(r)), RIGHT)


class PlanRowsModel(RowTableModel):
    columns = [
        Column(lambda: _tr("#"), lambda r: str(r.number), lambda r: r.number, RIGHT),
        Column(lambda: _tr("Date"), lambda r: r.due_date.isoformat()),
        Column(lambda: _tr("Payment"), *_amount(lambda r: r.payment)),
        Column(lambda: _tr("Principal"), *_amount(lambda r: r.principal)),
        Column(lambda: _tr("Interest"), *_amount(lambda r: r.interest)),
        Column(lambda: _tr("Balance after"), *_amount(lambda r: r.balance)),
    ]


def _spin(maximum: int, special: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setSpecialValueText(special)
    return spin


class ProposalScreen(FollowsSession, QWidget):
    letter_requested = Signal(object)  # the PlanSet to write a letter about

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ProposalScreen")
        self.plan_set: PlanSet | None = None

        self.debts = QListWidget()
        self.debts.setObjectName("proposalDebts")
        self.debts.itemChanged.connect(lambda _: self.recompute())

        self.rows: dict[str, FieldRow] = {}
        options = QGroupBox(_tr("What to ask for"))
        form = QFormLayout(options)
        fields = [
            ("deferral", _tr("Defer payments for (months)"), _spin(24, _tr("no deferral"))),
            ("instalments", _tr("Then repay in instalments over (months)"), _spin(60, _tr("as now"))),
            ("lower-payment", _tr("Or pay a lower amount each month"), line(_tr("e.g. 800"))),
            ("lower-months", _tr("…for (months), then spread the rest"), _spin(120, _tr("until repaid"))),
            ("settlement", _tr("Or settle once at (% of the balance)"), line(_tr("e.g. 60"))),
            ("waive-penalties", "", QCheckBox(_tr("Ask to waive penalty interest and fees (减免罚息)"))),
            ("freeze-interest", "", QCheckBox(_tr("Ask to freeze interest (停息挂账)"))),
        ]
        for name, text, widget in fields:
            self.rows[name] = FieldRow(name, widget)
            form.addRow(text, self.rows[name])
            for signal in ("valueChanged", "textChanged", "toggled"):
                if hasattr(widget, signal):
                    getattr(widget, signal).connect(lambda *_: self.recompute())
        self.available = FieldRow("available", line(_tr("from your latest budget")))
        self.available.widget.textChanged.connect(lambda *_: self.recompute())
        form.addRow(_tr("Money available for debts each month"), self.available)

        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("planSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.letter_button = QPushButton(_tr("Write a letter with this proposal…"))
        self.letter_button.clicked.connect(lambda: self.plan_set and self.letter_requested.emit(self.plan_set))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(_tr("Debts to include (several: a fair-share offer)")))
        left_layout.addWidget(self.debts, 1)
        left_layout.addWidget(options)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.verdict)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.letter_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)
        self.follow(session)
        self.reload()

    def forget_state(self) -> None:
        self.debts.clear()  # ticks name debts of the previous file

    # -- inputs ---------------------------------------------------------------------
    def reload(self) -> None:
        checked = set(self.checked_debts())
        self.debts.blockSignals(True)
        self.debts.clear()
        for status in sorted(self.session.debt_views(), key=lambda s: -s.state.days_past_due):
            text = _tr("{lender} — {amount} {currency} outstanding, {days} days past due").format(
                lender=status.debt.lender.name, amount=format_amount(status.state.outstanding),
                currency=status.debt.currency, days=status.state.days_past_due)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, status.debt.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if status.debt.id in checked else Qt.CheckState.Unchecked)
            self.debts.addItem(item)
        self.debts.blockSignals(False)
        budget = BudgetBook(self.session.store).latest()
        self.available.widget.setPlaceholderText(
            _tr("{amount} {currency}, from your latest budget").format(
                amount=format_amount(budget.disposable), currency=budget.currency)
            if budget is not None else _tr("no budget yet: enter it here"))
        self.recompute()

    def checked_debts(self) -> list[int]:
        return [self.debts.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.debts.count())
                if self.debts.item(i).checkState() == Qt.CheckState.Checked]

    def check_debt(self, debt_id: int, checked: bool = True) -> None:
        for i in range(self.debts.count()):
            item = self.debts.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == debt_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def option_words(self) -> list[str]:
        words = []
        for name in ("deferral", "instalments", "lower-months"):
            value = self.rows[name].widget.value()
            if value:
                words.append(f"{name}={value}")
        for name in ("lower-payment", "settlement"):
            text = self.rows[name].widget.text().strip()
            if text:
                words.append(f"{name}={text}")
        for name in ("waive-penalties", "freeze-interest"):
            if self.rows[name].widget.isChecked():
                words.append(name)
        return words

    def available_amount(self) -> tuple[Decimal | None, list[FieldError]]:
        text = self.available.widget.text().strip()
        if not text:
            return None, []  # the plans take the budget's figure when its currency matches
        return parse_amount("available", text)

    # -- result ---------------------------------------------------------------------
    def recompute(self) -> None:
        self.plan_set = None
        while self.tabs.count():  # clear() would keep the old tables alive
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            page.deleteLater()
        self.letter_button.setEnabled(False)
        options, errors = parse_options(self.option_words())
        available, money_errors = self.available_amount()
        show_errors({**self.rows, "available": self.available}, errors + money_errors)
        debt_ids = self.checked_debts()
        if errors or money_errors or not debt_ids:
            self._say(_tr("Tick one or more debts on the left.") if not debt_ids and not errors else "", None)
            self.summary.clear()
            return
        try:
            plan_set = build_plans(self.session.store, debt_ids, options, self.session.as_of, available)
        except ProposalError as exc:
            show_errors(self.rows, [FieldError(WORD_OF_FIELD.get(e.field, e.field), e.template, e.params)
                                    for e in exc.errors])
            self._say("", None)
            return
        except StoreError as exc:
            self._say(str(exc), False)
            return
        self.plan_set = plan_set
        self.letter_button.setEnabled(True)
        for plan in plan_set.plans:
            model = PlanRowsModel()
            model.set_rows(plan.rows)
            table = make_table(model, f"planTable{plan.status.debt.id}")
            model.setParent(table)
            self.tabs.addTab(table, plan.status.debt.lender.name)
        self.summary.setText("\n".join(self._plan_lines(plan_set)))
        self._verdict(plan_set)

    def _plan_lines(self, plan_set: PlanSet) -> list[str]:
        lines = []
        for plan in plan_set.plans:
            debt = plan.status.debt
            text = _tr("{lender}: owed today {owed}; the plan pays {total} in {n} payments (current terms: "
                       "{current}, so {saving} less).").format(
                lender=debt.lender.name, owed=format_amount(plan.owed_today), total=format_amount(plan.total_paid),
                n=sum(1 for r in plan.rows if r.payment > 0), current=format_amount(plan.current_cost),
                saving=format_amount(plan.saving))
            if plan_set.shares:
                text += " " + _tr("Fair share: {share} a month.").format(
                    share=format_amount(plan_set.shares[debt.id]))
            lines.append(text)
        return lines

    def _verdict(self, plan_set: PlanSet) -> None:
        highest = format_amount(plan_set.highest_monthly_total)
        if plan_set.available is None:
            self._say(_tr("Add a budget (or enter the money available) to check whether {highest} a month "
                          "is affordable.").format(highest=highest), None)
        elif plan_set.affordable:
            self._say(_tr("Affordable: at most {highest} a month, within the {available} available.").format(
                highest=highest, available=format_amount(plan_set.available)), True)
        else:
            self._say(_tr("Not affordable: some months ask for {highest}, but only {available} is available. "
                          "A lender may refuse a plan you cannot keep; try a longer term or a lower payment.")
                      .format(highest=highest, available=format_amount(plan_set.available)), False)

    def _say(self, text: str, good: bool | None) -> None:
        self.verdict.setText(text)
        if good is None:
            self.verdict.setStyleSheet("")
        else:
            colour = ("#81c995" if good else "#ff8a80") if is_dark() else ("#1e7b34" if good else "#b3261e")
            self.verdict.setStyleSheet(f"color: {colour}; font-weight: bold;")
