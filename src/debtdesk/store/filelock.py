"""One writer per file: an advisory lock held for as long as a file is open for writing.

The lock is a hidden `.NAME.lock` beside the data file, locked with the
operating system's advisory file lock (`flock`, or `msvcrt.locking` on
Windows).  The kernel drops it when its holder dies, so a killed process
never leaves a stale lock behind, and no Qt is needed (the CLI uses the same
lock as the window).  The holder deletes the lock file when it lets go
(a killed one leaves it, unlocked, for the next to take over); a process
that locked a file just as it was deleted notices that the name no longer
leads to what it locked, and tries again, so two writers never both win.

Within one process the lock is counted, so the window's store and an import
run by the same process share it.
"""

from __future__ import annotations

import contextlib
import os
import platform
import sys
from pathlib import Path

from debtdesk.store import private
from debtdesk.store.errors import FileInUseError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

_held: dict[str, list[int]] = {}  # lock path -> [fd, count]


def lock_path(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(f".{db_path.name}.lock")


class FileLock:
    """A held lock; `release()` once (the store does it when it closes)."""

    def __init__(self, key: str):
        self.key = key
        self.released = False

    def release(self) -> None:
        if self.released:
            return
        self.released = True
        entry = _held.get(self.key)
        if entry is None:
            return
        entry[1] -= 1
        if entry[1] == 0:
            del _held[self.key]
            with contextlib.suppress(OSError):
                os.unlink(self.key)  # still locked while it goes: see the module's docstring
            os.close(entry[0])  # closing drops the lock


def acquire(db_path: Path, owner: str = "DebtDesk") -> FileLock | None:
    """Lock `db_path` for writing.

    Returns None when no lock file can be made (a read-only folder: then
    nothing can be written there anyway); raises FileInUseError, naming the
    holder, when another live process has it.
    """
    path = lock_path(Path(db_path).resolve())
    key = str(path)
    if key in _held:
        _held[key][1] += 1
        return FileLock(key)
    for _attempt in range(20):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, private.FILE_MODE)
        except OSError:
            return None
        if not _try_lock(fd):
            holder = _describe_holder(fd)
            os.close(fd)
            raise FileInUseError(Path(db_path), holder)
        if _same_file(fd, path):
            break
        os.close(fd)  # the holder deleted it as it let go: lock the new one
    else:  # pragma: no cover - twenty deletions in a row
        raise FileInUseError(Path(db_path), "another DebtDesk")
    private.tighten(path)
    try:  # who holds it, for the message another process shows
        os.ftruncate(fd, 0)
        if hasattr(os, "pwrite"):
            os.pwrite(fd, f"{os.getpid()}\n{platform.node()}\n{owner}\n".encode(), 0)
    except OSError:
        pass
    _held[key] = [fd, 1]
    return FileLock(key)


def _same_file(fd: int, path: Path) -> bool:
    try:
        mine, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


def holder_of(db_path: Path) -> str | None:
    """Who holds the lock now (for messages), or None when nobody does."""
    path = lock_path(Path(db_path).resolve())
    if str(path) in _held:
        return "this DebtDesk"
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        if _try_lock(fd):
            return None
        return _describe_holder(fd)
    finally:
        os.close(fd)


def _describe_holder(fd: int) -> str:
    try:
        lines = os.pread(fd, 512, 0).decode("utf-8", "replace").splitlines() if hasattr(os, "pread") else []
    except OSError:
        lines = []
    if len(lines) >= 3 and lines[0].isdigit():
        where = "" if lines[1] == platform.node() else f" on {lines[1]}"
        return f"{lines[2]} (process {lines[0]}{where})"
    return "another DebtDesk"
