"""The first screen: how bad is it, what happens next, and when."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QVBoxLayout, QWidget

from debtdesk.domain.guidance import GUIDANCE, NOT_LEGAL_ADVICE
from debtdesk.domain.money import format_amount, to_minor
from debtdesk.domain.overview import overview
from debtdesk.domain.overdue import Stage
from debtdesk.ui.debt_detail import make_table
from debtdesk.ui.debts_model import stage_colour
from debtdesk.ui.labels import label
from debtdesk.ui.session import FollowsSession, Session
from debtdesk.ui.table_model import RIGHT, ROW_ROLE, Column, RowTableModel
from debtdesk.ui.widgets import plain_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def guidance_text(text: str) -> str:
    return QCoreApplication.translate("Guidance", text)


class UpcomingPaymentsModel(RowTableModel):
    columns = [
        Column(lambda: _tr("Due"), lambda u: u.instalment.due_date.isoformat()),
        Column(lambda: _tr("Lender"), lambda u: u.status.debt.lender.name),
        Column(lambda: _tr("Amount"), lambda u: f"{format_amount(u.instalment.payment)} {u.status.debt.currency}",
               lambda u: to_minor(u.instalment.payment), RIGHT),
    ]


class UpcomingTransitionsModel(RowTableModel):
    columns = [
        Column(lambda: _tr("Date"), lambda u: u.transition.on.isoformat()),
        Column(lambda: _tr("Lender"), lambda u: u.status.debt.lender.name),
        Column(lambda: _tr("Enters"), lambda u: label(u.transition.stage)),
        Column(lambda: _tr("Penalties and fees by then"),
               lambda u: f"{format_amount(u.transition.cost.total)} (+{format_amount(u.transition.extra_cost)})",
               lambda u: to_minor(u.transition.cost.total), RIGHT),
    ]

    def extra_data(self, u, column, role):
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return stage_colour(u.transition.stage)
        return None


class Dashboard(FollowsSession, QWidget):
    debt_requested = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("Dashboard")
        self.headline = plain_label(bold=True, size_delta=3)
        self.headline.setObjectName("headline")
        self.totals = plain_label()
        self.totals.setObjectName("totals")

        self.worst_title = plain_label(bold=True)
        self.lender_does = plain_label()
        self.you_should = plain_label()
        advice = QGroupBox(_tr("What to do now"))
        advice_layout = QVBoxLayout(advice)
        advice_layout.addWidget(self.worst_title)
        advice_layout.addWidget(plain_label(_tr("What lenders typically do at this stage:"), bold=True))
        advice_layout.addWidget(self.lender_does)
        advice_layout.addWidget(plain_label(_tr("What you can do:"), bold=True))
        advice_layout.addWidget(self.you_should)
        note = plain_label(guidance_text(NOT_LEGAL_ADVICE))
        note.setEnabled(False)
        advice_layout.addWidget(note)
        advice_layout.addStretch(1)
        self.journey = plain_label()
        self.journey.setObjectName("journey")
        journey_box = QGroupBox(_tr("Getting ready to negotiate"))
        journey_layout = QVBoxLayout(journey_box)
        journey_layout.addWidget(self.journey)
        journey_layout.addStretch(1)

        self.payments_model = UpcomingPaymentsModel(self)
        self.transitions_model = UpcomingTransitionsModel(self)
        payments = QGroupBox(_tr("Payments due in the next 45 days"))
        QVBoxLayout(payments).addWidget(self._table(self.payments_model, "upcomingPayments"))
        transitions = QGroupBox(_tr("Coming stage changes if nothing is paid"))
        QVBoxLayout(transitions).addWidget(self._table(self.transitions_model, "upcomingTransitions"))

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        grid = QGridLayout(self)
        grid.addWidget(self.headline, 0, 0, 1, 2)
        grid.addWidget(self.totals, 1, 0, 1, 2)
        grid.addWidget(line, 2, 0, 1, 2)
        grid.addWidget(advice, 3, 0)
        grid.addWidget(journey_box, 4, 0)
        grid.addWidget(payments, 3, 1)
        grid.addWidget(transitions, 4, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self.follow(session)
        self.reload()

    def _table(self, model, name):
        table = make_table(model, name)
        table.doubleClicked.connect(lambda index: self.debt_requested.emit(index.data(ROW_ROLE).status.debt.id))
        return table

    def _journey_lines(self) -> list[str]:
        """Where the other steps stand: budget, evidence, collector conduct."""
        from debtdesk.domain.evidence import progress
        from debtdesk.store.budgets import BudgetBook
        from debtdesk.store.contacts import ContactLog
        from debtdesk.store.evidence import EvidenceBook

        store = self.session.store
        budget = BudgetBook(store).latest()
        done = progress(EvidenceBook(store).items())
        log = ContactLog(store).flagged()
        flagged = sum(1 for _, flags in log if flags)
        return [
            _tr("Budget: {amount} {currency} a month left for debts (statement of {date}).").format(
                amount=format_amount(budget.disposable), currency=budget.currency, date=budget.taken_on.isoformat())
            if budget else _tr("Budget: none yet. Lenders ask for one; start it on the Budget page."),
            _tr("Evidence: {done} of {total} items obtained or sent.").format(done=done.done, total=done.total)
            if done.total else _tr("Evidence: no checklist yet (Evidence page)."),
            _tr("Collector contacts: {n} logged, {flagged} with conduct that breaks the rules.").format(
                n=len(log), flagged=flagged),
        ]

    def reload(self) -> None:
        data = overview(self.session.debt_views(), self.session.as_of)
        self.journey.setText("\n".join(self._journey_lines()))
        self.payments_model.set_rows(data.upcoming_payments)
        self.transitions_model.set_rows(data.upcoming_transitions)
        lines = [
            _tr("{currency}: {owed} owed in all, {overdue} of it overdue; penalties and fees so far {penalties}")
            .format(currency=t.currency, owed=format_amount(t.owed), overdue=format_amount(t.overdue),
                    penalties=format_amount(t.penalties))
            for t in data.totals
        ]
        self.totals.setText("\n".join(lines) or _tr("No debts yet. Add one under Debts."))
        worst = data.worst
        if worst is None or worst.state.stage is Stage.CURRENT:
            self.headline.setText(_tr("Nothing is overdue as of {date}.").format(date=data.as_of.isoformat()))
        else:
            self.headline.setText(_tr("The most urgent: {lender}, {days} days past due ({stage}).").format(
                lender=worst.debt.lender.name, days=worst.state.days_past_due, stage=label(worst.state.stage)))
        stage = worst.state.stage if worst else Stage.CURRENT
        guide = GUIDANCE[stage]
        self.worst_title.setText(guidance_text(guide.title))
        self.worst_title.setStyleSheet(
            f"color: {stage_colour(stage).name()};" if stage_colour(stage) is not None else "")
        self.lender_does.setText(guidance_text(guide.lender_typically))
        self.you_should.setText(guidance_text(guide.you_should))
