"""Undo commands for what came of letters, agreements and legal events.

Each step is one call to `debtdesk.services.agreements` (one transaction),
which the `agreement` command uses too; the command keeps what its undo needs.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from debtdesk.domain.agreement import Agreement
from debtdesk.domain.time_limits import LegalEvent
from debtdesk.services import agreements
from debtdesk.ui.session import Session
from debtdesk.ui.undo import StoreCommand


class SetOutcome(StoreCommand):
    def __init__(self, session: Session, outcome, files: list[str | Path]):
        super().__init__(QCoreApplication.translate("AgreementCommands", "Record the reply to a letter"))
        self.session, self.outcome, self.files = session, outcome, files
        self.before = None  # the outcome it replaced (row and attachments), or None
        self.saved = None  # this outcome as recorded, for redo

    def apply(self) -> None:
        store = self.session.store
        if self.saved is None:
            done = agreements.set_outcome(store, self.outcome, self.files)
            (self.before, self.outcome), changes = done.value, done.changes
        else:
            changes = agreements.restore_outcome(store, self.saved)
        self.session.notify(changes)

    def revert(self) -> None:
        done = agreements.take_back_outcome(self.session.store, self.outcome.letter_id, self.before)
        self.saved = done.value
        self.session.notify(done.changes)


class AddAgreement(StoreCommand):
    def __init__(self, session: Session, agreement: Agreement, files: list[str | Path], lender: str):
        super().__init__(QCoreApplication.translate("AgreementCommands", "Record an agreement with {lender}")
                         .format(lender=lender))
        self.session, self.agreement, self.files = session, agreement, files
        self.snapshot = None

    def apply(self) -> None:
        if self.snapshot is None:
            done = agreements.add_agreement(self.session.store, self.agreement, self.files)
            self.agreement, changes = done.value, done.changes
        else:
            changes = agreements.restore_agreement(self.session.store, self.snapshot)
        self.session.notify(changes)

    def revert(self) -> None:
        done = agreements.delete_agreement(self.session.store, self.agreement.id)
        self.snapshot = done.value
        self.session.notify(done.changes)


class EndAgreement(StoreCommand):
    def __init__(self, session: Session, agreement: Agreement, ended_on: date | None, reason: str):
        super().__init__(QCoreApplication.translate("AgreementCommands", "End an agreement"))
        self.session, self.agreement, self.ended_on, self.reason = session, agreement, ended_on, reason

    def apply(self) -> None:
        self.session.notify(agreements.end_agreement(
            self.session.store, self.agreement.id, self.ended_on, self.reason).changes)

    def revert(self) -> None:
        self.session.notify(agreements.end_agreement(
            self.session.store, self.agreement.id, self.agreement.ended_on, self.agreement.end_reason).changes)


class AddLegalEvent(StoreCommand):
    def __init__(self, session: Session, event: LegalEvent, files: list[str | Path]):
        super().__init__(QCoreApplication.translate("AgreementCommands", "Add a legal time limit"))
        self.session, self.event, self.files = session, event, files
        self.saved = None

    def apply(self) -> None:
        if self.saved is None:
            done = agreements.add_legal_event(self.session.store, self.event, self.files)
            self.event, changes = done.value, done.changes
        else:
            changes = agreements.restore_legal_event(self.session.store, self.saved)
        self.session.notify(changes)

    def revert(self) -> None:
        done = agreements.delete_legal_event(self.session.store, self.event.id)
        self.saved = done.value
        self.session.notify(done.changes)


class DeleteLegalEvent(StoreCommand):
    def __init__(self, session: Session, event: LegalEvent):
        super().__init__(QCoreApplication.translate("AgreementCommands", "Delete a legal time limit"))
        self.session, self.event = session, event
        self.saved = None

    def apply(self) -> None:
        done = agreements.delete_legal_event(self.session.store, self.event.id)
        self.saved = done.value
        self.session.notify(done.changes)

    def revert(self) -> None:
        self.session.notify(agreements.restore_legal_event(self.session.store, self.saved))
