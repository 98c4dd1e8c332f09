"""Recording (or correcting) one payment on a debt, seeing what it will do before saving.

The dialog shows where the debt stands today (overdue, penalties, owed in
all), offers what is due as a button rather than as grey text that looks
like an amount already entered, and, as the amount is typed, which
instalments it settles and what is left afterwards.  Every figure comes
from the ledger via `debtdesk.domain.payment_preview`.  A payment above
what is owed today is saved only after the person confirms both figures.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QFormLayout, QPushButton, QWidget

from debtdesk.domain.debt import Payment
from debtdesk.domain.money import format_amount
from debtdesk.domain.payment_preview import PaymentPreview, owed_today, preview, suggested_amount, without
from debtdesk.domain.status import DebtStatus
from debtdesk.domain.validation import TEXT_LIMITS, parse_payment
from debtdesk.ui import msgbox
from debtdesk.ui.debts_model import is_dark
from debtdesk.ui.form_fields import FieldRow, date_edit, fit_height, line, number_format, save_cancel, show_errors
from debtdesk.ui.widgets import plain_label
from debtdesk.ui.i18n import list_separator, show_date


class PaymentDialog(QDialog):
    def __init__(self, parent: QWidget | None, status: DebtStatus, as_of: date, payment: Payment | None = None):
        super().__init__(parent)
        self.setObjectName("PaymentDialog")
        debt = status.debt
        self.setWindowTitle(self.tr("Edit payment") if payment else
                            self.tr("Record a payment to {lender}").format(lender=debt.lender.name))
        self.debt = debt
        self.as_of = as_of
        self.payment = payment
        self.before = without(status, payment)
        self.numbers = number_format()
        self.result_payment: Payment | None = None

        self.situation = plain_label()
        self.situation.setObjectName("situation")
        self.situation.setText(self._situation_text())
        self.suggest_button = QPushButton()
        self.suggest_button.setObjectName("suggestAmount")
        self.suggest_button.clicked.connect(self._use_suggestion)
        self._suggestion = suggested_amount(self.before) if payment is None else None
        if self._suggestion is not None:
            amount, due_on = self._suggestion
            self.suggest_button.setText(
                self.tr("Pay the {amount} overdue").format(amount=format_amount(amount)) if due_on is None else
                self.tr("Pay the {amount} due {date}").format(amount=format_amount(amount), date=show_date(due_on)))
        self.suggest_button.setVisible(self._suggestion is not None)

        paid_on = date_edit()
        paid_on.setDate(QDate(as_of.year, as_of.month, as_of.day))
        self.rows = {
            "paid_on": FieldRow("paid_on", paid_on),
            "amount": FieldRow("amount", line()),
            "note": FieldRow("note", line("", TEXT_LIMITS["note"])),
        }
        self.effect = plain_label()
        self.effect.setObjectName("effect")
        form = QFormLayout(self)
        form.addRow(self.situation)
        form.addRow("", self.suggest_button)
        form.addRow(self.tr("Date paid"), self.rows["paid_on"])
        form.addRow(self.tr("Amount"), self.rows["amount"])
        form.addRow(self.tr("Note"), self.rows["note"])
        form.addRow(self.effect)
        if payment is not None:
            self.rows["paid_on"].set_value(payment.paid_on.isoformat())
            self.rows["amount"].set_value(self.numbers.show(payment.amount))
            self.rows["note"].set_value(payment.note)
        form.addRow(save_cancel(self))
        self.rows["amount"].widget.textChanged.connect(self.update_preview)
        paid_on.dateChanged.connect(self.update_preview)
        self.setMinimumWidth(520)
        self.update_preview()
        fit_height(self)

    # -- what the debt looks like today, and with this payment -----------------------
    def _situation_text(self) -> str:
        state, charges = self.before.state, self.before.accrued
        if state.oldest_unpaid is None and charges.owed == 0:
            return self.tr("Nothing is owed on this debt any more.")
        parts = []
        if state.overdue_amount > 0:
            parts.append(self.tr("Overdue: {amount}, since {date} ({days} days).").format(
                amount=format_amount(state.overdue_amount), date=show_date(state.oldest_unpaid.due_date),
                days=state.days_past_due))
        else:
            parts.append(self.tr("Nothing is overdue."))
        if charges.owed > 0:
            parts.append(self.tr("Penalty interest and fees owed: {amount}.").format(
                amount=format_amount(charges.owed)))
        parts.append(self.tr("Owed today in all: {amount}.").format(amount=format_amount(owed_today(self.before))))
        return " ".join(parts)

    def _use_suggestion(self) -> None:
        if self._suggestion is not None:
            self.rows["amount"].set_value(self.numbers.show(self._suggestion[0]))

    def _candidate(self) -> Payment | None:
        raw = {name: row.value() for name, row in self.rows.items()}
        payment, errors = parse_payment(raw, self.debt, self.as_of, self.payment.id if self.payment else None,
                                        self.numbers)
        return None if errors else payment

    def update_preview(self) -> None:
        candidate = self._candidate()
        if candidate is None:
            self.effect.setText("")
            return
        result = preview(self.before, candidate)
        self.effect.setText(self._effect_text(result, candidate))
        over = candidate.amount > owed_today(self.before)
        colour = ("#ffb066" if is_dark() else "#9a5800") if over else ""
        self.effect.setStyleSheet(f"color: {colour};" if colour else "")
        fit_height(self)

    def _effect_text(self, result: PaymentPreview, candidate: Payment) -> str:
        parts = []
        owed = owed_today(self.before)
        if candidate.amount > owed:
            parts.append(self.tr("That is more than the {owed} owed today.").format(owed=format_amount(owed)))
        settled = result.settles
        if len(settled) > 2:
            parts.append(self.tr("Settles instalments {first}–{last} (due {start} to {end}).").format(
                first=settled[0].number, last=settled[-1].number, start=show_date(settled[0].due_date),
                end=show_date(settled[-1].due_date)))
        elif settled:
            names = list_separator().join(self.tr("instalment {number} (due {date})").format(
                number=i.number, date=show_date(i.due_date)) for i in settled)
            parts.append(self.tr("Settles {names}.").format(names=names))
        if result.partly is not None:
            parts.append(self.tr("Pays part of instalment {number} (due {date}).").format(
                number=result.partly.number, date=show_date(result.partly.due_date)))
        if result.overdue_after > 0:
            parts.append(self.tr("Still overdue afterwards: {amount}.").format(
                amount=format_amount(result.overdue_after)))
        elif self.before.state.overdue_amount > 0:
            parts.append(self.tr("Nothing overdue afterwards."))
        if result.penalties_after > 0:
            parts.append(self.tr("Penalties still owed: {amount}.").format(
                amount=format_amount(result.penalties_after)))
        if result.left > 0:
            parts.append(self.tr("Left to pay afterwards: {amount}.").format(amount=format_amount(result.left)))
        else:
            parts.append(self.tr("The debt is paid off afterwards."))
        if result.surplus > 0:
            parts.append(self.tr("{amount} is more than the debt could ever ask, future interest included.").format(
                amount=format_amount(result.surplus)))
        return " ".join(parts)

    # -- saving ----------------------------------------------------------------------
    def try_accept(self) -> None:
        raw = {name: row.value() for name, row in self.rows.items()}
        payment_id = self.payment.id if self.payment else None
        payment, errors = parse_payment(raw, self.debt, self.as_of, payment_id, self.numbers)
        show_errors(self.rows, errors)
        if errors:
            return
        owed = owed_today(self.before)
        if payment.amount > owed and not msgbox.confirm(
                self, self.tr("More than is owed"),
                self.tr("You are recording a payment of {amount} to {lender}, but {owed} is owed on this debt "
                        "today, penalties included.\n\nIs {amount} the amount you paid?").format(
                    amount=format_amount(payment.amount), lender=self.debt.lender.name, owed=format_amount(owed)),
                self.tr("Record {amount}").format(amount=format_amount(payment.amount)),
                self.tr("Change the amount")):
            self.rows["amount"].widget.setFocus()
            self.rows["amount"].widget.selectAll()
            return
        self.result_payment = payment
        self.accept()
