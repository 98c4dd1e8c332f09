"""The small form behind "Mark as sent…": on which day, and how, a letter went out."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialog, QFormLayout, QWidget

from debtdesk.domain.sending import Sending, SentVia, parse_sending
from debtdesk.store.letters import LetterRecord
from debtdesk.ui.form_fields import FieldRow, combo, date_edit, save_cancel, show_errors
from debtdesk.ui.widgets import plain_label
from debtdesk.ui.i18n import show_date


def via_text(via: SentVia) -> str:
    return {
        SentVia.REGISTERED_POST: QCoreApplication.translate("SentDialog", "Registered post or courier (挂号信, EMS)"),
        SentVia.POST: QCoreApplication.translate("SentDialog", "Ordinary post"),
        SentVia.EMAIL: QCoreApplication.translate("SentDialog", "E-mail"),
        SentVia.APP: QCoreApplication.translate("SentDialog", "The lender's app or online service"),
        SentVia.IN_PERSON: QCoreApplication.translate("SentDialog", "Handed over in person"),
        SentVia.OTHER: QCoreApplication.translate("SentDialog", "Another way"),
    }[via]


class SentDialog(QDialog):
    def __init__(self, parent: QWidget | None, record: LetterRecord, today: date):
        super().__init__(parent)
        self.setObjectName("SentDialog")
        self.setWindowTitle(self.tr("Mark the letter as sent"))
        self.record = record
        self.today = today
        self.result_sending: Sending | None = None
        when = date_edit()
        day = record.sent_on or today
        when.setDate(QDate(day.year, day.month, day.day))
        how = combo([(v.value, via_text(v)) for v in SentVia])
        if record.sent_via:
            how.setCurrentIndex(how.findData(record.sent_via))
        self.rows = {
            "sent_on": FieldRow("sent_on", when),
            "sent_via": FieldRow("sent_via", how, self.tr(
                "Registered post or e-mail leaves proof of when it was sent; keep the receipt.")),
        }
        form = QFormLayout(self)
        form.addRow(plain_label(self.tr("Letter to {to}, exported on {date}.").format(
            to=record.recipient, date=show_date(record.created_on))))
        form.addRow(self.tr("&Sent on"), self.rows["sent_on"])
        form.addRow(self.tr("&How"), self.rows["sent_via"])
        self.buttons = save_cancel(self)
        form.addRow(self.buttons)
        self.setTabOrder(when, how)
        self.setTabOrder(how, self.buttons)

    def try_accept(self) -> None:
        values = {name: row.value() for name, row in self.rows.items()}
        sending, errors = parse_sending(values, self.record.created_on, self.today)
        show_errors(self.rows, errors)
        if errors:
            return
        self.result_sending = sending
        self.accept()
