"""Whether a file is the example household, so the window can say so.

The demo data is written into a file of its own and marked with a row in
`settings`; the mark travels with the file (and its JSON export), so the
example is recognised wherever it is opened and never passes for the
user's own data.  Reading uses plain `sqlite3` (it runs before the first
window is painted).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from debtdesk.store.repository import Store

EXAMPLE_KEY = "example_household"


def mark_example(store: Store) -> None:
    """Mark the file as the example (inside the caller's transaction, if any)."""
    store.conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, '1')", (EXAMPLE_KEY,))


def is_example(store: Store) -> bool:
    try:
        row = store.conn.execute("SELECT value FROM settings WHERE key = ?", (EXAMPLE_KEY,)).fetchone()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == "1"


def is_example_file(path: str | Path) -> bool:
    """Whether the file at `path` is the marked example, read without changing (or migrating) it."""
    try:
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (EXAMPLE_KEY,)).fetchone()
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return row is not None and row[0] == "1"
