"""SQLite's quick check of the file the window is about to open, run ahead in a thread.

Why: opening checks a file before anything reads it (`connection.check`); on a
55 MB file the quick check reads every page, 50–200 ms, all of it on the way to
the first painted window.  `sqlite3` lets go of the interpreter while SQLite
works, so the check started before the window's modules load runs beside them
on another core, and opening the file only collects its answer.

The answer is used only for the very bytes that were checked: the file's size,
modification time and inode must be the same before the check, after it, and
when the file is opened, and no journal of an interrupted write may be beside
it (only the locked writer may roll that back, and that changes the file).
Otherwise, and for anything that is not a plain SQLite file (an encrypted one
needs its passphrase first), opening runs the check itself as before.  This
module imports nothing of DebtDesk's, so it can start before the rest loads.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

#: How many problems the quick check lists (as `connection.check` asks).
LIMIT = 20
_PLAIN_HEADER = b"SQLite format 3\x00"

_started: dict[str, _Ahead] = {}


_Signature = tuple[int, int, int, int]  # device, inode, size, modification time (ns)


def _signature(path: str) -> _Signature | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns


def _journal_left(path: str) -> bool:
    try:
        return os.stat(f"{path}-journal").st_size > 0
    except OSError:
        return False


class _Ahead:
    """One quick check of one file, in a daemon thread, with the file's signature around it."""

    def __init__(self, path: str):
        self.path = path
        self.before: _Signature | None = None
        self.after: _Signature | None = None
        self.problems: list[str] | None = None  # None: no answer (not checked, or not a plain file)
        self.thread = threading.Thread(target=self._run, name="quick-check-ahead", daemon=True)

    def _run(self) -> None:
        import sqlite3

        self.before = _signature(self.path)
        if self.before is None or _journal_left(self.path) or not _plain(self.path):
            return
        try:
            uri = Path(self.path).as_uri() + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, timeout=0, check_same_thread=False)
            try:
                problems = [row[0] for row in conn.execute(f"PRAGMA quick_check({LIMIT})")]
            finally:
                conn.close()
        except sqlite3.Error:
            return  # busy, damaged beyond reading, not a database: opening finds out and says so
        self.after = _signature(self.path)
        if not _journal_left(self.path):
            self.problems = problems


def _plain(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(_PLAIN_HEADER)) == _PLAIN_HEADER
    except OSError:
        return False


def start(path: str | os.PathLike[str]) -> None:
    """Begin the quick check of `path` now (once per file; a path that is not a file is let be)."""
    key = os.path.realpath(path)
    if key in _started or not os.path.isfile(key):
        return
    ahead = _started[key] = _Ahead(key)
    ahead.thread.start()


def answer(path: str | os.PathLike[str]) -> list[str] | None:
    """What the check started ahead found (["ok"] when whole) if the file is still exactly the one it
    checked; None when there is no such answer and opening must check now.  Each answer is used once."""
    ahead = _started.pop(os.path.realpath(path), None)
    if ahead is None:
        return None
    ahead.thread.join()
    if ahead.problems is None or not ahead.before == ahead.after == _signature(ahead.path):
        return None
    if _journal_left(ahead.path):
        return None
    return ahead.problems
