"""Opening a DebtDesk file safely: lock it, check it, identify it, keep a copy, migrate it, or refuse it.

The order matters.  Only a process holding the file's lock (see `filelock`)
writes, sweeps leftovers of killed processes or recovers an interrupted
transaction.  A file that is not ours, was written by a newer DebtDesk or
fails SQLite's own check is never modified.  An older file is copied into
its backups folder before it is upgraded.

A read-only open never changes the file: an older file is read through a
temporary upgraded copy in memory (the original is not touched, not even
its format), and the reader sees one consistent snapshot (a read
transaction held until it closes).  The only write a read-only open may do
is what SQLite itself must do before anyone can read: roll back a
transaction a killed process left half-done, and then only when no live
process holds the file.

Reading a current file needs only the standard `sqlite3` module (through
`driver`), which keeps sqlite-utils (≈90 ms of imports) off the path to the
first painted window.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
from dataclasses import dataclass
from pathlib import Path

from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
from debtdesk.store import check_ahead, driver, filelock, private
from debtdesk.store.errors import ConflictError, DamagedFileError, FileInUseError, Sentence, StoreError
from debtdesk.store.migrations import APPLICATION_ID, DATA_FIXES, MIGRATIONS, SCHEMA_VERSION

__all__ = ["ConflictError", "DamagedFileError", "FileInUseError", "Opened", "StoreError", "connect",
           "open_file", "read_only_opens"]

#: Files up to this size get the full `integrity_check` on open (≈25 ms for a 2 MB household); it
#: also finds an index that disagrees with its table, which `quick_check` skips and which once
#: showed a debt 198 days overdue instead of 45.  Larger files get `quick_check`.
FULL_CHECK_UP_TO = 32 * 1024 * 1024

_read_only_policy: contextvars.ContextVar[bool] = contextvars.ContextVar("read_only_opens", default=False)
_notices: contextvars.ContextVar[list | None] = contextvars.ContextVar("open_notices", default=None)


@contextlib.contextmanager
def collect_notices():
    """Sentences about what opening files did (a recovery, a cleanup, an upgrade), for the CLI to print."""
    notes: list[str] = []
    token = _notices.set(notes)
    try:
        yield notes
    finally:
        _notices.reset(token)


def _notice(text: str) -> None:
    notes = _notices.get()
    if notes is not None:
        notes.append(text)


@contextlib.contextmanager
def read_only_opens():
    """Every file opened inside is opened read-only (how the CLI runs its reading commands)."""
    token = _read_only_policy.set(True)
    try:
        yield
    finally:
        _read_only_policy.reset(token)


@dataclass
class Opened:
    """An open connection and what opening it found."""

    conn: driver.Connection
    read_only: bool = False
    why_read_only: str = ""  # '', 'asked', 'file' (not writable), 'in-use' (another program writes)
    holder: str = ""  # who holds the file when 'in-use'
    recovered: bool = False  # an interrupted transaction was rolled back
    swept: tuple[str, ...] = ()  # leftovers of killed processes that were removed
    upgraded_from: int | None = None  # upgraded in place from this format (a backup was kept)
    backup: Path | None = None  # that backup
    temporary_copy: bool = False  # an older file read through an upgraded copy in memory
    backup_problem: str = ""  # why today's backup could not be made (shown, never in the way)
    checked_fully: bool = True  # False: only the quick check ran (the full one is still to run)
    lock: filelock.FileLock | None = None


def writable(path: Path) -> bool:
    """Can this process write the file and create a journal beside it?"""
    path = Path(path)
    folder_ok = os.access(path.parent if str(path.parent) else ".", os.W_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))


def connect(path: str | Path, create: bool = False) -> driver.Connection:
    """Open (or with `create`, make) a DebtDesk file at the current schema (the connection only)."""
    return open_file(path, create=create).conn


def open_file(path: str | Path, create: bool = False, read_only: bool = False, snapshot: bool | None = None,
              owner: str = "a DebtDesk window", locked: bool = True, as_stored: bool = False,
              full_check: bool = True) -> Opened:
    """Open `path` for writing (locked) or, with `read_only`, for reading a consistent snapshot.

    A file that cannot be written (or whose folder cannot) opens read-only
    by itself, with `why_read_only` saying so.  Another program writing the
    file raises FileInUseError.  `snapshot` (default: when read-only was
    asked for) holds a read transaction until the connection closes.  `locked=False` is for
    temporary files only their maker knows about (an import being built).
    `as_stored` reads an older file read-only as it is, without the upgraded
    copy (for backing it up byte for byte).  With `full_check=False` only
    SQLite's quick check runs (`Opened.checked_fully` says so): the window
    paints first and runs the full check in the background (see
    `services.file_health`).
    """
    if str(path) == ":memory:":
        conn = driver.open_memory()
        _migrate(conn, 0)
        return Opened(conn)
    path = Path(path)
    if _read_only_policy.get():
        read_only = True
    why = "asked" if read_only else ""
    create = create and not read_only
    _check_place(path, create)
    opened = Opened(None)
    opened.checked_fully = full_check
    if not read_only:
        if not writable(path):
            read_only, why = True, "file"
        elif not locked:
            pass
        else:
            opened.lock = filelock.acquire(path, owner)  # FileInUseError when another program writes
            if opened.lock is None:
                read_only, why = True, "file"
    opened.read_only, opened.why_read_only = read_only, why
    try:
        _open(path, create, opened, as_stored)
        if opened.read_only:  # also an upgraded copy in memory: a change there would be lost silently
            opened.conn.execute("PRAGMA query_only = ON")
        if opened.read_only and (snapshot if snapshot is not None else opened.why_read_only == "asked"):
            opened.conn.execute("BEGIN")
            opened.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        if opened.conn is not None:
            opened.conn.close()
        if opened.lock is not None:
            opened.lock.release()
        raise
    _tell(path, opened)
    return opened


def _tell(path: Path, opened: Opened) -> None:
    if opened.recovered:
        _notice(Sentence(QT_TRANSLATE_NOOP("Store", "{name} had been interrupted while saving a change; that "
                                                    "unfinished change was undone, and everything saved before it "
                                                    "is intact."), name=path.name))
    if opened.swept:
        _notice(Sentence(QT_TRANSLATE_NOOP("Store", "Removed {count} leftovers of an interrupted import, copy or "
                                                    "backup of {name}."), count=len(opened.swept), name=path.name))
    if opened.backup is not None:
        _notice(Sentence(QT_TRANSLATE_NOOP("Store", "{name} was upgraded from format {version}; the file as it was "
                                                    "is kept as {backup}."),
                         name=path.name, version=opened.upgraded_from, backup=opened.backup))


def _check_place(path: Path, create: bool) -> None:
    if path.is_dir():
        raise StoreError(QT_TRANSLATE_NOOP("Store", "{path} is a folder, not a DebtDesk file."),
                         path=path)
    if not path.exists():
        if not create:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "The file {path} does not exist."), path=path)
        if not path.parent.is_dir():
            raise StoreError(QT_TRANSLATE_NOOP("Store", "Cannot create {path}: the folder {parent} does not exist."),
                             path=path, parent=path.parent)


def _open(path: Path, create: bool, opened: Opened, as_stored: bool = False) -> None:
    from debtdesk.store import leftovers

    if opened.lock is not None:
        opened.swept = tuple(leftovers.sweep(path))
    if not opened.read_only and not path.exists():
        private.create_file(path)
    hot = _hot_journal(path)
    if hot and opened.read_only:
        _recover_for_reader(path)
    try:
        opened.conn = driver.open_file(path, read_only=opened.read_only)
        app_id, version, has_tables = _header(opened.conn)
    except driver.OperationalError as exc:  # e.g. no permission to read it
        if not os.access(path, os.R_OK):
            raise StoreError(QT_TRANSLATE_NOOP("Store", "You do not have permission to read {path}; it was left "
                                                        "untouched."), path=path) from exc
        raise StoreError(QT_TRANSLATE_NOOP("Store", "Cannot open {path}: {exc}."), path=path, exc=exc) from exc
    except driver.DatabaseError as exc:
        raise _unreadable(path, exc) from exc
    opened.recovered = hot and not _hot_journal(path)
    try:
        if app_id == 0 and not has_tables:
            if not create:  # reading commands never turn an empty file into a DebtDesk file
                raise StoreError(QT_TRANSLATE_NOOP("Store", "{name} is empty, not a DebtDesk file; it was left "
                                                            "untouched."), name=path.name)
            _migrate(opened.conn, 0)
            private.tighten_database(path)
            return
        if app_id != APPLICATION_ID:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "{name} is an SQLite file, but not a DebtDesk file; it was "
                                                        "left untouched."), name=path.name)
        if version > SCHEMA_VERSION:
            raise StoreError(
                QT_TRANSLATE_NOOP("Store", "{name} was written by a newer DebtDesk (format {version}; this one "
                                           "reads up to {schema_version}). It was left untouched: update DebtDesk "
                                           "to open it."),
                name=path.name, version=version, schema_version=SCHEMA_VERSION)
        opened.checked_fully = opened.checked_fully and path.stat().st_size <= FULL_CHECK_UP_TO
        check(opened.conn, path, full=opened.checked_fully)
        if version < SCHEMA_VERSION:
            if opened.read_only and as_stored:
                pass
            elif opened.read_only:
                opened.conn = _upgraded_copy(opened.conn, version)
                opened.temporary_copy = True
            else:
                opened.backup = _backup_before_upgrade(opened.conn, path, version)
                try:
                    _migrate(opened.conn, version)
                except BaseException:
                    _discard_backup(opened.backup)  # the file is as it was: its copy is not needed
                    raise
                opened.upgraded_from = version
        if not opened.read_only:
            private.tighten_database(path)  # ours, whole and current: only its owner may read it
    except driver.Error as exc:  # e.g. a locked file: the migration was rolled back
        if driver.is_read_only(exc):
            raise StoreError(QT_TRANSLATE_NOOP("Store", "{name} is read-only, so it could not be brought up to "
                                                        "date; it was left as it was."), name=path.name) from exc
        raise StoreError(QT_TRANSLATE_NOOP("Store", "{name} could not be brought up to date and was left as it was: "
                                                    "{exc}."), name=path.name, exc=exc) from exc


def check(conn: driver.Connection, path: Path, full: bool = True) -> None:
    """SQLite's own consistency check; raises DamagedFileError listing what it found."""
    pragma = "integrity_check" if full else "quick_check"
    checked_ahead = None if full else check_ahead.answer(path)  # the start-up's quick check, if it ran
    try:
        problems = checked_ahead or [row[0] for row in conn.execute(f"PRAGMA {pragma}({check_ahead.LIMIT})")]
    except driver.DatabaseError as exc:
        raise DamagedFileError(path, [str(exc)]) from exc
    if problems != ["ok"]:
        raise DamagedFileError(path, problems)


def _header(conn: driver.Connection) -> tuple[int, int, bool]:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    return app_id, version, has_tables


def _unreadable(path: Path, exc: Exception) -> StoreError:
    """A file SQLite cannot read at all: damaged if it was ours (it has backups), else foreign."""
    from debtdesk.store.backups import folder_of

    if "malformed" in str(exc) or folder_of(path).is_dir():
        return DamagedFileError(path, [str(exc)])
    return StoreError(QT_TRANSLATE_NOOP("Store", "{name} is not a DebtDesk file (or it is damaged): {exc}; it was left "
                                        "untouched."), name=path.name, exc=exc)


def _hot_journal(path: Path) -> bool:
    journal = Path(f"{path}-journal")
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def _recover_for_reader(path: Path) -> None:
    """Roll back what a killed writer left half-done, so that the file can be read at all."""
    try:
        lock = filelock.acquire(path, "DebtDesk (recovering)")
    except FileInUseError:
        return  # the journal belongs to a live writer: SQLite lets readers wait for it
    if lock is None or not writable(path):
        if lock is not None:
            lock.release()
        raise StoreError(QT_TRANSLATE_NOOP("Store", "{name} was interrupted while saving a change and cannot be "
                                                    "read until DebtDesk may write it to finish undoing that "
                                                    "change; it was left untouched."), name=path.name)
    try:
        conn = driver.open_file(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except driver.Error:
        pass  # reported by the open that follows
    finally:
        lock.release()


def _upgraded_copy(conn: driver.Connection, version: int) -> driver.Connection:
    """The file's content in memory, upgraded there; the file itself stays at its format."""
    memory = driver.open_memory(like=conn)
    driver.copy_database(conn, memory)
    conn.close()
    _migrate(memory, version)
    return memory


def _backup_before_upgrade(conn: driver.Connection, path: Path, version: int) -> Path:
    from debtdesk.store import backups

    try:
        return backups.make_from(conn, path, "upgrade")
    except (OSError, driver.Error) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise StoreError(QT_TRANSLATE_NOOP("Store", "{name} needs upgrading from format {version}, but no backup of "
                                                    "it could be kept first ({reason}); it was left as it was."),
                         name=path.name, version=version, reason=reason) from exc


def _discard_backup(backup: Path) -> None:
    from debtdesk.store import backup_files

    backup.unlink(missing_ok=True)
    backup_files.remove(backup)
    try:
        backup.parent.rmdir()  # only if nothing else is in it
    except OSError:
        pass


def _migrate(conn: driver.Connection, from_version: int) -> None:
    """Apply every migration after `from_version`, all in one transaction."""
    import sqlite_utils

    db = sqlite_utils.Database(conn, execute_plugins=False)
    with db.atomic():
        for version in range(from_version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[version] + DATA_FIXES.get(version, []):
                conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
