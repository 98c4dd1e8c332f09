"""The contact filter searches in a worker: keystrokes never wait for a scan, newer searches win."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from debtdesk.domain.contacts import Channel, Contact
from debtdesk.store import contact_reader
from debtdesk.store.contacts import ContactLog
from debtdesk.ui import contact_search, contacts_model
from debtdesk.ui.contacts_model import ContactsModel
from debtdesk.ui.contacts_screen import ContactsScreen


@pytest.fixture
def screen(window, qtbot):
    widget = ContactsScreen(window.session, window.undo_stack)
    qtbot.addWidget(widget)
    widget.show()
    log = ContactLog(window.session.store)
    log.add(Contact(datetime(2026, 11, 20, 9, 0), Channel.CALL, "借呗", summary="还款提醒"))
    log.add(Contact(datetime(2026, 11, 21, 9, 0), Channel.SMS, "分期乐", summary="催收"))
    log.add(Contact(datetime(2026, 11, 22, 9, 0), Channel.SMS, "分期乐", summary="再催"))
    window.session.notify()
    return widget


def companies(screen) -> list[str]:
    return [r.contact.company for r in screen.visible_rows()]


@pytest.fixture
def gate(monkeypatch):
    """Holds each worker's query until the test lets that text through."""
    released: dict[str, threading.Event] = {}
    real = contact_search.ids_on

    def held(conn, query):
        released.setdefault(query.text, threading.Event()).wait(10)
        return real(conn, query)

    monkeypatch.setattr(contact_search, "ids_on", held)
    yield lambda text: released.setdefault(text, threading.Event()).set()
    for event in list(released.values()):  # no worker left waiting after the test
        event.set()


def test_the_log_shown_stays_until_the_search_is_done(screen, qtbot, gate):
    screen.select(ContactLog(screen.session.store).list()[1].id)  # 分期乐 催收
    screen.search.setText("催收")
    qtbot.wait(contacts_model_delay() + 50)  # the pause passed: the search started, and waits in the worker
    assert screen.model.rowCount() == 3 and screen.model.background.pending is not None
    gate("催收")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=3000)
    assert companies(screen) == ["分期乐"] and screen.model.query.text == "催收"
    assert screen.selected_row().contact.summary == "催收"  # the selection survives the new rows


def test_a_newer_keystroke_supersedes_a_search_still_running(screen, qtbot, gate):
    screen.model.search_in_background("借")
    screen.model.search_in_background("分期")
    gate("分期")
    qtbot.waitUntil(lambda: screen.model.background.pending is None, timeout=3000)
    assert companies(screen) == ["分期乐", "分期乐"]
    gate("借")  # the older one finishes last: dropped
    qtbot.wait(100)
    assert companies(screen) == ["分期乐", "分期乐"] and screen.model.query.text == "分期"


def test_a_sort_or_flag_filter_meanwhile_includes_the_text_typed(screen, qtbot, gate):
    screen.model.search_in_background("借")
    screen.table.sortByColumn(ContactsModel.TIME, Qt.SortOrder.AscendingOrder)
    assert companies(screen) == ["借呗"] and screen.model.background.pending is None
    screen.model.search_in_background("分期")
    screen.only_flagged.setChecked(True)
    screen.only_flagged.setChecked(False)
    assert companies(screen) == ["分期乐", "分期乐"] and screen.model.query.text == "分期"


def test_a_file_only_this_connection_sees_searches_at_once(screen, monkeypatch):
    monkeypatch.setattr(contacts_model, "reader_apart", lambda store: None)
    screen.model.search_in_background("借")
    assert companies(screen) == ["借呗"] and screen.model.background.pending is None


def test_a_worker_that_cannot_open_the_file_leaves_the_query_to_the_window(screen, qtbot, monkeypatch):
    def refuse(source):
        raise OSError("gone")

    monkeypatch.setattr(contact_search, "open_apart", refuse)
    screen.model.search_in_background("借")
    qtbot.waitUntil(lambda: screen.model.background.pending is None, timeout=3000)
    assert companies(screen) == ["借呗"]


def test_another_connection_reads_what_the_window_shows(screen):
    store = screen.session.store
    source = contact_reader.reader_apart(store)
    conn = contact_reader.open_apart(source)
    try:
        query = screen.model.query
        assert contact_reader.ids_on(conn, query) == screen.model.ids()
    finally:
        conn.close()


def contacts_model_delay() -> int:
    from debtdesk.ui.contacts_screen import FILTER_DELAY_MS

    return FILTER_DELAY_MS
