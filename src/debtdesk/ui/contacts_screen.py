"""The collector contact log: every call, message and visit, with the rules they broke.

The table lists contacts with their flags; the panel below shows the
selected contact in full with its attached files.  Changes go through undo
commands; files are copied in when a form is saved, before its command is
pushed.  "Now" comes from `clock` (the real time when the session's date is
today, the end of that day otherwise), so a contact can never be logged in
the future of the date the app is computing against.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, time
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from debtdesk.domain.attachments import Attachment, AttachmentStatus, format_size, is_risky
from dataclasses import replace

from debtdesk.domain.contacts import Flag, format_occurred_at
from debtdesk.domain.debt import ProductKind
from debtdesk.domain.guidance import NOT_LEGAL_ADVICE, contact_log_notices
from debtdesk.store import StoreError
from debtdesk.store.attachments import AttachmentStore
from debtdesk.store.contact_index import FlagTotals
from debtdesk.store.contacts import ContactLog
from debtdesk.ui import msgbox
from debtdesk.ui.contact_commands import AddContact, DeleteContact, EditContact, SetContactRules
from debtdesk.ui.contact_dialog import ContactDialog, ContactRulesDialog
from debtdesk.ui.contacts_model import (
    ContactRow,
    ContactsModel,
    flag_explanation,
    label,
    warning_colour,
)
from debtdesk.ui.debt_detail import make_table
from debtdesk.ui.help_dialog import help_button
from debtdesk.ui.labels import label as debt_label
from debtdesk.ui.session import FollowsSession, Session
from debtdesk.ui.table_model import ROW_ROLE
from debtdesk.services.changes import CONTACTS, DEBTS, SETTINGS
from debtdesk.ui.i18n import list_separator, marked

translate = QCoreApplication.translate  # called with literal texts only, which lupdate extracts

#: How files are opened (replaced in tests): the desktop's own viewer for the file type.
open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl

ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 20
#: How long typing pauses before the search starts (one SQL query, in a worker thread), in milliseconds.
FILTER_DELAY_MS = 60
#: Starting widths of the columns, in characters (the summary takes what is left).
COLUMN_CHARS = {ContactsModel.TIME: 11, ContactsModel.FLAGS: 14, ContactsModel.CHANNEL: 7,
                ContactsModel.COMPANY: 16, ContactsModel.AGENT: 7, ContactsModel.PHONE: 9, ContactsModel.FILES: 3}


def _kind_label(kind: str) -> str:
    try:
        return debt_label(ProductKind(kind))
    except ValueError:
        return kind


class ContactsScreen(FollowsSession, QWidget):

    watches = frozenset({CONTACTS, DEBTS, SETTINGS})
    def __init__(self, session: Session, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ContactsScreen")
        self.undo_stack = undo_stack
        self.clock: Callable[[], datetime] = datetime.now

        self.model = ContactsModel(self)
        self._selected_before_search: int | None = None
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.searched.connect(self._after_search)
        self.table = make_table(self.model, "contactsTable")
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Fixed widths: measuring contents would read rows the lazy model has not loaded.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, chars in COLUMN_CHARS.items():
            header.resizeSection(column, self.fontMetrics().horizontalAdvance("M") * chars)
        header.setSectionResizeMode(ContactsModel.SUMMARY, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setSortingEnabled(True)  # the model sorts in SQL when a header is clicked
        self.table.sortByColumn(ContactsModel.TIME, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _: self.edit_contact())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())

        self.search = QLineEdit()
        self.search.setObjectName("contactSearch")
        self.search.setPlaceholderText(self.tr("Filter by company, agent, number, words said…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self._filter_timer.start())
        self._filter_timer = QTimer(self)  # one query once typing pauses, not one per keystroke
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._search_typed)
        self.debt_filter = QComboBox()
        self.debt_filter.setObjectName("contactDebtFilter")
        # A fixed width: measuring 2,000 debt names at first show costs more than the whole log.
        self.debt_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.debt_filter.setMinimumContentsLength(18)
        self.debt_filter.currentIndexChanged.connect(lambda _: self._filter_debt())
        self.only_flagged = QCheckBox(self.tr("Only fl&agged"))
        self.only_flagged.setObjectName("onlyFlagged")
        self.only_flagged.toggled.connect(self._filter_flagged)

        self.add_button = self._button(self.tr("&Log a contact…"), "addContact", self.add_contact)
        self.edit_button = self._button(self.tr("Ed&it…"), "editContact", self.edit_contact)
        self.delete_button = self._button(self.tr("&Delete"), "deleteContact", self.delete_contact)
        self.open_button = self._button(self.tr("&Open attachment"), "openAttachment", lambda: self.open_attachment())
        self.rules_button = self._button(self.tr("&Rules…"), "contactRules", self.edit_rules)
        self.delete_action = QAction(self.tr("Delete contact"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_contact)
        self.table.addAction(self.delete_action)  # the Delete key, only while the table has focus

        self.summary = QLabel()
        self.summary.setObjectName("contactsSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.complaint_notice = QLabel()  # the complaint channels, once any contact is flagged
        self.complaint_notice.setObjectName("complaintNotice")
        self.complaint_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.complaint_notice.setWordWrap(True)
        self.details = QLabel()
        self.details.setObjectName("contactDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attachments_list = QListWidget()
        self.attachments_list.setObjectName("contactAttachments")
        self.attachments_list.itemDoubleClicked.connect(lambda item: self.open_attachment(item.data(ATTACHMENT_ROLE)))

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.debt_filter)
        bar.addWidget(self.only_flagged)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.rules_button)
        buttons.addWidget(help_button("complaint-channels", self))  # what the rules are, where to complain
        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.details, 3)
        files_box = QVBoxLayout()
        files_title = QLabel(self.tr("Attached files"))
        files_box.addWidget(files_title)
        files_box.addWidget(self.attachments_list)
        lower_layout.addLayout(files_box, 2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.complaint_notice)

        self.follow(session)
        self.reload()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- session and loading ---------------------------------------------------------
    @property
    def log(self) -> ContactLog:
        return ContactLog(self.session.store)

    def debt_choices(self) -> list[tuple[int, str]]:
        """(debt id, name) for each debt: the lender, with the kind and number where a lender has several."""
        debts = self.log.debt_lenders()
        names = Counter(name for _, name, _ in debts)
        return [(debt_id, name if names[name] == 1 else f"{name} · {_kind_label(kind)} #{debt_id}")
                for debt_id, name, kind in debts]

    def reload(self) -> None:
        selected = self.selected_id()
        log = self.log
        log.check_readable()  # StoreError now, not when a row scrolls into view
        choices = self.debt_choices()
        self._fill_debt_filter(choices)
        self.model.set_log(log, log.rules(), dict(choices))
        self._update_summary(log.flag_totals(self.model.rowCount() if self.model.unfiltered() else None))
        if selected is not None:
            self.select(selected)
        self._show_selected()

    def _fill_debt_filter(self, choices: list[tuple[int, str]]) -> None:
        current = self.debt_filter.currentData()
        self.debt_filter.blockSignals(True)
        self.debt_filter.clear()
        self.debt_filter.addItem(self.tr("All debts"), None)
        for debt_id, name in choices:
            self.debt_filter.addItem(name, debt_id)
        self.debt_filter.setCurrentIndex(max(0, self.debt_filter.findData(current)))
        self.debt_filter.blockSignals(False)
        # A debt deleted meanwhile leaves 'All debts' chosen; the reload that follows runs the query.
        self.model.query = replace(self.model.query, debt_id=self.debt_filter.currentData())

    def _update_summary(self, totals: FlagTotals) -> None:
        rules = self.model.rules
        counts, flagged = totals.by_flag, totals.flagged
        text = translate(
            "ContactsScreen", "{n} contacts logged, {flagged} flagged").format(n=totals.contacts, flagged=flagged)
        if counts:
            text += translate("ContactsScreen", ": ") + list_separator().join(
                f"{label(flag)} {n}" for flag, n in counts.items())
        text += " · " + translate(
            "ContactsScreen", "allowed {start}–{end}, at most {max} a day from one company").format(
            start=rules.day_starts.strftime("%H:%M"), end=rules.day_ends.strftime("%H:%M"), max=rules.max_per_day)
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {warning_colour().name()};" if flagged else "")
        parts = []
        for notice in contact_log_notices(bool(flagged)):
            parts += [marked("Guidance", notice.title),
                      marked("Guidance", notice.text)]
        if parts:
            parts.append(marked("Guidance", NOT_LEGAL_ADVICE))
        self.complaint_notice.setText("\n".join(parts))
        self.complaint_notice.setVisible(bool(parts))

    def apply_text_filter(self) -> None:
        """Run the search typed so far (at once; typing runs it once a pause passes)."""
        self._filter_timer.stop()
        self._refilter(text=self.search.text())

    def _search_typed(self) -> None:
        """Typing paused: search in the background, the log shown stays until the result is in."""
        self.model.search_in_background(self.search.text())

    def _remember_selection(self) -> None:
        self._selected_before_search = self.selected_id()

    def _after_search(self) -> None:
        if self._selected_before_search is not None:
            self.select(self._selected_before_search)
        self._show_selected()

    def _filter_flagged(self, value: bool) -> None:
        self._refilter(only_flagged=value)

    def _filter_debt(self) -> None:
        self._refilter(debt_id=self.debt_filter.currentData())

    def _refilter(self, **changes) -> None:
        selected = self.selected_id()
        self.model.set_filter(**changes)
        if selected is not None:
            self.select(selected)
        self._show_selected()

    # -- selection -------------------------------------------------------------------
    def selected_row(self) -> ContactRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.contact.id if row else None

    def select(self, contact_id: int) -> None:
        row = self.model.row_of(contact_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def reveal(self, contact_id: int) -> None:
        """Select the contact even if the filters hide it (a search result): the filters are cleared."""
        self.search.clear()
        self.only_flagged.setChecked(False)
        self.debt_filter.setCurrentIndex(0)
        self.apply_text_filter()
        self.select(contact_id)

    def visible_rows(self) -> list[ContactRow]:
        """The rows the table shows, top to bottom (after filter and sort); reads them all (tests)."""
        return [self.model.item(r) for r in range(self.model.rowCount())]

    def _show_selected(self) -> None:
        item = self.selected_row()
        self.edit_button.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)
        self.open_button.setEnabled(bool(item and item.attachments))
        self.attachments_list.clear()
        if item is None:
            self.details.setText(
                translate("ContactsScreen", "Choose a contact above to see it in full.") if self.model.rowCount()
                else translate("ContactsScreen", "No contacts logged yet. After each call, message or visit from a "
                               "collector, log it here: when, who, what was said. Flagged contacts can support a "
                               "complaint."))
            return
        self.details.setText(self._describe(item))
        files = AttachmentStore(self.session.store)
        for attachment in item.attachments:
            status = files.quick_status(attachment)
            text = f"{attachment.original_name} ({format_size(attachment.size)})"
            if status is AttachmentStatus.MISSING:
                text += " — " + translate("ContactsScreen", "missing")
            elif status is AttachmentStatus.CHANGED:
                text += " — " + translate("ContactsScreen", "changed")
            entry = QListWidgetItem(text)
            entry.setData(ATTACHMENT_ROLE, attachment)
            if status is not AttachmentStatus.OK:
                entry.setForeground(warning_colour())
            self.attachments_list.addItem(entry)

    def _describe(self, item: ContactRow) -> str:
        c = item.contact
        who = " · ".join(part for part in (c.company, c.agent, c.phone) if part) or translate(
            "ContactsScreen", "unknown caller")
        lines = [f"{format_occurred_at(c.occurred_at)} · {label(c.channel)} · {who}"]
        if item.debt_name:
            lines.append(translate("ContactsScreen", "About: {debt}").format(debt=item.debt_name))
        if c.summary:
            lines += ["", c.summary]
        if c.promises:
            lines += ["", translate("ContactsScreen", "Promised: {text}").format(text=c.promises)]
        if item.flags:
            lines.append("")
            lines += [f"⚠ {flag_explanation(f, self.model.rules)}" for f in Flag if f in item.flags]
        return "\n".join(lines)

    # -- time --------------------------------------------------------------------------
    def now(self) -> datetime:
        """The latest moment a contact may have happened: now, or the end of the session's day."""
        real = self.clock().replace(second=0, microsecond=0)
        if real.date() == self.session.as_of:
            return real
        return datetime.combine(self.session.as_of, time(23, 59))

    def _default_time(self) -> datetime:
        real = self.clock().replace(second=0, microsecond=0)
        return real if real.date() == self.session.as_of else datetime.combine(self.session.as_of, time(12, 0))

    # -- actions -----------------------------------------------------------------------
    def _dialog(self, contact=None, attachments=()) -> ContactDialog:
        files = AttachmentStore(self.session.store)
        return ContactDialog(self, self.now(), self.debt_choices(), self.log.companies(), contact,
                             list(attachments), self._default_time(), stage=files.stage_many,
                             lenders=[lender.name for lender in self.session.store.lenders()])

    def add_contact(self) -> None:
        dialog = self._dialog()
        if dialog.exec() and dialog.result_contact is not None:
            command = AddContact(self.session, dialog.result_contact, dialog.staged_files, self.clock())
            self.undo_stack.push(command)
            self.select(command.contact.id)

    def edit_contact(self) -> None:
        item = self.selected_row()
        if item is None:
            return
        dialog = self._dialog(item.contact, item.attachments)
        if dialog.exec() and dialog.result_contact is not None and dialog.changed():
            self.undo_stack.push(EditContact(self.session, dialog.result_contact, dialog.staged_files,
                                             dialog.removed_attachment_ids, self.clock()))
            self.select(item.contact.id)

    def delete_contact(self) -> None:
        item = self.selected_row()
        if item is None:
            return
        c = item.contact
        question = translate(
            "ContactsScreen", "Delete the contact of {when} ({who}) and its {n} attached files from the log?\n"
            "You can undo this with Edit ▸ Undo.").format(
            when=format_occurred_at(c.occurred_at), who=c.company or label(c.channel), n=len(item.attachments))
        if msgbox.confirm(self, translate("ContactsScreen", "Delete contact"), question,
                          translate("ContactsScreen", "Delete"), translate("ContactsScreen", "Keep")):
            self.undo_stack.push(DeleteContact(self.session, c))

    def edit_rules(self) -> None:
        rules = self.log.rules()
        dialog = ContactRulesDialog(self, rules)
        if dialog.exec() and dialog.result_rules is not None and dialog.result_rules != rules:
            self.undo_stack.push(SetContactRules(self.session, rules, dialog.result_rules))

    def open_attachment(self, attachment: Attachment | None = None) -> bool:
        """Open a file in the desktop's viewer; a missing or altered file is reported, never a crash."""
        if attachment is None:
            current = self.attachments_list.currentItem() or self.attachments_list.item(0)
            if current is None:
                return False
            attachment = current.data(ATTACHMENT_ROLE)
        title = translate("ContactsScreen", "Open attachment")
        files = AttachmentStore(self.session.store)
        status = files.status(attachment)
        try:
            path = files.path_of(attachment)
        except StoreError as exc:
            msgbox.error(self, title, msgbox.error_sentence(exc))
            return False
        if status is AttachmentStatus.MISSING:
            msgbox.error(self, title, translate("ContactsScreen", 
                "The file {name} is missing: it should be in {folder}, but it was moved or deleted "
                "outside DebtDesk.").format(name=attachment.original_name, folder=str(path.parent)))
            return False
        if status is AttachmentStatus.CHANGED and not msgbox.confirm(self, title, translate("ContactsScreen", 
                "The file {name} has changed since it was attached (its checksum differs), so it may no "
                "longer be the original evidence. Open it anyway?").format(name=attachment.original_name),
                translate("ContactsScreen", "Open"), translate("ContactsScreen", "Cancel")):
            return False
        if is_risky(attachment) and not msgbox.confirm(self, title, translate("ContactsScreen", 
                "{name} is a kind of file that can run a program on this computer. Open it only if you "
                "trust where it came from.").format(name=attachment.original_name), translate(
                    "ContactsScreen", "Open"), translate("ContactsScreen", "Cancel")):
            return False
        try:
            path = files.readable_path(attachment)  # a decrypted private copy when the file is encrypted
        except StoreError as exc:
            msgbox.error(self, title, msgbox.error_sentence(exc))
            return False
        if not open_url(QUrl.fromLocalFile(str(Path(path)))):
            msgbox.error(self, title, translate(
                "ContactsScreen", "No program on this computer could open {name}.").format(
                name=attachment.original_name))
            return False
        return True
