"""After the letter: the lenders' replies, agreements and how payments meet them, legal time limits.

The page reads everything through `store.follow_up`, so what it says is what
the banner, the timeline and the `remind` and `calendar` commands say.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Qt
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QGroupBox, QHBoxLayout, QPushButton, QSplitter, QVBoxLayout,
                               QWidget)

from debtdesk.domain.agreement import OnBreach, Outcome
from debtdesk.domain.agreement_check import AgreementCheck, RowState, Standing
from debtdesk.domain.guidance import NOT_LEGAL_ADVICE
from debtdesk.domain.money import format_amount, to_minor
from debtdesk.domain.overdue import Stage
from debtdesk.domain.time_limits import LegalEventKind
from debtdesk.services.follow_up import FollowUp, follow_up
from debtdesk.store import StoreError
from debtdesk.ui import msgbox
from debtdesk.ui.debt_detail import make_table
from debtdesk.ui.debts_model import stage_colour
from debtdesk.ui.session import FollowsSession, Session
from debtdesk.ui.table_model import RIGHT, Column, RowTableModel
from debtdesk.ui.widgets import plain_label
from debtdesk.services.changes import AGREEMENTS, DEBTS, LETTERS, PAYMENTS, PLANS, SETTINGS
from debtdesk.ui.i18n import marked, show_date


def outcome_text(outcome: Outcome | None) -> str:
    if outcome is None:
        return QCoreApplication.translate("AgreementsScreen", "Not recorded")
    if outcome is Outcome.WAITING:
        return QCoreApplication.translate("AgreementsScreen", "Waiting for an answer")
    if outcome is Outcome.ACCEPTED:
        return QCoreApplication.translate("AgreementsScreen", "Accepted")
    if outcome is Outcome.COUNTER_OFFER:
        return QCoreApplication.translate("AgreementsScreen", "Counter-offer")
    if outcome is Outcome.REFUSED:
        return QCoreApplication.translate("AgreementsScreen", "Refused")
    return QCoreApplication.translate("AgreementsScreen", "No answer")


def standing_text(standing: Standing) -> str:
    if standing is Standing.BROKEN:
        return QCoreApplication.translate("AgreementsScreen", "Broken")
    if standing is Standing.IN_GRACE:
        return QCoreApplication.translate("AgreementsScreen", "Payment late, inside the grace")
    if standing is Standing.ON_TRACK:
        return QCoreApplication.translate("AgreementsScreen", "On track")
    if standing is Standing.COMPLETED:
        return QCoreApplication.translate("AgreementsScreen", "Completed")
    if standing is Standing.NOT_STARTED:
        return QCoreApplication.translate("AgreementsScreen", "Not started yet")
    return QCoreApplication.translate("AgreementsScreen", "Ended")


def row_state_text(state: RowState) -> str:
    if state is RowState.PAID:
        return QCoreApplication.translate("AgreementsScreen", "Paid")
    if state is RowState.PAID_LATE:
        return QCoreApplication.translate("AgreementsScreen", "Paid after the grace")
    if state is RowState.SHORT:
        return QCoreApplication.translate("AgreementsScreen", "Short")
    if state is RowState.MISSED:
        return QCoreApplication.translate("AgreementsScreen", "Missed")
    if state is RowState.IN_GRACE:
        return QCoreApplication.translate("AgreementsScreen", "Late, inside the grace")
    if state is RowState.DUE:
        return QCoreApplication.translate("AgreementsScreen", "Due today")
    return QCoreApplication.translate("AgreementsScreen", "To come")


def legal_kind_text(kind: LegalEventKind | None) -> str:
    if kind is LegalEventKind.CLAIM:
        return QCoreApplication.translate("AgreementsScreen", "Defence to a claim")
    if kind is LegalEventKind.JUDGMENT:
        return QCoreApplication.translate("AgreementsScreen", "Appeal against a judgment")
    if kind is LegalEventKind.RULING:
        return QCoreApplication.translate("AgreementsScreen", "Appeal against a ruling")
    if kind is LegalEventKind.ACKNOWLEDGEMENT:
        return QCoreApplication.translate("AgreementsScreen", "Written acknowledgement")
    if kind is LegalEventKind.DEMAND:
        return QCoreApplication.translate("AgreementsScreen", "Written demand")
    return QCoreApplication.translate("AgreementsScreen", "Limitation period ends (oldest unpaid instalment)")


def countdown(day: date, as_of: date) -> str:
    days = (day - as_of).days
    if days == 0:
        return QCoreApplication.translate("AgreementsScreen", "today")
    if days == 1:
        return QCoreApplication.translate("AgreementsScreen", "tomorrow")
    if days == -1:
        return QCoreApplication.translate("AgreementsScreen", "yesterday")
    if days > 0:
        return QCoreApplication.translate("AgreementsScreen", "in {n} days").format(n=days)
    return QCoreApplication.translate("AgreementsScreen", "{n} days ago").format(n=-days)


def _reply_date(outcome) -> str:
    if outcome is None:
        return ""
    day = outcome.replied_on or outcome.answer_by
    return day.isoformat() if day else ""


class LettersModel(RowTableModel):
    """(LetterRecord, LetterOutcome | None, as_of) rows."""

    columns = [
        Column(lambda: QCoreApplication.translate("AgreementsScreen", "Sent"), lambda r: r[0].created_on.isoformat()),
        Column(lambda: QCoreApplication.translate("AgreementsScreen", "To"), lambda r: r[0].recipient),
        Column(lambda: QCoreApplication.translate("AgreementsScreen", "Outcome"),
               lambda r: outcome_text(r[1].shown_outcome(r[2]) if r[1] else None)),
        Column(lambda: QCoreApplication.translate("AgreementsScreen", "Reply or wait until"),
               lambda r: _reply_date(r[1])),
    ]


class AgreementsModel(RowTableModel):
    """(AgreementCheck, lender, currency) rows."""

    columns = [
        Column(lambda: QCoreApplication.translate("AgreementsScreen", "Lender"), lambda r: r[1]),
        Column(lambda: QCoreApplication.translate("AgreementsScreen", "In force from"),
               lambda r: r[0].agreement.start.isoformat()),
        Column(lambda: QCoreApplication.translate("AgreementsScreen", "Agreed total"),
               lambda r: f"{format_amount(r[0].agreement.total)} {r[2]}", lambda r: to_minor(r[0].agreement.total), RIGHT),
        Column(lambda: QCoreApplication.translate("AgreementsScreen", "Paid"),
               lambda r: format_amount(r[0].paid), lambda r: to_minor(r[0].paid), RIGHT),
        Column(lambda: QCoreApplication.translate(
            "AgreementsScreen", "Standing"), lambda r: standing_text(r[0].standing)),
    ]

    def extra_data(self, r, column, role):
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            if r[0].standing is Standing.BROKEN:
                return stage_colour(Stage.LATE)
            if r[0].standing is Standing.IN_GRACE:
                return stage_colour(Stage.MID)
        return None


class AgreedRowsModel(RowTableModel):
    """RowStanding rows of one agreement."""

    columns = [
        Column(lambda: QCoreApplication.translate("AgreementsScreen", "#"), lambda r: str(r.instalment.number),
               lambda r: r.instalment.number, RIGHT),
        Column(lambda: QCoreApplication.translate(
            "AgreementsScreen", "Due"), lambda r: r.instalment.due_date.isoformat()),
        Column(lambda: QCoreApplication.translate("AgreementsScreen", "Payment"),
               lambda r: format_amount(r.instalment.payment), lambda r: to_minor(r.instalment.payment), RIGHT),
        Column(lambda: QCoreApplication.translate("AgreementsScreen", "Paid"),
               lambda r: format_amount(r.covered), lambda r: to_minor(r.covered), RIGHT),
        Column(lambda: QCoreApplication.translate("AgreementsScreen", "State"), lambda r: row_state_text(r.state)),
    ]

    def extra_data(self, r, column, role):
        if role == Qt.ItemDataRole.ForegroundRole and r.state in (RowState.MISSED, RowState.SHORT, RowState.PAID_LATE):
            return stage_colour(Stage.LATE)
        if role == Qt.ItemDataRole.ForegroundRole and r.state is RowState.IN_GRACE:
            return stage_colour(Stage.MID)
        return None


class LimitsModel(RowTableModel):
    """(date, lender, kind or None for the limitation period, as_of, ref) rows."""

    columns = [
        Column(lambda: QCoreApplication.translate("AgreementsScreen", "Last day"), lambda r: r[0].isoformat()),
        Column(lambda: QCoreApplication.translate("AgreementsScreen", "Counting down"), lambda r: countdown(r[0], r[3]),
               lambda r: (r[0] - r[3]).days),
        Column(lambda: QCoreApplication.translate("AgreementsScreen", "Lender"), lambda r: r[1]),
        Column(lambda: QCoreApplication.translate("AgreementsScreen", "What"), lambda r: legal_kind_text(r[2])),
    ]

    def extra_data(self, r, column, role):
        if role == Qt.ItemDataRole.ForegroundRole and r[2] is not None and 0 <= (r[0] - r[3]).days <= 5:
            return stage_colour(Stage.LATE)
        return None


class AgreementsScreen(FollowsSession, QWidget):

    watches = frozenset({AGREEMENTS, LETTERS, PAYMENTS, DEBTS, PLANS, SETTINGS})
    def __init__(self, session: Session, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("AgreementsScreen")
        self.undo_stack = undo_stack
        self.data: FollowUp | None = None

        # Letters and what came of them.
        self.letters_model = LettersModel(self)
        self.letters_table = make_table(self.letters_model, "repliesTable")
        self.reply_button = QPushButton(self.tr("Record the reply…"))
        self.reply_button.setObjectName("replyButton")
        self.reply_button.clicked.connect(self.record_reply)
        self.agree_button = QPushButton(self.tr("Record an agreement…"))
        self.agree_button.setObjectName("agreeButton")
        self.agree_button.clicked.connect(self.record_agreement)
        letters_box = QGroupBox(self.tr("Letters and replies"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.reply_button)
        buttons.addWidget(self.agree_button)
        buttons.addStretch(1)
        letters_layout = QVBoxLayout(letters_box)
        letters_layout.addWidget(self.letters_table, 1)
        letters_layout.addLayout(buttons)

        # Agreements and how payments meet them.
        self.agreements_model = AgreementsModel(self)
        self.agreements_table = make_table(self.agreements_model, "agreementsTable")
        self.agreements_table.selectionModel().selectionChanged.connect(lambda *_: self._show_agreement())
        self.warning = plain_label(bold=True)
        self.warning.setObjectName("breachWarning")
        self.next_steps = plain_label()
        self.next_steps.setObjectName("nextSteps")
        self.history = plain_label()
        self.history.setObjectName("agreementHistory")
        self.history.setEnabled(False)
        self.rows_model = AgreedRowsModel(self)
        self.rows_table = make_table(self.rows_model, "agreedRows")
        self.end_button = QPushButton(self.tr("The lender ended it…"))
        self.end_button.setObjectName("endAgreement")
        self.end_button.clicked.connect(self.end_agreement)
        self.open_button = QPushButton(self.tr("Open the signed copy"))
        self.open_button.clicked.connect(self.open_signed_copy)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.warning)
        detail_layout.addWidget(self.next_steps)
        detail_layout.addWidget(self.rows_table, 1)
        detail_layout.addWidget(self.history)
        row = QHBoxLayout()
        row.addWidget(self.end_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        detail_layout.addLayout(row)
        agreements_split = QSplitter(Qt.Orientation.Horizontal)
        agreements_split.addWidget(self.agreements_table)
        agreements_split.addWidget(detail)
        agreements_split.setStretchFactor(0, 2)
        agreements_split.setStretchFactor(1, 3)
        agreements_split.setSizes([520, 800])
        agreements_box = QGroupBox(self.tr("Agreements"))
        QVBoxLayout(agreements_box).addWidget(agreements_split)

        # Legal time limits.
        self.limits_model = LimitsModel(self)
        self.limits_table = make_table(self.limits_model, "limitsTable")
        add_limit = QPushButton(self.tr("Add a court document or acknowledgement…"))
        add_limit.setObjectName("addLimit")
        add_limit.clicked.connect(self.add_limit)
        self.delete_limit_button = QPushButton(self.tr("Delete"))
        self.delete_limit_button.clicked.connect(self.delete_limit)
        limits_note = plain_label(self.tr(
            "The limitation period (诉讼时效) is three years from each due date, started again by a payment, a "
            "written acknowledgement or the lender's written demand; for a debt repaid in instalments the Civil "
            "Code counts from the last instalment. Court documents state their own deadline: enter it. ")
            + marked("Guidance", NOT_LEGAL_ADVICE))
        limits_note.setEnabled(False)
        limits_box = QGroupBox(self.tr("Legal time limits"))
        limits_layout = QVBoxLayout(limits_box)
        limits_layout.addWidget(self.limits_table, 1)
        limit_buttons = QHBoxLayout()
        limit_buttons.addWidget(add_limit)
        limit_buttons.addWidget(self.delete_limit_button)
        limit_buttons.addStretch(1)
        limits_layout.addLayout(limit_buttons)
        limits_layout.addWidget(limits_note)

        # Reminders outside the window.
        self.autostart = QCheckBox(self.tr("Remind me at login (adds a DebtDesk entry to the desktop's autostart)"))
        self.autostart.setObjectName("autostartCheck")
        self.autostart.toggled.connect(self.set_autostart)
        calendar_button = QPushButton(self.tr("Export payments to a calendar…"))
        calendar_button.setObjectName("calendarButton")
        calendar_button.clicked.connect(lambda: self.export_calendar())
        bottom = QHBoxLayout()
        bottom.addWidget(self.autostart)
        bottom.addStretch(1)
        bottom.addWidget(calendar_button)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(letters_box)
        top.addWidget(limits_box)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(agreements_box)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.follow(session)
        self.reload()

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        from debtdesk.notices import autostart

        as_of = self.session.as_of
        # The session's statuses: computed once for every page, not replayed again here.
        data = self.data = follow_up(self.session.store, as_of, statuses=self.session.debt_views())
        lenders = {s.debt.id: (s.debt.lender.name, s.debt.currency) for s in data.statuses}
        chosen = self.selected_check()
        self.letters_model.set_rows([(r, data.outcomes.get(r.id), as_of) for r in data.letters])
        self.agreements_model.set_rows([(c, *lenders.get(c.agreement.debt_id, ("", ""))) for c in data.checks])
        limits = [(d.deadline, lenders.get(d.event.debt_id, ("", ""))[0], d.event.kind, as_of, d)
                  for d in data.deadlines]
        limits += [(item.ends, lenders.get(item.debt_id, ("", ""))[0], None, as_of, item) for item in data.limitations]
        self.limits_model.set_rows(sorted(limits, key=lambda r: r[0]))
        self.autostart.blockSignals(True)
        self.autostart.setChecked(autostart.is_enabled())
        self.autostart.blockSignals(False)
        index = 0
        if chosen is not None:
            index = next((i for i, row in enumerate(self.agreements_model.rows())
                          if row[0].agreement.id == chosen.agreement.id), 0)
        if self.agreements_model.rowCount():
            self.agreements_table.selectRow(index)
        self._show_agreement()

    def selected_check(self) -> AgreementCheck | None:
        rows = self.agreements_table.selectionModel().selectedRows() if self.agreements_table.selectionModel() else []
        if not rows:
            return None
        source = self.agreements_table.model().mapToSource(rows[0]) if hasattr(
            self.agreements_table.model(), "mapToSource") else rows[0]
        return self.agreements_model.row_object(source.row())[0]

    def selected_letter(self):
        rows = self.letters_table.selectionModel().selectedRows()
        if not rows:
            return self.letters_model.row_object(0) if self.letters_model.rowCount() == 1 else None
        model = self.letters_table.model()
        source = model.mapToSource(rows[0]) if hasattr(model, "mapToSource") else rows[0]
        return self.letters_model.row_object(source.row())

    def _show_agreement(self) -> None:
        check = self.selected_check()
        self.end_button.setEnabled(check is not None)
        self.open_button.setEnabled(check is not None)
        if check is None:
            self.rows_model.set_rows([])
            self.warning.setText(self.tr("No agreement yet. When a lender accepts your proposal or you accept "
                                         "theirs, record it here: its schedule then replaces the contract's."))
            self.warning.setStyleSheet("")
            self.next_steps.setText("")
            self.history.setText("")
            return
        status = self.data.status(check.agreement.debt_id)
        currency = status.debt.currency if status else ""
        self.rows_model.set_rows(list(check.rows))
        warning, steps = self.standing_texts(check, currency)
        self.warning.setText(warning)
        colour = {Standing.BROKEN: stage_colour(Stage.LATE), Standing.IN_GRACE: stage_colour(Stage.MID)}.get(
            check.standing)
        self.warning.setStyleSheet(f"color: {colour.name()};" if colour is not None else "")
        self.next_steps.setText(steps)
        self.history.setText(self.history_text(check, status))

    def standing_texts(self, check: AgreementCheck, currency: str) -> tuple[str, str]:
        """The headline (the breach warning when there is one) and what the agreement says happens next."""
        agreement = check.agreement
        money = lambda amount: f"{format_amount(amount)} {currency}".strip()  # noqa: E731
        after = self.tr("This is general information, not legal advice.")
        if agreement.on_breach is OnBreach.REVIVES and check.revived is not None:
            clause = self.tr("the lender can treat the whole original debt and its penalties as due again: as the "
                             "contract stands today, {revived} at once, with penalty interest running on it "
                             "again.").format(revived=money(check.revived))
        elif agreement.on_breach is OnBreach.ACCELERATES:
            clause = self.tr("what is left of the agreed amount, {remaining}, falls due at once.").format(
                remaining=money(check.remaining))
        else:
            clause = self.tr("as the agreement says: {clause}").format(clause=agreement.clause or "—")
        if agreement.clause and agreement.on_breach is not OnBreach.OTHER:
            clause += "\n" + self.tr("The agreement's own words: {clause}").format(clause=agreement.clause)
        if check.standing is not Standing.BROKEN:
            clause = self.tr("If a payment is missed after the grace, {clause}").format(clause=clause)
        if check.standing is Standing.BROKEN:
            breach = check.breach
            if breach.part_paid:
                warning = self.tr("Agreement broken since {date}: instalment {n} due on {due} was {amount} short "
                                  "when the grace ended.")
            else:
                warning = self.tr("Agreement broken since {date}: instalment {n} due on {due} was not paid "
                                  "({amount}) by the end of the grace.")
            warning = warning.format(date=show_date(breach.on), n=breach.instalment.number,
                                     due=show_date(breach.instalment.due_date), amount=money(breach.shortfall))
            steps = self.tr("What the agreement says happens next: {clause}\nCall or write to the lender now, pay "
                            "what is missing, and ask in writing to keep the agreement; keep every reply.").format(
                clause=clause)
            return warning, steps + "\n" + after
        if check.standing is Standing.IN_GRACE:
            row = next(r for r in check.rows if r.state is RowState.IN_GRACE)
            warning = self.tr("An agreed payment is late: pay {amount} by {date} to keep the agreement.").format(
                amount=money(row.unpaid), date=show_date(row.last_day))
            return warning, clause + "\n" + after
        if check.standing is Standing.ON_TRACK:
            row = check.next_row
            warning = self.tr("On track: next payment {amount} on {date}.").format(
                amount=money(row.unpaid), date=show_date(row.instalment.due_date))
            return warning, clause + "\n" + after
        if check.standing is Standing.NOT_STARTED:
            return self.tr("In force from {date}.").format(date=show_date(agreement.start)), clause
        if check.standing is Standing.COMPLETED:
            return self.tr("Every agreed payment is made."), ""
        return self.tr("Ended on {date}: the contract applies again.").format(
            date=show_date(agreement.ended_on)), ""

    def history_text(self, check: AgreementCheck, status) -> str:
        agreement = check.agreement
        if status is None:
            return ""
        debt = status.debt
        original = self.tr("Before the agreement: the contract, {principal} {currency} over {months} months "
                           "from {start}, due on day {day}.").format(
            principal=format_amount(debt.principal), currency=debt.currency, months=debt.term_months,
            start=show_date(debt.start_date), day=debt.effective_due_day)
        terms = agreement.terms
        agreed = self.tr("Agreed on {signed}: {balance} {currency}, {n} payments from {first}, grace {grace} days.") \
            .format(signed=show_date(agreement.signed_on), balance=format_amount(terms.balance),
                    currency=debt.currency, n=len(agreement.schedule), first=show_date(terms.first_due),
                    grace=terms.grace_days)
        return original + "\n" + agreed

    # -- actions ---------------------------------------------------------------------------
    def record_reply(self) -> None:
        from debtdesk.ui.agreement_commands import SetOutcome
        from debtdesk.ui.agreement_dialogs import OutcomeDialog

        row = self.selected_letter()
        if row is None:
            msgbox.information(self, self.tr("Record the reply"), self.tr(
                "Choose a letter first. Letters are listed once exported from the Proposal or Letters page."))
            return
        record, current, _ = row
        dialog = OutcomeDialog(self, self.session, record, current)
        if dialog.exec() and dialog.result_outcome is not None:
            self.undo_stack.push(SetOutcome(self.session, dialog.result_outcome, dialog.attach.files))
            outcome = dialog.result_outcome.outcome
            if outcome in (Outcome.ACCEPTED, Outcome.COUNTER_OFFER) and record.debt_id is not None:
                self.record_agreement()

    def record_agreement(self) -> None:
        from debtdesk.ui.agreement_commands import AddAgreement
        from debtdesk.ui.agreement_dialogs import AgreementDialog

        row = self.selected_letter()
        debt_id = row[0].debt_id if row else None
        if debt_id is None:
            check = self.selected_check()
            debt_id = check.agreement.debt_id if check else None
        if debt_id is None:
            msgbox.information(self, self.tr("Record an agreement"),
                               self.tr("Choose the letter the lender answered first."))
            return
        outcome = self.data.outcomes.get(row[0].id) if row else None
        counter = outcome.terms if outcome is not None and outcome.outcome is Outcome.COUNTER_OFFER else None
        dialog = AgreementDialog(self, self.session, debt_id, row[0].id if row else None, counter)
        if dialog.exec() and dialog.result_agreement is not None:
            lender = self.session.store.debt(debt_id).lender.name
            self.undo_stack.push(AddAgreement(self.session, dialog.result_agreement, dialog.attach.files, lender))

    def end_agreement(self) -> None:
        from debtdesk.ui.agreement_commands import EndAgreement

        check = self.selected_check()
        if check is None:
            return
        question = self.tr("End this agreement as of {date}? From then on the contract's schedule and penalties "
                           "apply again, as when a lender revives the debt. You can undo this.").format(
            date=show_date(self.session.as_of))
        if msgbox.confirm(self, self.tr("End the agreement"), question, self.tr("End it"), self.tr("Keep it")):
            ended = max(self.session.as_of, check.agreement.start + timedelta(days=1))
            self.undo_stack.push(EndAgreement(self.session, check.agreement, ended, "ended by the lender"))

    def open_signed_copy(self) -> None:
        from debtdesk.store.agreements import AGREEMENT
        from debtdesk.store.attachments import AttachmentStore

        check = self.selected_check()
        if check is None:
            return
        files = AttachmentStore(self.session.store)
        attached = files.of(AGREEMENT, check.agreement.id)
        if not attached:
            msgbox.information(self, self.tr("Signed copy"), self.tr("No signed copy is attached to this agreement."))
            return
        try:
            readable = files.readable_path(attached[0])  # a decrypted private copy when the file is encrypted
        except StoreError as exc:
            msgbox.error(self, self.tr("Signed copy"), msgbox.error_sentence(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(readable)))

    def add_limit(self) -> None:
        from debtdesk.ui.agreement_commands import AddLegalEvent
        from debtdesk.ui.agreement_dialogs import LegalEventDialog

        check = self.selected_check()
        dialog = LegalEventDialog(self, self.session, self.data.rules, check.agreement.debt_id if check else None)
        if dialog.exec() and dialog.result_event is not None:
            self.undo_stack.push(AddLegalEvent(self.session, dialog.result_event, dialog.attach.files))

    def delete_limit(self) -> None:
        from debtdesk.domain.time_limits import CourtDeadline
        from debtdesk.ui.agreement_commands import DeleteLegalEvent

        rows = self.limits_table.selectionModel().selectedRows()
        if not rows:
            return
        model = self.limits_table.model()
        source = model.mapToSource(rows[0]) if hasattr(model, "mapToSource") else rows[0]
        ref = self.limits_model.row_object(source.row())[4]
        if isinstance(ref, CourtDeadline):
            self.undo_stack.push(DeleteLegalEvent(self.session, ref.event))

    def set_autostart(self, on: bool) -> None:
        from debtdesk.notices import autostart

        try:
            if on:
                autostart.enable(self.session.store.path, name=self.tr("DebtDesk reminders"),
                                 comment=self.tr("Payments due soon, late payments and deadlines, at login"))
            else:
                autostart.disable()
        except OSError as exc:
            msgbox.error(self, self.tr("Reminders at login"), self.tr("The autostart entry could not be written: "
                                                                       "{problem}").format(problem=exc))

    def export_calendar(self, path: str | None = None) -> Path | None:
        """Ask where (unless `path` is given) and write the coming payments and deadlines as an .ics file."""
        from debtdesk.domain.dates import nth_due_date
        from debtdesk.notices.calendar_file import (CalendarTexts, calendar_bytes, deadline_entries,
                                                    payment_entries, write_calendar)
        from debtdesk.store.agreements import calendar_id

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export payments to a calendar"),
                                                  str(Path.home() / "debtdesk.ics"),
                                                  self.tr("iCalendar files (*.ics)"))
            if not path:
                return None
        as_of = self.session.as_of
        texts = CalendarTexts(
            name=self.tr("DebtDesk: payments and deadlines"),
            payment=self.tr("Pay {amount} {currency} to {lender}"),
            agreed=self.tr("Agreed instalment {number} (agreement of {signed})"),
            instalment=self.tr("Instalment {number} of the contract"),
            paid_part=self.tr("Already paid: {amount} {currency}"),
            alarm=self.tr("Tomorrow: pay {amount} {currency} to {lender}"),
            deadline=self.tr("Court deadline: {title}"),
            deadline_detail=self.tr("The last day to act on the document served on {served}. Not legal advice: "
                                    "the document's own date wins."),
            deadline_alarm=self.tr("Tomorrow is the court deadline: {title}"),
            kinds={"claim": self.tr("file a defence to the claim"), "judgment": self.tr("appeal the judgment"),
                   "ruling": self.tr("appeal the ruling")})
        data = self.data
        file_id = calendar_id(self.session.store)
        entries = payment_entries(data.statuses, as_of, file_id, texts, nth_due_date(as_of, 24, as_of.day))
        entries += deadline_entries(data.deadlines, as_of, file_id, texts)
        try:
            write_calendar(path, calendar_bytes(entries, as_of, texts))
        except OSError as exc:
            msgbox.error(self, self.tr("Export payments to a calendar"),
                         self.tr("{path} could not be written: {problem}").format(path=path, problem=exc))
            return None
        return Path(path)
