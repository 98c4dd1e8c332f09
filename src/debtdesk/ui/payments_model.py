"""The payments recorded on one debt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from debtdesk.domain.money import format_amount, to_minor
from debtdesk.ui.table_model import RIGHT, Column, RowTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("PaymentsModel", text)


class PaymentsModel(RowTableModel):
    columns = [
        Column(lambda: _tr("Date"), lambda p: p.paid_on.isoformat()),
        Column(lambda: _tr("Amount"), lambda p: format_amount(p.amount), lambda p: to_minor(p.amount), RIGHT),
        Column(lambda: _tr("Note"), lambda p: p.note),
    ]
