"""What came of the letters: replies, agreements and legal events, one transaction per use case.

The window's undo commands and the `agreement` command call the same
functions.  An agreement in force changes its debt's status; a reply or a
legal event does not (they feed the follow-up: reminders, deadlines).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Iterable

from debtdesk.domain.agreement import Agreement
from debtdesk.domain.time_limits import LegalEvent
from debtdesk.store.agreements import AgreementBook, AgreementSnapshot, LetterOutcome
from debtdesk.store.repository import Store
from debtdesk.services.changes import AGREEMENTS, LETTERS, Changes, Done
from debtdesk.services.transaction import transaction

#: a saved reply or legal event: its row and its attachment rows (`AgreementBook`'s snapshots)
Saved = tuple[dict, tuple[dict, ...]]

REPLIES = Changes.of(AGREEMENTS, LETTERS, debts=())  # no debt's status depends on a reply
EVENTS = Changes.of(AGREEMENTS, debts=())


def agreement_changes(debt_id: int) -> Changes:
    return Changes.of(AGREEMENTS, debts={debt_id})


# -- replies to letters -----------------------------------------------------------------
def set_outcome(store: Store, outcome: LetterOutcome,
                files: Iterable[str | Path] = ()) -> Done[tuple[Saved | None, LetterOutcome]]:
    """Record (or replace) a letter's reply: (the reply it replaced, or None; this one as saved)."""
    book = AgreementBook(store)
    with transaction(store):
        before = book.outcome_snapshot(outcome.letter_id)  # the earlier reply's files stay with it
        saved = book.set_outcome(outcome, files)
    return Done((before, saved), REPLIES)


def take_back_outcome(store: Store, letter_id: int, before: Saved | None) -> Done[Saved | None]:
    """Undo of `set_outcome`: clear the reply and put back `before`, in one transaction.

    Returns the cleared reply, for `restore_outcome` (redo).
    """
    book = AgreementBook(store)
    with transaction(store):
        cleared = book.clear_outcome(letter_id)
        if before is not None:
            book.restore_outcome(before)
    return Done(cleared, REPLIES)


def restore_outcome(store: Store, saved: Saved) -> Changes:
    with transaction(store):
        AgreementBook(store).restore_outcome(saved)
    return REPLIES


# -- agreements -----------------------------------------------------------------------------
def add_agreement(store: Store, agreement: Agreement, files: Iterable[str | Path] = ()) -> Done[Agreement]:
    with transaction(store):
        saved = AgreementBook(store).add(agreement, files)
    return Done(saved, agreement_changes(saved.debt_id))


def delete_agreement(store: Store, agreement_id: int) -> Done[AgreementSnapshot]:
    book = AgreementBook(store)
    with transaction(store):
        debt_id = book.agreement(agreement_id).debt_id
        snapshot = book.delete(agreement_id)
    return Done(snapshot, agreement_changes(debt_id))


def restore_agreement(store: Store, snapshot: AgreementSnapshot) -> Changes:
    with transaction(store):
        AgreementBook(store).restore(snapshot)
    return agreement_changes(snapshot.row["debt_id"])


def end_agreement(store: Store, agreement_id: int, ended_on: date | None, reason: str = "") -> Done[Agreement]:
    """End it on `ended_on` (None: in force again); the agreement as it was before, for undo."""
    with transaction(store):
        before = AgreementBook(store).end(agreement_id, ended_on, reason)
    return Done(before, agreement_changes(before.debt_id))


# -- legal events ---------------------------------------------------------------------------
def add_legal_event(store: Store, event: LegalEvent, files: Iterable[str | Path] = ()) -> Done[LegalEvent]:
    with transaction(store):
        saved = AgreementBook(store).add_event(event, files)
    return Done(saved, EVENTS)


def delete_legal_event(store: Store, event_id: int) -> Done[Saved]:
    with transaction(store):
        saved = AgreementBook(store).delete_event(event_id)
    return Done(saved, EVENTS)


def restore_legal_event(store: Store, saved: Saved) -> Changes:
    with transaction(store):
        AgreementBook(store).restore_event(saved)
    return EVENTS
