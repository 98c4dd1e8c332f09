"""Automatic backups in a private folder beside the file (restoring one: `store.restore`).

Why: a household's only copy of its records should survive a damaged disk
sector, a bad upgrade or a mistake.  Backups are taken before every schema
upgrade, on open at most once a day, and on request; each is a complete
DebtDesk file (`NAME-backups/2026-11-23T101500-daily.debtdesk`), written
under a `.part` name and renamed when complete, with SQLite's backup API in
one step (a stepped copy restarts for ever while another process writes).
Daily and manual backups rotate (see `domain.retention`); the newest few
taken before upgrades and restores are kept beside them.
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
from debtdesk.store import driver, private
from debtdesk.store.migrations import APPLICATION_ID

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
    from debtdesk.store import backup_files

    folder = private.make_dir(folder_of(db_path))
    target = new_name(folder, kind, now)
    part = folder / f".{secrets.token_hex(4)}.part"
    staging = None
    try:
        staging = backup_files.stage_snapshot(db_path, folder)  # its attached files, as hard links
        private.create_file(part)
        dest = driver.open_new_like(conn, part)  # an encrypted file's backup is encrypted too
        try:
            driver.copy_database(conn, dest)
        finally:
            dest.close()
        os.replace(part, target)
        backup_files.place_snapshot(staging, target)
        staging = None
        sync_folder(folder)
    finally:
        for leftover in (part, Path(f"{part}-journal")):
            leftover.unlink(missing_ok=True)
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
    return target


def new_name(folder: Path, kind: str, now: datetime | None) -> Path:
    """A name for a new backup of `kind` taken `now` that no file in `folder` has yet."""
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
    if any(info.taken_at.date() == now.date() for info in by_name(store.path)):
        return None
    if not any(store.conn.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone() for t in ("debts", "lenders",
                                                                                      "contacts", "budgets")):
        return None
    return make(store, "daily", now)


def rotate(db_path: Path) -> list[Path]:
    """Delete the backups the policy no longer keeps; returns them."""
    named = by_name(db_path)
    removed = []
    rotating = [info for info in named if info.kind in ROTATING]
    keep = to_keep([info.taken_at for info in rotating])
    doomed = [info for i, info in enumerate(rotating) if i not in keep]
    for kind in KINDS:
        if kind not in ROTATING:
            doomed += sorted((i for i in named if i.kind == kind), key=lambda i: i.taken_at, reverse=True)[KEEP_OTHERS:]
    from debtdesk.store import backup_files

    for info in doomed:
        info.path.unlink(missing_ok=True)
        backup_files.remove(info.path)
        removed.append(info.path)
    return removed


def by_name(db_path: Path) -> list[BackupInfo]:
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
    result = [_described(info) for info in by_name(db_path)]
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


def sync_folder(folder: Path) -> None:
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
