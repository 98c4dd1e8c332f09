"""The hardship evidence checklist: why it became hard to pay, what proves it, how far along it is.

Ticking reasons and pressing “Propose checklist” adds the usual documents
for them (in the user's language) without repeating what is there; each
item then belongs to the user.  Status buttons stamp the date beside them:
the session's date unless the person picks an earlier one (a document
requested last week, entered today), which then replaces an earlier stamp.
Files are copied in by `debtdesk.store.attachments`; a copy that went missing
or changed outside the app is reported, never a crash.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from debtdesk.domain.attachments import Attachment, AttachmentStatus, format_size, is_risky
from debtdesk.domain.evidence import EvidenceItem, EvidenceStatus, HardshipReason, missing_templates, parse_notes
from debtdesk.domain.evidence import parse_title, progress
from debtdesk.domain.guidance import EVIDENCE_NOTE, NOT_LEGAL_ADVICE
from debtdesk.store import StoreError
from debtdesk.store.evidence import EvidenceBook
from debtdesk.ui import household_commands as hc
from debtdesk.ui import msgbox
from debtdesk.ui.budget_screen import FormDialog
from debtdesk.ui.debt_detail import make_table
from debtdesk.ui.debts_model import is_dark
from debtdesk.ui.evidence_models import EvidenceItemsModel, ItemRow, evidence_label, translate_title
from debtdesk.ui.form_fields import FieldRow, date_edit, line, show_errors, text_box
from debtdesk.ui.session import FollowsSession, Session
from debtdesk.ui.widgets import plain_label
from debtdesk.services.changes import EVIDENCE, SETTINGS
from debtdesk.ui.i18n import marked, show_date


def open_path(path: Path) -> bool:
    """Hand a file to the desktop (a module function, so tests can replace it)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _warning_colour() -> str:
    """A calm amber that stays readable on light and dark palettes."""
    return "#ffb066" if is_dark() else "#9a5800"


class EvidenceItemDialog(FormDialog):
    """The title of a new or renamed checklist item."""

    def __init__(self, parent: QWidget | None, window_title: str, title: str = ""):
        super().__init__(parent)
        self.setObjectName("EvidenceItemDialog")
        self.setWindowTitle(window_title)
        self.result_title: str | None = None
        self.add_row("title", self.tr("What document"), line(self.tr("e.g. rent contract"), 200))
        self.rows["title"].set_value(title)
        self.outer.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())

    def parse(self):
        return parse_title(self.raw_values())

    def accept_result(self, result: str) -> None:
        self.result_title = result


class EvidenceScreen(FollowsSession, QWidget):

    watches = frozenset({EVIDENCE, SETTINGS})
    def __init__(self, session: Session, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("EvidenceScreen")
        self.undo_stack = undo_stack
        self.stored_reasons: list[HardshipReason] = []

        # -- reasons ----------------------------------------------------------------------
        reasons_box = QGroupBox(self.tr("What made it hard to pay?"))
        grid = QGridLayout(reasons_box)
        self.reason_boxes: dict[HardshipReason, QCheckBox] = {}
        for index, reason in enumerate(HardshipReason):
            box = QCheckBox(evidence_label(reason))
            box.setObjectName(f"reason_{reason.value}")
            box.toggled.connect(lambda _checked: self._reasons_toggled())
            self.reason_boxes[reason] = box
            grid.addWidget(box, index // 3, index % 3)
        self.propose_button = QPushButton(self.tr("Propose checklist"))
        self.propose_button.setObjectName("proposeChecklist")
        self.propose_button.setToolTip(self.tr(
            "Adds the documents usually asked for in these situations; items already in the list are kept."))
        self.propose_button.clicked.connect(self.propose_checklist)
        grid.addWidget(self.propose_button, 0, 3, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(2, 1)

        # -- progress ---------------------------------------------------------------------
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("evidenceProgress")
        self.progress_bar.setTextVisible(False)
        self.progress_text = plain_label(bold=True)
        self.progress_text.setObjectName("progressText")
        self.progress_detail = plain_label()
        self.progress_detail.setObjectName("progressDetail")
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_text)
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.progress_detail)

        # -- the items --------------------------------------------------------------------
        self.model = EvidenceItemsModel(self)
        self.table = make_table(self.model, "evidenceItems")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.empty_hint = plain_label(self.tr(
            "Lenders agree more readily when they can see proof. Tick what happened above and press "
            "“Propose checklist”, or add your own items."))
        self.empty_hint.setObjectName("evidenceEmptyHint")
        self.add_button = self._button(self.tr("Add item…"), "evidenceAdd", self.add_item)
        self.rename_button = self._button(self.tr("Rename…"), "evidenceRename", self.rename_item)
        self.remove_button = self._button(self.tr("Remove"), "evidenceRemove", self.remove_item)
        self.up_button = self._button(self.tr("Move up"), "evidenceUp", lambda: self.move_item(-1))
        self.down_button = self._button(self.tr("Move down"), "evidenceDown", lambda: self.move_item(1))
        self.table.doubleClicked.connect(lambda _index: self.rename_item())
        item_buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.remove_button):
            item_buttons.addWidget(button)
        item_buttons.addStretch(1)
        item_buttons.addWidget(self.up_button)
        item_buttons.addWidget(self.down_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.empty_hint)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(item_buttons)

        # -- the selected item --------------------------------------------------------------
        self.detail = QGroupBox(self.tr("Selected item"))
        self.detail.setObjectName("evidenceDetail")
        self.item_title = plain_label(bold=True)
        self.item_title.setObjectName("itemTitle")
        self.item_dates = plain_label()
        self.item_dates.setObjectName("itemDates")
        self.status_group = QButtonGroup(self)
        self.status_group.setExclusive(True)
        self.status_buttons: dict[EvidenceStatus, QPushButton] = {}
        status_row = QHBoxLayout()
        status_row.addWidget(QLabel(self.tr("Mark as:")))
        for status in EvidenceStatus:
            button = QPushButton(evidence_label(status))
            button.setObjectName(f"status_{status.value}")
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, s=status: self.set_status(s))
            self.status_group.addButton(button)
            self.status_buttons[status] = button
            status_row.addWidget(button)
        self.status_date = date_edit()
        self.status_date.setObjectName("statusDate")
        self.status_date.setToolTip(self.tr("The date the status takes: today unless you choose an earlier day."))
        self.status_date.dateChanged.connect(lambda _day: setattr(self, "_date_chosen", True))
        self._date_chosen = False
        status_row.addStretch(1)
        # The date under the buttons, beside the dates so far: in one row the panel was too wide for 1000 pixels.
        date_row = QHBoxLayout()
        date_row.addWidget(QLabel(self.tr("on")))
        date_row.addWidget(self.status_date)
        date_row.addSpacing(12)
        date_row.addWidget(self.item_dates, 1)
        self.notes = FieldRow("notes", text_box(70))
        self.notes.widget.setPlaceholderText(self.tr("Who to ask, what was promised, where the original is…"))
        self.notes.widget.textChanged.connect(self._notes_edited)
        self.save_notes_button = self._button(self.tr("Save notes"), "saveNotes", self.save_notes)
        self.files = QListWidget()
        self.files.setObjectName("evidenceFiles")
        self.files.itemSelectionChanged.connect(self._update_file_buttons)
        self.files.itemDoubleClicked.connect(lambda _item: self.open_file())
        self.files_warning = plain_label()
        self.files_warning.setObjectName("filesWarning")
        self.attach_button = self._button(self.tr("Attach files…"), "attachFiles", self.attach_files)
        self.open_button = self._button(self.tr("Open"), "openFile", self.open_file)
        self.remove_file_button = self._button(self.tr("Remove file"), "removeFile", self.remove_file)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.item_title)
        detail_layout.addLayout(status_row)
        detail_layout.addLayout(date_row)
        detail_layout.addWidget(plain_label(self.tr("Notes")))
        detail_layout.addWidget(self.notes)
        notes_row = QHBoxLayout()
        notes_row.addStretch(1)
        notes_row.addWidget(self.save_notes_button)
        detail_layout.addLayout(notes_row)
        detail_layout.addWidget(plain_label(self.tr("Files (copies kept with this household's data)")))
        detail_layout.addWidget(self.files, 1)
        detail_layout.addWidget(self.files_warning)
        file_buttons = QHBoxLayout()
        for button in (self.attach_button, self.open_button, self.remove_file_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        detail_layout.addLayout(file_buttons)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.notice = plain_label(marked("Guidance", EVIDENCE_NOTE) + " "
                                  + marked("Guidance", NOT_LEGAL_ADVICE))
        self.notice.setObjectName("evidenceNotice")
        layout = QVBoxLayout(self)
        layout.addWidget(reasons_box)
        layout.addLayout(progress_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)
        self.follow(session)
        self.reload()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def forget_state(self) -> None:
        self.table.clearSelection()

    @property
    def book(self) -> EvidenceBook:
        return EvidenceBook(self.session.store)

    # -- showing -----------------------------------------------------------------------
    def reload(self) -> None:
        book = self.book
        selected = self.selected_item()
        self.stored_reasons = book.reasons()
        for reason, box in self.reason_boxes.items():
            box.blockSignals(True)
            box.setChecked(reason in self.stored_reasons)
            box.blockSignals(False)
        items = book.items()
        counts = book.attachment_counts()
        missing = book.missing_counts()
        self.model.set_rows([ItemRow(item, counts.get(item.id, 0), missing.get(item.id, 0)) for item in items])
        if selected is not None:
            self.select_item(selected.id)
        self.empty_hint.setVisible(not items)
        self._show_progress(items)
        self._show_selected()

    def _show_progress(self, items: list[EvidenceItem]) -> None:
        p = progress(items)
        self.progress_bar.setRange(0, max(p.total, 1))
        self.progress_bar.setValue(p.done)
        self.progress_text.setText(self.tr("{done} of {total} obtained or sent").format(done=p.done, total=p.total)
                                   if p.total else self.tr("No items yet"))
        self.progress_detail.setText(self.tr("{requested} requested, {needed} still needed").format(
            requested=p.requested, needed=p.needed) if p.total else "")

    def selected_row(self) -> ItemRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def selected_item(self) -> EvidenceItem | None:
        row = self.selected_row()
        return row.item if row is not None else None

    def select_item(self, item_id: int | None) -> None:
        row = self.model.row_for(item_id)
        if row >= 0:
            self.table.selectRow(row)

    def _show_selected(self) -> None:
        row = self.selected_row()
        item = row.item if row is not None else None
        has = item is not None
        for widget in (self.rename_button, self.remove_button, self.detail):
            widget.setEnabled(has)
        index = self.model.row_for(item.id) if has else -1
        self.up_button.setEnabled(has and index > 0)
        self.down_button.setEnabled(has and 0 <= index < self.model.rowCount() - 1)
        self.item_title.setText(item.title if has else self.tr("Choose an item in the list."))
        for status, button in self.status_buttons.items():
            button.setChecked(has and item.status is status)
        self._reset_status_date()
        dates = []
        if has:
            for day, text in ((item.requested_on, self.tr("Requested {date}")),
                              (item.obtained_on, self.tr("Obtained {date}")), (item.sent_on, self.tr("Sent {date}"))):
                if day is not None:
                    dates.append(text.format(date=show_date(day)))
        self.item_dates.setText(" · ".join(dates))
        self.notes.widget.blockSignals(True)
        self.notes.widget.setPlainText(item.notes if has else "")
        self.notes.widget.blockSignals(False)
        self.notes.clear_error()
        self.save_notes_button.setEnabled(False)
        self._show_files(item)

    def _show_files(self, item: EvidenceItem | None) -> None:
        self.files.clear()
        missing = 0
        if item is not None:
            book = self.book
            for attachment in book.attachments(item.id):
                try:
                    present = book.path_of(attachment).is_file()
                except (OSError, StoreError):
                    present = False
                text = self.tr("{name} ({size}, added {date})").format(
                    name=attachment.original_name, size=format_size(attachment.size),
                    date=show_date(attachment.added_at.date()))
                if not present:
                    missing += 1
                    text = self.tr("{file} — missing").format(file=text)
                entry = QListWidgetItem(text)
                entry.setData(Qt.ItemDataRole.UserRole, attachment)
                if not present:
                    entry.setForeground(QColor(_warning_colour()))
                self.files.addItem(entry)
        if missing == 1:
            self.files_warning.setText(self.tr(
                "One stored copy is missing: it was deleted or moved outside DebtDesk. Attach the file again "
                "if you still have it."))
        elif missing:
            self.files_warning.setText(self.tr(
                "{count} stored copies are missing: they were deleted or moved outside DebtDesk. Attach the "
                "files again if you still have them.").format(count=missing))
        self.files_warning.setStyleSheet(f"color: {_warning_colour()};")
        self.files_warning.setVisible(bool(missing))
        self._update_file_buttons()

    def _update_file_buttons(self) -> None:
        has = self.selected_attachment() is not None
        self.open_button.setEnabled(has)
        self.remove_file_button.setEnabled(has)

    def selected_attachment(self) -> Attachment | None:
        entries = self.files.selectedItems()
        return entries[0].data(Qt.ItemDataRole.UserRole) if entries else None

    # -- reasons and the proposed checklist ------------------------------------------------
    def checked_reasons(self) -> list[HardshipReason]:
        return [reason for reason, box in self.reason_boxes.items() if box.isChecked()]

    def _reasons_toggled(self) -> None:
        chosen = self.checked_reasons()
        if chosen != self.stored_reasons:
            self.undo_stack.push(hc.SetReasons(self.session, self.stored_reasons, chosen))

    def propose_checklist(self) -> None:
        reasons = self.checked_reasons()
        present = [item.template_key for item in self.book.items() if item.template_key]
        if not missing_templates(reasons, present):
            msgbox.information(self, self.tr("Propose checklist"), self.tr(
                "The list already has every document usually asked for in these situations."))
            return
        command = hc.ProposeChecklist(self.session, reasons, translate_title)
        self.undo_stack.push(command)
        if command.added:
            self.select_item(command.added[0].id)

    # -- items ----------------------------------------------------------------------------
    def add_item(self) -> None:
        dialog = EvidenceItemDialog(self, self.tr("Add an item to the checklist"))
        if dialog.exec() and dialog.result_title is not None:
            command = hc.AddItem(self.session, EvidenceItem(dialog.result_title))
            self.undo_stack.push(command)
            self.select_item(command.item.id)

    def rename_item(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        dialog = EvidenceItemDialog(self, self.tr("Rename item"), item.title)
        if dialog.exec() and dialog.result_title is not None and dialog.result_title != item.title:
            self.undo_stack.push(hc.rename_item(self.session, item, dialog.result_title))

    def remove_item(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.undo_stack.push(hc.DeleteItem(self.session, item))

    def move_item(self, step: int) -> None:
        item = self.selected_item()
        if item is None:
            return
        before = [row.item.id for row in self.model.rows()]
        index = before.index(item.id)
        target = index + step
        if not 0 <= target < len(before):
            return
        after = list(before)
        after[index], after[target] = after[target], after[index]
        self.undo_stack.push(hc.ReorderItems(self.session, before, after))
        self.select_item(item.id)

    def _reset_status_date(self) -> None:
        """Today (the session's date), and no later: a status is never dated in the future."""
        today = QDate(self.session.as_of.year, self.session.as_of.month, self.session.as_of.day)
        self.status_date.blockSignals(True)
        self.status_date.setMaximumDate(today)
        self.status_date.setDate(today)
        self.status_date.blockSignals(False)
        self._date_chosen = False

    def chosen_date(self) -> date | None:
        """The date the person picked beside the status buttons; None while it is still today's."""
        return self.status_date.date().toPython() if self._date_chosen else None

    def set_status(self, status: EvidenceStatus) -> None:
        item = self.selected_item()
        command = hc.set_item_status(self.session, item, status, self.chosen_date()) if item else None
        if command is None or command.after == item:
            self._show_selected()  # puts the checked button back
            return
        self.undo_stack.push(command)

    def _notes_edited(self) -> None:
        item = self.selected_item()
        self.save_notes_button.setEnabled(item is not None and self.notes.value() != item.notes)

    def save_notes(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        notes, errors = parse_notes({"notes": self.notes.value()})
        show_errors({"notes": self.notes}, errors)
        if errors or notes == item.notes:
            return
        self.undo_stack.push(hc.set_item_notes(self.session, item, notes))

    # -- files -----------------------------------------------------------------------------
    def choose_files(self) -> list[str]:
        """Ask for files to attach (a method, so tests can answer instead)."""
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        return paths

    def attach_files(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        paths = self.choose_files()
        if not paths:
            return
        try:
            staged = self.book.stage(paths)
        except StoreError as exc:
            msgbox.error(self, self.tr("Attach files"), msgbox.error_sentence(exc))
            return
        self.undo_stack.push(hc.AttachFiles(self.session, item, staged))

    def open_file(self) -> None:
        attachment = self.selected_attachment()
        if attachment is None:
            return
        book = self.book
        status = book.status(attachment)
        title = self.tr("Open file")
        if status is AttachmentStatus.MISSING:
            msgbox.error(self, title, self.tr(
                "The copy of “{name}” that DebtDesk kept is missing: it was deleted or moved outside DebtDesk.\n"
                "If you still have the original, remove this entry and attach the file again.").format(
                name=attachment.original_name))
            return
        if status is AttachmentStatus.CHANGED and not msgbox.confirm(self, title, self.tr(
                "“{name}” has changed since it was attached (its checksum no longer matches), so it may not be "
                "the document you kept. Open it anyway?").format(name=attachment.original_name),
                self.tr("Open"), self.tr("Cancel")):
            return
        if is_risky(attachment) and not msgbox.confirm(self, title, self.tr(
                "“{name}” is a kind of file that can run a program. Open it only if you trust it.").format(
                name=attachment.original_name), self.tr("Open"), self.tr("Cancel")):
            return
        try:
            readable = book.readable_path(attachment)  # a decrypted private copy when the file is encrypted
        except StoreError as exc:
            msgbox.error(self, title, msgbox.error_sentence(exc))
            return
        if not open_path(readable):
            msgbox.error(self, title, self.tr("No program on this computer opened “{name}”.").format(
                name=attachment.original_name))

    def remove_file(self) -> None:
        attachment = self.selected_attachment()
        if attachment is not None:
            self.undo_stack.push(hc.RemoveAttachment(self.session, attachment))
