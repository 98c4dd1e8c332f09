"""The database driver: the one place that creates SQLite connections.

Why a module of its own: encryption at rest will swap `sqlite3` for
`sqlcipher3`, whose exceptions and backup API differ (see CONVENTIONS).
Everything that opens, copies or classifies errors goes through here, so the
swap is one module; callers catch `Error` and `DatabaseError` from here.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

Error = sqlite3.Error
DatabaseError = sqlite3.DatabaseError
OperationalError = sqlite3.OperationalError
IntegrityError = sqlite3.IntegrityError
Connection = sqlite3.Connection
Row = sqlite3.Row

#: How long a writer waits for another connection's transaction (milliseconds).
BUSY_TIMEOUT_MS = 5000


def open_file(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """A connection to `path`; read-only ones cannot write even by mistake (`mode=ro`)."""
    if read_only:
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True,
                               timeout=BUSY_TIMEOUT_MS / 1000)
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def open_memory() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def copy_database(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """Copy every page in one step: a stepped copy restarts for ever while another process writes."""
    source.backup(target, pages=-1)


def is_full(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.Error) and "full" in str(exc).lower()


def is_read_only(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.Error) and "readonly" in str(exc).replace("-", "").replace(" ", "").lower()
