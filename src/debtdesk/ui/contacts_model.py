"""The contact log's table model and filter, and the words for channels, flags and conduct.

Flagged rows stand out three ways, so no one depends on colour alone: the
whole row is bold, the flags column starts with ⚠ and names each flag, and
that column is drawn in a warning colour chosen for the palette (light or
dark).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

from debtdesk.domain.attachments import Attachment
from debtdesk.domain.contacts import Channel, Conduct, Contact, ContactRules, Flag, format_occurred_at
from debtdesk.ui.debts_model import is_dark
from debtdesk.ui.table_model import RIGHT, ROW_ROLE, SORT_ROLE, Column, RowTableModel
from debtdesk.ui.widgets import plain_tooltip
from debtdesk.ui.i18n import list_separator, marked

translate = QCoreApplication.translate  # called with literal texts only, which lupdate extracts

CTX = "ContactLabels"
MARK = "⚠"
SUMMARY_CHARS = 80

_TEXT = {
    Channel.CALL: QT_TRANSLATE_NOOP("ContactLabels", "Phone call"),
    Channel.SMS: QT_TRANSLATE_NOOP("ContactLabels", "SMS"),
    Channel.APP: QT_TRANSLATE_NOOP("ContactLabels", "App message"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("ContactLabels", "E-mail"),
    Channel.LETTER: QT_TRANSLATE_NOOP("ContactLabels", "Letter"),
    Channel.VISIT: QT_TRANSLATE_NOOP("ContactLabels", "Visit"),
    Flag.NIGHT: QT_TRANSLATE_NOOP("ContactLabels", "at night"),
    Flag.TOO_MANY: QT_TRANSLATE_NOOP("ContactLabels", "too many that day"),
    Flag.THIRD_PARTY: QT_TRANSLATE_NOOP("ContactLabels", "contacted others"),
    Flag.THREATS: QT_TRANSLATE_NOOP("ContactLabels", "threats"),
    Flag.INSULTS: QT_TRANSLATE_NOOP("ContactLabels", "insults"),
    Flag.FALSE_LEGAL_CLAIMS: QT_TRANSLATE_NOOP("ContactLabels", "false legal claims"),
    Flag.IMPERSONATION: QT_TRANSLATE_NOOP("ContactLabels", "posed as an official"),
}

#: The wording of the conduct checkboxes: what happened, in the borrower's words.
_CONDUCT_TEXT = {
    Conduct.THIRD_PARTY: QT_TRANSLATE_NOOP("ContactLabels", "Contacted my family, employer or phone contacts"),
    Conduct.THREATS: QT_TRANSLATE_NOOP("ContactLabels", "Threatened me (violence, exposure, harm to me or my family)"),
    Conduct.INSULTS: QT_TRANSLATE_NOOP("ContactLabels", "Insulted or humiliated me"),
    Conduct.FALSE_LEGAL_CLAIMS: QT_TRANSLATE_NOOP(
        "ContactLabels", "Claimed false legal consequences (e.g. arrest, prison, a criminal case)"),
    Conduct.IMPERSONATION: QT_TRANSLATE_NOOP(
        "ContactLabels", "Pretended to be police, a court, a lawyer or an official"),
}


def label(value) -> str:
    """The translated short name of a channel or flag."""
    return marked("ContactLabels", _TEXT[value])


def conduct_text(conduct: Conduct) -> str:
    return marked("ContactLabels", _CONDUCT_TEXT[conduct])


def flag_explanation(flag: Flag, rules: ContactRules) -> str:
    """One sentence saying why a flag was raised."""
    if flag is Flag.NIGHT:
        return QCoreApplication.translate("ContactLabels", "Outside the allowed hours {start}–{end}").format(
            start=rules.day_starts.strftime("%H:%M"), end=rules.day_ends.strftime("%H:%M"))
    if flag is Flag.TOO_MANY:
        return QCoreApplication.translate("ContactLabels", "More than {n} contacts from this company that day").format(
            n=rules.max_per_day)
    return conduct_text(Conduct(flag.value))


def flags_text(flags: frozenset[Flag]) -> str:
    """'⚠ at night, threats' in the enum's order; '' without flags."""
    if not flags:
        return ""
    return f"{MARK} " + list_separator().join(label(f) for f in Flag if f in flags)


def warning_colour() -> QColor:
    """The same warning red as form errors, lighter on a dark palette."""
    return QColor("#ff8a80" if is_dark() else "#b3261e")


def first_line(text: str, limit: int = SUMMARY_CHARS) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    cut = len(line) > limit or len(text.strip().splitlines()) > 1
    return (line[:limit].rstrip() + "…") if cut else line


@dataclass(frozen=True)
class ContactRow:
    contact: Contact
    flags: frozenset[Flag]
    attachments: tuple[Attachment, ...] = ()
    debt_name: str = ""

    def matches(self, needle: str) -> bool:
        """Case-insensitive search over everything the borrower wrote and the words shown."""
        c = self.contact
        haystack = " ".join([
            format_occurred_at(c.occurred_at), label(c.channel), c.company, c.agent, c.phone, c.summary,
            c.promises, self.debt_name, flags_text(self.flags), *(a.original_name for a in self.attachments),
        ])
        return needle.casefold() in haystack.casefold()


class ContactsModel(RowTableModel):
    TIME, FLAGS, CHANNEL, COMPANY, AGENT, PHONE, FILES, SUMMARY = range(8)
    # Sort keys are strings or numbers: Qt cannot order Python tuples.
    columns = [
        Column(lambda: translate("ContactsModel", "When"), lambda r: format_occurred_at(r.contact.occurred_at),
               lambda r: f"{r.contact.occurred_at.isoformat()} {r.contact.id or 0:012d}"),
        Column(lambda: translate("ContactsModel", "Flags"), lambda r: flags_text(r.flags), lambda r: len(r.flags)),
        Column(lambda: translate("ContactsModel", "Channel"), lambda r: label(r.contact.channel)),
        Column(lambda: translate("ContactsModel", "Company"), lambda r: r.contact.company),
        Column(lambda: translate("ContactsModel", "Agent"), lambda r: r.contact.agent),
        Column(lambda: translate("ContactsModel", "Number"), lambda r: r.contact.phone),
        Column(lambda: translate("ContactsModel", "Files"), lambda r: str(len(r.attachments)) if r.attachments else "",
               lambda r: len(r.attachments), RIGHT),
        Column(lambda: translate("ContactsModel", "What was said"), lambda r: first_line(r.contact.summary)),
    ]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rules = ContactRules()

    def set_log(self, rows: list[ContactRow], rules: ContactRules) -> None:
        self.rules = rules
        self.set_rows(rows)

    def row_of(self, contact_id: int) -> int | None:
        for row, item in enumerate(self.rows()):
            if item.contact.id == contact_id:
                return row
        return None

    def extra_data(self, item: ContactRow, column: int, role: int):
        if role == Qt.ItemDataRole.FontRole and item.flags:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and item.flags:
            if column == self.FLAGS or (column == self.TIME and Flag.NIGHT in item.flags):
                return warning_colour()
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FLAGS and item.flags:
                return plain_tooltip("\n".join(f"{MARK} {flag_explanation(f, self.rules)}"
                                               for f in Flag if f in item.flags))
            if column == self.SUMMARY:
                return plain_tooltip(item.contact.summary)
            if column == self.FILES and item.attachments:
                return plain_tooltip("\n".join(a.original_name for a in item.attachments))
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.FLAGS and item.flags:
            return translate(
                "ContactsModel", "Flagged: {flags}").format(
                flags=list_separator().join(label(f) for f in Flag if f in item.flags))
        return None


class ContactFilter(QSortFilterProxyModel):
    """Free text over the whole contact (not only what the columns show), plus 'only flagged'."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.text = ""
        self.only_flagged = False

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_only_flagged(self, value: bool) -> None:
        self.beginFilterChange()
        self.only_flagged = bool(value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        item: ContactRow = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if self.only_flagged and not item.flags:
            return False
        return not self.text or item.matches(self.text)
