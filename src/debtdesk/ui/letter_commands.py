"""Undo commands for the letters history: marking a letter as sent, removing an entry.

Each step is one call to `debtdesk.services.letter_log` (one transaction).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from debtdesk.domain.sending import Sending
from debtdesk.services import letter_log
from debtdesk.ui.session import Session
from debtdesk.ui.undo import StoreCommand


class MarkLetterSent(StoreCommand):
    def __init__(self, session: Session, record, sending: Sending | None):
        super().__init__(QCoreApplication.translate("LetterCommands", "Mark letter to {to} as sent").format(
            to=record.recipient) if sending else QCoreApplication.translate(
            "LetterCommands", "Mark letter to {to} as not sent").format(to=record.recipient))
        self.session = session
        self.record = record
        self.sending = sending

    def apply(self) -> None:
        self.session.notify(letter_log.mark_sent(self.session.store, self.record.id, self.sending).changes)

    def revert(self) -> None:
        self.session.notify(letter_log.mark_sent(
            self.session.store, self.record.id, letter_log.sending_of(self.record)).changes)


class RemoveLetter(StoreCommand):
    def __init__(self, session: Session, record):
        super().__init__(QCoreApplication.translate("LetterCommands", "Remove letter to {to} from the history")
                         .format(to=record.recipient))
        self.session = session
        self.record = record

    def apply(self) -> None:
        done = letter_log.remove_letter(self.session.store, self.record.id)
        self.record = done.value
        self.session.notify(done.changes)

    def revert(self) -> None:
        self.session.notify(letter_log.restore_letter(self.session.store, self.record))
