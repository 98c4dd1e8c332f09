"""Issue 16: the example household is marked as such, says so, and can be left; it never passes for the user's file."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtWidgets import QFileDialog

from debtdesk.store import Store
from debtdesk.store.example import is_example, is_example_file
from debtdesk.ui import files
from debtdesk.ui.main_window import MainWindow
from debtdesk.ui.session import Session


def test_the_example_says_so_in_a_banner_and_the_title(window):
    assert is_example(window.store)
    assert window.banner.isVisible()
    assert "Example data — nothing here is yours." in window.banner.title.text()
    assert "example household, not your data" in window.windowTitle()


def test_start_my_own_file_leaves_the_example_for_an_empty_file_of_ones_own(window, app):
    example = window.store.path
    window.banner.start_button.click()
    assert window.store.path == files.data_dir() / "my-debts.debtdesk" != example
    assert not window.banner.isVisible() and "example" not in window.windowTitle()
    assert window.pages.currentWidget() is window.debts_page and window.debts_page.is_empty()
    assert files.last_file() == window.store.path  # the next start opens the user's file, not the example


def test_file_new_leaves_the_example_too(window, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "ours"), ""))
    files.new_file(window)
    assert window.store.path.name == "ours.debtdesk" and not window.banner.isVisible()


def test_the_next_start_reopens_the_example_with_its_banner(app, boxes, qtbot, as_of):
    boxes.answers.append(True)  # first run: "Show the example"
    files.initial_store(None, None, as_of).close()
    store = files.initial_store(None, None, as_of)  # the next start: no question, but not as the user's own
    win = MainWindow(Session(store, as_of))
    qtbot.addWidget(win)
    win.show()
    try:
        assert win.banner.isVisible() and "example household" in win.windowTitle()
        assert len(boxes.shown) == 1
    finally:
        win.close()


def test_an_old_unmarked_demo_file_is_never_taken_for_the_example(app, as_of):
    old = files.data_dir() / "demo.debtdesk"
    with Store.create(old) as store:  # made before the example was marked: it may hold real data by now
        from debtdesk.domain.demo import demo_debts

        store.add_debt(*demo_debts(as_of)[0])
    example = files.example_store(as_of)
    try:
        assert example.path.name == "demo-2.debtdesk" and is_example(example)
    finally:
        example.close()
    assert not is_example_file(old)
    with Store.open(old) as store:
        assert len(store.debts()) == 1  # untouched


def test_the_demo_command_writes_a_marked_example(tmp_path):
    path = tmp_path / "x.debtdesk"
    out = subprocess.run([sys.executable, "-m", "debtdesk", "demo", "--db", str(path), "--as-of", "2026-11-23"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert is_example_file(path)
