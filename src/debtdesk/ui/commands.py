"""Undo commands: each redo/undo is one store transaction followed by a refresh.

`QUndoStack.push()` runs `redo()` at once, so the first redo performs the
action; ids assigned then are kept, so redo after undo restores the same rows.
Each step writes only what its command changed and passes what it expects
to find, so a row changed elsewhere since is refused (ConflictError), never
overwritten.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from debtdesk.domain.debt import Debt, Payment
from debtdesk.store import DebtSnapshot
from debtdesk.services.changes import (
    AGREEMENTS, CONTACTS, DEBTS, LETTERS, PAYMENTS, PLANS, Changes,
)
from debtdesk.ui.session import Session
from debtdesk.ui.undo import StoreCommand

translate = QCoreApplication.translate  # called with literal texts only, which lupdate extracts


class AddDebt(StoreCommand):
    def __init__(self, session: Session, debt: Debt):
        super().__init__(translate("Commands", "Add debt to {lender}").format(lender=debt.lender.name))
        self.session = session
        self.debt = debt
        self.snapshot: DebtSnapshot | None = None  # what hung on the debt when it was undone

    def apply(self) -> None:
        if self.snapshot is None:
            self.debt = self.session.store.add_debt(self.debt)
        else:  # redo: payments, proposals and links recorded since come back too
            self.session.store.restore_debt(self.snapshot)
        self.session.notify(_whole_debt(self.debt.id))

    def revert(self) -> None:  # refused if the debt was changed elsewhere since
        self.snapshot = self.session.store.delete_debt(self.debt.id, expected=self.debt)
        self.session.notify(_whole_debt(self.debt.id))


class EditDebt(StoreCommand):
    def __init__(self, session: Session, before: Debt, after: Debt):
        super().__init__(translate("Commands", "Edit debt to {lender}").format(lender=after.lender.name))
        self.session = session
        self.before = before
        self.after = after

    def apply(self) -> None:  # only the changed fields, and only over what was shown
        self.after = self.session.store.update_debt(self.after, before=self.before)
        self.session.notify(Changes.of(DEBTS, debts={self.after.id}))

    def revert(self) -> None:
        self.session.store.update_debt(self.before, before=self.after)
        self.session.notify(Changes.of(DEBTS, debts={self.after.id}))


class DeleteDebt(StoreCommand):
    def __init__(self, session: Session, debt: Debt):
        super().__init__(translate("Commands", "Delete debt to {lender}").format(lender=debt.lender.name))
        self.session = session
        self.debt_id = debt.id
        self.debt = debt
        self.snapshot: DebtSnapshot | None = None

    def apply(self) -> None:  # refused if the debt changed since it was shown
        self.snapshot = self.session.store.delete_debt(self.debt_id, expected=self.debt)
        self.debt = self.snapshot.debt
        self.session.notify(_whole_debt(self.debt_id))

    def revert(self) -> None:
        self.session.store.restore_debt(self.snapshot)
        self.session.notify(_whole_debt(self.debt_id))


class AddPayment(StoreCommand):
    def __init__(self, session: Session, payment: Payment, lender: str):
        super().__init__(translate("Commands", "Record payment to {lender}").format(lender=lender))
        self.session = session
        self.payment = payment

    def apply(self) -> None:
        self.payment = self.session.store.add_payment(self.payment)  # keeps its id on redo
        self.session.notify(_payments_of(self.payment))

    def revert(self) -> None:
        self.session.store.delete_payment(self.payment.id, expected=self.payment)
        self.session.notify(_payments_of(self.payment))


class EditPayment(StoreCommand):
    def __init__(self, session: Session, before: Payment, after: Payment):
        super().__init__(translate("Commands", "Edit payment"))
        self.session = session
        self.before = before
        self.after = replace(after, id=before.id)

    def apply(self) -> None:
        self.session.store.update_payment(self.after, before=self.before)
        self.session.notify(_payments_of(self.after))

    def revert(self) -> None:
        self.session.store.update_payment(self.before, before=self.after)
        self.session.notify(_payments_of(self.after))


class DeletePayment(StoreCommand):
    def __init__(self, session: Session, payment: Payment):
        super().__init__(translate("Commands", "Delete payment"))
        self.session = session
        self.payment = payment

    def apply(self) -> None:
        self.payment = self.session.store.delete_payment(self.payment.id, expected=self.payment)
        self.session.notify(_payments_of(self.payment))

    def revert(self) -> None:
        self.session.store.add_payment(self.payment)
        self.session.notify(_payments_of(self.payment))


def _whole_debt(debt_id: int) -> Changes:
    """A debt added or deleted: what hangs on it (payments, proposals, links, agreements) goes or comes too."""
    return Changes.of(DEBTS, PAYMENTS, PLANS, LETTERS, CONTACTS, AGREEMENTS, debts={debt_id})


def _payments_of(payment: Payment) -> Changes:
    return Changes.of(PAYMENTS, debts={payment.debt_id})
