"""Clean after a crash, and full disks: leftovers removed, interrupted transactions recovered, nothing half-made."""

from __future__ import annotations

import errno
import re
import signal
import sqlite3
from pathlib import Path

import pytest

from debtdesk.cli import main
from debtdesk.store import Store, StoreError, driver, private
from debtdesk.store.attachments import AttachmentError, AttachmentStore, save_copy_with_files
from debtdesk.store.backups import folder_of
from debtdesk.store.interchange import export_file, import_file
from debtdesk.store.leftovers import sweep_folder
from tests.store.safety_helpers import dump, hold, python, stop

HALF_DONE = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")  # changed pages reach the file before the commit that never comes
conn.execute("BEGIN")
for _ in range(4):
    conn.execute("INSERT INTO payments (debt_id, paid_on, amount_minor, note) "
                 "SELECT debt_id, paid_on, amount_minor, 'half-done' FROM payments")
conn.execute("INSERT INTO settings (key, value) VALUES ('half', 'done')")
print("ready", flush=True)
time.sleep(120)
"""


def kill_mid_transaction(path: Path) -> None:
    child = python(HALF_DONE, path)
    assert child.stdout.readline().strip() == "ready", child.stderr.read()
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    assert Path(f"{path}-journal").stat().st_size > 0  # a hot journal, as a crash leaves it


def leftovers(path: Path) -> list[Path]:
    made = [path.with_name(f".{path.name}.0badc0de.importing"),
            path.with_name(f".{path.name}.0badc0de.importing-journal"),
            path.with_name(f"{path.name}.part"), path.with_name(f"{path.name}-files.part") / "x",
            path.with_name(f"{path.name}-files") / ".incoming-0123456789abcdef.part",
            folder_of(path) / ".cafe0001.part"]
    for item in made:
        item.parent.mkdir(exist_ok=True)
        item.write_bytes(b"left by a killed process")
    return made


def test_an_interrupted_transaction_is_rolled_back_and_described_even_by_a_reader(demo_path, capsys):
    before = dump(demo_path)
    kill_mid_transaction(demo_path)
    assert main(["status", "--db", str(demo_path)]) == 0
    err = capsys.readouterr().err
    assert "interrupted while saving a change; that unfinished change was undone" in err
    assert not Path(f"{demo_path}-journal").exists()
    assert dump(demo_path) == before


def test_the_window_is_told_about_a_recovery(demo_path):
    kill_mid_transaction(demo_path)
    with Store.open(demo_path) as store:
        assert store.opened.recovered
        assert store.conn.execute("SELECT count(*) FROM settings WHERE key = 'half'").fetchone()[0] == 0


def test_leftovers_of_killed_processes_go_when_the_file_is_opened(demo_path):
    made = leftovers(demo_path)
    with Store.open(demo_path) as store:
        assert len(store.opened.swept) == len(made)
    assert not any(p.exists() for p in made)
    assert demo_path.exists() and folder_of(demo_path).is_dir()


def test_leftovers_of_a_file_another_process_holds_are_left_alone(demo_path):
    holder = hold(demo_path)
    made = leftovers(demo_path)
    try:
        assert sweep_folder(demo_path.parent) == []
        assert all(p.exists() for p in made)
    finally:
        stop(holder)
    assert len(sweep_folder(demo_path.parent)) == len(made)  # at start-up, once it is free


def test_an_import_cleans_up_after_a_killed_import_and_recovers_its_target(demo_path, tmp_path):
    document = tmp_path / "doc.json"
    with Store.open(demo_path) as store:
        export_file(store, document)
    target = tmp_path / "target.debtdesk"
    Store.create(target).close()  # an empty DebtDesk file, being filled in place
    kill_mid_transaction_empty(target)
    made = leftovers(target)[:2]
    counts = import_file(document, target)  # once said "not a DebtDesk file (or it is damaged)"
    assert counts["debts"] == 6
    assert not any(p.exists() for p in made)


def kill_mid_transaction_empty(path: Path) -> None:
    code = HALF_DONE.replace("SELECT debt_id, paid_on, amount_minor, 'half-done' FROM payments",
                             "SELECT 1, '2026-01-01', 1, 'x' FROM (SELECT 1 UNION SELECT 2)")
    code = code.replace('conn.execute("BEGIN")', 'conn.execute("BEGIN")\n'
                        'conn.execute("INSERT INTO lenders (id, name) VALUES (1, \'L\')")\n'
                        'conn.execute("INSERT INTO debts (id, lender_id, kind, currency, principal_minor, start_date, '
                        'term_months, rate, rate_basis, method, penalty_markup, penalty_base, late_fee_share, '
                        'min_payment_share, min_payment_floor_minor) VALUES (1, 1, \'other\', \'CNY\', 1, '
                        '\'2026-01-01\', 1, \'0\', \'annual\', \'bullet\', \'0\', \'overdue_principal\', \'0\', '
                        '\'0\', 0)")')
    child = python(code, path)
    assert child.stdout.readline().strip() == "ready", child.stderr.read()
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    assert Path(f"{path}-journal").exists()


# -- full disks ----------------------------------------------------------------------------------------


def _enospc(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


class _FullFile:
    def __init__(self, real):
        self.real = real

    def write(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name):
        return getattr(self.real, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.real.close()


def test_attaching_on_a_full_disk_says_so_and_leaves_nothing(demo_path, tmp_path, monkeypatch):
    source = tmp_path / "scan.png"
    source.write_bytes(b"x" * 1000)
    real = private.open_new
    monkeypatch.setattr(private, "open_new", lambda path: _FullFile(real(path)))
    with Store.open(demo_path) as store:
        files = AttachmentStore(store)
        with pytest.raises(AttachmentError, match=re.escape("scan.png could not be copied into demo.debtdesk-files: "
                                                            "No space left on device")):
            files.add("contact", 1, source)
        assert list(files.folder.iterdir()) == []
        assert store.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0


def test_save_a_copy_on_a_full_disk_leaves_no_half_copy_and_says_one_sentence(demo_path, tmp_path, monkeypatch):
    source = tmp_path / "scan.png"
    source.write_bytes(b"png")
    with Store.open(demo_path) as store:
        AttachmentStore(store).add("contact", 1, source)
        monkeypatch.setattr("shutil.copyfileobj", _enospc)
        with pytest.raises(AttachmentError) as caught:
            save_copy_with_files(store, tmp_path / "copy.debtdesk")
    assert str(caught.value) == (f"Could not save a copy to {tmp_path / 'copy.debtdesk'}: No space left on device; "
                                 "nothing was saved there.")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.debtdesk", "demo.debtdesk-files", "scan.png"]


def test_a_copy_sqlite_cannot_finish_leaves_nothing(demo_path, tmp_path, monkeypatch):
    def full(source, target):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(driver, "copy_database", full)
    with Store.open(demo_path) as store, \
            pytest.raises(StoreError, match="database or disk is full; nothing was saved there"):
        store.save_copy(tmp_path / "copy.debtdesk")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.debtdesk"]


def test_a_backup_on_a_full_disk_is_one_sentence_and_leaves_no_part(demo_path, monkeypatch, capsys):
    monkeypatch.setattr(private, "create_file", _enospc)
    assert main(["backup", "--db", str(demo_path)]) == 1
    assert capsys.readouterr().err.strip().startswith("debtdesk backup: No space left on device")
    assert list(folder_of(demo_path).iterdir()) == []


def test_a_write_sqlite_finds_no_room_for_changes_nothing(demo_path):
    from dataclasses import replace

    saved = 0
    with Store.open(demo_path) as store:
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # as good as a nearly full disk
        debt = store.debts()[0]
        with pytest.raises(sqlite3.OperationalError, match="full"):
            for _ in range(50):
                store.add_debt(replace(debt, id=None, notes="x" * 2000),
                               [replace(p, id=None) for p in store.payments(debt.id)])
                saved += 1
    with Store.open(demo_path) as store:  # the debt that did not fit left no trace, not even a payment
        assert [r[0] for r in store.conn.execute("PRAGMA integrity_check")] == ["ok"]
        added = [d for d in store.debts() if d.notes == "x" * 2000]
        assert len(added) == saved
        assert all(len(store.payments(d.id)) == len(store.payments(debt.id)) for d in added)
