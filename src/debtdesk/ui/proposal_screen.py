"""The household plan: every debt with its treatment, checked month by month against the budget.

Each debt is kept as contracted or gets a proposal; "Suggest fair shares"
offers every debt that is not a priority its share of what is left.  The
page shows what `domain.household` computes (the table, the months, the
verdict, each lender's offer) and decides nothing itself.  Every change is
an undo command that saves the plan in the file, so the `plan` command and
the letters see the same plan.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debtdesk.domain.household import HouseholdError, HouseholdPlan, household_plan, month_runs
from debtdesk.domain.household_spec import HouseholdSpec
from debtdesk.domain.money import format_amount
from debtdesk.domain.proposal_options import ProposalOptions, parse_options, word_errors
from debtdesk.domain.validation import parse_amount
from debtdesk.services.plans import available_per_month, currencies, default_currency, saved_spec
from debtdesk.services.statuses import collector_paused
from debtdesk.ui.debt_detail import make_table
from debtdesk.ui.debts_model import is_dark
from debtdesk.ui.form_fields import FieldRow, date_edit, line, number_format, translate_error
from debtdesk.ui.household_models import (
    KEEP,
    AsksModel,
    DebtRow,
    HouseholdDebtsModel,
    MonthRunsModel,
    PlanRowsModel,
    TreatmentDelegate,
)
from debtdesk.ui.plan_texts import offer_text, problem_text, verdict_text
from debtdesk.ui.plan_commands import ChangePlan, change_text
from debtdesk.ui.proposal_form import ProposalForm
from debtdesk.ui.session import FollowsSession, Session
from debtdesk.ui import shares_worker as shares
from debtdesk.ui.background_work import BackgroundWork
from debtdesk.ui.shares_worker import BACKGROUND_FROM, SharesJob, SharesResult
from debtdesk.ui.widgets import plain_label
from debtdesk.services.changes import AGREEMENTS, BUDGET, DEBTS, PAYMENTS, PLANS, SETTINGS


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


# Rows measured to fit a column's width: about a screenful (`make_table` measures 200).
COLUMN_SAMPLE = 30


def _fit_columns_to_a_sample(table: QTableView) -> None:
    """Fit columns to their first rows, once each time the rows are replaced.

    In ResizeToContents mode Qt measures every column again on each layout (three times on a
    first visit), each time over the first rows up to the header's precision and asking each
    cell for about ten roles: on a large household that was a row's offer worked out and its
    texts formatted 34,000 times before the page appeared (counted with a counting model).
    """
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(COLUMN_SAMPLE)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.model().modelReset.connect(table.resizeColumnsToContents)


class ProposalScreen(FollowsSession, QWidget):

    watches = frozenset({DEBTS, PAYMENTS, BUDGET, PLANS, SETTINGS, AGREEMENTS})
    letter_requested = Signal(int, object)  # debt id, its ProposalOptions (None: kept as contracted)

    def __init__(self, session: Session, stack: QUndoStack | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ProposalScreen")
        self.stack = stack if stack is not None else QUndoStack(self)
        self.spec: HouseholdSpec | None = None
        self.plan: HouseholdPlan | None = None
        self.statuses: list = []
        self.budget_available: Decimal | None = None
        self.selected: int | None = None
        self._shown_debt: int | None = None

        self.currency = QComboBox()
        self.currency.setObjectName("planCurrency")
        self.currency.activated.connect(lambda _: self.reload())
        self.start = FieldRow("start", date_edit())
        self.start.widget.dateChanged.connect(lambda _: self.change_start())
        self.lump_sum = FieldRow("lump_sum", line(self.tr("none named")))
        self.lump_sum.widget.editingFinished.connect(self.change_lump_sum)
        self.available = FieldRow("available", line(self.tr("from your latest budget")))
        self.available.widget.textChanged.connect(lambda _: self.recompute())
        self.suggest_button = QPushButton(self.tr("Suggest fair shares"))
        self.suggest_button.setObjectName("suggestFairShares")
        self.suggest_button.clicked.connect(self.suggest)
        self.shares_worker = BackgroundWork(self)  # "Suggest fair shares" on a large household

        self.model = HouseholdDebtsModel(self)
        self.model.treatment_chosen.connect(self.choose_treatment)
        self.table = make_table(self.model, "householdDebts")
        self.table.setItemDelegateForColumn(HouseholdDebtsModel.TREATMENT, TreatmentDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._select_row(current.row()))
        self.form = ProposalForm()
        self.form.changed.connect(self.change_options)

        self.verdict = plain_label()
        self.verdict.setObjectName("verdict")
        self.summary = plain_label()
        self.summary.setObjectName("planSummary")
        self.months_model = MonthRunsModel(self)
        self.months = make_table(self.months_model, "planMonths")
        self.plan_rows = PlanRowsModel(self)
        self.asks = AsksModel(self)
        self.schedule = QStackedWidget()
        self.schedule.addWidget(make_table(self.plan_rows, "planSchedule"))
        self.schedule.addWidget(make_table(self.asks, "keptSchedule"))
        self.letter_button = QPushButton(self.tr("Write a letter with this proposal…"))
        self.letter_button.clicked.connect(self.request_letter)
        for table in (self.table, self.months, *self.schedule.findChildren(QTableView)):
            _fit_columns_to_a_sample(table)
        self.not_advice = plain_label(self.tr("Not legal advice: general information to help you prepare your own "
                                              "proposal. Check the figures with your lenders' statements."))
        self.not_advice.setObjectName("notLegalAdvice")
        self._lay_out()
        self.follow(session)
        self.reload()

    def _lay_out(self) -> None:
        top = QFormLayout()
        top.addRow(self.tr("Currency"), self.currency)
        top.addRow(self.tr("The plan starts on"), self.start)
        top.addRow(self.tr("Money available for debts each month"), self.available)
        top.addRow(self.tr("Savings or help for one-off settlements"), self.lump_sum)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(top)
        buttons = QHBoxLayout()
        buttons.addWidget(plain_label(self.tr("Double-click a treatment to change it.")), 1)
        buttons.addWidget(self.suggest_button)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table, 2)
        left_layout.addWidget(self.form)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.verdict)
        right_layout.addWidget(self.months, 2)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.schedule, 3)
        # The note above the button, not beside it: beside, a narrow window left it a column too thin to read.
        right_layout.addWidget(self.not_advice)
        from debtdesk.ui.chart_slot import ChartSlot

        self.chart_slot = ChartSlot("plans", self._chart_inputs,
                                    self.tr("Compare this plan with the current terms and payoff strategies"))
        right_layout.addWidget(self.chart_slot)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.letter_button)
        right_layout.addLayout(bottom)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        QVBoxLayout(self).addWidget(splitter)

    def _chart_inputs(self):
        """The household plan's proposals beside the current terms and the strategies (charts.plans)."""
        from debtdesk.charts.kinds import ChartInputs
        from debtdesk.domain.payoff import proposal_summary

        plan = getattr(self, "plan", None)
        if plan is None:
            return None
        proposals = [line.plan for line in plan.lines if line.plan is not None]
        plans = (proposal_summary(proposals),) if proposals else ()
        return ChartInputs(self.session.as_of, tuple(self.statuses), plans=plans, currency=plan.currency)

    def forget_state(self) -> None:
        self.selected = self._shown_debt = None
        self.currency.clear()

    # -- reading the file ----------------------------------------------------------
    def reload(self) -> None:
        store, as_of = self.session.store, self.session.as_of
        self.statuses = self.session.debt_views()
        found = currencies(self.statuses)
        chosen = self.currency.currentData()
        self.currency.blockSignals(True)
        self.currency.clear()
        for code in found:
            self.currency.addItem(code, code)
        current = chosen if chosen in found else default_currency(store, self.statuses, found)
        self.currency.setCurrentIndex(max(0, self.currency.findData(current)))
        self.currency.setEnabled(len(found) > 1)
        self.currency.blockSignals(False)
        self.spec = saved_spec(store, current, as_of)
        self.budget_available = available_per_month(store, current)
        self.available.widget.setPlaceholderText(
            self.tr("from your latest budget: none in this currency yet") if self.budget_available is None
            else self.tr("{amount} from your latest budget").format(amount=format_amount(self.budget_available)))
        self.start.widget.blockSignals(True)
        self.start.widget.setMinimumDate(_qdate(as_of))
        self.start.widget.setDate(_qdate(self.spec.start or as_of))
        self.start.widget.blockSignals(False)
        typed, errors = self._lump_sum_typed()
        if errors or typed != self.spec.lump_sum:
            self.lump_sum.widget.setText("" if self.spec.lump_sum is None else str(self.spec.lump_sum))
            self.lump_sum.clear_error()
        self.recompute()

    def _available(self) -> tuple[Decimal | None, bool]:
        text = self.available.widget.text().strip()
        if not text:
            self.available.clear_error()
            return self.budget_available, True
        amount, errors = parse_amount("available", text, numbers=number_format())
        if errors:
            self.available.show_error(translate_error(errors[0]))
            return None, False
        self.available.clear_error()
        return amount, True

    def _lump_sum_typed(self):
        text = self.lump_sum.widget.text().strip()
        return (None, []) if not text else parse_amount("lump_sum", text, numbers=number_format())

    # -- what is shown ---------------------------------------------------------------
    def recompute(self) -> None:
        available, ok = self._available()
        if self.spec is None or not ok:
            return
        spec, problems = self.spec, []
        while True:  # a saved proposal that no longer builds (the debt changed) is shown as kept, and said
            try:
                self.plan = self.session.households.plan(spec, available, self.session.as_of,
                                                         lambda spec=spec: self._build_plan(spec, available))
                break
            except HouseholdError as exc:
                if exc.debt_id is None or spec.options_for(exc.debt_id) is None:
                    raise
                problems.append(problem_text(self._lender(exc.debt_id), translate_error(exc.errors[0])))
                spec = spec.with_kept(exc.debt_id)
        rows = [DebtRow(line, self.plan) for line in self.plan.lines]  # each offer worked out when shown
        self.model.set_rows(rows)
        self.months_model.set_rows(month_runs(self.plan.months))
        good, text = verdict_text(self.plan)
        self._say("\n".join([text, *problems]), good if not problems else False)
        self.suggest_button.setEnabled(bool(rows) and not self.shares_worker.busy)
        self.chart_slot.refresh()
        row = self.model.row_of(self.selected) if self.selected is not None else None
        self.table.selectRow(row if row is not None else 0)
        self._show_selected()

    def _build_plan(self, spec, available):
        with collector_paused():  # thousands of small acyclic objects: see services.statuses
            return household_plan(self.statuses, spec, available, self.session.as_of,
                                  earlier=self.session.households.earlier)

    def _lender(self, debt_id: int) -> str:
        return next((s.debt.lender.name for s in self.statuses if s.debt.id == debt_id), str(debt_id))

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.selected = self.model.row_object(row).line.debt.id
            self._show_selected()

    def _show_selected(self) -> None:
        row = self.model.row_of(self.selected) if self.selected is not None else None
        self.form.setEnabled(row is not None)
        self.letter_button.setEnabled(row is not None)
        if row is None:
            self.summary.clear()
            self.plan_rows.set_rows([])
            self.asks.set_rows([])
            self.form.fill(None)
            return
        debt_row = self.model.row_object(row)
        self.summary.setText(offer_text(debt_row.offer, self.plan))
        if debt_row.line.plan is not None:
            self.plan_rows.set_rows(debt_row.line.plan.rows)
            self.schedule.setCurrentIndex(0)
        else:
            self.asks.set_rows(debt_row.line.asks)
            self.schedule.setCurrentIndex(1)
        wanted = self.spec.options_for(self.selected) or ProposalOptions()
        typed, errors = parse_options(self.form.words(), number_format())
        if self._shown_debt != self.selected or (not errors and typed != wanted):
            self.form.fill(self.spec.options_for(self.selected))
        self._shown_debt = self.selected

    def _say(self, text: str, good: bool | None) -> None:
        self.verdict.setText(text)
        if good is None:
            self.verdict.setStyleSheet("font-weight: bold;")
        else:
            colour = ("#81c995" if good else "#ff8a80") if is_dark() else ("#1e7b34" if good else "#b3261e")
            self.verdict.setStyleSheet(f"color: {colour}; font-weight: bold;")

    # -- changes (each an undo command) -----------------------------------------------------
    def _commit(self, spec: HouseholdSpec, key: tuple, focus: int | None = None) -> bool:
        available, ok = self._available()
        if not ok:
            return False
        try:  # only the changed debt's line is worked out: the others are taken over from the plan shown
            with collector_paused():
                checked = household_plan(self.statuses, spec, available, self.session.as_of, earlier=self.plan)
        except HouseholdError as exc:
            if exc.debt_id is not None and exc.debt_id == focus:
                self.form.show_errors(word_errors(exc.errors))
            else:
                self._say(translate_error(exc.errors[0]), False)
            return False
        self._push(spec, checked, key)
        return True

    def _push(self, spec: HouseholdSpec, checked: HouseholdPlan, key: tuple) -> None:
        """Save `spec` as one undo command; `checked`, its plan, is what the page's rebuild takes over."""
        if spec != self.spec:
            self.session.households.built(checked)
            self.stack.push(ChangePlan(self.session, self.spec, spec, key, change_text(key)))

    def change_options(self) -> None:
        if self.selected is None or self.spec is None:
            return
        options, errors = parse_options(self.form.words(), number_format())
        self.form.show_errors(errors)
        if not errors:
            self._commit(self.spec.with_proposal(self.selected, options), ("options", self.selected), self.selected)

    def choose_treatment(self, debt_id: int, treatment: str) -> None:
        if treatment == KEEP:
            self._commit(self.spec.with_kept(debt_id), ("treatment", debt_id))
            return
        options, errors = parse_options(self.form.words(), number_format()) if debt_id == self.selected else (None, [])
        self._commit(self.spec.with_proposal(debt_id, options if options and not errors else ProposalOptions()),
                     ("treatment", debt_id), debt_id)

    def suggest(self) -> None:
        """Offer every lender who is not a priority its fair share; on a large household, in the background."""
        available, ok = self._available()
        if not ok or self.spec is None or self.shares_worker.busy:
            return
        job = SharesJob(tuple(self.statuses), self.spec, available, self.session.as_of, self.plan)
        if len(job.statuses) < BACKGROUND_FROM:
            self._suggested(shares.work_out(job))
            return
        self.suggest_button.setEnabled(False)
        self.suggest_button.setText(self.tr("Working out fair shares…"))
        # An unexpected error gives the button back, then goes on to the crash funnel.
        self.shares_worker.start(lambda: shares.work_out(job), self._suggested,
                                 lambda _problem: self._suggest_button_back())

    def _suggest_button_back(self) -> None:
        self.suggest_button.setText(self.tr("Suggest fair shares"))
        self.suggest_button.setEnabled(bool(self.model.rowCount()))

    def _suggested(self, result: SharesResult) -> None:
        """Show and save the suggestion, unless the page has moved on since it was asked for."""
        self._suggest_button_back()
        if not self._still_current(result.job):
            self._say(self.tr("The file changed while fair shares were worked out: nothing was changed. "
                              "Suggest them again to share out the figures shown now."), False)
            return
        if result.refused is not None:
            self._say(translate_error(result.refused.errors[0]), False)
            return
        assert result.spec is not None and result.plan is not None
        self._push(result.spec, result.plan, ("shares",))

    def _still_current(self, job: SharesJob) -> bool:
        """The same statuses (the very objects), choices, budget and day as the page's now.

        A page out of sight is not reloaded by a change, only marked stale: its figures are then the
        old ones too, so a stale page never counts as current."""
        if getattr(self, "_stale", False):
            return False
        available, ok = self._available()
        return (ok and job.spec == self.spec and job.available == available and job.as_of == self.session.as_of
                and len(job.statuses) == len(self.statuses)
                and all(mine is theirs for mine, theirs in zip(job.statuses, self.statuses)))

    def change_start(self) -> None:
        chosen = self.start.widget.date().toPython()
        start = None if chosen == self.session.as_of else chosen
        if self.spec is not None and start != self.spec.start:
            self._commit(replace(self.spec, start=start), ("start",))

    def change_lump_sum(self) -> None:
        amount, errors = self._lump_sum_typed()
        if errors:
            self.lump_sum.show_error(translate_error(errors[0]))
            return
        self.lump_sum.clear_error()
        if self.spec is not None and amount != self.spec.lump_sum:
            self._commit(replace(self.spec, lump_sum=amount), ("lump_sum",))

    def request_letter(self) -> None:
        if self.selected is not None:
            self.letter_requested.emit(self.selected, self.spec.options_for(self.selected))
