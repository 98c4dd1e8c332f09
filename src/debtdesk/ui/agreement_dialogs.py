"""Dialogs after the letter: the lender's reply, an agreement, a legal time limit.

Each reads its fields as text, lets the domain check them, shows each problem
under its field, and hands back domain values (`result_*`) plus the files to
attach; the screen turns those into undo commands.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from debtdesk.domain.agreement import Agreement, AgreementTerms, OnBreach, Outcome, Source
from debtdesk.domain.agreement_offer import parse_terms, terms_from_plan
from debtdesk.domain.dates import nth_due_date
from debtdesk.domain.money import ZERO, format_amount
from debtdesk.domain.time_limits import LegalEvent, LegalEventKind, LimitRules
from debtdesk.domain.validation import FieldError
from debtdesk.store.agreements import LetterOutcome
from debtdesk.store.letters import LetterRecord
from debtdesk.ui.form_fields import FieldRow, combo, date_edit, line, save_cancel, show_errors, text_box
from debtdesk.ui.session import Session
from debtdesk.ui.widgets import plain_label
from debtdesk.ui.i18n import show_date


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(edit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class AttachRow(QWidget):
    """'Attach…' and the names of the files chosen (tests set `files` directly)."""

    def __init__(self, button_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.files: list[str] = []
        self.button = QPushButton(button_text)
        self.button.setObjectName("attachButton")
        self.names = plain_label()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.names, 1)
        self.button.clicked.connect(self.choose)

    def choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        if paths:
            self.set_files(paths)

    def set_files(self, paths: list[str]) -> None:
        self.files = list(paths)
        self.names.setText(", ".join(Path(p).name for p in self.files))


class TermsForm(QWidget):
    """The agreed terms as a person types them; `terms()` gives AgreementTerms or shows what is wrong."""

    WORDS = ("balance", "instalments", "down-payment", "deferral", "lower-payment", "lower-months",
             "settlement", "rate", "grace")

    def __init__(self, parent: QWidget | None = None, with_grace: bool = True):
        super().__init__(parent)
        self.with_grace = with_grace
        self.first_due = date_edit()
        self.rows = {
            "first_due": FieldRow("first_due", self.first_due),
            "balance": FieldRow("balance", line(self.tr("e.g. 12000.00"))),
            "instalments": FieldRow("instalments", line(self.tr("months, e.g. 12"))),
            "down-payment": FieldRow("down-payment", line(self.tr("paid first, e.g. 1000.00"))),
            "deferral": FieldRow("deferral", line(self.tr("months with nothing to pay"))),
            "lower-payment": FieldRow("lower-payment", line(self.tr("a fixed monthly amount"))),
            "lower-months": FieldRow("lower-months", line(self.tr("for this many months"))),
            "settlement": FieldRow("settlement", line(self.tr("one payment that settles everything"))),
            "rate": FieldRow("rate", line(self.tr("percent a year; empty: no interest"))),
            "grace": FieldRow("grace", line(self.tr("days a payment may be late"))),
        }
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Agreed balance"), self.rows["balance"])
        form.addRow(self.tr("First payment due"), self.rows["first_due"])
        form.addRow(self.tr("Equal instalments over"), self.rows["instalments"])
        form.addRow(self.tr("Down payment"), self.rows["down-payment"])
        form.addRow(self.tr("Pause first (months)"), self.rows["deferral"])
        form.addRow(self.tr("Lower monthly payment"), self.rows["lower-payment"])
        form.addRow(self.tr("… for (months)"), self.rows["lower-months"])
        form.addRow(self.tr("Or a one-off settlement"), self.rows["settlement"])
        form.addRow(self.tr("Interest"), self.rows["rate"])
        form.addRow(self.tr("Grace (days)"), self.rows["grace"])
        if not with_grace:  # the dialog asks for the grace itself
            form.setRowVisible(self.rows["grace"], False)

    def set_terms(self, terms: AgreementTerms) -> None:
        self.first_due.setDate(_qdate(terms.first_due))
        values = {"balance": terms.balance, "instalments": terms.instalment_months,
                  "down-payment": terms.down_payment or None, "deferral": terms.deferral_months or None,
                  "lower-payment": terms.lower_payment, "lower-months": terms.lower_months,
                  "settlement": terms.settlement, "rate": terms.annual_rate * 100 if terms.annual_rate else None,
                  "grace": terms.grace_days or None}
        for word, value in values.items():
            self.rows[word].set_value("" if value is None else str(value.normalize() if word == "rate" else value))

    def terms(self) -> AgreementTerms | None:
        words = [f"{word}={self.rows[word].value().strip()}" for word in self.WORDS
                 if self.rows[word].value().strip() and (word != "grace" or self.with_grace)]
        terms, errors = parse_terms(words, _pydate(self.first_due))
        errors = [FieldError("first_due" if e.field == "first_due" else e.field, e.template, e.params) for e in errors]
        show_errors(self.rows, errors)
        return terms


def outcome_choices() -> list[tuple[str, str]]:
    from PySide6.QtCore import QCoreApplication

    return [
        (Outcome.WAITING.value, QCoreApplication.translate("AgreementDialogs", "No reply yet")),
        (Outcome.ACCEPTED.value, QCoreApplication.translate("AgreementDialogs", "Accepted")),
        (Outcome.COUNTER_OFFER.value, QCoreApplication.translate("AgreementDialogs", "Counter-offer")),
        (Outcome.REFUSED.value, QCoreApplication.translate("AgreementDialogs", "Refused")),
        (Outcome.NO_ANSWER.value, QCoreApplication.translate("AgreementDialogs", "No answer")),
    ]


class OutcomeDialog(QDialog):
    """What came of one letter: the reply (attached), a counter-offer's terms, or a date to wait until."""

    def __init__(self, parent: QWidget | None, session: Session, letter: LetterRecord, current=None):
        super().__init__(parent)
        self.setObjectName("OutcomeDialog")
        self.setWindowTitle(self.tr("The reply to your letter to {recipient}").format(recipient=letter.recipient))
        self.letter, self.session = letter, session
        self.result_outcome = None
        self.outcome = combo(outcome_choices())
        self.replied_on = date_edit()
        self.replied_on.setDate(_qdate(session.as_of))
        self.answer_by = date_edit()
        self.answer_by.setDate(_qdate(letter.created_on + timedelta(days=14)))
        self.notes = text_box()
        self.attach = AttachRow(self.tr("Attach the reply…"))
        self.terms = TermsForm()
        self.terms.first_due.setDate(_qdate(nth_due_date(session.as_of, 1, session.as_of.day)))
        self.terms_box = QGroupBox(self.tr("The lender's terms"))
        QVBoxLayout(self.terms_box).addWidget(self.terms)
        self.rows = {"outcome": FieldRow("outcome", self.outcome), "replied_on": FieldRow("replied_on", self.replied_on),
                     "answer_by": FieldRow("answer_by", self.answer_by), "notes": FieldRow("notes", self.notes)}
        form = QFormLayout()
        form.addRow(self.tr("Outcome"), self.rows["outcome"])
        form.addRow(self.tr("Reply received on"), self.rows["replied_on"])
        form.addRow(self.tr("Wait for an answer until"), self.rows["answer_by"])
        form.addRow(self.tr("What they said"), self.rows["notes"])
        form.addRow(self.tr("The reply"), self.attach)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.terms_box)
        layout.addWidget(save_cancel(self))
        if current is not None:
            self.rows["outcome"].set_value(current.outcome.value)
            if current.replied_on:
                self.replied_on.setDate(_qdate(current.replied_on))
            if current.answer_by:
                self.answer_by.setDate(_qdate(current.answer_by))
            self.notes.setPlainText(current.notes)
            if current.terms:
                self.terms.set_terms(current.terms)
        self.outcome.currentIndexChanged.connect(self._follow)
        self._follow()

    def chosen(self) -> Outcome:
        return Outcome(self.outcome.currentData())

    def _follow(self) -> None:
        chosen = self.chosen()
        self.terms_box.setVisible(chosen is Outcome.COUNTER_OFFER)
        self.rows["answer_by"].setEnabled(chosen is Outcome.WAITING)
        self.rows["replied_on"].setEnabled(chosen not in (Outcome.WAITING, Outcome.NO_ANSWER))
        self.adjustSize()

    def try_accept(self) -> None:
        chosen = self.chosen()
        terms = None
        if chosen is Outcome.COUNTER_OFFER:
            terms = self.terms.terms()
            if terms is None:
                return
        replied = _pydate(self.replied_on) if chosen not in (Outcome.WAITING, Outcome.NO_ANSWER) else None
        answer_by = _pydate(self.answer_by) if chosen is Outcome.WAITING else None
        self.result_outcome = LetterOutcome(self.letter.id, chosen, replied, answer_by, terms,
                                            self.notes.toPlainText().strip())
        self.accept()


def breach_choices() -> list[tuple[str, str]]:
    from PySide6.QtCore import QCoreApplication

    return [
        (OnBreach.REVIVES.value, QCoreApplication.translate(
            "AgreementDialogs", "The whole original debt and its penalties are due again (the usual clause)")),
        (OnBreach.ACCELERATES.value, QCoreApplication.translate(
            "AgreementDialogs", "What is left of the agreed amount falls due at once")),
        (OnBreach.OTHER.value, QCoreApplication.translate("AgreementDialogs", "Something else (see the clause)")),
    ]


class AgreementDialog(QDialog):
    """An agreement from the proposal the lender accepted, or from terms typed in; the schedule is previewed."""

    def __init__(self, parent: QWidget | None, session: Session, debt_id: int, letter_id: int | None = None,
                 counter_offer: AgreementTerms | None = None):
        super().__init__(parent)
        from debtdesk.store.proposals import ProposalBook

        self.setObjectName("AgreementDialog")
        self.session, self.debt_id, self.letter_id = session, debt_id, letter_id
        debt = session.store.debt(debt_id)
        self.currency = debt.currency
        self.setWindowTitle(self.tr("Record an agreement with {lender}").format(lender=debt.lender.name))
        self.result_agreement: Agreement | None = None
        self.proposals = ProposalBook(session.store).list(debt_id)
        self.source = combo([(Source.PROPOSAL.value, self.tr("The proposal I sent, accepted")),
                             (Source.COUNTER_OFFER.value, self.tr("Terms typed in (the lender's counter-offer)"))])
        self.proposal = combo([(str(p.id), self.tr("Proposal of {date}").format(date=show_date(p.created_on)))
                               for p in self.proposals])
        self.start = date_edit()
        self.start.setDate(_qdate(session.as_of))
        self.signed_on = date_edit()
        self.signed_on.setDate(_qdate(session.as_of))
        self.grace = QSpinBox()
        self.grace.setRange(0, 365)
        self.on_breach = combo(breach_choices())
        self.clause = text_box()
        self.attach = AttachRow(self.tr("Attach the signed agreement…"))
        self.terms = TermsForm(with_grace=False)
        self.terms.first_due.setDate(_qdate(nth_due_date(session.as_of, 1, debt.effective_due_day)))
        self.rows = {"source": FieldRow("source", self.source), "proposal": FieldRow("proposal", self.proposal),
                     "start": FieldRow("start", self.start), "signed_on": FieldRow("signed_on", self.signed_on),
                     "grace_days": FieldRow("grace_days", self.grace), "on_breach": FieldRow("on_breach", self.on_breach),
                     "clause": FieldRow("clause", self.clause)}
        form = QFormLayout()
        form.addRow(self.tr("Agreed"), self.rows["source"])
        form.addRow(self.tr("Proposal"), self.rows["proposal"])
        form.addRow(self.tr("In force from"), self.rows["start"])
        form.addRow(self.tr("Signed on"), self.rows["signed_on"])
        form.addRow(self.tr("Grace (days)"), self.rows["grace_days"])
        form.addRow(self.tr("If a payment is missed"), self.rows["on_breach"])
        form.addRow(self.tr("The agreement's own words"), self.rows["clause"])
        form.addRow(self.tr("Signed copy"), self.attach)
        self.terms_box = QGroupBox(self.tr("Agreed terms"))
        QVBoxLayout(self.terms_box).addWidget(self.terms)
        self.preview = QTableWidget(0, 3)
        self.preview.setObjectName("agreedPreview")
        self.preview.setHorizontalHeaderLabels([self.tr("Due"), self.tr("Payment"), self.tr("Balance after")])
        self.preview.verticalHeader().setVisible(False)
        self.preview_note = plain_label()
        preview_button = QPushButton(self.tr("Show the agreed schedule"))
        preview_button.clicked.connect(self.refresh_preview)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.terms_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(preview_button)
        right.addWidget(self.preview, 1)
        right.addWidget(self.preview_note)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(save_cancel(self))
        if counter_offer is not None:
            self.rows["source"].set_value(Source.COUNTER_OFFER.value)
            self.terms.set_terms(counter_offer)
            self.grace.setValue(counter_offer.grace_days)
        elif not self.proposals:
            self.rows["source"].set_value(Source.COUNTER_OFFER.value)
        self.source.currentIndexChanged.connect(self._follow)
        self._follow()
        self.resize(900, 640)

    def chosen(self) -> Source:
        return Source(self.source.currentData())

    def _follow(self) -> None:
        by_proposal = self.chosen() is Source.PROPOSAL
        self.rows["proposal"].setEnabled(by_proposal)
        self.terms_box.setVisible(not by_proposal)
        self.refresh_preview()

    def _terms(self) -> AgreementTerms | None:
        from debtdesk.domain.proposal import ProposalError, build_plan
        from debtdesk.services.statuses import one_status

        for row in self.rows.values():
            row.clear_error()
        if self.chosen() is Source.COUNTER_OFFER:
            terms = self.terms.terms()
            return replace(terms, grace_days=self.grace.value()) if terms is not None else None
        saved = next((p for p in self.proposals if str(p.id) == self.proposal.currentData()), None)
        if saved is None:
            self.rows["proposal"].show_error(self.tr("There is no saved proposal for this debt: type the terms."))
            return None
        try:  # the plan as the letter showed it: the debt as it stood the day the proposal was made
            plan = build_plan(one_status(self.session.store, self.debt_id, saved.created_on), saved.options)
        except ProposalError as exc:
            self.rows["proposal"].show_error(exc.errors[0].message)
            return None
        return terms_from_plan(plan, self.grace.value())

    def _agreement(self) -> Agreement | None:
        terms = self._terms()
        if terms is None:
            return None
        saved = self.proposal.currentData() if self.chosen() is Source.PROPOSAL else None
        return Agreement(self.debt_id, terms, _pydate(self.start), _pydate(self.signed_on), self.chosen(),
                         OnBreach(self.on_breach.currentData()), self.clause.toPlainText().strip(),
                         letter_id=self.letter_id, proposal_id=int(saved) if saved else None)

    def refresh_preview(self) -> None:
        agreement = self._agreement()
        rows = [r for r in agreement.rows if r.payment > 0] if agreement and not agreement.errors() else []
        self.preview.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, text in enumerate((row.due_date.isoformat(), format_amount(row.payment),
                                      format_amount(max(row.balance, ZERO)))):
                item = QTableWidgetItem(text)
                if j:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.preview.setItem(i, j, item)
        self.preview.resizeColumnsToContents()
        if agreement is not None and rows:
            self.preview_note.setText(self.tr("{n} payments, {total} {currency} in all.").format(
                n=len(rows), total=format_amount(agreement.total), currency=self.currency))
        else:
            self.preview_note.setText("")

    def try_accept(self) -> None:
        agreement = self._agreement()
        if agreement is None:
            return
        errors = agreement.errors()
        if errors:
            fields = {"first_due": self.terms.rows["first_due"] if self.chosen() is Source.COUNTER_OFFER
                      else self.rows["start"], "ended_on": self.rows["start"], "clause": self.rows["clause"]}
            from debtdesk.ui.form_fields import translate_error

            fields.get(errors[0].field, self.rows["start"]).show_error(translate_error(errors[0]))
            return
        self.result_agreement = agreement
        self.accept()


def legal_kind_choices() -> list[tuple[str, str]]:
    from PySide6.QtCore import QCoreApplication

    return [
        (LegalEventKind.CLAIM.value, QCoreApplication.translate(
            "AgreementDialogs", "Statement of claim served (起诉状): time to file a defence")),
        (LegalEventKind.JUDGMENT.value, QCoreApplication.translate(
            "AgreementDialogs", "Judgment served (判决书): time to appeal")),
        (LegalEventKind.RULING.value, QCoreApplication.translate(
            "AgreementDialogs", "Ruling served (裁定书): time to appeal")),
        (LegalEventKind.ACKNOWLEDGEMENT.value, QCoreApplication.translate(
            "AgreementDialogs", "I acknowledged the debt in writing")),
        (LegalEventKind.DEMAND.value, QCoreApplication.translate(
            "AgreementDialogs", "The lender demanded payment in writing")),
    ]


class LegalEventDialog(QDialog):
    """A court document's deadline (the date on the document wins), or an acknowledgement or demand."""

    def __init__(self, parent: QWidget | None, session: Session, rules: LimitRules, debt_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("LegalEventDialog")
        self.setWindowTitle(self.tr("Add a legal time limit"))
        self.session, self.rules = session, rules
        self.result_event: LegalEvent | None = None
        self.kind = combo(legal_kind_choices())
        self.debt = combo([("", self.tr("No particular debt"))] +
                          [(str(d.id), d.lender.name) for d in session.store.debts()])
        if debt_id is not None:
            self.debt.setCurrentIndex(max(0, self.debt.findData(str(debt_id))))
        self.on = date_edit()
        self.on.setDate(_qdate(session.as_of))
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.stated = QCheckBox(self.tr("The document states the deadline:"))
        self.deadline = date_edit()
        self.deadline.setDate(_qdate(session.as_of))
        self.deadline.setEnabled(False)
        self.stated.toggled.connect(self.deadline.setEnabled)
        self.title = line(self.tr("e.g. case number, court"), 200)
        self.notes = text_box()
        self.attach = AttachRow(self.tr("Attach the document…"))
        stated_row = QHBoxLayout()
        stated_row.addWidget(self.stated)
        stated_row.addWidget(self.deadline, 1)
        self.rows = {"kind": FieldRow("kind", self.kind), "on": FieldRow("on", self.on),
                     "days": FieldRow("days", self.days), "title": FieldRow("title", self.title),
                     "notes": FieldRow("notes", self.notes)}
        self.deadline_row = FieldRow("deadline", QWidget())
        self.deadline_row.widget.setLayout(stated_row)
        form = QFormLayout()
        form.addRow(self.tr("What"), self.rows["kind"])
        form.addRow(self.tr("Debt"), self.debt)
        form.addRow(self.tr("Served, sent or signed on"), self.rows["on"])
        form.addRow(self.tr("Days to act"), self.rows["days"])
        form.addRow(self.deadline_row)
        form.addRow(self.tr("Title"), self.rows["title"])
        form.addRow(self.tr("Notes"), self.rows["notes"])
        form.addRow(self.tr("Document"), self.attach)
        note = plain_label(self.tr("Periods usually run from the day after service; a deadline on a public holiday "
                                   "moves to the next working day. The date on the document wins. This is general "
                                   "information, not legal advice."))
        note.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(save_cancel(self))
        self.kind.currentIndexChanged.connect(self._follow)
        self._follow()

    def chosen(self) -> LegalEventKind:
        return LegalEventKind(self.kind.currentData())

    def _follow(self) -> None:
        kind = self.chosen()
        court = kind.is_court_document
        self.days.setValue(self.rules.days_for(kind) or 15)
        self.rows["days"].setEnabled(court)
        self.deadline_row.setEnabled(court)

    def try_accept(self) -> None:
        kind = self.chosen()
        court = kind.is_court_document
        debt = self.debt.currentData()
        event = LegalEvent(kind, _pydate(self.on), int(debt) if debt else None,
                           self.days.value() if court and self.days.value() != self.rules.days_for(kind) else None,
                           _pydate(self.deadline) if court and self.stated.isChecked() else None,
                           self.title.text().strip(), self.notes.toPlainText().strip())
        errors = event.errors()
        show_errors({**self.rows, "deadline": self.deadline_row}, errors)
        if errors:
            return
        self.result_event = event
        self.accept()
