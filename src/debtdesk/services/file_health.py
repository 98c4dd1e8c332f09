"""SQLite's full integrity check of a whole file, for the window to run after its first paint.

Why: the full check also finds an index that disagrees with its table
(which once showed a debt 198 days overdue instead of 45), but on a large
household it takes a fifth of a second or more.  The window opens a file
with the quick check only, paints, and runs this on its own read-only
connection in a worker thread; the command line keeps checking fully
before it reads anything.
"""

from __future__ import annotations

from pathlib import Path

from debtdesk.store import driver
from debtdesk.store.connection import check
from debtdesk.store.errors import DamagedFileError


def check_whole_file(path: Path) -> DamagedFileError | None:
    """The damage SQLite's full check finds in `path`, or None when the file is whole."""
    path = Path(path)
    try:
        conn = driver.open_file(path, read_only=True)
    except driver.DatabaseError as exc:
        return DamagedFileError(path, [str(exc)])
    try:
        check(conn, path, full=True)
    except DamagedFileError as exc:
        return exc
    except driver.DatabaseError as exc:
        return DamagedFileError(path, [str(exc)])
    finally:
        conn.close()
    return None
