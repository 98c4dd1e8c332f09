"""The app's own start paints the window first, then fills in what the first screen does not show."""

from __future__ import annotations

import gc
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
