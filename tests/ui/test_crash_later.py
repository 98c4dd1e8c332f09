"""The app's start puts the crash funnel in place after its first paint, or at the first error before it."""

from __future__ import annotations

import sys
import threading

import pytest

from debtdesk.ui import crash
from debtdesk.ui.app import CrashFunnelLater


@pytest.fixture
def later(app, tmp_path):
    before = sys.excepthook, threading.excepthook
    made = CrashFunnelLater(tmp_path / "data")
    yield made
    if made.funnel is not None:
        made.funnel.uninstall()
    sys.excepthook, threading.excepthook = before
    for handler in list(crash.log.handlers):
        crash.log.removeHandler(handler)
        handler.close()


def test_an_error_while_the_window_is_built_reaches_the_funnel_and_its_log(later, boxes, tmp_path):
    assert later.funnel is None and sys.excepthook == later._excepthook  # nothing of ui.crash set up yet
    later._before = (lambda *exc: None, later._before[1])  # not stderr, for this direct call
    try:
        raise ZeroDivisionError("while the window was built")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    assert later.funnel is crash.installed() and sys.excepthook == later.funnel.excepthook
    assert [kind for kind, _, _ in boxes.shown] == ["crash"]
    logged = (tmp_path / "data" / "debtdesk.log").read_text(encoding="utf-8")
    assert "started" in logged and "ZeroDivisionError: while the window was built" in logged


def test_after_the_first_paint_the_funnel_stands_in_place_of_the_stand_ins(later):
    funnel = later.install()
    assert later.install() is funnel  # once
    assert sys.excepthook == funnel.excepthook and threading.excepthook == funnel.thread_hook


def test_an_error_in_a_worker_before_the_paint_is_shown_from_the_gui_thread(later, boxes, qtbot, app):
    """The funnel is a QObject and its dialog is modal: both must be made in the GUI thread, never in the
    worker whose error came first (a dialog opened off the GUI thread hangs or crashes a real session)."""
    shown_in = []

    def fail():
        raise RuntimeError("in a worker, before the first paint")

    later._before = (later._before[0], lambda args: None)  # not stderr, for this test
    original_show = crash.CrashFunnel.show

    def show(self, details):
        shown_in.append(threading.current_thread() is threading.main_thread())
        original_show(self, details)

    crash.CrashFunnel.show = show
    try:
        worker = threading.Thread(target=fail)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: later.funnel is not None and bool(shown_in), timeout=3000)
    finally:
        crash.CrashFunnel.show = original_show
    assert later.funnel.thread() is app.thread()
    assert shown_in == [True]
    assert [kind for kind, _, _ in boxes.shown] == ["crash"]
