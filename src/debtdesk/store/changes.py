"""Writing only what changed, and only over what the writer last saw.

Why: a change written as the whole remembered object silently reverts
whatever anyone else saved in between (another window, a command, a second
writer that got past the lock).  Here a change names its fields' values
before and after; the row is read inside the transaction and, if any of
those fields no longer holds its "before" value, ConflictError is raised and
nothing is written.  Undo uses the same path in reverse, so it restores only
what its command changed and refuses when someone else changed it since.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
from debtdesk.store.errors import ConflictError

Row = dict[str, Any]
Normalise = Callable[[Row], Row]

CONFLICT = QT_TRANSLATE_NOOP("Store", "{what} was changed elsewhere (in another window or by a command) since it "
                             "was shown here, so nothing was written.")
GONE = QT_TRANSLATE_NOOP("Store", "{what} was removed elsewhere since it was shown here, so nothing was written.")


def changed_fields(before: Mapping[str, Any], after: Mapping[str, Any]) -> Row:
    """The fields of `after` whose values differ from `before` (the id never counts)."""
    return {k: v for k, v in after.items() if k != "id" and before.get(k) != v}


def current(conn: sqlite3.Connection, table: str, row_id: int, normalise: Normalise | None = None) -> Row | None:
    row = conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
    if row is None:
        return None
    row = {key: row[key] for key in row.keys()}  # noqa: SIM118 - a sqlite3.Row iterates its values
    return normalise(row) if normalise else row


def check_unchanged(conn: sqlite3.Connection, table: str, row_id: int, expected: Mapping[str, Any],
                    fields: Iterable[str], what: str, normalise: Normalise | None = None) -> Row:
    """The row now, once `fields` are known to still hold their `expected` values."""
    now = current(conn, table, row_id, normalise)
    if now is None:
        raise ConflictError(GONE, what=what)
    if any(now.get(k) != expected.get(k) for k in fields):
        raise ConflictError(CONFLICT, what=what)
    return now


def update_checked(conn: sqlite3.Connection, table: str, row_id: int, before: Mapping[str, Any],
                   after: Mapping[str, Any], what: str, normalise: Normalise | None = None) -> Row:
    """Write the fields that differ between `before` and `after`, if they still hold `before`."""
    changed = changed_fields(before, after)
    check_unchanged(conn, table, row_id, before, changed, what, normalise)
    if changed:
        sets = ", ".join(f'"{k}" = ?' for k in changed)
        conn.execute(f'UPDATE "{table}" SET {sets} WHERE id = ?', (*changed.values(), row_id))
    return changed


def delete_checked(conn: sqlite3.Connection, table: str, row_id: int, expected: Mapping[str, Any], what: str,
                   normalise: Normalise | None = None) -> None:
    """Delete the row only if every field still holds what the caller saw."""
    check_unchanged(conn, table, row_id, expected, [k for k in expected if k != "id"], what, normalise)
    conn.execute(f'DELETE FROM "{table}" WHERE id = ?', (row_id,))


def set_settings_checked(conn: sqlite3.Connection, before: Mapping[str, str | None], after: Mapping[str, str | None],
                         what: str) -> None:
    """Settings keys as compare-and-set: each changed key must still hold its `before` (None: absent)."""
    changed = {k: v for k, v in after.items() if before.get(k) != v}
    for key, value in changed.items():
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if (None if row is None else row[0]) != before.get(key):
            raise ConflictError(CONFLICT, what=what)
        if value is None:
            conn.execute("DELETE FROM settings WHERE key = ?", (key,))
        else:
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
