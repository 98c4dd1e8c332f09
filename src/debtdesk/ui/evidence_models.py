"""Translatable names for hardship reasons, statuses and checklist titles; the items table model.

Checklist titles are English source texts in the domain; they are marked
here (context 'Evidence') so that lupdate finds them, and translated once,
when an item is created, so each file's checklist is in its owner's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from debtdesk.domain.evidence import EvidenceItem, EvidenceStatus, HardshipReason
from debtdesk.ui.debts_model import is_dark
from debtdesk.ui.table_model import RIGHT, Column, RowTableModel
from debtdesk.ui.widgets import plain_tooltip
from debtdesk.ui.i18n import marked

translate = QCoreApplication.translate  # called with literal texts only, which lupdate extracts

EVIDENCE_CTX = "Evidence"

#: Every template title of domain/evidence.py, for lupdate (a test keeps the two in step).
TEMPLATE_TITLES = (
    QT_TRANSLATE_NOOP("Evidence", "Identity document (ID card or passport)"),
    QT_TRANSLATE_NOOP("Evidence", "Income proof: recent pay slips"),
    QT_TRANSLATE_NOOP("Evidence", "Bank statements for the last 3–6 months"),
    QT_TRANSLATE_NOOP("Evidence", "A written statement of your situation"),
    QT_TRANSLATE_NOOP("Evidence", "The loan contract and recent statements"),
    QT_TRANSLATE_NOOP("Evidence", "Your credit report"),
    QT_TRANSLATE_NOOP("Evidence", "Diagnosis certificate"),
    QT_TRANSLATE_NOOP("Evidence", "Hospital admission and discharge records"),
    QT_TRANSLATE_NOOP("Evidence", "Medical bills and receipts"),
    QT_TRANSLATE_NOOP("Evidence", "Termination letter"),
    QT_TRANSLATE_NOOP("Evidence", "Unemployment registration"),
    QT_TRANSLATE_NOOP("Evidence", "New, lower pay slips"),
    QT_TRANSLATE_NOOP("Evidence", "Contracts for the delayed work or sale"),
    QT_TRANSLATE_NOOP("Evidence", "Proof that the payment to you is delayed"),
    QT_TRANSLATE_NOOP("Evidence", "School hardship certificate"),
    QT_TRANSLATE_NOOP("Evidence", "Proof of enrolment"),
    QT_TRANSLATE_NOOP("Evidence", "Certificates of the family emergency"),
    QT_TRANSLATE_NOOP("Evidence", "Official notices of the disaster"),
)


def translate_title(title: str) -> str:
    """A template title in the user's language (what add_from_templates stores)."""
    return marked("Evidence", title)


_TEXT = {
    HardshipReason.ILLNESS: QT_TRANSLATE_NOOP("EvidenceLabels", "Illness or accident"),
    HardshipReason.JOB_LOSS: QT_TRANSLATE_NOOP("EvidenceLabels", "Job loss or income drop"),
    HardshipReason.BUSINESS_DELAY: QT_TRANSLATE_NOOP("EvidenceLabels", "Business or project payment delay"),
    HardshipReason.STUDENT: QT_TRANSLATE_NOOP("EvidenceLabels", "Student"),
    HardshipReason.FAMILY_EMERGENCY: QT_TRANSLATE_NOOP("EvidenceLabels", "Family emergency"),
    HardshipReason.DISASTER: QT_TRANSLATE_NOOP("EvidenceLabels", "Disaster"),
    EvidenceStatus.NEEDED: QT_TRANSLATE_NOOP("EvidenceLabels", "Needed"),
    EvidenceStatus.REQUESTED: QT_TRANSLATE_NOOP("EvidenceLabels", "Requested"),
    EvidenceStatus.OBTAINED: QT_TRANSLATE_NOOP("EvidenceLabels", "Obtained"),
    EvidenceStatus.SENT: QT_TRANSLATE_NOOP("EvidenceLabels", "Sent"),
}


def evidence_label(value) -> str:
    return marked("EvidenceLabels", _TEXT[value])


def status_label(status: EvidenceStatus) -> str:
    return evidence_label(status)


@dataclass(frozen=True)
class ItemRow:
    """One checklist line as shown: the item and what is known about its files."""

    item: EvidenceItem
    files: int = 0
    missing: int = 0  # files missing or changed outside the app


def _day(day: date | None) -> str:
    return day.isoformat() if day else ""


def _files_text(row: ItemRow) -> str:
    if not row.files:
        return ""
    if row.missing:
        return translate("EvidenceScreen", "{count} ({missing} missing)").format(count=row.files, missing=row.missing)
    return str(row.files)


_STATUS_ORDER = list(EvidenceStatus)


class EvidenceItemsModel(RowTableModel):
    columns = [
        Column(lambda: translate("EvidenceScreen", "Item"), lambda r: r.item.title, lambda r: r.item.position),
        Column(lambda: translate("EvidenceScreen", "Status"), lambda r: status_label(r.item.status),
               lambda r: _STATUS_ORDER.index(r.item.status)),
        Column(lambda: translate("EvidenceScreen", "Requested"), lambda r: _day(r.item.requested_on)),
        Column(lambda: translate("EvidenceScreen", "Obtained"), lambda r: _day(r.item.obtained_on)),
        Column(lambda: translate("EvidenceScreen", "Sent"), lambda r: _day(r.item.sent_on)),
        Column(lambda: translate("EvidenceScreen", "Files"), _files_text, lambda r: r.files, RIGHT),
    ]

    def extra_data(self, row: ItemRow, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 1 and row.item.done:
                return QColor("#7fd88f" if is_dark() else "#1e7b34")
            if column == 5 and row.missing:
                return QColor("#ffb066" if is_dark() else "#9a5800")
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and row.item.notes:
            return plain_tooltip(row.item.notes)
        return None

    def row_for(self, item_id: int | None) -> int:
        for index, row in enumerate(self.rows()):
            if row.item.id == item_id:
                return index
        return -1
