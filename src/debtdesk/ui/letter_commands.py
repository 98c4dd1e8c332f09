"""Undo commands for the letters history: marking a letter as sent, removing an entry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from debtdesk.domain.sending import Sending, SentVia
from debtdesk.store.letters import LetterLog, LetterRecord
from debtdesk.services.changes import AGREEMENTS, LETTERS, Changes
from debtdesk.ui.session import Session
from debtdesk.ui.undo import StoreCommand


def _sending(record: LetterRecord) -> Sending | None:
    return Sending(record.sent_on, SentVia(record.sent_via)) if record.sent_on else None


class MarkLetterSent(StoreCommand):
    def __init__(self, session: Session, record: LetterRecord, sending: Sending | None):
        super().__init__(QCoreApplication.translate("LetterCommands", "Mark letter to {to} as sent").format(
            to=record.recipient) if sending else QCoreApplication.translate(
            "LetterCommands", "Mark letter to {to} as not sent").format(to=record.recipient))
        self.session = session
        self.record = record
        self.sending = sending

    def apply(self) -> None:
        LetterLog(self.session.store).set_sent(self.record.id, self.sending)
        self.session.notify(Changes.of(LETTERS))

    def revert(self) -> None:
        LetterLog(self.session.store).set_sent(self.record.id, _sending(self.record))
        self.session.notify(Changes.of(LETTERS))


class RemoveLetter(StoreCommand):
    def __init__(self, session: Session, record: LetterRecord):
        super().__init__(QCoreApplication.translate("LetterCommands", "Remove letter to {to} from the history")
                         .format(to=record.recipient))
        self.session = session
        self.record = record

    def apply(self) -> None:
        self.record = LetterLog(self.session.store).remove(self.record.id)
        self.session.notify(Changes.of(LETTERS, AGREEMENTS))

    def revert(self) -> None:
        LetterLog(self.session.store).restore(self.record)
        self.session.notify(Changes.of(LETTERS, AGREEMENTS))
