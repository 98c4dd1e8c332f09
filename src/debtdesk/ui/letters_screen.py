"""The letters history: every exported letter, whether it was sent, whether its file is still as sent.

New negotiation letters start from the Proposal page; complaint letters
about collector conduct start here, for a lender with flagged contacts
(linked to its debts, or naming it as the company: `domain.complaints`).
Marking a letter as sent and removing an entry are undo commands on the
window's stack; the PDF itself is never deleted.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from debtdesk.domain.sending import SentVia
from debtdesk.letters import COMPLAINT
from debtdesk.services.complaint_debts import debts_with_complaints
from debtdesk.services.statuses import collector_paused
from debtdesk.store.letters import LetterLog, LetterRecord
from debtdesk.ui import msgbox
from debtdesk.ui.debt_detail import make_table
from debtdesk.ui.help_dialog import help_button
from debtdesk.ui.letter_commands import MarkLetterSent, RemoveLetter
from debtdesk.ui.session import FollowsSession, Session
from debtdesk.ui.table_model import Column, RowTableModel
from debtdesk.ui.widgets import plain_label
from debtdesk.services.changes import AGREEMENTS, CONTACTS, DEBTS, LETTERS


def _check_text(status: str) -> str:
    return {
        "ok": QCoreApplication.translate("LettersScreen", "File as exported"),
        "missing": QCoreApplication.translate("LettersScreen", "File missing"),
        "changed": QCoreApplication.translate("LettersScreen", "File changed since export"),
    }[status]


def _sent_text(record: LetterRecord) -> str:
    if record.sent_on is None:
        return QCoreApplication.translate("LettersScreen", "not marked as sent")
    from debtdesk.ui.sent_dialog import via_text

    return f"{record.sent_on.isoformat()} · {via_text(SentVia(record.sent_via))}"


def _kind_text(record: LetterRecord) -> str:
    if record.kind == COMPLAINT:
        return QCoreApplication.translate("LettersScreen", "Complaint")
    return QCoreApplication.translate("LettersScreen", "Negotiation")


class LettersModel(RowTableModel):
    columns = [
        Column(lambda: QCoreApplication.translate("LettersScreen", "Date"), lambda r: r[0].created_on.isoformat()),
        Column(lambda: QCoreApplication.translate("LettersScreen", "Kind"), lambda r: _kind_text(r[0])),
        Column(lambda: QCoreApplication.translate("LettersScreen", "Language"), lambda r: r[0].language),
        Column(lambda: QCoreApplication.translate("LettersScreen", "To"), lambda r: r[0].recipient),
        Column(lambda: QCoreApplication.translate("LettersScreen", "File"), lambda r: r[0].file_path),
        Column(lambda: QCoreApplication.translate("LettersScreen", "Check"), lambda r: _check_text(r[1])),
        Column(lambda: QCoreApplication.translate("LettersScreen", "Sent"), lambda r: _sent_text(r[0])),
        Column(lambda: QCoreApplication.translate("LettersScreen", "SHA-256"), lambda r: r[0].sha256[:16] + "…"),
    ]


class LettersScreen(FollowsSession, QWidget):

    watches = frozenset({LETTERS, DEBTS, AGREEMENTS, CONTACTS})
    def __init__(self, session: Session, undo_stack: QUndoStack | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("LettersScreen")
        self.undo_stack = undo_stack or QUndoStack(self)
        self.model = LettersModel(self)
        self.table = make_table(self.model, "lettersTable")
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.complaint_debt = QComboBox()
        self.complaint_debt.setObjectName("complaintDebt")
        about = QLabel(self.tr("Complaint &about:"))
        about.setBuddy(self.complaint_debt)
        self.complaint_button = self._button(self.tr("Write a &complaint about collection conduct…"),
                                             "complaintButton", self.write_complaint)
        self.open_button = self._button(self.tr("&Open"), "openLetter", self.open_selected)
        self.sent_button = self._button(self.tr("&Mark as sent…"), "markSent", self.mark_sent)
        self.remove_button = self._button(self.tr("&Remove from the list"), "removeLetter", self.remove_selected)
        self.remove_button.setToolTip(self.tr("Takes the entry off this list; the PDF file stays where it is. "
                                              "Edit ▸ Undo brings the entry back."))
        self.remove_action = QAction(self.tr("Remove from the list"), self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.table.addAction(self.remove_action)  # the Delete key, only while the table has focus

        complaint_bar = QHBoxLayout()
        complaint_bar.addWidget(about)
        complaint_bar.addWidget(self.complaint_debt, 1)
        complaint_bar.addWidget(self.complaint_button)
        complaint_bar.addWidget(help_button("complaint-channels", self))
        complaint_bar.addStretch(1)
        history_bar = QHBoxLayout()
        for button in (self.open_button, self.sent_button, self.remove_button):
            history_bar.addWidget(button)
        history_bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Negotiation letters start on the Proposal page. Every exported letter is listed here with its "
            "checksum, so you can show later exactly what you sent; mark each one as sent once it has gone out.")))
        layout.addLayout(complaint_bar)
        layout.addLayout(history_bar)
        layout.addWidget(self.table, 1)
        self.follow(session)
        self.reload()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def reload(self) -> None:
        selected = self.selected()
        records = LetterLog(self.session.store).list()
        self.model.set_rows([(r, LetterLog.verify(r)) for r in records])
        if selected is not None:
            self.select(selected.id)
        debts = self._debts()
        lenders = Counter(d.lender.name for d in debts)  # counted once: list.count per debt was quadratic
        self.complaint_debt.clear()
        with collector_paused():  # thousands of rows made while a large file's statuses are alive
            complained_of = debts_with_complaints(self.session.store, debts)
        for debt in complained_of:
            shown = debt.lender.name if lenders[debt.lender.name] == 1 else f"{debt.lender.name} #{debt.id}"
            self.complaint_debt.addItem(shown, debt.id)
        has = self.complaint_debt.count() > 0
        self.complaint_button.setEnabled(has)
        if not has:
            self.complaint_debt.addItem(self.tr("no flagged collector contacts logged"))
        self.complaint_debt.setEnabled(has)
        self._update_buttons()

    def _debts(self) -> list:
        """The file's debts: those of the session's statuses when it has them (a large file's 2,000 are
        not read and built again), else from the file (never a wait for statuses not worked out yet)."""
        session = self.session
        if session.statuses.loaded and not session.loading:
            return [status.debt for status in session.debt_views()]
        return session.store.debts()

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for button in (self.open_button, self.sent_button, self.remove_button):
            button.setEnabled(has)

    def selected(self) -> LetterRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row())[0] if rows else None

    def select(self, letter_id: int) -> None:
        for row, (record, _) in enumerate(self.model.rows()):
            if record.id == letter_id:
                self.table.selectRow(row)
                return

    def open_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        if not Path(record.file_path).is_file():
            msgbox.error(self, self.tr("File missing"), self.tr("{path} is no longer there.").format(
                path=record.file_path))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(record.file_path))

    def mark_sent(self) -> None:
        from debtdesk.ui.sent_dialog import SentDialog

        record = self.selected()
        if record is None:
            return
        dialog = SentDialog(self, record, self.session.as_of)
        if dialog.exec() and dialog.result_sending is not None:
            sending = dialog.result_sending
            if (record.sent_on, record.sent_via) != (sending.on, sending.via.value):
                self.undo_stack.push(MarkLetterSent(self.session, record, sending))
            self.select(record.id)

    def remove_selected(self) -> None:
        record = self.selected()
        if record is not None:
            self.undo_stack.push(RemoveLetter(self.session, record))

    def write_complaint(self) -> None:
        from debtdesk.ui.letter_dialog import LetterDialog

        debt_id = self.complaint_debt.currentData()
        if debt_id is not None:
            LetterDialog(self, self.session, debt_id, COMPLAINT).exec()
