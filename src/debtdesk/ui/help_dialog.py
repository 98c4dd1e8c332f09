"""Help ▸ Guide and Help ▸ Glossary: one non-modal dialog with two tabs.

The content is data in `debtdesk.help` (translated here, context "Help");
the pages are HTML built from escaped text, with internal `term:` links
only (links never leave the app).  Other screens open a term with
`show_glossary("penalty-interest")` or put `help_button("stages")` beside
a label.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from debtdesk.help import GLOSSARY, GUIDE, Term, find_term
from debtdesk.help.guide import GUIDE_INTRO, NOT_LEGAL_ADVICE
from debtdesk.ui.i18n import list_separator, marked

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    """A text marked in `debtdesk.help` with QT_TRANSLATE_NOOP("Help", …), translated."""
    return marked("Help", text)


def _para(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def _term_links(keys) -> str:
    links = []
    for key in keys:
        term = find_term(key)
        if term is not None:
            links.append(f'<a href="term:{html.escape(term.key)}">{html.escape(_t(term.headword))}</a>')
    return list_separator().join(links)


def guide_html() -> str:
    heading = QCoreApplication.translate("Help", "Your way through")  # outside the f-string, where lupdate sees it
    parts = [f"<h2>{html.escape(heading)}</h2>", _para(_t(GUIDE_INTRO))]
    for step in GUIDE:
        parts.append(f'<h3><a name="{step.key}"></a>{html.escape(_t(step.title))}</h3>')
        parts.append(_para(_t(step.text)))
        if step.terms:
            parts.append("<p><i>" + html.escape(QCoreApplication.translate("Help", "Words used here:")) + "</i> "
                         + _term_links(step.terms) + "</p>")
    parts.append("<hr>" + _para(_t(NOT_LEGAL_ADVICE)))
    return "".join(parts)


def term_html(term: Term) -> str:
    parts = [f"<h2>{html.escape(_t(term.headword))}</h2>", _para(_t(term.text))]
    if term.see:
        parts.append("<p><i>" + html.escape(QCoreApplication.translate("Help", "See also:")) + "</i> "
                     + _term_links(term.see) + "</p>")
    return "".join(parts)


def _browser(name: str) -> QTextBrowser:
    view = QTextBrowser()
    view.setObjectName(name)
    view.setOpenLinks(False)  # every link is a term: handled here, nothing is fetched
    view.setOpenExternalLinks(False)
    return view


class HelpDialog(QDialog):
    GUIDE_TAB, GLOSSARY_TAB = 0, 1

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("HelpDialog")
        self.setWindowTitle(self.tr("DebtDesk help"))
        self.guide_view = _browser("guideView")
        self.guide_view.setHtml(guide_html())
        self.guide_view.anchorClicked.connect(self._follow)

        self.filter = QLineEdit()
        self.filter.setObjectName("glossaryFilter")
        self.filter.setPlaceholderText(self.tr("Find a word, e.g. 罚息 or M2"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.terms = QListWidget()
        self.terms.setObjectName("glossaryTerms")
        for term in GLOSSARY:
            item = QListWidgetItem(_t(term.headword))
            item.setData(KEY_ROLE, term.key)
            self.terms.addItem(item)
        self.terms.currentItemChanged.connect(self._show_current)
        self.term_view = _browser("termView")
        self.term_view.anchorClicked.connect(self._follow)
        left = QVBoxLayout()
        left.addWidget(self.filter)
        left.addWidget(self.terms, 1)
        glossary = QWidget()
        row = QHBoxLayout(glossary)
        row.addLayout(left, 2)
        row.addWidget(self.term_view, 3)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.guide_view, self.tr("&Guide"))
        self.tabs.addTab(glossary, self.tr("G&lossary"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.setTabOrder(self.filter, self.terms)
        self.setTabOrder(self.terms, self.term_view)
        self.resize(820, 560)
        self.terms.setCurrentRow(0)

    # -- what is shown -------------------------------------------------------------
    def current_term(self) -> str | None:
        item = self.terms.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def show_guide(self) -> None:
        self.tabs.setCurrentIndex(self.GUIDE_TAB)

    def show_term(self, term: str) -> bool:
        """Select the term (key, alias or headword); False when the glossary has no such word."""
        found = find_term(term)
        self.tabs.setCurrentIndex(self.GLOSSARY_TAB)
        if found is None:
            return False
        self.filter.clear()
        for row in range(self.terms.count()):
            if self.terms.item(row).data(KEY_ROLE) == found.key:
                self.terms.setCurrentRow(row)
                return True
        return False  # pragma: no cover - every term is listed

    def _show_current(self, item: QListWidgetItem | None, _previous=None) -> None:
        term = find_term(item.data(KEY_ROLE)) if item is not None else None
        self.term_view.setHtml(term_html(term) if term is not None else "")

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "term":
            self.show_term(url.path())

    def _filter(self, text: str) -> None:
        wanted = "".join(text.split()).casefold()
        first = None
        for row in range(self.terms.count()):
            item = self.terms.item(row)
            term = find_term(item.data(KEY_ROLE))
            haystack = "".join((_t(term.headword) + _t(term.text) + "".join(term.aliases)).split()).casefold()
            hidden = bool(wanted) and wanted not in haystack
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None and (self.terms.currentItem() is None or self.terms.currentItem().isHidden()):
            self.terms.setCurrentItem(first)


def help_dialog(parent: QWidget | None = None) -> HelpDialog:
    """The window's help dialog (one per window), created on first use."""
    window = (parent.window() if parent is not None else None) or QApplication.activeWindow()
    existing = window.findChild(HelpDialog, "HelpDialog") if window is not None else None
    dialog = existing or HelpDialog(window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def show_guide(parent: QWidget | None = None) -> HelpDialog:
    dialog = help_dialog(parent)
    dialog.show_guide()
    return dialog


def show_glossary(term: str = "", parent: QWidget | None = None) -> HelpDialog:
    """Open the glossary at `term` (a key such as "penalty-interest", or "罚息", "M2"); the list if unknown."""
    dialog = help_dialog(parent)
    if not (term and dialog.show_term(term)):
        dialog.tabs.setCurrentIndex(HelpDialog.GLOSSARY_TAB)
    return dialog


def help_button(term: str, parent: QWidget | None = None) -> QToolButton:
    """A small "?" beside a label that opens the glossary at `term`; its tooltip names the term."""
    found = find_term(term)
    button = QToolButton(parent)
    button.setObjectName(f"help_{found.key if found else term}")
    button.setText(QCoreApplication.translate("Help", "?"))
    button.setAutoRaise(True)
    headword = _t(found.headword) if found else term
    button.setToolTip(QCoreApplication.translate("Help", "What is “{term}”? Opens the glossary.").format(term=headword))
    button.setAccessibleName(QCoreApplication.translate("Help", "Explain {term}").format(term=headword))
    button.clicked.connect(lambda: show_glossary(term, button))
    return button
