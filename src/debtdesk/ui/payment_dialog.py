"""Recording (or correcting) one payment on a debt."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QFormLayout, QWidget

from debtdesk.domain.debt import Debt, Payment
from debtdesk.domain.validation import TEXT_LIMITS, parse_payment
from debtdesk.ui.form_fields import FieldRow, date_edit, line, show_errors, save_cancel


class PaymentDialog(QDialog):
    def __init__(self, parent: QWidget | None, debt: Debt, as_of: date,
                 payment: Payment | None = None, suggested: str = ""):
        super().__init__(parent)
        self.setObjectName("PaymentDialog")
        self.setWindowTitle(self.tr("Edit payment") if payment else
                            self.tr("Record a payment to {lender}").format(lender=debt.lender.name))
        self.debt = debt
        self.as_of = as_of
        self.payment = payment
        self.result_payment: Payment | None = None
        paid_on = date_edit()
        paid_on.setDate(QDate(as_of.year, as_of.month, as_of.day))
        self.rows = {
            "paid_on": FieldRow("paid_on", paid_on),
            "amount": FieldRow("amount", line(suggested or "0.00")),
            "note": FieldRow("note", line("", TEXT_LIMITS["note"])),
        }
        form = QFormLayout(self)
        form.addRow(self.tr("Date paid"), self.rows["paid_on"])
        form.addRow(self.tr("Amount"), self.rows["amount"])
        form.addRow(self.tr("Note"), self.rows["note"])
        if payment is not None:
            self.rows["paid_on"].set_value(payment.paid_on.isoformat())
            self.rows["amount"].set_value(str(payment.amount))
            self.rows["note"].set_value(payment.note)
        buttons = save_cancel(self)
        form.addRow(buttons)

    def try_accept(self) -> None:
        raw = {name: row.value() for name, row in self.rows.items()}
        payment_id = self.payment.id if self.payment else None
        payment, errors = parse_payment(raw, self.debt, self.as_of, payment_id)
        show_errors(self.rows, errors)
        if errors:
            return
        self.result_payment = payment
        self.accept()
