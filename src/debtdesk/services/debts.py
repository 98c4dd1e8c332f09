"""Debts and their payments: each use case and the one that undoes it, one transaction each.

The window's undo commands and any script call these; each returns what it
touched (`Changes`) so the session refreshes only that.  Writes go only over
what the caller last saw (`expected`/`before`): a row changed elsewhere since
is refused with ConflictError, never overwritten.
"""

from __future__ import annotations

from debtdesk.domain.debt import Debt, Payment
from debtdesk.store import DebtSnapshot
from debtdesk.store.repository import Store
from debtdesk.services.changes import AGREEMENTS, CONTACTS, DEBTS, LETTERS, PAYMENTS, PLANS, Changes, Done
from debtdesk.services.transaction import transaction


def whole_debt(debt_id: int) -> Changes:
    """A debt added or deleted: what hangs on it (payments, proposals, links, agreements) goes or comes too."""
    return Changes.of(DEBTS, PAYMENTS, PLANS, LETTERS, CONTACTS, AGREEMENTS, debts={debt_id})


def payments_of(debt_id: int) -> Changes:
    return Changes.of(PAYMENTS, debts={debt_id})


def add_debt(store: Store, debt: Debt) -> Done[Debt]:
    """The debt as saved, with its id."""
    with transaction(store):
        saved = store.add_debt(debt)
    return Done(saved, whole_debt(saved.id))


def edit_debt(store: Store, before: Debt, after: Debt) -> Done[Debt]:
    """Only the fields that differ from `before`, and only if the row still holds them."""
    with transaction(store):
        saved = store.update_debt(after, before=before)
    return Done(saved, Changes.of(DEBTS, debts={saved.id}))


def delete_debt(store: Store, debt_id: int, expected: Debt | None = None) -> Done[DebtSnapshot]:
    """The debt and everything hanging on it, kept in the snapshot so `restore_debt` brings it all back."""
    with transaction(store):
        snapshot = store.delete_debt(debt_id, expected=expected)
    return Done(snapshot, whole_debt(debt_id))


def restore_debt(store: Store, snapshot: DebtSnapshot) -> Changes:
    with transaction(store):
        store.restore_debt(snapshot)
    return whole_debt(snapshot.debt.id)


def record_payment(store: Store, payment: Payment) -> Done[Payment]:
    """The payment as saved; one that has an id (an undone delete, a redo) gets that id back."""
    with transaction(store):
        saved = store.add_payment(payment)
    return Done(saved, payments_of(saved.debt_id))


def edit_payment(store: Store, before: Payment, after: Payment) -> Changes:
    with transaction(store):
        store.update_payment(after, before=before)
    return payments_of(after.debt_id)


def delete_payment(store: Store, payment_id: int, expected: Payment | None = None) -> Done[Payment]:
    """The payment as it was, for `record_payment` to put back."""
    with transaction(store):
        gone = store.delete_payment(payment_id, expected=expected)
    return Done(gone, payments_of(gone.debt_id))
