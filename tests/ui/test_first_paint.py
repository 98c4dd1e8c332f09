"""The app's own start paints the window first, then fills in what the first screen does not show."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from datetime import date

from debtdesk.store import Store
from debtdesk.ui.app import collect_from_now_on
from debtdesk.ui.main_window import MainWindow
from debtdesk.ui.session import Session

AS_OF = date(2026, 11, 23)


def test_the_register_and_reminders_follow_the_first_paint(app, qtbot, household_path):
    win = MainWindow(Session(Store.open(household_path), AS_OF), paint_first=True)
    qtbot.addWidget(win)
    assert win.register.model.rowCount() == 0  # nothing on screen needs it yet
    assert win.pages.currentWidget() is win.dashboard
    assert "owed" in win.totals.text()  # the status bar is on the first screen: filled at once
    win.show()
    qtbot.waitUntil(lambda: win.register.model.rowCount() > 0)
    assert win.register.selected_id() is not None
    assert win.payment_action.isEnabled() is False  # on the Overview, as before
    win.pages.setCurrentWidget(win.debts_page)
    assert win.payment_action.isEnabled()


def test_a_window_built_without_it_is_complete_at_once(app, qtbot, household_path):
    win = MainWindow(Session(Store.open(household_path), AS_OF))
    qtbot.addWidget(win)
    assert win.register.model.rowCount() > 0


def test_collecting_resumes_once_the_window_stands():
    gc.disable()
    try:
        collect_from_now_on()
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()


def test_a_large_files_statuses_are_worked_out_after_the_first_paint(app, qtbot, household_path, monkeypatch):
    from debtdesk.ui import status_loader

    monkeypatch.setattr(status_loader, "BACKGROUND_FROM", 1)  # the household counts as large
    started = []
    start = status_loader.StatusLoader.start
    monkeypatch.setattr(status_loader.StatusLoader, "start", lambda self, *a: (started.append(a), start(self, *a)))
    win = MainWindow(Session(Store.open(household_path), AS_OF), paint_first=True)
    qtbot.addWidget(win)
    assert win.session.loading and not started  # the worker would compete with the first paint
    win.show()
    qtbot.waitUntil(lambda: not win.session.loading, timeout=20000)
    assert len(started) == 1
    qtbot.waitUntil(lambda: win.register.model.rowCount() > 0)


def test_the_debts_page_is_built_just_after_the_first_paint(app, qtbot, household_path):
    win = MainWindow(Session(Store.open(household_path), AS_OF), paint_first=True)
    qtbot.addWidget(win)
    assert win.built_debts_page() is None  # the Overview is what shows first
    assert [win.pages.tabText(i) for i in range(3)] == ["Overview", "Debts", "Timeline"]  # every tab is there
    win.show()
    qtbot.waitUntil(lambda: win.built_debts_page() is not None)
    assert win.pages.widget(1) is win.debts_page and win.pages.currentWidget() is win.dashboard
    assert win.debts_page.actions() == [win.delete_action]  # the Delete key works on it


def test_choosing_the_debts_tab_before_the_first_paint_builds_it(app, qtbot, household_path):
    win = MainWindow(Session(Store.open(household_path), AS_OF), paint_first=True)
    qtbot.addWidget(win)
    win.pages.setCurrentIndex(1)
    assert win.pages.currentWidget() is win.built_debts_page() is not None
    assert win.pages.currentWidget().objectName() == "debtsPage"


def test_an_empty_file_opens_on_the_debts_pages_first_step_at_once(app, qtbot, tmp_path):
    win = MainWindow(Session(Store.open(tmp_path / "new.debtdesk", create=True), AS_OF), paint_first=True)
    qtbot.addWidget(win)
    assert win.pages.currentWidget() is win.built_debts_page() is not None
    assert win.debts_page.is_empty()
    assert not win.edit_action.isEnabled()


#: The app's own start, through its entry point, stopped at the main window's first Paint event.
FIRST_PAINT = """
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow

class Stop(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(sorted(m for m in sys.argv[2].split(",") if m in sys.modules), flush=True)
            os._exit(0)
        return False

show = QMainWindow.show
def show_and_stop(self):
    self._stop = Stop()
    self.installEventFilter(self._stop)
    show(self)
QMainWindow.show = show_and_stop
from debtdesk.cli import main
main(["--db", sys.argv[1], "--as-of", "2026-11-23"])
"""

#: What the first screen does not need, and what it cost to load before it (measured as the first paint's
#: delay; see benchmarks/startup.py): the other pages and their dialogs, the reminders, QtNetwork (the
#: single-instance server listens after the paint), the crash log, restoring backups, and the heavy libraries.
NOT_BEFORE_FIRST_PAINT = (
    "matplotlib", "reportlab", "sqlite_utils", "numpy", "PySide6.QtNetwork", "debtdesk.ui.register",
    "debtdesk.ui.debts_page", "debtdesk.ui.help_dialog", "debtdesk.domain.reminders", "debtdesk.ui.background_check",
    "debtdesk.ui.timeline_screen", "debtdesk.ui.window_language", "debtdesk.ui.debt_dialog", "debtdesk.ui.crash",
    "logging.handlers", "debtdesk.store.restore",
)


def test_the_app_paints_its_window_before_loading_what_the_first_screen_does_not_need(household_path, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-c", FIRST_PAINT, str(household_path), ",".join(NOT_BEFORE_FIRST_PAINT)],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"


def test_status_summaries_are_written_after_the_first_paint(app, qtbot, household_path):
    def kept() -> int:
        return win.store.conn.execute("SELECT count(*) FROM status_summaries").fetchone()[0]

    win = MainWindow(Session(Store.open(household_path), AS_OF), paint_first=True)
    qtbot.addWidget(win)
    assert "owed" in win.totals.text() and kept() == 0  # computed for the first screen, not yet written
    win.show()
    qtbot.waitUntil(lambda: kept() == len(win.store.debt_ids()))


def test_the_start_reads_the_last_file_where_files_remembers_it(app, household_path):
    from debtdesk.ui import app as start
    from debtdesk.ui import files

    assert start.LAST_FILE_KEY == files.LAST_FILE_KEY
    files.remember(household_path)
    start.check_file_ahead(None)
    from debtdesk.store import check_ahead

    assert check_ahead.answer(household_path) == ["ok"]  # checked ahead, and taken once
