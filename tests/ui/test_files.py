"""Start-up file choice, File ▸ Open / New / Save a copy, the bundled font."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFileDialog

from debtdesk.store import Store
from debtdesk.ui import files


def test_first_run_offers_the_demo_in_its_own_file(app, boxes, as_of):
    boxes.answers.append(True)
    store = files.initial_store(None, None, as_of)
    try:
        assert store.path.name == "demo.debtdesk"
        assert store.counts()["debts"] == 6
        assert files.last_file() == store.path
    finally:
        store.close()
    reopened = files.initial_store(None, None, as_of)  # no question the second time
    try:
        assert reopened.path == store.path and len(boxes.shown) == 1
    finally:
        reopened.close()


def test_first_run_without_the_demo_starts_an_empty_file(app, boxes, as_of):
    boxes.answers.append(False)
    store = files.initial_store(None, None, as_of)
    try:
        assert store.path.name == "my-debts.debtdesk"
        assert store.counts()["debts"] == 0
    finally:
        store.close()


def test_opening_a_foreign_file_is_refused_and_the_current_file_stays(window, boxes, tmp_path, monkeypatch):
    foreign = tmp_path / "notes.debtdesk"
    foreign.write_bytes(b"this is not a database at all" * 10)
    before = foreign.read_bytes()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(foreign), ""))
    current = window.store.path
    files.open_file(window)
    assert boxes.kinds() == ["error"]
    assert "not a DebtDesk file" in boxes.shown[0][2]
    assert window.store.path == current and foreign.read_bytes() == before


def test_new_file_switches_the_window_and_refuses_existing_files(window, boxes, tmp_path, monkeypatch):
    target = tmp_path / "fresh"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    files.new_file(window)
    assert window.store.path == Path(str(target) + ".debtdesk")
    assert window.register.model.rowCount() == 0
    assert window.windowTitle().startswith("fresh.debtdesk")
    files.new_file(window)  # same name again: refused, nothing replaced
    assert boxes.kinds() == ["error"] and "already exists" in boxes.shown[0][2]


def test_save_a_copy_writes_an_openable_identical_file(window, tmp_path, monkeypatch):
    target = tmp_path / "copy.debtdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    files.save_copy(window)
    with Store.open(target) as copy:
        assert copy.debts() == window.store.debts()
        assert copy.payments_by_debt() == window.store.payments_by_debt()


def test_bundled_cjk_font_is_registered_and_used_as_fallback(app):
    assert "WenQuanYi Micro Hei" in QFontDatabase.families()
    assert "WenQuanYi Micro Hei" in app.font().families()


def test_start_up_path_loads_no_heavy_module(demo_path):
    """The window appears without matplotlib, reportlab or sqlite-utils imported."""
    script = (
        "import sys\n"
        "from datetime import date\n"
        "from debtdesk.ui.app import make_application\n"
        "from debtdesk.ui.main_window import MainWindow\n"
        "from debtdesk.ui.session import Session\n"
        "from debtdesk.store import Store\n"
        "app = make_application()\n"
        f"w = MainWindow(Session(Store.open({str(demo_path)!r}), date(2026, 11, 23)))\n"
        "w.show(); app.processEvents()\n"
        "assert w.register.model.rowCount() == 6\n"
        "print(sorted(m for m in ('matplotlib', 'reportlab', 'sqlite_utils', 'numpy') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_save_a_copy_brings_the_attached_files(window, tmp_path, monkeypatch):
    from debtdesk.store.attachments import AttachmentStore, attachments_folder

    source = tmp_path / "收据 receipt.png"
    source.write_bytes(b"proof")
    with window.store.db.atomic():
        AttachmentStore(window.store).add("evidence", 1, source)
    target = tmp_path / "copy2.debtdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    files.save_copy(window)
    with Store.open(target) as copy:
        copied = AttachmentStore(copy).all()
        assert [a.original_name for a in copied] == ["收据 receipt.png"]
        assert AttachmentStore(copy).status(copied[0]).value == "ok"
    assert attachments_folder(target).is_dir()


def test_a_file_whose_rows_cannot_be_shown_leaves_the_window_on_the_current_file(
        window, boxes, household_path, monkeypatch):
    import sqlite3

    with sqlite3.connect(str(household_path)) as conn:
        conn.execute("UPDATE contacts SET channel = 'fax' WHERE id = 1")  # from a newer version, say
    assert window.contacts is not None  # the contacts page is built, so switching must reach it
    current = window.store.path
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(household_path), ""))
    files.open_file(window)
    assert boxes.kinds() == ["error"] and "cannot show" in boxes.shown[0][2] and "left untouched" in boxes.shown[0][2]
    assert window.store.path == current
    assert window.contacts.session is window.session
    assert len(window.store.debts()) == 6  # the current file is still open and readable
    window.reload()
    assert files.last_file() != household_path
