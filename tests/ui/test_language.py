"""The window in three languages: chosen from the system locale, changed at run time, remembered."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
)

import debtdesk
from debtdesk.ui import i18n
from debtdesk.ui.debt_dialog import DebtDialog

PAGES = ["overview", "debts", "timeline", "contacts", "budget", "evidence", "proposals", "letters", "agreements",
         "charts"]
TS = Path(debtdesk.__file__).resolve().parents[2] / "resources" / "translations" / "debtdesk_zh_Hans.ts"


@pytest.fixture(autouse=True)
def english_afterwards(app):
    """Every test starts and ends in English, whatever it switched to."""
    i18n.install("en")
    yield
    i18n.install("en")
    QCoreApplication.processEvents()


def switch(window, qtbot, language: str, file_menu: str) -> None:
    window.findChild(type(window.menuBar().actions()[0]), f"language_{language}").trigger()
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == file_menu, timeout=5000)


def test_view_language_changes_menus_pages_and_dialogs_at_run_time(window, qtbot, script_dialog):
    window.pages.setCurrentWidget(window.debts_page)
    window.register.table.selectRow(2)
    chosen = window.register.selected_id()
    assert chosen is not None

    switch(window, qtbot, "zh-Hans", "文件(&F)")
    titles = [window.pages.tabText(i) for i in range(window.pages.count())]
    assert titles[:3] == ["概览", "债务", "时间线"] and titles[-1] == "图表"
    assert window.pages.currentWidget() is window.debts_page  # the same page …
    assert window.register.selected_id() == chosen  # … and the same debt
    assert [a.text() for a in window.menuBar().actions()] == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
    assert window.add_action.text() == "添加债务(&A)…"
    assert QSettings().value(i18n.SETTINGS_KEY, "", type=str) == "zh-Hans"
    assert QLocale().name() == "zh_CN"

    seen = script_dialog(DebtDialog, lambda d: None, press_save=False)
    window.edit_action.trigger()
    dialog = seen[0]
    assert dialog.windowTitle() == "编辑债务"
    buttons = dialog.findChild(QDialogButtonBox)
    texts = {b.text().replace("&", "") for b in buttons.buttons()}
    assert {"保存", "取消"} <= texts  # Qt's own buttons, from qtbase_zh_CN

    switch(window, qtbot, "zh-Hant", "檔案(&F)")
    assert [window.pages.tabText(i) for i in range(3)] == ["總覽", "債務", "時間軸"]
    assert window.register.selected_id() == chosen
    seen = script_dialog(DebtDialog, lambda d: None, press_save=False)
    window.edit_action.trigger()
    dialog = seen[-1]
    assert dialog.windowTitle() == "編輯債務"
    texts = {b.text().replace("&", "") for b in dialog.findChild(QDialogButtonBox).buttons()}
    assert {"儲存", "取消"} <= texts  # qtbase_zh_TW
    assert QSettings().value(i18n.SETTINGS_KEY, "", type=str) == "zh-Hant"

    switch(window, qtbot, "en", "&File")
    assert window.pages.tabText(0) == "Overview" and window.register.selected_id() == chosen


def test_a_built_page_is_built_again_in_the_new_language(window, qtbot):
    window.pages.setCurrentWidget(window.budget)
    assert window.built_page("budget") is not None
    switch(window, qtbot, "zh-Hans", "文件(&F)")
    assert window.pages.currentWidget() is window.budget
    labels = [w.text() for w in window.budget.findChildren(QAbstractButton)]
    assert "新建…" in labels
    assert window.built_page("contacts") is None  # still built only when first shown
    window.pages.setCurrentWidget(window.contacts)
    assert "记录一次催收(&L)…" in [w.text() for w in window.contacts.findChildren(QAbstractButton)]


def test_find_and_help_windows_open_afresh_in_the_new_language(window, qtbot):
    from debtdesk.ui.help_dialog import show_guide

    window.find()
    show_guide(window)
    switch(window, qtbot, "zh-Hant", "檔案(&F)")
    assert window.find().windowTitle() == "尋找"
    assert show_guide(window).windowTitle() == "DebtDesk 說明"


def test_the_language_follows_the_system_then_the_saved_choice(app, monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("zh_HK")))
    assert i18n.startup_language() == "zh-Hant"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("zh_SG")))
    assert i18n.startup_language() == "zh-Hans"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.startup_language() == "en"
    QSettings().setValue(i18n.SETTINGS_KEY, "zh-Hant")
    assert i18n.startup_language() == "zh-Hant"
    QSettings().setValue(i18n.SETTINGS_KEY, "klingon")  # an unknown value: the system decides
    assert i18n.startup_language() == "en"


def test_dates_in_sentences_follow_the_language(window, qtbot):
    switch(window, qtbot, "zh-Hans", "文件(&F)")
    assert window.totals.text().endswith("截至2026年11月23日")


# -- nothing in English once the window speaks Chinese ------------------------------------------------

class Recorder(QTranslator):
    """Installed on top: notes every text the application asks to translate, finds nothing itself."""

    def __init__(self):
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source))
        return None  # a null string: Qt asks the next translator


def catalogue() -> dict[tuple[str, str], str]:
    root = ET.parse(TS).getroot()
    return {(c.findtext("name"), m.findtext("source")): m.findtext("translation")
            for c in root.iter("context") for m in c.iter("message")}


def shown_texts(widget) -> list[str]:
    texts = []
    for child in widget.findChildren(QLabel):
        if child.isVisibleTo(widget):
            texts.append(child.text())
    for child in widget.findChildren(QAbstractButton):
        if child.isVisibleTo(widget):
            texts += [child.text(), child.toolTip()]
    for child in widget.findChildren(QGroupBox):
        texts.append(child.title())
    for child in widget.findChildren(QLineEdit):
        texts.append(child.placeholderText())
    for child in widget.findChildren(QTabWidget):
        texts += [child.tabText(i) for i in range(child.count())]
    for child in widget.findChildren(QTableView):
        model = child.model()
        if model is not None:
            texts += [str(model.headerData(i, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.Orientation.Horizontal))
                      for i in range(model.columnCount())]
    for child in widget.findChildren(QComboBox):
        texts += [child.itemText(i) for i in range(child.count())]
    return [t for t in texts if t]


#: User data of the demo file, and words that are the same in every language.
NOT_WORDS = re.compile(r"Anna Chan|private|DebtDesk|SHA-256|PDF|CSV|LPR|APR|IRR|App|CNY|HKD|USD|EUR|GBP|TWD|"
                       r"MOP|SGD|MYR|JPY|AUD|CAD|YYYY-MM-DD|HH:MM|Ctrl|Shift|A4|Letter|iCalendar|EMS|DPD|"
                       r"Swift Recovery Ltd|Mr Zhao|Ms Li|Chen Dawen|[A-Za-z.]+@example\.com|M\d\+?|"
                       r"After the illness|Borrowed for the hospital deposit[^.]*\.")


def english_words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]{3,}", NOT_WORDS.sub("", text))


def test_every_page_asks_only_for_catalogued_texts_and_shows_no_english(window, qtbot, household_path):
    from debtdesk.store import Store
    from debtdesk.ui.session import Session

    window.set_session(Session(Store.open(household_path), window.session.as_of))
    recorder = Recorder()
    window.findChild(type(window.menuBar().actions()[0]), "language_zh-Hans").trigger()
    QCoreApplication.installTranslator(recorder)  # on top of the new translators, before the window rebuilds
    try:
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "文件(&F)", timeout=5000)
        english = {}
        for index, name in enumerate(PAGES):
            window.pages.setCurrentIndex(index)
            page = window.pages.currentWidget()
            qtbot.wait(20)
            for text in shown_texts(page):
                if english_words(text):
                    english.setdefault(name, []).append(text)
        window.find()
        for text in shown_texts(window.search_dialog):
            if english_words(text):
                english.setdefault("find", []).append(text)
    finally:
        QCoreApplication.removeTranslator(recorder)
    assert english == {}
    assert len(recorder.asked) > 400
    known = catalogue()
    ours = {context for context, _ in known}
    asked = {(context, source) for context, source in recorder.asked
             if context in ours or not context.startswith("Q")}  # Qt's own contexts: qtbase
    assert sorted(asked - set(known)) == []
