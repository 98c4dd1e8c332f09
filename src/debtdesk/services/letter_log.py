"""The letters history: recording an exported letter, marking it sent, removing an entry, and the undo of each."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from debtdesk.domain.proposal import ProposalOptions
from debtdesk.domain.sending import Sending, SentVia
from debtdesk.store.letters import LetterLog, LetterRecord
from debtdesk.store.repository import Store
from debtdesk.store.settings import set_borrower_details
from debtdesk.services.changes import AGREEMENTS, LETTERS, PLANS, Changes, Done
from debtdesk.services.transaction import transaction

SENT = Changes.of(LETTERS, debts=())
LISTED = Changes.of(LETTERS, AGREEMENTS, debts=())  # its reply goes and comes with it; no status moves


def record_letter(store: Store, path: Path, kind: str, language: str, recipient: str, created_on: date,
                  debt_id: int | None = None, proposal: ProposalOptions | None = None,
                  borrower: dict[str, str] | None = None) -> Done[LetterRecord]:
    """An exported letter in the history (with `proposal`: what it asked for, among the saved proposals).

    `borrower`: the writer's details as the letter was signed, kept for the next letter.  No page
    shows them (only the letter dialog, which reads them when it opens), so they are not announced
    as a change of settings, which would make every debt's status be computed again.
    """
    with transaction(store):
        if borrower is not None:
            set_borrower_details(store, borrower)
        record = LetterLog(store).record(path, kind, language, recipient, created_on, debt_id, proposal)
    touched = LISTED if proposal is None else LISTED | Changes.of(PLANS, debts=())
    return Done(record, touched)


def sending_of(record: LetterRecord) -> Sending | None:
    """How the letter was sent, as the record has it (None: not sent)."""
    return Sending(record.sent_on, SentVia(record.sent_via)) if record.sent_on else None


def mark_sent(store: Store, letter_id: int, sending: Sending | None) -> Done[LetterRecord]:
    """Mark as sent (None: as not sent); the record as it was before."""
    with transaction(store):
        before = LetterLog(store).set_sent(letter_id, sending)
    return Done(before, SENT)


def remove_letter(store: Store, letter_id: int) -> Done[LetterRecord]:
    """Out of the history (the file stays where it is); the record, for `restore_letter`."""
    with transaction(store):
        record = LetterLog(store).remove(letter_id)
    return Done(record, LISTED)


def restore_letter(store: Store, record: LetterRecord) -> Changes:
    with transaction(store):
        LetterLog(store).restore(record)
    return LISTED
