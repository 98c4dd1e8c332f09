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
