"""Opening a DebtDesk file safely: identify it, migrate it, or refuse it.

A file that is not ours, or was written by a newer DebtDesk, is never
modified.  Reading a file that is already current needs only the standard
`sqlite3` module, which keeps sqlite-utils (≈90 ms of imports) off the path
to the first painted window.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from debtdesk.store.migrations import APPLICATION_ID, DATA_FIXES, MIGRATIONS, SCHEMA_VERSION


class StoreError(Exception):
    """A file could not be opened or changed; the message is for the user."""


def connect(path: str | Path, create: bool = False) -> sqlite3.Connection:
    """Open (or with `create`, make) a DebtDesk file at the current schema."""
    path = Path(path)
    if not create and not path.exists():
        raise StoreError(f"The file {path} does not exist.")
    if path.exists() and path.is_dir():
        raise StoreError(f"{path} is a folder, not a DebtDesk file.")
    if create and not path.exists() and not path.parent.is_dir():
        raise StoreError(f"Cannot create {path}: the folder {path.parent} does not exist.")
    try:
        conn = sqlite3.connect(str(path))
        conn.execute("PRAGMA foreign_keys = ON")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    except sqlite3.OperationalError as exc:  # e.g. no permission to read or create it
        raise StoreError(f"Cannot open {path}: {exc}.") from exc
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path.name} is not a DebtDesk file (or it is damaged): {exc}.") from exc
    try:
        if app_id == 0 and not has_tables:
            if not create:  # reading commands never turn an empty file into a DebtDesk file
                raise StoreError(f"{path.name} is empty, not a DebtDesk file; it was left untouched.")
            _migrate(conn, 0)
        elif app_id != APPLICATION_ID:
            raise StoreError(f"{path.name} is an SQLite file, but not a DebtDesk file; it was left untouched.")
        elif version > SCHEMA_VERSION:
            raise StoreError(
                f"{path.name} was written by a newer DebtDesk (format {version}; this one reads up to "
                f"{SCHEMA_VERSION}). It was left untouched: update DebtDesk to open it."
            )
        elif version < SCHEMA_VERSION:
            _migrate(conn, version)
    except sqlite3.Error as exc:  # e.g. a read-only or locked file: the migration was rolled back
        conn.close()
        raise StoreError(f"{path.name} could not be brought up to date and was left as it was: {exc}.") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Apply every migration after `from_version`, all in one transaction."""
    import sqlite_utils

    db = sqlite_utils.Database(conn, execute_plugins=False)
    with db.atomic():
        for version in range(from_version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[version] + DATA_FIXES.get(version, []):
                conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
