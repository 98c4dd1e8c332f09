"""Data safety in the window: one DebtDesk per user, read-only and recovered files, damaged files,
backups, refused undo, full disks, private folders, and no network at all."""

from __future__ import annotations

import errno
import os
import signal
import stat
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from debtdesk.store import Store, backups, connection
from debtdesk.ui import commands, files, safety_actions
from debtdesk.ui.backup_dialog import BackupDialog
from tests.store.safety_helpers import damage_page, hold, python, state, stop
from tests.store.test_recovery import kill_mid_transaction


def banner(window) -> str:
    return window.file_banner.text() if window.file_banner.isVisible() else ""


# -- one DebtDesk per user -----------------------------------------------------------------------------

SECOND_START = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from debtdesk.ui import single_instance
app = QCoreApplication([])
try:
    single_instance.claim(Path(sys.argv[1]), sys.argv[2])
    print("first")
except single_instance.AlreadyRunning as running:
    print("answered" if running.answered else "silent")
"""

FIRST_START = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from debtdesk.ui import single_instance
app = QCoreApplication([])
instance = single_instance.claim(Path(sys.argv[1]))
print("first", flush=True)
time.sleep(120)
"""


def test_a_second_start_hands_its_file_to_the_first_window(app, qtbot, tmp_path, window, household_path):
    from debtdesk.ui import single_instance

    folder = tmp_path / "instance"
    folder.mkdir()
    first = single_instance.claim(folder)
    try:
        first.serve(window)
        second = python(SECOND_START, folder, household_path)
        qtbot.waitUntil(lambda: window.store.path == household_path, timeout=15000)
        out, err = second.communicate(timeout=30)
        assert out.strip() == "answered", err
    finally:
        first.release()


def test_a_lock_left_by_a_killed_debtdesk_is_taken_over(app, tmp_path):
    from debtdesk.ui import single_instance

    folder = tmp_path / "instance"
    folder.mkdir()
    killed = python(FIRST_START, folder)
    assert killed.stdout.readline().strip() == "first", killed.stderr.read()
    killed.send_signal(signal.SIGKILL)
    killed.communicate(timeout=30)
    instance = single_instance.claim(folder)  # stale: taken over at once, and its socket replaced
    try:
        assert instance.server.isListening()
    finally:
        instance.release()


# -- files that open read-only, recovered, damaged -------------------------------------------------------


def test_a_file_another_program_writes_opens_read_only_with_a_banner(window, boxes, household_path):
    holder = hold(household_path)
    try:
        files.open_path(window, household_path)
        assert window.store.path == household_path and window.store.read_only
        assert "another program has this file open for writing" in banner(window)
        debt = window.store.debts()[0]
        window.undo_stack.push(commands.EditDebt(window.session, debt, replace(debt, notes="mine")))
        assert boxes.kinds() == ["error"] and "could not be saved" in boxes.shown[0][2]
        assert window.undo_stack.count() == 0
    finally:
        stop(holder)


def test_a_read_only_window_follows_what_the_writer_saves(window, qtbot, household_path):
    from debtdesk.ui.session import Session

    store = Store.open(household_path, read_only=True, snapshot=False)
    store.opened.why_read_only = "in-use"  # as when another program holds it
    window.set_session(Session(store, window.session.as_of))
    rows = window.register.model.rowCount()
    with Store.open(household_path) as writer:
        writer.delete_debt(writer.debts()[0].id)
    qtbot.waitUntil(lambda: window.register.model.rowCount() == rows - 1, timeout=5000)


def test_a_read_only_file_opens_read_only_with_a_banner(window, household_path, monkeypatch):
    monkeypatch.setattr(connection, "writable", lambda path: False)
    before = state(household_path)
    files.open_path(window, household_path)
    assert window.store.read_only and "cannot be written" in banner(window)
    assert state(household_path) == before


def test_an_interrupted_change_is_undone_and_described(window, household_path):
    kill_mid_transaction(household_path)
    files.open_path(window, household_path)
    assert "interrupted while saving last time" in banner(window)
    assert not Path(f"{household_path}-journal").exists()


def test_a_damaged_file_is_rescued_into_a_new_file(window, boxes, household_path, tmp_path, monkeypatch):
    damage_page(household_path, "payments_by_debt")
    before = state(household_path)
    rescued = tmp_path / "rescued.debtdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(rescued), ""))
    boxes.answers.append(0)  # "Rescue into a new file…" (there is no backup yet)
    files.open_path(window, household_path)
    assert boxes.kinds() == ["choose", "information"]
    assert "is damaged, so DebtDesk did not open it" in boxes.shown[0][2]
    assert "rows were rescued into rescued.debtdesk" in boxes.shown[1][2]
    assert window.store.path == rescued and len(window.store.debts()) == 6
    assert state(household_path) == before


def test_a_damaged_file_is_restored_from_its_backup(window, boxes, household_path, monkeypatch):
    with Store.open(household_path) as store:
        backups.make(store, "daily")
    damage_page(household_path, "payments")
    monkeypatch.setattr(BackupDialog, "exec", lambda self: (setattr(self, "chosen", self.backups[0].path), 1)[1])
    boxes.answers.append(0)  # "Restore a backup…"
    files.open_path(window, household_path)
    assert boxes.kinds() == ["choose", "information"]
    assert window.store.path == household_path and len(window.store.debts()) == 6
    assert any(i.kind == "before-restore" for i in backups.list_backups(household_path))


# -- File ▸ Check file, Back up now, Restore from backup -------------------------------------------------------


def test_the_file_menu_has_the_safety_actions(window):
    names = {a.objectName() for a in window.menuBar().actions()[0].menu().actions()}
    assert {"checkFileAction", "backUpAction", "restoreAction"} <= names


def test_check_file_says_the_file_is_whole(window, boxes):
    safety_actions.check_file(window)
    assert boxes.kinds() == ["information"] and "is whole: 6 debts" in boxes.shown[0][2]


def test_back_up_now_and_restore_from_backup(window, boxes, monkeypatch):
    safety_actions.back_up_now(window)
    listed = backups.list_backups(window.store.path)
    assert [i.kind for i in listed] == ["manual"] and "Backed up to" in window.statusBar().currentMessage()
    debt = window.store.debts()[0]
    window.undo_stack.push(commands.DeleteDebt(window.session, debt))
    assert len(window.store.debts()) == 5
    dialog_texts = []

    def choose_first(self):
        dialog_texts.append(self.list.item(0).text())
        self.chosen = self.backups[0].path
        return 1

    monkeypatch.setattr(BackupDialog, "exec", choose_first)
    boxes.answers.append(True)
    safety_actions.restore_from_backup(window)
    assert len(window.store.debts()) == 6 and window.register.model.rowCount() == 6
    assert window.undo_stack.count() == 0
    assert "made on request" in dialog_texts[0] and "6 debts" in dialog_texts[0]
    assert boxes.kinds() == ["confirm", "information"]


# -- undo that would overwrite someone else's change --------------------------------------------------------


def test_undo_is_refused_with_a_message_when_the_debt_changed_elsewhere(window, boxes):
    debt = window.store.debts()[0]
    window.undo_stack.push(commands.EditDebt(window.session, debt, replace(debt, notes="mine")))
    with Store.open(window.store.path) as elsewhere:
        saved = elsewhere.debt(debt.id)
        elsewhere.update_debt(replace(saved, notes="theirs"), before=saved)
    window.undo_stack.undo()
    assert boxes.kinds() == ["error"] and "changed elsewhere" in boxes.shown[0][2]
    assert window.store.debt(debt.id).notes == "theirs"


# -- full disks -----------------------------------------------------------------------------------------------


def test_a_change_that_finds_the_disk_full_is_a_message_and_changes_nothing(window, boxes):
    conn = window.store.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    debt = window.store.debts()[0]
    window.undo_stack.push(commands.AddDebt(window.session, replace(debt, id=None, notes="x" * 20000)))
    assert boxes.kinds() == ["error"] and "could not be saved" in boxes.shown[0][2]
    assert len(window.store.debts()) == 6


def test_save_a_copy_on_a_full_disk_is_a_sentence_and_leaves_nothing(window, boxes, tmp_path, monkeypatch):
    from debtdesk.store.attachments import AttachmentStore

    source = tmp_path / "scan.png"
    source.write_bytes(b"png")
    AttachmentStore(window.store).add("contact", 1, source)
    target = tmp_path / "copy.debtdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("shutil.copyfileobj", full)
    files.save_copy(window)
    assert boxes.kinds() == ["error"]
    assert boxes.shown[0][2].endswith("No space left on device; nothing was saved there.")
    assert not target.exists() and not Path(f"{target}-files").exists()


# -- private, tidy ----------------------------------------------------------------------------------------------


def test_the_data_folder_and_the_settings_file_are_private(app, tmp_path):
    old = os.umask(0o022)
    try:
        folder = files.data_dir()
        files.remember(tmp_path / "x.debtdesk")
    finally:
        os.umask(old)
    from PySide6.QtCore import QSettings

    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(Path(QSettings().fileName()).stat().st_mode) == 0o600


def test_start_up_removes_what_killed_imports_and_copies_left(app):
    folder = files.data_dir()
    left = [folder / ".my-debts.debtdesk.0badc0de.importing", folder / "copy.debtdesk.part"]
    for path in left:
        path.write_bytes(b"x")
    assert sorted(files.tidy_up()) == sorted(p.name for p in left)
    assert not any(p.exists() for p in left)


# -- no network, ever -------------------------------------------------------------------------------------------

_watching: list[list] = []


def _audit(event: str, args) -> None:
    if _watching and (event.startswith("socket.") or event in (
            "urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect")):
        _watching[-1].append((event, repr(args)[:200]))


sys.addaudithook(_audit)


def _inet_sockets() -> set[str]:
    """The Internet sockets this process has open (Linux), found through /proc."""
    mine = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[8:-1])
    inet = set()
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        try:
            with open(f"/proc/net/{table}") as handle:
                inet |= {line.split()[9] for line in list(handle)[1:] if len(line.split()) > 9}
        except OSError:
            continue
    return mine & inet


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_whole_session_opens_no_network_connection(window, qtbot, household_path):
    before = _inet_sockets()
    seen: list = []
    _watching.append(seen)
    try:
        files.open_path(window, household_path)  # locks, checks, backs up, sweeps
        for index in range(window.pages.count()):
            window.pages.setCurrentIndex(index)
            qtbot.wait(10)
        for name, _title in window._lazy_titles():
            window._page(name)
        safety_actions.back_up_now(window)
        window.session.notify()
        qtbot.wait(50)
    finally:
        _watching.pop()
    assert seen == []
    assert _inet_sockets() - before == set()
