"""The app's own start holds the single-instance lock at once and answers later starts after its first paint."""

from __future__ import annotations

from tests.store.safety_helpers import python
from tests.ui.test_safety_ui import SECOND_START


def test_a_second_start_waits_for_the_first_to_listen_and_is_answered(app, qtbot, tmp_path, household_path):
    from debtdesk.ui import single_instance

    folder = tmp_path / "instance"
    folder.mkdir()
    first = single_instance.claim(folder, listen=False)
    try:
        assert first.server is None  # QtNetwork not even loaded for it yet
        asked: list[str] = []
        first.open_requested.connect(asked.append)
        second = python(SECOND_START, folder, household_path)
        qtbot.wait(300)  # the second start finds the lock held and retries its connection meanwhile
        assert second.poll() is None
        first.listen()
        qtbot.waitUntil(lambda: asked == [str(household_path.resolve())], timeout=15000)
        out, err = second.communicate(timeout=30)
        assert out.strip() == "answered", err
    finally:
        first.release()


def test_later_work_waits_for_the_first_paint_in_order(app, qtbot, household_path):
    from datetime import date

    from debtdesk.store import Store
    from debtdesk.ui.main_window import MainWindow
    from debtdesk.ui.session import Session

    done: list[str] = []
    win = MainWindow(Session(Store.open(household_path), date(2026, 11, 23)), paint_first=True)
    qtbot.addWidget(win)
    win.after_first_paint(lambda: done.append("listen"))
    win.after_first_paint(lambda: done.append("check"))
    assert done == []
    win.show()
    qtbot.waitUntil(lambda: done == ["listen", "check"])
    win.after_first_paint(lambda: done.append("at once"))  # painted already
    assert done[-1] == "at once"


def test_a_step_after_the_paint_that_fails_stops_none_of_the_others(app, qtbot, household_path, monkeypatch):
    """Held summaries that cannot be written (a damaged page), or any one later step that raises, are
    reported as an error is; the register still fills and every queued step still runs."""
    import sqlite3
    import sys
    from datetime import date

    from debtdesk.store import Store
    from debtdesk.ui.main_window import MainWindow
    from debtdesk.ui.session import Session

    reported: list[type] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: reported.append(kind))
    session = Session(Store.open(household_path), date(2026, 11, 23))
    win = MainWindow(session, paint_first=True)
    qtbot.addWidget(win)

    def broken_write():
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr("debtdesk.services.status_summaries.keep_summaries", lambda *a: broken_write())
    session.statuses._held.append(object())  # something held back, whose write fails
    done: list[str] = []
    win.after_first_paint(lambda: 1 / 0)
    win.after_first_paint(lambda: done.append("check"))
    win.show()
    qtbot.waitUntil(lambda: done == ["check"])
    assert reported == [ZeroDivisionError]  # the failed write loses only time: not an error to show
    assert win.findChild(type(win.pages), "pages").widget(1).objectName() != "placeholder_debts"


def test_a_second_start_waits_while_the_first_is_still_opening_its_file(app, qtbot, tmp_path, household_path):
    """The first may take seconds to paint (a full check, an upgrade, a passphrase dialog): a double
    click meanwhile must still be answered, not refused after a second as before."""
    from debtdesk.ui import single_instance

    folder = tmp_path / "instance"
    folder.mkdir()
    first = single_instance.claim(folder, listen=False)
    try:
        asked: list[str] = []
        first.open_requested.connect(asked.append)
        second = python(SECOND_START, folder, household_path)
        qtbot.wait(2500)
        assert second.poll() is None  # still waiting
        first.listen()
        qtbot.waitUntil(lambda: asked == [str(household_path.resolve())], timeout=15000)
        out, err = second.communicate(timeout=30)
        assert out.strip() == "answered", err
    finally:
        first.release()


def test_a_second_start_takes_over_when_the_first_exits_before_listening(app, qtbot, tmp_path, household_path):
    from debtdesk.ui import single_instance

    folder = tmp_path / "instance"
    folder.mkdir()
    first = single_instance.claim(folder, listen=False)
    second = python(SECOND_START, folder, household_path)
    qtbot.wait(500)
    first.release()  # the first start gave up (a refused file, a closed dialog)
    out, err = second.communicate(timeout=30)
    assert out.strip() == "first", err


def test_a_window_shown_but_never_painted_still_does_its_later_work(app, qtbot, household_path, monkeypatch):
    """Started minimised (a shortcut's "Run: minimised"), the window may not paint for a long time."""
    from datetime import date

    from PySide6.QtCore import QEvent, QObject

    from debtdesk.store import Store
    from debtdesk.ui import first_paint
    from debtdesk.ui.main_window import MainWindow
    from debtdesk.ui.session import Session

    monkeypatch.setattr(first_paint, "UNPAINTED_MS", 200)

    class NoPaint(QObject):
        def eventFilter(self, watched, event):
            return event.type() == QEvent.Type.Paint  # swallowed: as if never painted

    win = MainWindow(Session(Store.open(household_path), date(2026, 11, 23)), paint_first=True)
    qtbot.addWidget(win)
    blocker = NoPaint()
    win.installEventFilter(blocker)  # installed last, so it sees each event first
    done: list[str] = []
    win.after_first_paint(lambda: done.append("check"))
    win.show()
    qtbot.waitUntil(lambda: done == ["check"], timeout=3000)
    qtbot.wait(300)
    assert done == ["check"]  # once, even when a paint comes later
