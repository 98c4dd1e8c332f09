"""The crash funnel: a calm dialog and a log file, without swallowing test failures or recursing."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from debtdesk.ui import crash, msgbox

CALM = "Something went wrong. Your data is safe: every change is saved when it is made."


def failure() -> tuple:
    try:
        {}["missing key"]
    except KeyError as exc:
        return type(exc), exc, exc.__traceback__
    raise AssertionError("unreachable")


@pytest.fixture
def funnel(app, tmp_path):
    made = crash.CrashFunnel(crash.setup_logging(tmp_path / "data"))
    yield made
    made.uninstall()
    for handler in list(crash.log.handlers):
        crash.log.removeHandler(handler)
        handler.close()


def test_the_funnel_logs_the_traceback_and_shows_a_calm_dialog(funnel, boxes, tmp_path):
    funnel._previous = lambda *exc: None  # not stderr, for this direct call
    funnel.excepthook(*failure())
    [(kind, title, text)] = boxes.shown
    assert kind == "crash" and title == "Something went wrong"
    assert text.startswith(CALM)
    assert str(tmp_path / "data" / "debtdesk.log") in text
    logged = (tmp_path / "data" / "debtdesk.log").read_text(encoding="utf-8")
    assert "Unexpected error" in logged and "KeyError: 'missing key'" in logged and "in failure" in logged


def test_the_details_name_the_version_and_the_traceback(funnel):
    details = funnel.record(*failure())
    assert details.startswith("DebtDesk ") and "Traceback (most recent call last)" in details
    assert details.rstrip().endswith(f"Log: {funnel.log_path}")


def test_a_failing_dialog_is_logged_not_recursed_into(funnel, monkeypatch, capsys):
    calls = []

    def broken(*args):
        calls.append(args)
        raise RuntimeError("the dialog broke")

    monkeypatch.setattr(msgbox, "crash", broken)
    funnel._previous = lambda *exc: None
    funnel.excepthook(*failure())  # returns: no exception escapes, no second dialog
    assert len(calls) == 1 and not funnel.showing
    logged = funnel.log_path.read_text(encoding="utf-8")
    assert "The error dialog could not be shown" in logged and "the dialog broke" in logged


def test_an_error_while_the_dialog_is_open_does_not_open_another(funnel, monkeypatch):
    shown = []

    def nested(parent, title, text, details):
        shown.append(details)
        funnel.excepthook(*failure())  # e.g. a slot failing in the dialog's event loop

    monkeypatch.setattr(msgbox, "crash", nested)
    funnel._previous = lambda *exc: None
    funnel.excepthook(*failure())
    assert len(shown) == 1
    assert funnel.log_path.read_text(encoding="utf-8").count("Unexpected error") == 2


def test_an_exception_in_a_slot_reaches_the_funnel_and_still_fails_the_test(funnel, boxes, qtbot):
    def slot():
        raise ValueError("in a slot")

    with qtbot.capture_exceptions() as exceptions:
        funnel.install()  # on top of pytest-qt's hook, which it calls after its own work
        QTimer.singleShot(0, slot)
        qtbot.waitUntil(lambda: boxes.shown != [])
        funnel.uninstall()
    assert [str(e[1]) for e in exceptions] == ["in a slot"]  # pytest-qt saw it: a test would fail
    assert boxes.kinds() == ["crash"]
    assert "ValueError: in a slot" in funnel.log_path.read_text(encoding="utf-8")


def test_an_exception_in_a_thread_shows_the_dialog_in_the_gui_thread(funnel, boxes, qtbot):
    seen_in = []
    funnel._previous_thread = lambda args: None
    original = msgbox.crash

    def record(*args):
        seen_in.append(threading.current_thread() is threading.main_thread())
        original(*args)

    msgbox.crash = record  # the boxes fixture restores msgbox afterwards
    funnel.thread_hook(threading.ExceptHookArgs([*failure(), None]))  # as if called in a thread
    worker = threading.Thread(target=lambda: funnel.thread_hook(threading.ExceptHookArgs([*failure(), None])))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(boxes.shown) == 2)
    assert seen_in == [True, True]


def test_make_application_leaves_the_hooks_alone(app):
    assert crash.installed() is None or sys.excepthook != crash.installed().excepthook


def test_copy_details_copies_and_keeps_the_dialog_open(app, qtbot):
    dialog = msgbox.crash_dialog(None, "Something went wrong", CALM, "the details")
    qtbot.addWidget(dialog)
    dialog.show()
    copy = dialog.findChild(msgbox.QPushButton, "copyDetails")
    copy.click()
    assert QGuiApplication.clipboard().text() == "the details"
    assert dialog.isVisible() and copy.text() == "Copied"
    assert dialog.findChild(msgbox.QLabel, "crashText").textFormat() == msgbox.Qt.TextFormat.PlainText


def test_the_installed_app_logs_an_error_in_a_slot_to_its_data_folder(tmp_path):
    """A real start-up path in its own process: run()'s install, an error in a slot, the dialog, the log."""
    script = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QTimer
        from debtdesk.ui import crash, files, msgbox
        from debtdesk.ui.app import make_application

        app = make_application()
        crash.install(files.data_dir())
        def shown(parent, title, text, details):
            print("DIALOG", title, "|", text.splitlines()[0], "|", details.splitlines()[-1])
            app.quit()
        msgbox.crash = shown
        def slot():
            raise ZeroDivisionError("boom in a slot")
        QTimer.singleShot(0, slot)
        QTimer.singleShot(5000, lambda: app.exit(3))
        sys.exit(app.exec())
    """)
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    [line] = [x for x in result.stdout.splitlines() if x.startswith("DIALOG")]
    assert f"DIALOG Something went wrong | {CALM} | Log: " in line
    [log_file] = Path(tmp_path / "data").rglob("debtdesk.log")
    logged = log_file.read_text(encoding="utf-8")
    assert "DebtDesk" in logged and "started" in logged and "ZeroDivisionError: boom in a slot" in logged
    assert "ZeroDivisionError: boom in a slot" in result.stderr  # the terminal, if any, still sees it
