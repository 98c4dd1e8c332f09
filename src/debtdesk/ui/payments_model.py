"""The payments recorded on one debt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from debtdesk.domain.money import format_amount, to_minor
from debtdesk.ui.table_model import RIGHT, Column, RowTableModel

translate = QCoreApplication.translate  # called with literal texts only, which lupdate extracts


class PaymentsModel(RowTableModel):
    columns = [
        Column(lambda: translate("PaymentsModel", "Date"), lambda p: p.paid_on.isoformat()),
        Column(lambda: translate(
            "PaymentsModel", "Amount"), lambda p: format_amount(p.amount), lambda p: to_minor(p.amount), RIGHT),
        Column(lambda: translate("PaymentsModel", "Note"), lambda p: p.note),
    ]
