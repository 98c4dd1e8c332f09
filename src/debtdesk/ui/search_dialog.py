"""Edit ▸ Find (Ctrl+F): one search across debts, collector contacts and evidence.

Results update as the user types; choosing one (arrow keys, click, Enter)
shows it on its page at once, so the window follows the list.  The search
itself is `debtdesk.domain.search`; this dialog only reads the file and
lists what it returns.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from debtdesk.domain.search import Hit, HitKind, search
from debtdesk.store.contacts import ContactLog
from debtdesk.store.evidence import EvidenceBook
from debtdesk.ui.session import Session

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchDialog(QDialog):
    #: the kind ('debt', 'contact', 'evidence') and id of the chosen record
    chosen = Signal(str, int)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SearchDialog")
        self.setWindowTitle(self.tr("Find"))
        self.session = session
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(self.tr("Lender, company, agent, phone or account number, words said…"))
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self.run)
        self.query.returnPressed.connect(self._accept_current)
        label = QLabel(self.tr("&Find in debts, collector contacts and evidence:"))
        label.setBuddy(self.query)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.currentItemChanged.connect(lambda item, _: self._show(item))
        self.results.itemActivated.connect(lambda item: self._accept_current())
        self.summary = QLabel()
        self.summary.setObjectName("searchSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.summary)
        self.setTabOrder(self.query, self.results)
        self.resize(560, 420)

    def set_session(self, session: Session) -> None:
        self.session = session
        self.run(self.query.text())

    def keyPressEvent(self, event) -> None:
        # Down from the query moves into the results, as in a browser's address bar.
        if event.key() == Qt.Key.Key_Down and self.query.hasFocus() and self.results.count():
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return
        super().keyPressEvent(event)

    def kind_text(self, kind: HitKind) -> str:
        return {HitKind.DEBT: self.tr("Debt"), HitKind.CONTACT: self.tr("Contact"),
                HitKind.EVIDENCE: self.tr("Evidence")}[kind]

    def run(self, text: str) -> list[Hit]:
        store = self.session.store
        hits = search(text, store.debts(), ContactLog(store).list(), EvidenceBook(store).items()) if text.strip() else []
        self.results.blockSignals(True)
        self.results.clear()
        for hit in hits:
            line = f"{self.kind_text(hit.kind)} · {hit.title}" + (f" — {hit.snippet}" if hit.snippet else "")
            item = QListWidgetItem(line)
            item.setData(HIT_ROLE, hit)
            item.setToolTip(line)
            self.results.addItem(item)
        self.results.blockSignals(False)
        if not text.strip():
            self.summary.setText("")
        elif hits:
            self.summary.setText(self.tr("{n} found. Choose one to show it.").format(n=len(hits)))
        else:
            self.summary.setText(self.tr("Nothing found for “{text}”.").format(text=text.strip()))
        return hits

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            hit = item.data(HIT_ROLE)
            self.chosen.emit(hit.kind.value, hit.id)

    def _accept_current(self) -> None:
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self._show(item)
            self.accept()
