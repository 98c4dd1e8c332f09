"""The contact log's lazy table model, and the words for channels, flags and conduct.

Flagged rows stand out three ways, so no one depends on colour alone: the
whole row is bold, the flags column starts with ⚠ and names each flag, and
that column is drawn in a warning colour chosen for the palette (light or
dark).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    Signal,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QT_TRANSLATE_NOOP,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

from debtdesk.domain.attachments import Attachment
from debtdesk.domain.contacts import Channel, Conduct, Contact, ContactRules, Flag, format_occurred_at
from debtdesk.ui.debts_model import is_dark
from debtdesk.store.contact_index import ContactQuery, contact_ids, contact_rows
from debtdesk.store.contact_reader import reader_apart
from debtdesk.store.contacts import ContactLog
from debtdesk.ui.contact_search import BackgroundSearch
from debtdesk.ui.table_model import LEFT, RIGHT, ROW_ROLE, ColumnsModel
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


_KEEP = object()  # a part of the filter left as it is


@dataclass(frozen=True)
class _Col:
    header: Callable[[], str]
    display: Callable[[ContactRow], str]
    sort: str  # a key of store.contact_index.SORT_KEYS
    align: Qt.AlignmentFlag = LEFT


class ContactsModel(ColumnsModel):
    """The contact log as a lazy table: an id list sorted and filtered in SQL, rows read when shown.

    As Anki's browser: `reload` runs one query for the ids (whatever the
    size, the view only needs the count); `data` reads a page of rows around
    the one asked for and caches it.  Sorting a column reruns the query with
    that column's ORDER BY; Qt never compares rows in Python.
    """

    TIME, FLAGS, CHANNEL, COMPANY, AGENT, PHONE, FILES, SUMMARY = range(8)
    PAGE = 200
    CACHE_LIMIT = 5000

    # A search run in the background is now shown (the rows were reset).
    searched = Signal()

    columns = [
        _Col(lambda: translate("ContactsModel", "When"), lambda r: format_occurred_at(r.contact.occurred_at), "time"),
        _Col(lambda: translate("ContactsModel", "Flags"), lambda r: flags_text(r.flags), "flags"),
        _Col(lambda: translate("ContactsModel", "Channel"), lambda r: label(r.contact.channel), "channel"),
        _Col(lambda: translate("ContactsModel", "Company"), lambda r: r.contact.company, "company"),
        _Col(lambda: translate("ContactsModel", "Agent"), lambda r: r.contact.agent, "agent"),
        _Col(lambda: translate("ContactsModel", "Number"), lambda r: r.contact.phone, "phone"),
        _Col(lambda: translate("ContactsModel", "Files"),
             lambda r: str(len(r.attachments)) if r.attachments else "", "files", RIGHT),
        _Col(lambda: translate("ContactsModel", "What was said"), lambda r: first_line(r.contact.summary), "summary"),
    ]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rules = ContactRules()
        self.query = ContactQuery()
        self.debt_names: dict[int, str] = {}
        self._log: ContactLog | None = None
        self._ids: list[int] = []
        self._positions: dict[int, int] | None = None
        self._cache: dict[int, ContactRow] = {}
        self.background = BackgroundSearch(self._show_search, self)

    # -- what is shown -----------------------------------------------------------------
    def set_log(self, log: ContactLog, rules: ContactRules, debt_names: dict[int, str]) -> None:
        """Show this file's log (after any change): the ids again, under the current filter and order."""
        self._log = log
        self.rules = rules
        self.debt_names = debt_names
        wanted = self._wanted()
        self.query = replace(wanted, channel_order=tuple(sorted(Channel, key=label)),
                             **self._text_filter(wanted.text))  # the words shown may have changed
        self._requery()

    def set_filter(self, text: str | None = None, only_flagged: bool | None = None,
                   debt_id: object = _KEEP) -> None:
        """Change the parts of the filter given (debt_id None: every debt) and run one query."""
        changes = {}
        if text is not None:
            changes.update(self._text_filter(text.strip()))
        if only_flagged is not None:
            changes["only_flagged"] = bool(only_flagged)
        if debt_id is not _KEEP:
            changes["debt_id"] = debt_id
        query = replace(self._wanted(), **changes)
        if query != self.query or self.background.pending is not None:
            self.query = query
            self._requery()

    def search_in_background(self, text: str) -> None:
        """Filter by `text` without waiting: the query runs in a worker, the rows shown stay until it is done.

        Runs at once instead when only this connection sees the log as shown (see `reader_apart`).
        """
        query = replace(self._wanted(), **self._text_filter(text.strip()))
        if query == self.query:  # back to what is shown: any search still running is moot
            self.background.cancel()
            return
        if query == self._wanted():
            return
        source = reader_apart(self._log.store) if self._log else None
        if source is None:
            self.set_filter(text=text)
            return
        self.background.start(source, query)

    def _wanted(self) -> ContactQuery:
        """The query last asked for: a search still running, else the one shown."""
        return self.background.pending or self.query

    def _show_search(self, query: ContactQuery, ids: list[int] | None) -> None:
        self.query = query
        if ids is None:  # the worker could not read the file: read it here, problems reported as usual
            self._requery()
        else:
            self.beginResetModel()
            self._ids = ids
            self._positions = None
            self._cache.clear()
            self.endResetModel()
        self.searched.emit()

    def _text_filter(self, text: str) -> dict:
        """The text, and the codes whose shown words contain it (channel, flag and debt names)."""
        needle = text.casefold()
        shown = lambda words: bool(needle) and needle in words.casefold()  # noqa: E731
        return {
            "text": text,
            "channels_named": frozenset(c for c in Channel if shown(label(c))),
            "flags_named": frozenset(f for f in Flag if shown(f"{MARK} {label(f)}")),
            "debts_named": frozenset(i for i, name in self.debt_names.items() if shown(name)),
        }

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        if self.background.pending is not None:  # the rows will change anyway: one query for both
            self.query = replace(self.background.pending, sort=self.columns[column].sort,
                                 descending=order == Qt.SortOrder.DescendingOrder)
            self._requery()
            return
        self.layoutAboutToBeChanged.emit()
        query = replace(self.query, sort=self.columns[column].sort,
                        descending=order == Qt.SortOrder.DescendingOrder)
        self.query = query
        persistent = self.persistentIndexList()
        old_ids = [self._ids[i.row()] if 0 <= i.row() < len(self._ids) else None for i in persistent]
        self._ids = contact_ids(self._log.store, query) if self._log else []
        self._positions = None
        new_rows = [self.row_of(i) if i is not None else None for i in old_ids]
        self.changePersistentIndexList(
            persistent, [self.index(r, i.column()) if r is not None else QModelIndex()
                         for i, r in zip(persistent, new_rows)])
        self.layoutChanged.emit()

    def _requery(self) -> None:
        self.background.cancel()  # this query includes whatever it was asked for
        self.beginResetModel()
        self._ids = contact_ids(self._log.store, self.query) if self._log else []
        self._positions = None
        self._cache.clear()
        self.endResetModel()

    # -- rows --------------------------------------------------------------------------
    def unfiltered(self) -> bool:
        """True when every contact of the file is listed (no text, flag or debt filter)."""
        return not self.query.text and not self.query.only_flagged and self.query.debt_id is None

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, contact_id: int) -> int | None:
        if self._positions is None:
            self._positions = {cid: row for row, cid in enumerate(self._ids)}
        return self._positions.get(contact_id)

    def item(self, row: int) -> ContactRow | None:
        """The row's contact with its flags, files and debt name, read with its neighbours if not cached."""
        if not 0 <= row < len(self._ids):
            return None
        contact_id = self._ids[row]
        if contact_id not in self._cache:
            self._fetch(max(0, row - self.PAGE // 4), row + self.PAGE)
        return self._cache.get(contact_id)

    def _fetch(self, first: int, last: int) -> None:
        if len(self._cache) > self.CACHE_LIMIT:
            self._cache.clear()
        wanted = [cid for cid in self._ids[first:last] if cid not in self._cache]
        read = contact_rows(self._log.store, wanted)
        files = self._log.attachments_for(wanted)
        for cid, (contact, flags) in read.items():
            self._cache[cid] = ContactRow(contact, flags, tuple(files.get(cid, ())),
                                          self.debt_names.get(contact.debt_id, ""))

    # -- Qt ----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in _ROLES:
            return None
        item = self.item(index.row())
        if item is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(item)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == ROW_ROLE:
            return item
        return self.extra_data(item, index.column(), role)

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


#: The roles `data` answers; any other (size hints, check states...) costs no row read.
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, ROW_ROLE,
                    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole})
