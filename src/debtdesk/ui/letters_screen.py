"""The letters history: every exported letter, whether its file is still as sent.

New negotiation letters start from the Proposal page; complaint letters
about collector conduct start here, for a debt with flagged contacts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from debtdesk.letters import COMPLAINT
from debtdesk.store.contacts import ContactLog
from debtdesk.store.letters import LetterLog, LetterRecord
from debtdesk.ui import msgbox
from debtdesk.ui.debt_detail import make_table
from debtdesk.ui.session import FollowsSession, Session
from debtdesk.ui.table_model import Column, RowTableModel
from debtdesk.ui.widgets import plain_label

_STATUS = {"ok": "File as exported", "missing": "File missing", "changed": "File changed since export"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("LettersScreen", text)


class LettersModel(RowTableModel):
    columns = [
        Column(lambda: _tr("Date"), lambda r: r[0].created_on.isoformat()),
        Column(lambda: _tr("Kind"), lambda r: _tr("Complaint") if r[0].kind == COMPLAINT else _tr("Negotiation")),
        Column(lambda: _tr("Language"), lambda r: r[0].language),
        Column(lambda: _tr("To"), lambda r: r[0].recipient),
        Column(lambda: _tr("File"), lambda r: r[0].file_path),
        Column(lambda: _tr("Check"), lambda r: _tr(_STATUS[r[1]])),
        Column(lambda: _tr("SHA-256"), lambda r: r[0].sha256[:16] + "…"),
    ]


class LettersScreen(FollowsSession, QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("LettersScreen")
        self.model = LettersModel(self)
        self.table = make_table(self.model, "lettersTable")
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.complaint_debt = QComboBox()
        self.complaint_debt.setObjectName("complaintDebt")
        complaint = QPushButton(_tr("Write a complaint about collection conduct…"))
        complaint.setObjectName("complaintButton")
        complaint.clicked.connect(self.write_complaint)
        self.complaint_button = complaint
        open_button = QPushButton(_tr("Open"))
        open_button.clicked.connect(self.open_selected)
        bar = QHBoxLayout()
        bar.addWidget(plain_label(_tr("Complaint about:")))
        bar.addWidget(self.complaint_debt, 1)
        bar.addWidget(complaint)
        bar.addStretch(1)
        bar.addWidget(open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(_tr(
            "Negotiation letters start on the Proposal page. Every exported letter is listed here with its "
            "checksum, so you can show later exactly what you sent.")))
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.follow(session)
        self.reload()

    def reload(self) -> None:
        records = LetterLog(self.session.store).list()
        self.model.set_rows([(r, LetterLog.verify(r)) for r in records])
        flagged = {c.debt_id for c, flags in ContactLog(self.session.store).flagged() if flags and c.debt_id}
        self.complaint_debt.clear()
        for debt in self.session.store.debts():
            if debt.id in flagged:
                self.complaint_debt.addItem(debt.lender.name, debt.id)
        has = self.complaint_debt.count() > 0
        self.complaint_button.setEnabled(has)
        if not has:
            self.complaint_debt.addItem(_tr("no flagged collector contacts logged"))
        self.complaint_debt.setEnabled(has)

    def selected(self) -> LetterRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row())[0] if rows else None

    def open_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        if not Path(record.file_path).is_file():
            msgbox.error(self, _tr("File missing"), _tr("{path} is no longer there.").format(path=record.file_path))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(record.file_path))

    def write_complaint(self) -> None:
        from debtdesk.ui.letter_dialog import LetterDialog

        debt_id = self.complaint_debt.currentData()
        if debt_id is not None:
            LetterDialog(self, self.session, debt_id, COMPLAINT).exec()
