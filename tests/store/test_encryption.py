"""Encryption at rest: the data file, its attached files and its backups, and every way it can go wrong."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debtdesk.store import Store, backups, driver, encryption, sealed
from debtdesk.store.attachments import AttachmentStore, attachments_folder
from debtdesk.store.errors import PassphraseNeededError, StoreError, WrongPassphraseError
from debtdesk.store.migrations import TABLES

PASSPHRASE = "correct horse 电池 'staple'"
SCAN = b"ID card scan, both sides. " * 9000  # more than two sealing chunks


@pytest.fixture(autouse=True)
def forget_passphrases():
    yield
    driver._passphrases.clear()


@pytest.fixture
def attached(household_path, tmp_path):
    """The demo household with one attached file and one manual backup."""
    source = tmp_path / "scan.jpg"
    source.write_bytes(SCAN)
    with Store.open(household_path) as store:
        contact = store.conn.execute("SELECT min(id) FROM contacts").fetchone()[0]
        AttachmentStore(store).add("contact", contact, source)
        backups.make(store, "manual")
    return household_path


def dump(path: Path, passphrase: str | None = None) -> dict[str, list[tuple]]:
    conn = driver.open_file(path, read_only=True, passphrase=passphrase)
    try:
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in TABLES
                if t != "settings"} | {
            "settings": conn.execute("SELECT * FROM settings WHERE key != ? ORDER BY key",
                                     ("attachments.seal_key",)).fetchall()}
    finally:
        conn.close()


def stored_files(path: Path) -> list[Path]:
    return sorted(p for p in attachments_folder(path).iterdir() if p.is_file())


def test_encrypting_hides_the_data_file_its_attachments_and_its_backups(attached):
    before = dump(attached)
    report = encryption.encrypt(attached, PASSPHRASE)
    assert (report.data_file_changed, report.files, report.backups) == (True, 1, 1)
    assert attached.read_bytes()[:16] != driver.PLAIN_HEADER
    assert b"Anna Chan" not in attached.read_bytes()
    (stored,) = stored_files(attached)
    assert sealed.is_sealed(stored) and b"ID card scan" not in stored.read_bytes()
    assert stored.stat().st_size == sealed.sealed_size(len(SCAN))
    (backup,) = [b.path for b in backups.by_name(attached)]
    assert backup.read_bytes()[:16] != driver.PLAIN_HEADER and b"Anna Chan" not in backup.read_bytes()
    assert dump(attached, PASSPHRASE) == before  # every row came through, to the byte
    assert not [p for p in attached.parent.iterdir() if p.name.startswith(".")]  # no temporary file is left


def test_an_encrypted_file_asks_for_its_passphrase_and_refuses_a_wrong_one(attached):
    encryption.encrypt(attached, PASSPHRASE)
    driver.forget_passphrase(attached)
    with pytest.raises(PassphraseNeededError, match="cannot be read without a passphrase: it is encrypted"):
        Store.open(attached)
    with pytest.raises(WrongPassphraseError, match=re.escape("That passphrase does not open household.debtdesk")):
        driver.open_file(attached, passphrase="not the one")
    driver.use_passphrase(attached, "not the one either")
    with pytest.raises(WrongPassphraseError):
        Store.open(attached, read_only=True)
    driver.use_passphrase(attached, PASSPHRASE)
    with Store.open(attached) as store:
        assert store.conn.execute("SELECT count(*) FROM debts").fetchone()[0] == 6


def test_attached_files_of_an_encrypted_file_read_back_whole_and_new_ones_are_sealed(attached, tmp_path):
    encryption.encrypt(attached, PASSPHRASE)
    other = tmp_path / "letter.pdf"
    other.write_bytes(b"%PDF-1.4 collector letter")
    with Store.open(attached) as store:
        files = AttachmentStore(store)
        new = files.add("contact", store.conn.execute("SELECT max(id) FROM contacts").fetchone()[0], other)
        assert sealed.is_sealed(files.path_of(new))
        assert [status.value for _a, status in files.verify()] == ["ok", "ok"]
        assert {files.quick_status(a).value for a in files.all()} == {"ok"}
        readable = files.readable_path(files.all()[0])
        assert readable.read_bytes() == SCAN and oct(readable.stat().st_mode & 0o777) == "0o600"
        # a sealed file altered outside DebtDesk is "changed", never read wrong
        stored = files.path_of(new)
        data = bytearray(stored.read_bytes())
        data[-1] ^= 1
        stored.write_bytes(bytes(data))
        assert files.status(new).value == "changed"


def test_backups_and_copies_of_an_encrypted_file_are_encrypted(attached, tmp_path):
    encryption.encrypt(attached, PASSPHRASE)
    with Store.open(attached) as store:
        daily = backups.make(store, "daily")
        store.save_copy(tmp_path / "copy.debtdesk")
    for path in (daily, tmp_path / "copy.debtdesk"):
        assert driver.looks_encrypted(path)
        assert dump(path, PASSPHRASE)["debts"] == dump(attached, PASSPHRASE)["debts"]
    listed = backups.list_backups(attached)
    assert all(b.schema_version is not None and b.counts["debts"] == 6 for b in listed)


def test_decrypting_brings_everything_back_as_it_was(attached):
    before = dump(attached)
    original_file = stored_files(attached)[0].read_bytes()
    encryption.encrypt(attached, PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        encryption.decrypt(attached, "wrong passphrase")
    assert driver.looks_encrypted(attached)  # a wrong passphrase changed nothing
    report = encryption.decrypt(attached, PASSPHRASE)
    assert (report.data_file_changed, report.files, report.backups) == (True, 1, 1)
    assert attached.read_bytes()[:16] == driver.PLAIN_HEADER
    assert dump(attached) == before
    assert stored_files(attached)[0].read_bytes() == original_file
    assert all(not driver.looks_encrypted(b.path) for b in backups.by_name(attached))
    with Store.open(attached) as store:
        assert store.conn.execute("SELECT count(*) FROM settings WHERE key = 'attachments.seal_key'").fetchone()[0] == 0


@pytest.mark.parametrize("passphrase", ["short", "", "seven77"])
def test_a_short_passphrase_is_refused_and_nothing_changes(attached, passphrase):
    before = attached.read_bytes()
    with pytest.raises(StoreError, match="too short: use at least 8 characters"):
        encryption.encrypt(attached, passphrase)
    assert attached.read_bytes() == before


def test_a_failure_while_converting_the_data_file_leaves_it_as_it_was(attached, monkeypatch):
    before = attached.read_bytes()

    def fail(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(encryption, "_fsync", fail)
    with pytest.raises(StoreError, match="could not be rewritten \\(No space left on device\\); it was left as it was"):
        encryption.encrypt(attached, PASSPHRASE)
    assert attached.read_bytes() == before
    assert not [p for p in attached.parent.iterdir() if p.name.startswith(".")]


def test_an_interrupted_encryption_is_finished_by_running_it_again(attached, tmp_path, monkeypatch):
    second = tmp_path / "second.png"
    second.write_bytes(b"\x89PNG screenshot of a threatening message")
    with Store.open(attached) as store:
        AttachmentStore(store).add("contact", store.conn.execute("SELECT max(id) FROM contacts").fetchone()[0], second)
    real_rewrite, calls = sealed.rewrite, []

    def killed_after_one(path, key, seal):
        if calls:
            raise OSError(5, "Input/output error")
        calls.append(path)
        return real_rewrite(path, key, seal)

    monkeypatch.setattr(sealed, "rewrite", killed_after_one)
    with pytest.raises(StoreError, match="run the command again to finish"):
        encryption.encrypt(attached, PASSPHRASE)
    assert driver.looks_encrypted(attached)
    assert sorted(sealed.is_sealed(p) for p in stored_files(attached)) == [False, True]
    with Store.open(attached) as store:  # half done, yet every file reads back
        assert {s.value for _a, s in AttachmentStore(store).verify()} == {"ok"}
    monkeypatch.setattr(sealed, "rewrite", real_rewrite)
    report = encryption.encrypt(attached, PASSPHRASE)
    assert (report.data_file_changed, report.files, report.backups) == (False, 1, 1)  # the backup came after
    assert all(sealed.is_sealed(p) for p in stored_files(attached))


def test_encrypting_a_file_another_program_writes_is_refused(attached):
    from debtdesk.store import filelock

    with Store.open(attached):
        pass
    import subprocess
    import sys
    import textwrap

    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from debtdesk.store import filelock
        lock = filelock.acquire({str(attached)!r}, "another DebtDesk window")
        print("locked", flush=True)
        time.sleep(30)
    """)], stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(Path(encryption.__file__).parents[2]), os.environ.get("PYTHONPATH")) if p)})
    try:
        assert holder.stdout.readline().strip() == "locked"
        before = attached.read_bytes()
        with pytest.raises(StoreError, match="is open in another DebtDesk window"):
            encryption.encrypt(attached, PASSPHRASE)
        assert attached.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert filelock.lock_path(attached).name.startswith(".")


def test_errors_on_an_encrypted_connection_are_sqlite3_errors(attached):
    encryption.encrypt(attached, PASSPHRASE)
    with Store.open(attached) as store:
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute("INSERT INTO payments (debt_id, paid_on, amount_minor) "
                               "VALUES (999999, '2026-01-01', 100)")
        with pytest.raises(sqlite3.OperationalError):
            store.conn.execute("SELECT no_such_column FROM debts")
        row = store.conn.execute("SELECT id, kind FROM debts ORDER BY id").fetchone()
        assert row["id"] == 1 and row[0] == 1  # rows behave like sqlite3.Row


def test_a_plain_file_that_merely_is_not_sqlite_is_not_taken_for_an_encrypted_one(tmp_path):
    text = tmp_path / "notes.debtdesk"
    text.write_text("not a database at all\n")
    assert not driver.looks_encrypted(text)
    with pytest.raises(StoreError, match="not a DebtDesk file"):
        Store.open(text)


# -- sealed files -----------------------------------------------------------------------------
def seal(data: bytes, key: bytes, path: Path) -> Path:
    with open(path, "wb") as out:
        writer = sealed.SealWriter(out, key)
        for start in range(0, len(data), 1000):
            writer.write(data[start:start + 1000])
        writer.close()
    return path


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=200), chunk=st.integers(1, 40))
def test_sealing_round_trips_any_content_at_any_chunk_size(tmp_path_factory, data, chunk):
    key = sealed.new_key()
    original = sealed.CHUNK
    sealed.CHUNK = chunk
    try:
        path = seal(data, key, tmp_path_factory.mktemp("s") / "f")
        assert path.stat().st_size == sealed.sealed_size(len(data))
        assert b"".join(sealed.read_sealed(path, key)) == data
        assert sealed.content_facts(path, key) == (len(data), hashlib.sha256(data).hexdigest())
    finally:
        sealed.CHUNK = original


@pytest.mark.parametrize("harm", ["truncate_last_chunk", "flip_a_byte", "wrong_key", "swap_chunks"])
def test_a_sealed_file_that_was_tampered_with_is_refused(tmp_path, harm):
    key = sealed.new_key()
    data = os.urandom(3 * sealed.CHUNK + 10)
    path = seal(data, key, tmp_path / "f")
    raw = bytearray(path.read_bytes())
    step = sealed.CHUNK + 16
    if harm == "truncate_last_chunk":
        raw = raw[: sealed.HEADER_SIZE + 3 * step]
    elif harm == "flip_a_byte":
        raw[sealed.HEADER_SIZE + 5] ^= 0x40
    elif harm == "wrong_key":
        key = sealed.new_key()
    else:
        one = slice(sealed.HEADER_SIZE, sealed.HEADER_SIZE + step)
        two = slice(sealed.HEADER_SIZE + step, sealed.HEADER_SIZE + 2 * step)
        raw[one], raw[two] = raw[two], raw[one]
    path.write_bytes(bytes(raw))
    with pytest.raises(sealed.SealError):
        b"".join(sealed.read_sealed(path, key))


def test_backups_keep_their_attached_files_encrypted_with_them_and_sharing_the_space(attached):
    (backup,) = [b.path for b in backups.by_name(attached)]
    (live,) = stored_files(attached)
    (kept,) = stored_files(backup)  # the backup has its own -files folder, laid out the same way
    assert os.path.samefile(live, kept)  # a hard link: no space used twice
    encryption.encrypt(attached, PASSPHRASE)
    (live,) = stored_files(attached)
    (kept,) = stored_files(backup)
    assert sealed.is_sealed(kept) and os.path.samefile(live, kept)
    encryption.decrypt(attached, PASSPHRASE)
    (kept,) = stored_files(backup)
    assert kept.read_bytes() == SCAN and os.path.samefile(stored_files(attached)[0], kept)


def test_an_export_of_an_encrypted_file_leaves_the_attachments_key_behind(attached, tmp_path):
    from debtdesk.store.interchange import export_file

    encryption.encrypt(attached, PASSPHRASE)
    with Store.open(attached) as store:
        key = store.conn.execute("SELECT value FROM settings WHERE key = 'attachments.seal_key'").fetchone()[0]
        export_file(store, tmp_path / "out.json")
    text = (tmp_path / "out.json").read_text(encoding="utf-8")
    assert "Anna Chan" in text and key not in text and "attachments.seal_key" not in text
