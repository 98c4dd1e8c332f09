"""Undo commands: each redo/undo is one service call (one transaction) followed by a refresh.

`QUndoStack.push()` runs `redo()` at once, so the first redo performs the
action; ids assigned then are kept, so redo after undo restores the same rows.
Each step writes only what its command changed and passes what it expects
to find, so a row changed elsewhere since is refused (ConflictError), never
overwritten.  The use cases themselves live in `debtdesk.services.debts`,
shared with scripts and the command line; a command only remembers what its
undo needs and tells the session what changed.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from debtdesk.domain.debt import Debt, Payment
from debtdesk.services import debts
from debtdesk.ui.session import Session
from debtdesk.ui.undo import StoreCommand

translate = QCoreApplication.translate  # called with literal texts only, which lupdate extracts


class AddDebt(StoreCommand):
    def __init__(self, session: Session, debt: Debt):
        super().__init__(translate("Commands", "Add debt to {lender}").format(lender=debt.lender.name))
        self.session = session
        self.debt = debt
        self.snapshot = None  # what hung on the debt when it was undone

    def apply(self) -> None:
        if self.snapshot is None:
            done = debts.add_debt(self.session.store, self.debt)
            self.debt, changes = done.value, done.changes
        else:  # redo: payments, proposals and links recorded since come back too
            changes = debts.restore_debt(self.session.store, self.snapshot)
        self.session.notify(changes)

    def revert(self) -> None:  # refused if the debt was changed elsewhere since
        done = debts.delete_debt(self.session.store, self.debt.id, expected=self.debt)
        self.snapshot = done.value
        self.session.notify(done.changes)


class EditDebt(StoreCommand):
    def __init__(self, session: Session, before: Debt, after: Debt):
        super().__init__(translate("Commands", "Edit debt to {lender}").format(lender=after.lender.name))
        self.session = session
        self.before = before
        self.after = after

    def apply(self) -> None:  # only the changed fields, and only over what was shown
        done = debts.edit_debt(self.session.store, self.before, self.after)
        self.after = done.value
        self.session.notify(done.changes)

    def revert(self) -> None:
        self.session.notify(debts.edit_debt(self.session.store, self.after, self.before).changes)


class DeleteDebt(StoreCommand):
    def __init__(self, session: Session, debt: Debt):
        super().__init__(translate("Commands", "Delete debt to {lender}").format(lender=debt.lender.name))
        self.session = session
        self.debt_id = debt.id
        self.debt = debt
        self.snapshot = None

    def apply(self) -> None:  # refused if the debt changed since it was shown
        done = debts.delete_debt(self.session.store, self.debt_id, expected=self.debt)
        self.snapshot = done.value
        self.debt = self.snapshot.debt
        self.session.notify(done.changes)

    def revert(self) -> None:
        self.session.notify(debts.restore_debt(self.session.store, self.snapshot))


class AddPayment(StoreCommand):
    def __init__(self, session: Session, payment: Payment, lender: str):
        super().__init__(translate("Commands", "Record payment to {lender}").format(lender=lender))
        self.session = session
        self.payment = payment

    def apply(self) -> None:
        done = debts.record_payment(self.session.store, self.payment)  # keeps its id on redo
        self.payment = done.value
        self.session.notify(done.changes)

    def revert(self) -> None:
        self.session.notify(debts.delete_payment(self.session.store, self.payment.id, expected=self.payment).changes)


class EditPayment(StoreCommand):
    def __init__(self, session: Session, before: Payment, after: Payment):
        super().__init__(translate("Commands", "Edit payment"))
        self.session = session
        self.before = before
        self.after = replace(after, id=before.id)

    def apply(self) -> None:
        self.session.notify(debts.edit_payment(self.session.store, self.before, self.after))

    def revert(self) -> None:
        self.session.notify(debts.edit_payment(self.session.store, self.after, self.before))


class DeletePayment(StoreCommand):
    def __init__(self, session: Session, payment: Payment):
        super().__init__(translate("Commands", "Delete payment"))
        self.session = session
        self.payment = payment

    def apply(self) -> None:
        done = debts.delete_payment(self.session.store, self.payment.id, expected=self.payment)
        self.payment = done.value
        self.session.notify(done.changes)

    def revert(self) -> None:
        self.session.notify(debts.record_payment(self.session.store, self.payment).changes)
