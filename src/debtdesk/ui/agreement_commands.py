"""Undo commands for what came of letters, agreements and legal events (one transaction each)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from debtdesk.domain.agreement import Agreement
from debtdesk.domain.time_limits import LegalEvent
from debtdesk.store.agreements import AgreementBook, LetterOutcome
from debtdesk.ui.session import Session
from debtdesk.ui.undo import StoreCommand


class SetOutcome(StoreCommand):
    def __init__(self, session: Session, outcome: LetterOutcome, files: list[str | Path]):
        super().__init__(QCoreApplication.translate("AgreementCommands", "Record the reply to a letter"))
        self.session, self.outcome, self.files = session, outcome, files
        self.before = None  # the outcome it replaced (row and attachments), or None
        self.saved = None  # this outcome as recorded, for redo

    def apply(self) -> None:
        book = AgreementBook(self.session.store)
        if self.saved is None:
            self.before = book.outcome_snapshot(self.outcome.letter_id)  # the earlier reply's files stay with it
            self.outcome = book.set_outcome(self.outcome, self.files)
        else:
            book.restore_outcome(self.saved)
        self.session.notify()

    def revert(self) -> None:
        book = AgreementBook(self.session.store)
        self.saved = book.clear_outcome(self.outcome.letter_id)
        if self.before is not None:
            book.restore_outcome(self.before)
        self.session.notify()


class AddAgreement(StoreCommand):
    def __init__(self, session: Session, agreement: Agreement, files: list[str | Path], lender: str):
        super().__init__(QCoreApplication.translate("AgreementCommands", "Record an agreement with {lender}")
                         .format(lender=lender))
        self.session, self.agreement, self.files = session, agreement, files
        self.snapshot = None

    def apply(self) -> None:
        book = AgreementBook(self.session.store)
        if self.snapshot is None:
            self.agreement = book.add(self.agreement, self.files)
        else:
            book.restore(self.snapshot)
        self.session.notify()

    def revert(self) -> None:
        self.snapshot = AgreementBook(self.session.store).delete(self.agreement.id)
        self.session.notify()


class EndAgreement(StoreCommand):
    def __init__(self, session: Session, agreement: Agreement, ended_on: date | None, reason: str):
        super().__init__(QCoreApplication.translate("AgreementCommands", "End an agreement"))
        self.session, self.agreement, self.ended_on, self.reason = session, agreement, ended_on, reason

    def apply(self) -> None:
        AgreementBook(self.session.store).end(self.agreement.id, self.ended_on, self.reason)
        self.session.notify()

    def revert(self) -> None:
        AgreementBook(self.session.store).end(self.agreement.id, self.agreement.ended_on, self.agreement.end_reason)
        self.session.notify()


class AddLegalEvent(StoreCommand):
    def __init__(self, session: Session, event: LegalEvent, files: list[str | Path]):
        super().__init__(QCoreApplication.translate("AgreementCommands", "Add a legal time limit"))
        self.session, self.event, self.files = session, event, files
        self.saved = None

    def apply(self) -> None:
        book = AgreementBook(self.session.store)
        if self.saved is None:
            self.event = book.add_event(self.event, self.files)
        else:
            book.restore_event(self.saved)
        self.session.notify()

    def revert(self) -> None:
        self.saved = AgreementBook(self.session.store).delete_event(self.event.id)
        self.session.notify()


class DeleteLegalEvent(StoreCommand):
    def __init__(self, session: Session, event: LegalEvent):
        super().__init__(QCoreApplication.translate("AgreementCommands", "Delete a legal time limit"))
        self.session, self.event = session, event
        self.saved = None

    def apply(self) -> None:
        self.saved = AgreementBook(self.session.store).delete_event(self.event.id)
        self.session.notify()

    def revert(self) -> None:
        AgreementBook(self.session.store).restore_event(self.saved)
        self.session.notify()
