"""Automatic backups in a private folder beside the file, and restoring one.

Why: a household's only copy of its records should survive a damaged disk
sector, a bad upgrade or a mistake.  Backups are taken before every schema
upgrade, on open at most once a day, and on request; each is a complete
DebtDesk file (`NAME-backups/2026-11-23T101500-daily.debtdesk`), written
under a `.part` name and renamed when complete, with SQLite's backup API in
one step (a stepped copy restarts for ever while another process writes).
Daily and manual backups rotate (see `domain.retention`); the newest few
taken before upgrades and restores are kept beside them.

Restoring keeps a copy of the current file first (even a damaged one, byte
for byte), then replaces the file whole; its old journal goes first, so a
half-done transaction of the old file can never be played onto the
restored one.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from debtdesk.domain.retention import to_keep
from debtdesk.store import driver, filelock, private
from debtdesk.store.errors import DamagedFileError, StoreError, problem_lines
from debtdesk.store.migrations import APPLICATION_ID, SCHEMA_VERSION

FOLDER_SUFFIX = "-backups"
KINDS = ("daily", "manual", "upgrade", "before-restore")
ROTATING = ("daily", "manual")
KEEP_OTHERS = 3  # of each other kind
_NAME = re.compile(r"^(\d{4}-\d\d-\d\dT\d{6})(?:-\d+)?-(daily|manual|upgrade|before-restore)\.debtdesk$")
SUMMARY_TABLES = ("debts", "payments", "contacts", "budgets", "evidence_items", "letters")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    kind: str
    schema_version: int | None  # None: the backup cannot be read
    counts: dict[str, int] | None

    def to_json(self) -> dict:
        return {"path": str(self.path), "time": self.taken_at.isoformat(timespec="seconds"), "kind": self.kind,
                "schema_version": self.schema_version, "counts": self.counts}


def folder_of(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + FOLDER_SUFFIX)


def make(store, kind: str = "manual", now: datetime | None = None) -> Path:
    """A backup of an open store (consistent even while it is being written), then rotation."""
    path = make_from(store.conn, store.path, kind, now)
    rotate(store.path)
    return path


def make_from(conn: driver.Connection, db_path: Path, kind: str, now: datetime | None = None) -> Path:
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    folder = private.make_dir(folder_of(db_path))
    target = _new_name(folder, kind, now)
    part = folder / f".{secrets.token_hex(4)}.part"
    try:
        private.create_file(part)
        dest = driver.open_file(part)
        try:
            driver.copy_database(conn, dest)
        finally:
            dest.close()
        os.replace(part, target)
        _sync_folder(folder)
    finally:
        for leftover in (part, Path(f"{part}-journal")):
            leftover.unlink(missing_ok=True)
    return target


def _new_name(folder: Path, kind: str, now: datetime | None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y-%m-%dT%H%M%S")
    target = folder / f"{stamp}-{kind}.debtdesk"
    n = 2
    while target.exists():
        target = folder / f"{stamp}-{n}-{kind}.debtdesk"
        n += 1
    return target


def ensure_daily(store, now: datetime | None = None) -> Path | None:
    """Today's backup, unless one was already taken today (or the file holds nothing yet)."""
    now = now or datetime.now()
    if any(info.taken_at.date() == now.date() for info in _named(store.path)):
        return None
    if not any(store.conn.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone() for t in ("debts", "lenders",
                                                                                      "contacts", "budgets")):
        return None
    return make(store, "daily", now)


def rotate(db_path: Path) -> list[Path]:
    """Delete the backups the policy no longer keeps; returns them."""
    named = _named(db_path)
    removed = []
    rotating = [info for info in named if info.kind in ROTATING]
    keep = to_keep([info.taken_at for info in rotating])
    doomed = [info for i, info in enumerate(rotating) if i not in keep]
    for kind in KINDS:
        if kind not in ROTATING:
            doomed += sorted((i for i in named if i.kind == kind), key=lambda i: i.taken_at, reverse=True)[KEEP_OTHERS:]
    for info in doomed:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def _named(db_path: Path) -> list[BackupInfo]:
    """The backups by their names alone (no file is opened)."""
    folder = folder_of(db_path)
    result = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match and path.is_file():
                taken = datetime.strptime(match.group(1), "%Y-%m-%dT%H%M%S")
                result.append(BackupInfo(path, taken, match.group(2), None, None))
    return result


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Every backup of the file, newest first, with its format and a summary of its contents."""
    result = [_described(info) for info in _named(db_path)]
    return sorted(result, key=lambda i: (i.taken_at, i.path.name), reverse=True)


def _described(info: BackupInfo) -> BackupInfo:
    try:
        conn = driver.open_file(info.path, read_only=True)
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return info
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                      for t in SUMMARY_TABLES if t in present}
        finally:
            conn.close()
    except driver.Error:
        return info
    return BackupInfo(info.path, info.taken_at, info.kind, version, counts)


def check_backup(backup: Path) -> int:
    """The backup's format, once it is known to be a complete, undamaged DebtDesk file."""
    backup = Path(backup)
    if not backup.is_file():
        raise StoreError(f"The backup {backup} does not exist.")
    try:
        conn = driver.open_file(backup, read_only=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise StoreError(f"{backup.name} is not a DebtDesk backup; nothing was restored.")
            if version > SCHEMA_VERSION:
                raise StoreError(f"{backup.name} was written by a newer DebtDesk; nothing was restored.")
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
        finally:
            conn.close()
    except driver.Error as exc:
        raise StoreError(f"{backup.name} cannot be read as a DebtDesk backup ({exc}); nothing was restored.") from exc
    if problems != ["ok"]:
        raise StoreError(f"{backup.name} is damaged itself ({problem_lines(problems)[0]}); nothing was restored.")
    return version


def restore(db_path: Path, backup: Path, now: datetime | None = None) -> Path | None:
    """Replace the file with the backup; returns the copy kept of the file as it was (None if it was empty).

    The caller must have closed its own connections to the file; another
    program holding it raises FileInUseError.
    """
    db_path, backup = Path(db_path), Path(backup)
    check_backup(backup)
    if backup.resolve() == db_path.resolve():
        raise StoreError("A file cannot be restored from itself.")
    lock = filelock.acquire(db_path, "DebtDesk (restoring a backup)")
    if lock is None:
        raise StoreError(f"The folder of {db_path.name} cannot be written, so nothing was restored.")
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
                dest = driver.open_file(part)
                try:
                    driver.copy_database(source, dest)
                finally:
                    dest.close()
            finally:
                source.close()
            for suffix in ("-journal", "-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            os.replace(part, db_path)
            _sync_folder(db_path.parent)
        except (OSError, driver.Error) as exc:
            reason = getattr(exc, "strerror", None) or exc
            raise StoreError(f"Could not restore {db_path.name} from {backup.name} ({reason}); the file was "
                             f"left as it was.") from exc
        finally:
            for leftover in (part, Path(f"{part}-journal")):
                leftover.unlink(missing_ok=True)
    finally:
        lock.release()
    rotate(db_path)
    return kept


def restore_into(store, backup: Path, now: datetime | None = None) -> Path:
    """Replace what an open, writable store holds with the backup; returns the copy kept of it first.

    Done through SQLite's backup API into the open connection: one
    transaction on the same file, so the window keeps its lock and a crash
    halfway leaves the file as it was.  An older backup is brought up to date.
    """
    from debtdesk.store.connection import _migrate

    version = check_backup(backup)
    if store.read_only:
        raise StoreError(f"{store.path.name} is open read-only, so it cannot be restored here.")
    kept = make_from(store.conn, store.path, "before-restore", now)
    source = driver.open_file(backup, read_only=True)
    try:
        driver.copy_database(source, store.conn)
    finally:
        source.close()
    if version < SCHEMA_VERSION:
        _migrate(store.conn, version)
    rotate(store.path)
    return kept


def _check_replaceable(db_path: Path) -> None:
    """Only a DebtDesk file (whole or damaged), or nothing yet, is replaced by a restore."""
    if db_path.is_dir():
        raise StoreError(f"{db_path} is a folder, not a DebtDesk file; nothing was restored.")
    if not db_path.exists() or db_path.stat().st_size == 0:
        return
    if not os.access(db_path, os.W_OK) or not os.access(db_path, os.R_OK):
        raise StoreError(f"{db_path.name} is read-only or cannot be read; nothing was restored.")
    try:
        conn = driver.open_file(db_path, read_only=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except driver.DatabaseError:
        if folder_of(db_path).is_dir():
            return  # unreadable, but it has backups: it was ours
        raise StoreError(f"{db_path.name} is not a DebtDesk file; nothing was restored over it.") from None
    if app_id != APPLICATION_ID:
        raise StoreError(f"{db_path.name} is not a DebtDesk file; nothing was restored over it.")
    if version > SCHEMA_VERSION:
        raise StoreError(f"{db_path.name} was written by a newer DebtDesk; nothing was restored over it.")


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
        raise StoreError(f"No copy of {db_path.name} could be kept before restoring "
                         f"({exc.strerror or exc}); nothing was restored.") from exc
    folder = private.make_dir(folder_of(db_path))
    target = _new_name(folder, "before-restore", now)
    part = folder / f".{secrets.token_hex(4)}.part"
    try:
        with open(db_path, "rb") as src, private.open_new(part) as out:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise StoreError(f"No copy of {db_path.name} could be kept before restoring "
                         f"({exc.strerror or exc}); nothing was restored.") from exc
    return target


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
