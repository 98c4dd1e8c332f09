"""Restoring a backup: over a file on disk (even a damaged one), or into an open file.

Restoring keeps a copy of the current file first (even a damaged one, byte
for byte), so a restore can itself be undone.  Over a file on disk, the file
is replaced whole and its old journal goes first, so a half-done
transaction of the old file can never be played onto the restored one.
Into an open file (the window's), it goes through SQLite's backup API in
one transaction, so the window keeps its lock.  Only a DebtDesk file, or
nothing yet, is ever replaced; a damaged or foreign backup never restores.
"""

from __future__ import annotations

import os
import secrets
import shutil
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
from debtdesk.store import backup_files, driver, filelock, private
from debtdesk.store.backups import folder_of, make_from, new_name, rotate, sync_folder
from debtdesk.store.errors import DamagedFileError, StoreError, problem_lines
from debtdesk.store.migrations import APPLICATION_ID, SCHEMA_VERSION

if TYPE_CHECKING:  # for the annotation only: restoring needs no Store class loaded
    from debtdesk.store.repository import Store


def check_backup(backup: Path) -> int:
    """The backup's format, once it is known to be a complete, undamaged DebtDesk file."""
    backup = Path(backup)
    if not backup.is_file():
        raise StoreError(QT_TRANSLATE_NOOP("Store", "The backup {backup} does not exist."),
                         backup=backup)
    try:
        conn = driver.open_file(backup, read_only=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version: int = conn.execute("PRAGMA user_version").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise StoreError(QT_TRANSLATE_NOOP("Store", "{name} is not a DebtDesk backup; nothing was restored."),
                                 name=backup.name)
            if version > SCHEMA_VERSION:
                raise StoreError(QT_TRANSLATE_NOOP("Store", "{name} was written by a newer DebtDesk; nothing was "
                                                            "restored."), name=backup.name)
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
        finally:
            conn.close()
    except driver.Error as exc:
        raise StoreError(QT_TRANSLATE_NOOP("Store", "{name} cannot be read as a DebtDesk backup ({exc}); nothing "
                                                    "was restored."), name=backup.name, exc=exc) from exc
    if problems != ["ok"]:
        raise StoreError(QT_TRANSLATE_NOOP("Store", "{name} is damaged itself ({value}); nothing was restored."),
                         name=backup.name, value=problem_lines(problems)[0])
    return version


def restore(db_path: Path, backup: Path, now: datetime | None = None) -> Path | None:
    """Replace the file with the backup; returns the copy kept of the file as it was (None if it was empty).

    The caller must have closed its own connections to the file; another
    program holding it raises FileInUseError.
    """
    db_path, backup = Path(db_path), Path(backup)
    check_backup(backup)
    if backup.resolve() == db_path.resolve():
        raise StoreError(QT_TRANSLATE_NOOP("Store", "A file cannot be restored from itself."))
    lock = filelock.acquire(db_path, "DebtDesk (restoring a backup)")
    if lock is None:
        raise StoreError(QT_TRANSLATE_NOOP("Store", "The folder of {name} cannot be written, so nothing was "
                                                    "restored."), name=db_path.name)
    try:
        _check_replaceable(db_path)
        kept = _keep_current(db_path, now)
        part = Path(f"{db_path}.part")
        for leftover in (part, Path(f"{part}-journal")):
            leftover.unlink(missing_ok=True)
        try:
            private.create_file(part)
            source = driver.open_file(backup, read_only=True)
            try:
                dest = driver.open_new_like(source, part)  # an encrypted backup restores encrypted
                try:
                    driver.copy_database(source, dest)
                finally:
                    dest.close()
            finally:
                source.close()
            for suffix in ("-journal", "-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            os.replace(part, db_path)
            sync_folder(db_path.parent)
            backup_files.bring_back(backup, db_path)  # the evidence it refers to, if it is gone since
        except (OSError, driver.Error) as exc:
            reason = getattr(exc, "strerror", None) or exc
            raise StoreError(QT_TRANSLATE_NOOP("Store", "Could not restore {name} from {backup_name} ({reason}); "
                                                        "the file was left as it was."),
                             name=db_path.name, backup_name=backup.name, reason=reason) from exc
        finally:
            for leftover in (part, Path(f"{part}-journal")):
                leftover.unlink(missing_ok=True)
    finally:
        lock.release()
    rotate(db_path)
    return kept


def restore_into(store: Store, backup: Path, now: datetime | None = None) -> Path:
    """Replace what an open, writable store holds with the backup; returns the copy kept of it first.

    Done through SQLite's backup API into the open connection: one
    transaction on the same file, so the window keeps its lock and a crash
    halfway leaves the file as it was.  An older backup is brought up to date.
    """
    from debtdesk.store.connection import _migrate

    version = check_backup(backup)
    if store.read_only:
        raise StoreError(QT_TRANSLATE_NOOP("Store", "{name} is open read-only, so it cannot be restored here."),
                         name=store.path.name)
    kept = make_from(store.conn, store.path, "before-restore", now)
    source = driver.open_file(backup, read_only=True)
    try:
        driver.copy_database(source, store.conn)
    finally:
        source.close()
    backup_files.bring_back(backup, store.path)
    if version < SCHEMA_VERSION:
        _migrate(store.conn, version)
    rotate(store.path)
    return kept


def _check_replaceable(db_path: Path) -> None:
    """Only a DebtDesk file (whole or damaged), or nothing yet, is replaced by a restore."""
    if db_path.is_dir():
        raise StoreError(QT_TRANSLATE_NOOP("Store", "{db_path} is a folder, not a DebtDesk file; nothing was "
                                                    "restored."), db_path=db_path)
    if not db_path.exists() or db_path.stat().st_size == 0:
        return
    if not os.access(db_path, os.W_OK) or not os.access(db_path, os.R_OK):
        raise StoreError(QT_TRANSLATE_NOOP("Store", "{name} is read-only or cannot be read; nothing was restored."),
                         name=db_path.name)
    try:
        conn = driver.open_file(db_path, read_only=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version: int = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except driver.DatabaseError:
        if folder_of(db_path).is_dir():
            return  # unreadable, but it has backups: it was ours
        raise StoreError(QT_TRANSLATE_NOOP("Store", "{name} is not a DebtDesk file; nothing was restored over it."),
                         name=db_path.name) from None
    if app_id != APPLICATION_ID:
        raise StoreError(QT_TRANSLATE_NOOP("Store", "{name} is not a DebtDesk file; nothing was restored over it."),
                         name=db_path.name)
    if version > SCHEMA_VERSION:
        raise StoreError(QT_TRANSLATE_NOOP("Store", "{name} was written by a newer DebtDesk; nothing was restored "
                                                    "over it."), name=db_path.name)


def _keep_current(db_path: Path, now: datetime | None) -> Path | None:
    """A copy of the file as it is, readable or not, before it is replaced."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        conn = driver.open_file(db_path, read_only=True)
        try:
            from debtdesk.store.connection import check

            check(conn, db_path)
            return make_from(conn, db_path, "before-restore", now)
        finally:
            conn.close()
    except (driver.Error, DamagedFileError):
        pass  # damaged: kept byte for byte below
    except OSError as exc:
        raise StoreError(QT_TRANSLATE_NOOP("Store", "No copy of {name} could be kept before restoring ({problem}); "
                                                    "nothing was restored."),
                         name=db_path.name, problem=exc.strerror or exc) from exc
    folder = private.make_dir(folder_of(db_path))
    target = new_name(folder, "before-restore", now)
    part = folder / f".{secrets.token_hex(4)}.part"
    try:
        with open(db_path, "rb") as src, private.open_new(part) as out:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise StoreError(QT_TRANSLATE_NOOP("Store", "No copy of {name} could be kept before restoring ({problem}); "
                                                    "nothing was restored."),
                         name=db_path.name, problem=exc.strerror or exc) from exc
    return target
