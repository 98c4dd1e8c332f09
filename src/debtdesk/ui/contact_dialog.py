"""The form to log (or correct) a collector contact, and the form for the contact rules.

As with debts, the dialog only gathers text and the domain decides what is
valid (`parse_contact`, `parse_contact_rules`); messages appear beside the
fields and the dialog closes only when there are none, so nothing is saved
on error.  Files are only chosen here: the screen copies them in.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QDateTime, QTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from debtdesk.domain.attachments import Attachment, format_size
from debtdesk.domain.complaints import lenders_named
from debtdesk.domain.contacts import (
    CONTACT_TEXT_LIMITS,
    MAX_CONTACTS_PER_DAY,
    Channel,
    Conduct,
    Contact,
    ContactRules,
    contact_to_raw,
    parse_contact,
    parse_contact_rules,
)
from debtdesk.domain.validation import FieldError
from debtdesk.store import StoreError
from debtdesk.store.attachments import MAX_FILE_SIZE, StagedFile
from debtdesk.ui import msgbox
from debtdesk.ui.contacts_model import conduct_text, label
from debtdesk.ui.form_fields import FieldRow, combo, line, show_errors, text_box, save_cancel

DATETIME_FORMAT = "yyyy-MM-dd HH:mm"
NEW_FILE_ROLE = Qt.ItemDataRole.UserRole + 10
ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 11


class DateTimeRow(FieldRow):
    """A FieldRow for QDateTimeEdit and QTimeEdit (read and written as text)."""

    def value(self) -> str:
        w = self.widget
        if isinstance(w, QTimeEdit):
            return w.time().toString("HH:mm")
        if isinstance(w, QDateTimeEdit):
            return w.dateTime().toString(DATETIME_FORMAT)
        return super().value()

    def set_value(self, text: str) -> None:
        w = self.widget
        if isinstance(w, QTimeEdit):
            w.setTime(QTime.fromString(text, "HH:mm"))
        elif isinstance(w, QDateTimeEdit):
            w.setDateTime(QDateTime.fromString(text.replace("T", " "), DATETIME_FORMAT))
        else:
            super().set_value(text)


def datetime_edit(moment: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATETIME_FORMAT)
    edit.setMinimumDateTime(QDateTime.fromString("1950-01-01 00:00", DATETIME_FORMAT))
    edit.setDateTime(QDateTime.fromString(moment.strftime("%Y-%m-%d %H:%M"), DATETIME_FORMAT))
    return edit


class ContactDialog(QDialog):
    """`debts` are (id, name) pairs; `now` bounds the time (a contact cannot lie in the future)."""

    def __init__(self, parent: QWidget | None, now: datetime, debts: list[tuple[int, str]],
                 companies: list[str] = (), contact: Contact | None = None,
                 attachments: list[Attachment] = (), default_time: datetime | None = None,
                 stage: Callable[[list[Path]], list[StagedFile]] | None = None, lenders: Sequence[str] = ()):
        super().__init__(parent)
        self.setObjectName("ContactDialog")
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("Log a collector contact"))
        self.now = now
        self.contact = contact
        self._stage = stage
        self.staged_files: list[StagedFile] = []
        self.result_contact: Contact | None = None
        self.new_files: list[Path] = []
        self.removed_attachment_ids: list[int] = []
        self.rows: dict[str, FieldRow] = {}
        self.lenders = list(lenders)

        # The lenders' own names are offered too: a contact naming one counts in a complaint about it.
        names = list(companies) + [name for name in self.lenders if name not in companies]
        company = combo([(c, c) for c in names], editable=True)
        company.setCurrentIndex(-1)
        company.lineEdit().setPlaceholderText(self.tr("e.g. 某某资产管理公司, the lender's own team"))
        company.lineEdit().setMaxLength(CONTACT_TEXT_LIMITS["company"] + 50)
        debt = combo([("", self.tr("— none —"))] + [(str(i), name) for i, name in debts])
        summary = text_box(150)
        summary.setPlaceholderText(self.tr("What they said, as close to their words as you can"))
        promises = text_box(70)
        promises.setPlaceholderText(self.tr("What either side promised, with dates and amounts"))

        when = self._group(self.tr("The contact"), [
            ("occurred_at", self.tr("&When"), datetime_edit(default_time or now),
             self.tr("Local time, as you experienced it.")),
            ("channel", self.tr("H&ow"), combo([(c.value, label(c)) for c in Channel]), ""),
            ("debt_id", self.tr("About the &debt"), debt, ""),
            ("company", self.tr("Compan&y"), company, ""),
            ("agent", self.tr("A&gent's name or ID"), line("", CONTACT_TEXT_LIMITS["agent"]), ""),
            ("phone", self.tr("Their &number or address"), line("", CONTACT_TEXT_LIMITS["phone"]), ""),
        ])
        said = self._group(self.tr("What happened"), [
            ("summary", self.tr("What was sa&id"), summary, ""),
            ("promises", self.tr("&Promises"), promises, ""),
        ])
        conduct_group = QGroupBox(self.tr("Did they do any of this? (each is flagged)"))
        conduct_group.setObjectName("conductGroup")
        conduct_layout = QVBoxLayout(conduct_group)
        self.conduct_boxes: dict[Conduct, QCheckBox] = {}
        for conduct in Conduct:
            box = QCheckBox(conduct_text(conduct))
            box.setObjectName(f"conduct_{conduct.value}")
            self.conduct_boxes[conduct] = box
            conduct_layout.addWidget(box)

        files_group = QGroupBox(self.tr("Recordings, screenshots and other files"))
        self.files_list = QListWidget()
        self.files_list.setObjectName("filesList")
        self.files_list.setMinimumHeight(70)
        self.rows["files"] = FieldRow("files", self.files_list,
                                      self.tr("Files are copied into a folder beside your data file."))
        self.add_file_button = QPushButton(self.tr("Add &file…"))
        self.remove_file_button = QPushButton(self.tr("Re&move"))
        self.add_file_button.clicked.connect(self.browse)
        self.remove_file_button.clicked.connect(self.remove_selected_file)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(self.add_file_button)
        file_buttons.addWidget(self.remove_file_button)
        file_buttons.addStretch(1)
        files_layout = QHBoxLayout(files_group)
        files_layout.addWidget(self.rows["files"], 1)
        files_layout.addLayout(file_buttons)
        for attachment in attachments:
            item = QListWidgetItem(f"{attachment.original_name} ({format_size(attachment.size)})")
            item.setData(ATTACHMENT_ROLE, attachment.id)
            self.files_list.addItem(item)

        buttons = save_cancel(self)
        self.buttons = buttons

        left = QVBoxLayout()
        left.addWidget(when)
        left.addWidget(conduct_group)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(said)
        right.addWidget(files_group)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(columns)
        outer.addWidget(buttons)
        self.resize(940, 600)

        if contact is not None:
            raw = contact_to_raw(contact)
            for conduct in contact.conduct:
                self.conduct_boxes[conduct].setChecked(True)
            for name in ("occurred_at", "channel", "debt_id", "company", "agent", "phone", "summary", "promises"):
                self.rows[name].set_value(str(raw[name]))
        company.editTextChanged.connect(lambda _: self._explain_lender())
        debt.currentIndexChanged.connect(lambda _: self._explain_lender())
        self._explain_lender()
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Top to bottom down the left column, then the right one, then Save and Cancel."""
        chain = [self.rows[name].widget for name in
                 ("occurred_at", "channel", "debt_id", "company", "agent", "phone")]
        chain += list(self.conduct_boxes.values())
        chain += [self.rows["summary"].widget, self.rows["promises"].widget, self.files_list,
                  self.add_file_button, self.remove_file_button, self.buttons]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _explain_lender(self) -> None:
        """Under the company: which lender's complaint a contact without a debt counts towards."""
        row = self.rows["company"]
        if self.rows["debt_id"].value() not in ("", "None"):
            row.hint.setVisible(False)
            return
        named = lenders_named(row.value(), self.lenders)
        if named:
            text = self.tr("No debt chosen: counts in a complaint about {lender}, whose name it contains.").format(
                lender=named[0])
        elif self.lenders:
            text = self.tr("No debt chosen: write the lender's name here (e.g. “… for {lender}”) and this contact "
                           "counts in a complaint about that lender.").format(lender=self.lenders[0])
        else:
            text = ""
        row.hint.setText(text)
        row.hint.setVisible(bool(text))

    def _group(self, title: str, fields) -> QGroupBox:
        group = QGroupBox(title)
        form = QFormLayout(group)
        for name, text, widget, hint in fields:
            row = DateTimeRow(name, widget, hint)
            row.setFocusProxy(widget)  # the label's mnemonic focuses the field itself
            self.rows[name] = row
            form.addRow(text, row)
        return group

    # -- files --------------------------------------------------------------------
    def browse(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        """Add chosen files to the list; a folder, a missing or too large file is refused beside the list."""
        problems = []
        for path in map(Path, paths):
            if path in self.new_files:
                continue
            if not path.is_file():
                problems.append(self.tr("{name} is not a file that can be attached.").format(name=path.name))
                continue
            size = path.stat().st_size
            if size > MAX_FILE_SIZE:
                problems.append(self.tr("{name} is too large ({size}; at most {limit}).").format(
                    name=path.name, size=format_size(size), limit=format_size(MAX_FILE_SIZE)))
                continue
            self.new_files.append(path)
            item = QListWidgetItem(self.tr("{name} ({size}, new)").format(name=path.name, size=format_size(size)))
            item.setData(NEW_FILE_ROLE, str(path))
            self.files_list.addItem(item)
        if problems:
            self.rows["files"].show_error(" ".join(problems))
        else:
            self.rows["files"].clear_error()

    def remove_selected_file(self) -> None:
        item = self.files_list.currentItem()
        if item is None:
            return
        if item.data(NEW_FILE_ROLE):
            self.new_files.remove(Path(item.data(NEW_FILE_ROLE)))
        elif item.data(ATTACHMENT_ROLE) is not None:
            self.removed_attachment_ids.append(int(item.data(ATTACHMENT_ROLE)))
        self.files_list.takeItem(self.files_list.row(item))

    # -- reading ------------------------------------------------------------------
    def raw_values(self) -> dict[str, object]:
        raw: dict[str, object] = {name: row.value() for name, row in self.rows.items() if name != "files"}
        raw["conduct"] = [c.value for c, box in self.conduct_boxes.items() if box.isChecked()]
        return raw

    def parse(self) -> tuple[Contact | None, list[FieldError]]:
        return parse_contact(self.raw_values(), self.now, self.contact.id if self.contact else None)

    def try_accept(self) -> None:
        contact, errors = self.parse()
        show_errors(self.rows, errors)
        if errors:
            return
        if self._stage is not None and self.new_files:
            try:
                self.staged_files = self._stage(list(self.new_files))  # copied in, all or none
            except StoreError as exc:
                self.rows["files"].show_error(msgbox.error_sentence(exc))
                return
        self.result_contact = contact
        self.accept()

    def changed(self) -> bool:
        return (self.result_contact != self.contact or bool(self.new_files)
                or bool(self.removed_attachment_ids))


class ContactRulesDialog(QDialog):
    """Allowed contact hours and the daily limit; contacts outside them are flagged."""

    def __init__(self, parent: QWidget | None, rules: ContactRules):
        super().__init__(parent)
        self.setObjectName("ContactRulesDialog")
        self.setWindowTitle(self.tr("Contact rules"))
        self.result_rules: ContactRules | None = None
        starts, ends = QTimeEdit(), QTimeEdit()
        for edit in (starts, ends):
            edit.setDisplayFormat("HH:mm")
        limit = QSpinBox()
        limit.setRange(1, MAX_CONTACTS_PER_DAY)
        self.rows = {
            "day_starts": DateTimeRow("day_starts", starts),
            "day_ends": DateTimeRow("day_ends", ends, self.tr("Contacts from this time on are flagged as at night.")),
            "max_per_day": DateTimeRow("max_per_day", limit,
                                       self.tr("More contacts than this from one company in a day are flagged.")),
        }
        self.rows["day_starts"].set_value(rules.day_starts.strftime("%H:%M"))
        self.rows["day_ends"].set_value(rules.day_ends.strftime("%H:%M"))
        self.rows["max_per_day"].set_value(str(rules.max_per_day))
        intro = QLabel(self.tr("Collectors may contact you only during these hours and only so often. "
                               "The defaults follow common rules in China (08:00–21:00); "
                               "change them to the rules where you live. This is not legal advice."))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Contacts allowed from"), self.rows["day_starts"])
        form.addRow(self.tr("until"), self.rows["day_ends"])
        form.addRow(self.tr("At most this many a day"), self.rows["max_per_day"])
        buttons = save_cancel(self)
        form.addRow(buttons)

    def try_accept(self) -> None:
        rules, errors = parse_contact_rules({name: row.value() for name, row in self.rows.items()})
        show_errors(self.rows, errors)
        if errors:
            return
        self.result_rules = rules
        self.accept()
