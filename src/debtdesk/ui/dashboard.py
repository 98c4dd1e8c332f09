"""The first screen: how bad is it, what happens next, and when."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QGroupBox, QHeaderView, QScrollArea, QTableView, QVBoxLayout, QWidget,
)

from debtdesk.domain.guidance import NOT_LEGAL_ADVICE, guidance_for
from debtdesk.domain.money import format_amount, to_minor
from debtdesk.domain.overview import overview
from debtdesk.domain.overdue import Stage
from debtdesk.domain.rate_check import rate_check, tally
from debtdesk.store.settings import rate_reference, stage_thresholds
from debtdesk.ui.debt_detail import make_table
from debtdesk.ui.debts_model import stage_colour
from debtdesk.ui.labels import label
from debtdesk.ui.rate_texts import tallies_text
from debtdesk.ui.session import FollowsSession, Session
from debtdesk.ui.table_model import RIGHT, ROW_ROLE, Column, RowTableModel
from debtdesk.ui.widgets import plain_label
from debtdesk.ui.i18n import marked, show_date


class UpcomingPaymentsModel(RowTableModel):
    columns = [
        Column(lambda: QCoreApplication.translate("Dashboard", "Due"),
               lambda u: QCoreApplication.translate("Dashboard", "{date} (overdue)").format(
                   date=u.instalment.due_date.isoformat()) if u.overdue else u.instalment.due_date.isoformat(),
               lambda u: u.instalment.due_date),
        Column(lambda: QCoreApplication.translate("Dashboard", "Lender"), lambda u: u.status.debt.lender.name),
        Column(lambda: QCoreApplication.translate(
            "Dashboard", "Amount"), lambda u: f"{format_amount(u.due)} {u.status.debt.currency}",
               lambda u: to_minor(u.due), RIGHT),
    ]


class UpcomingTransitionsModel(RowTableModel):
    columns = [
        Column(lambda: QCoreApplication.translate("Dashboard", "Date"), lambda u: u.transition.on.isoformat()),
        Column(lambda: QCoreApplication.translate("Dashboard", "Lender"), lambda u: u.status.debt.lender.name),
        Column(lambda: QCoreApplication.translate("Dashboard", "Enters"), lambda u: label(u.transition.stage)),
        Column(lambda: QCoreApplication.translate("Dashboard", "Penalties and fees by then"),
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
        advice = QGroupBox(self.tr("What to do now"))
        advice_layout = QVBoxLayout(advice)
        advice_layout.addWidget(self.worst_title)
        advice_layout.addWidget(plain_label(self.tr("What lenders typically do at this stage:"), bold=True))
        advice_layout.addWidget(self.lender_does)
        advice_layout.addWidget(plain_label(self.tr("What you can do:"), bold=True))
        advice_layout.addWidget(self.you_should)
        self.notices = QVBoxLayout()  # help that applies now: legal aid, complaints, paid agencies
        advice_layout.addLayout(self.notices)
        note = plain_label(marked("Guidance", NOT_LEGAL_ADVICE))
        note.setEnabled(False)
        advice_layout.addWidget(note)
        advice_layout.addStretch(1)
        advice_scroll = QScrollArea()
        advice_scroll.setWidget(advice)
        advice_scroll.setWidgetResizable(True)
        advice_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rate_flags = plain_label()
        self.rate_flags.setObjectName("rateFlags")
        self.journey = plain_label()
        self.journey.setObjectName("journey")
        journey_box = QGroupBox(self.tr("Getting ready to negotiate"))
        journey_layout = QVBoxLayout(journey_box)
        journey_layout.addWidget(self.journey)

        self._tables: list[QTableView] = []
        self.payments_model = UpcomingPaymentsModel(self)
        self.transitions_model = UpcomingTransitionsModel(self)
        payments = QGroupBox(self.tr("Overdue, and due in the next 45 days"))
        QVBoxLayout(payments).addWidget(self._table(self.payments_model, "upcomingPayments"))
        transitions = QGroupBox(self.tr("Coming stage changes if nothing is paid"))
        QVBoxLayout(transitions).addWidget(self._table(self.transitions_model, "upcomingTransitions"))

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        grid = QGridLayout(self)
        grid.addWidget(self.headline, 0, 0, 1, 2)
        grid.addWidget(self.totals, 1, 0, 1, 2)
        grid.addWidget(self.rate_flags, 2, 0, 1, 2)
        grid.addWidget(line, 3, 0, 1, 2)
        grid.addWidget(advice_scroll, 4, 0, 3, 1)  # the guidance and its notices take the whole height
        grid.addWidget(payments, 4, 1)
        grid.addWidget(transitions, 5, 1)
        grid.addWidget(journey_box, 6, 1)
        from debtdesk.ui.chart_slot import ChartSlot

        self.chart_slot = ChartSlot("owed", self._chart_inputs,
                                    self.tr("Show where the money goes: each debt not yet due, overdue, and penalties"))
        grid.addWidget(self.chart_slot, 7, 0, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(4, 1)
        grid.setRowStretch(5, 1)
        self.follow(session)
        self.reload()

    def _table(self, model, name):
        table = make_table(model, name)
        # Sized to the rows once per reload (see _fit_columns) rather than re-measured on every layout
        # pass: ResizeToContents asked the model for ~2,000 cells while the window first showed.
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._tables.append(table)
        table.doubleClicked.connect(lambda index: self.debt_requested.emit(index.data(ROW_ROLE).status.debt.id))
        return table

    def _journey_lines(self, flagged_log) -> list[str]:
        """Where the other steps stand: budget, evidence, collector conduct."""
        from debtdesk.domain.evidence import progress
        from debtdesk.store.budgets import BudgetBook
        from debtdesk.store.evidence import EvidenceBook

        store = self.session.store
        budget = BudgetBook(store).latest()
        done = progress(EvidenceBook(store).items())
        total, flagged = flagged_log
        return [
            self.tr("Budget: {amount} {currency} a month left for debts (statement of {date}).").format(
                amount=format_amount(budget.disposable), currency=budget.currency, date=show_date(budget.taken_on))
            if budget else self.tr("Budget: none yet. Lenders ask for one; start it on the Budget page."),
            self.tr("Evidence: {done} of {total} items obtained or sent.").format(done=done.done, total=done.total)
            if done.total else self.tr("Evidence: no checklist yet (Evidence page)."),
            self.tr("Collector contacts: {n} logged, {flagged} with conduct that breaks the rules.").format(
                n=total, flagged=flagged),
        ]

    def _chart_inputs(self):
        from debtdesk.charts.kinds import ChartInputs

        if self.session.loading:
            return None
        return ChartInputs(self.session.as_of, tuple(self.session.debt_views()))

    def reload(self) -> None:
        self._reload_figures()
        self.chart_slot.refresh()

    def _reload_figures(self) -> None:
        from debtdesk.store.contacts import ContactLog

        if self.session.loading:  # a large file: the statuses arrive from a worker thread
            self.headline.setText(self.tr("Working out where {n} debts stand…").format(n=self.session.waiting_for))
            return
        views = self.session.debt_views()
        data = overview(views, self.session.as_of)
        flagged_log = ContactLog(self.session.store).flag_counts()  # (contacts, flagged), counted in SQL
        self.journey.setText("\n".join(self._journey_lines(flagged_log)))
        self.payments_model.set_rows(data.upcoming_payments)
        self.transitions_model.set_rows(data.upcoming_transitions)
        self._fit_columns()
        lines = [
            self.tr("{currency}: {owed} owed in all, {overdue} of it overdue; penalties and fees so far {penalties}")
            .format(currency=t.currency, owed=format_amount(t.owed), overdue=format_amount(t.overdue),
                    penalties=format_amount(t.penalties))
            for t in data.totals
        ]
        self.totals.setText("\n".join(lines) or self.tr("No debts yet. Add one under Debts."))
        self._show_rate_flags(views)
        worst = data.worst
        if worst is None or worst.state.stage is Stage.CURRENT:
            self.headline.setText(self.tr("Nothing is overdue as of {date}.").format(date=show_date(data.as_of)))
        else:
            self.headline.setText(self.tr("The most urgent: {lender}, {days} days past due ({stage}).").format(
                lender=worst.debt.lender.name, days=worst.state.days_past_due, stage=label(worst.state.stage)))
        stage = worst.state.stage if worst else Stage.CURRENT
        thresholds = worst.thresholds if worst else stage_thresholds(self.session.store)
        notices = guidance_for(stage, thresholds, flagged_log[1] > 0)
        guide = notices[0]
        self.worst_title.setText(guide.fill(marked("Guidance", guide.title)))
        self.worst_title.setStyleSheet(
            f"color: {stage_colour(stage).name()};" if stage_colour(stage) is not None else "")
        self.lender_does.setText(marked("Guidance", guide.lender_typically))
        self.you_should.setText(marked("Guidance", guide.text))
        self._show_notices(notices[1:])

    def _fit_columns(self) -> None:
        """Each column as wide as its header and cells (the last one stretches), as ResizeToContents did."""
        for table in self._tables:
            table.resizeColumnsToContents()

    def _show_rate_flags(self, views) -> None:
        """'2 debts charge more than 24% a year …' under the totals; hidden when no debt does."""
        reference = rate_reference(self.session.store)
        tallies = tally((v.debt, rate_check(v.debt, reference, v.schedule)) for v in views)
        self.rate_flags.setText(tallies_text(tallies))
        self.rate_flags.setVisible(bool(tallies))
        self.rate_flags.setStyleSheet(f"color: {stage_colour(Stage.MID).name()};")

    def _show_notices(self, notices) -> None:
        while self.notices.count():
            widget = self.notices.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for notice in notices:
            box = QWidget()
            box.setObjectName(f"notice_{notice.code.value}")
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 6, 0, 0)
            layout.addWidget(plain_label(notice.fill(marked("Guidance", notice.title)), bold=True))
            layout.addWidget(plain_label(notice.fill(marked("Guidance", notice.text))))
            self.notices.addWidget(box)

    def notice_codes(self) -> list[str]:
        """The notices shown now, in order (for tests and screen readers' sake, by their codes)."""
        return [self.notices.itemAt(i).widget().objectName().removeprefix("notice_")
                for i in range(self.notices.count())]
