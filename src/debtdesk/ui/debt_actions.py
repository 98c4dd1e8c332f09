"""Adding, editing and deleting a debt or a payment from the window: a dialog, then one undo command.

Kept apart from `main_window` (which builds and wires the window): each is what one menu item,
register double-click or detail button does, and loads its dialog only when first used.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from debtdesk.ui import msgbox


def add_debt(window) -> None:
    from debtdesk.ui import commands
    from debtdesk.ui.debt_dialog import DebtDialog

    dialog = DebtDialog(window, [lender.name for lender in window.store.lenders()], window.session.as_of)
    if dialog.exec() and dialog.result_debt is not None:
        command = commands.AddDebt(window.session, dialog.result_debt)
        window.undo_stack.push(command)
        if command.debt.id is not None:
            window.show_debt(command.debt.id)  # wherever it was added from, show it


def edit_debt(window) -> None:
    from debtdesk.ui import commands
    from debtdesk.ui.debt_dialog import DebtDialog

    view = window.current_view()
    if view is None:
        return
    dialog = DebtDialog(window, [lender.name for lender in window.store.lenders()], window.session.as_of,
                        view.debt, window.store.earliest_payment(view.debt.id))
    if dialog.exec() and dialog.result_debt is not None and dialog.result_debt != view.debt:
        window.undo_stack.push(commands.EditDebt(window.session, view.debt, dialog.result_debt))


def delete_debt(window) -> None:
    from debtdesk.ui import commands

    view = window.current_view()
    if view is None:
        return
    question = QCoreApplication.translate("MainWindow", "Delete the debt to {lender} and its {n} recorded payments?\n"
                                          "You can undo this with Edit ▸ Undo.").format(
        lender=view.debt.lender.name, n=len(view.payments))
    if msgbox.confirm(window, QCoreApplication.translate("MainWindow", "Delete debt"), question,
                      QCoreApplication.translate("MainWindow", "Delete"),
                      QCoreApplication.translate("MainWindow", "Keep")):
        window.undo_stack.push(commands.DeleteDebt(window.session, view.debt))


def add_payment(window) -> None:
    from debtdesk.ui import commands
    from debtdesk.ui.payment_dialog import PaymentDialog

    view = window.current_view()
    if view is None:  # the action is disabled then, with a tooltip saying why
        return
    dialog = PaymentDialog(window, view, window.session.as_of)
    if dialog.exec() and dialog.result_payment is not None:
        window.undo_stack.push(commands.AddPayment(window.session, dialog.result_payment, view.debt.lender.name))


def edit_payment(window, payment) -> None:
    from debtdesk.ui import commands
    from debtdesk.ui.payment_dialog import PaymentDialog

    view = window.current_view()
    dialog = PaymentDialog(window, view, window.session.as_of, payment)
    if dialog.exec() and dialog.result_payment is not None and dialog.result_payment != payment:
        window.undo_stack.push(commands.EditPayment(window.session, payment, dialog.result_payment))


def delete_payment(window, payment) -> None:
    from debtdesk.ui import commands

    window.undo_stack.push(commands.DeletePayment(window.session, payment))
