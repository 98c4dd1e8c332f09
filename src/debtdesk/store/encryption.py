"""Encrypting a DebtDesk file at rest with a passphrase, and taking that encryption off again.

What is encrypted: the data file (SQLCipher, through `driver`), every
attached file (sealed with a random key kept inside the encrypted data file,
see `sealed`) and every backup (each one an encrypted DebtDesk file with the
same passphrase).  The passphrase is never stored: a lost passphrase means
the data is lost, which the window and the CLI say before one is set.

Crash safety.  The data file is converted into a hidden temporary file
beside it, checked (SQLite's integrity check and the row count of every
table), synced and renamed over the original in one step, so a kill leaves
either the old file or the new one.  Attached files and backups are then
converted one by one, each renamed into place the same way.  A kill in
between leaves an encrypted data file with some plain attachments or
backups; every reader copes with both, and running `encrypt` (or `decrypt`)
again finishes the job.  Decrypting converts the attachments and backups
first and the data file last, so that the key of the sealed files is still
there if it is interrupted.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
from debtdesk.store import backups, driver, filelock, private, sealed
from debtdesk.store.attachments import SEAL_KEY_SETTING, attachments_folder
from debtdesk.store.errors import StoreError
from debtdesk.store.migrations import APPLICATION_ID, TABLES

#: The shortest passphrase accepted: SQLCipher stretches it (256,000 rounds of PBKDF2), but a
#: very short one can still be guessed.
MIN_PASSPHRASE = 8


@dataclass
class EncryptionReport:
    """What a conversion did, for the sentence that reports it."""

    path: Path
    encrypted: bool  # the state the file is in now
    data_file_changed: bool = False  # False: it already was in that state (only leftovers were finished)
    files: int = 0  # attached files converted
    backups: int = 0  # backups converted
    skipped_backups: list[Path] = field(default_factory=list)  # backups the passphrase does not open


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise StoreError(QT_TRANSLATE_NOOP("Store", "The passphrase is too short: use at least {count} characters."),
                         count=MIN_PASSPHRASE)
    if "\x00" in passphrase:
        raise StoreError(QT_TRANSLATE_NOOP("Store", "The passphrase cannot contain a NUL character."))


def is_encrypted(path: Path) -> bool:
    return driver.looks_encrypted(Path(path))


def encrypt(path: Path, passphrase: str) -> EncryptionReport:
    """Encrypt `path`, its attached files and its backups with `passphrase`.

    An already encrypted file is only opened with the passphrase (a wrong one
    raises WrongPassphraseError) and whatever a killed run left plain is
    finished.
    """
    path = Path(path)
    report = EncryptionReport(path, encrypted=True)
    with _locked(path, "DebtDesk (encrypting)", passphrase if is_encrypted(path) else None):
        if not is_encrypted(path):
            check_new_passphrase(passphrase)
            _convert_data_file(path, None, passphrase, seal_key=sealed.new_key().hex())
            report.data_file_changed = True
        driver.use_passphrase(path, passphrase)
        key = _seal_key(path, passphrase)
        report.files = _convert_files(path, key, seal=True)
        report.backups, report.skipped_backups = _convert_backups(path, None, passphrase)
    return report


def decrypt(path: Path, passphrase: str) -> EncryptionReport:
    """Take the encryption off `path`, its attached files and its backups."""
    path = Path(path)
    report = EncryptionReport(path, encrypted=False)
    with _locked(path, "DebtDesk (decrypting)", passphrase if is_encrypted(path) else None):
        if is_encrypted(path):
            key = _seal_key(path, passphrase)  # also checks the passphrase before anything changes
            report.files = _convert_files(path, key, seal=False) if key is not None else 0
            report.backups, report.skipped_backups = _convert_backups(path, passphrase, None)
            _convert_data_file(path, passphrase, None)
            report.data_file_changed = True
        else:
            report.backups, report.skipped_backups = _convert_backups(path, passphrase, None)
        driver.forget_passphrase(path)
    return report


class _locked:
    """Hold the file's lock (FileInUseError while another program writes it) and check the file first."""

    def __init__(self, path: Path, owner: str, passphrase: str | None):
        self.path, self.owner, self.passphrase = path, owner, passphrase
        self.lock: filelock.FileLock | None = None

    def __enter__(self) -> _locked:
        from debtdesk.store.connection import check

        if not self.path.is_file():
            raise StoreError(QT_TRANSLATE_NOOP("Store", "The file {path} does not exist."), path=str(self.path))
        self.lock = filelock.acquire(self.path, self.owner)
        if self.lock is None:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "{name} cannot be changed: its folder cannot be written."),
                             name=self.path.name)
        try:
            conn = driver.open_file(self.path, passphrase=self.passphrase)
            try:
                if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                    raise StoreError(QT_TRANSLATE_NOOP("Store", "{name} is not a DebtDesk file; it was left "
                                                                "untouched."), name=self.path.name)
                check(conn, self.path, full=True)
            finally:
                conn.close()
        except BaseException:
            self.lock.release()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.lock is not None  # taken by __enter__
        self.lock.release()


def _seal_key(path: Path, passphrase: str) -> bytes | None:
    conn = driver.open_file(path, read_only=True, passphrase=passphrase)
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (SEAL_KEY_SETTING,)).fetchone()
    finally:
        conn.close()
    return bytes.fromhex(row[0]) if row is not None else None


def _convert_data_file(path: Path, old: str | None, new: str | None, seal_key: str | None = None) -> None:
    """Rewrite the data file from one state to the other under a temporary name, check it, rename it."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.importing")  # swept if a kill leaves it
    try:
        private.create_file(tmp)
        _export(path, tmp, old, new, seal_key)
        _fsync(tmp)
        for suffix in ("-journal", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)  # none after a clean close; never replayed onto it
        os.replace(tmp, path)
        backups.sync_folder(path.parent)
    except OSError as exc:
        raise StoreError(QT_TRANSLATE_NOOP("Store", "{name} could not be rewritten ({problem}); it was left as it "
                                                    "was."), name=path.name, problem=exc.strerror or exc) from None
    finally:
        for suffix in ("", "-journal"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)


def _export(source: Path, target: Path, old: str | None, new: str | None, seal_key: str | None) -> None:
    """SQLCipher's own export (schema and rows) from `source` into an empty `target`, then checked."""
    counts = _counts(driver.open_file(source, read_only=True, passphrase=old))
    driver.export(source, target, old, new)
    if _counts(driver.open_file(target, read_only=True, passphrase=new)) != counts:
        raise StoreError(QT_TRANSLATE_NOOP("Store", "The converted copy of {name} is missing rows; {name} was left "
                                                    "as it was."), name=source.name)
    conn = driver.open_file(target, passphrase=new)
    try:
        with conn:
            if seal_key is not None:
                conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (SEAL_KEY_SETTING, seal_key))
            elif new is None:
                conn.execute("DELETE FROM settings WHERE key = ?", (SEAL_KEY_SETTING,))
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
        if problems != ["ok"]:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "The converted copy of {name} failed its check ({problem}); "
                                                        "{name} was left as it was."),
                             name=source.name, problem=problems[0])
    finally:
        conn.close()


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    try:
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES if t in present}
        counts["user_version"] = conn.execute("PRAGMA user_version").fetchone()[0]
        counts["application_id"] = conn.execute("PRAGMA application_id").fetchone()[0]
        return counts
    finally:
        conn.close()


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _convert_files(path: Path, key: bytes | None, seal: bool) -> int:
    """Seal (or unseal) the data file's attached files, then those kept with its backups.

    A backup's copy of a file is a hard link to the same content (see
    `backup_files`); once the data file's own copy is converted, the backup's
    is linked to it again rather than converted a second time, so the
    backups keep costing no space.  Returns how many of the data file's
    own files were converted.
    """
    if key is None:
        return 0
    live = attachments_folder(path)
    converted = _convert_folder(live, key, seal, None)
    for info in backups.by_name(path):
        _convert_folder(attachments_folder(info.path), key, seal, live)
    return converted


def _convert_folder(folder: Path, key: bytes, seal: bool, live: Path | None) -> int:
    from debtdesk.store import backup_files

    converted = 0
    for entry in backup_files.stored_files(folder):
        try:
            if sealed.is_sealed(entry) == seal:
                continue
            twin = live / entry.name if live is not None else None
            if twin is not None and twin.is_file() and sealed.is_sealed(twin) == seal:
                backup_files.link_or_copy(twin, entry)  # same name, same content: share the converted file
            else:
                sealed.rewrite(entry, key, seal)
            converted += 1
        except sealed.SealError as exc:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "{file} in {folder}: {problem}"),
                             file=entry.name, folder=folder.name, problem=str(exc)) from None
        except OSError as exc:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "{file} in {folder} could not be converted ({problem}); run "
                                                        "the command again to finish."),
                             file=entry.name, folder=folder.name, problem=exc.strerror or exc) from None
    return converted


def _convert_backups(path: Path, old: str | None, new: str | None) -> tuple[int, list[Path]]:
    """Bring every backup into the data file's new state; those the passphrase does not open are listed."""
    converted, skipped = 0, []
    for info in backups.by_name(path):
        if is_encrypted(info.path) == (new is not None):
            continue
        part = info.path.with_name(f".{secrets.token_hex(4)}.part")  # swept like an interrupted backup
        try:
            private.create_file(part)
            _export(info.path, part, old, new, None)
            os.replace(part, info.path)
            converted += 1
        except (StoreError, driver.Error):
            skipped.append(info.path)
        except OSError as exc:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "The backup {name} could not be converted ({problem}); run "
                                                        "the command again to finish."),
                             name=info.path.name, problem=exc.strerror or exc) from None
        finally:
            for suffix in ("", "-journal"):
                Path(f"{part}{suffix}").unlink(missing_ok=True)
    return converted, skipped
