"""The contact log's id query on a connection of its own, for a worker thread (reading only).

The contact filter runs its search off the window's thread (`ui.contact_search`):
SQLite connections stay in the thread that opened them, so the worker opens
its own, read-only.  It sees what the window shows only when the file holds
it all: `reader_apart` says when that is so.
"""

from __future__ import annotations

from pathlib import Path

from debtdesk.store import contact_index, driver
from debtdesk.store.repository import Store


def reader_apart(store: Store) -> tuple[Path, str | None] | None:
    """Where another connection reads this log exactly as `store` shows it, or None.

    None when only `store`'s own connection sees it so: flags kept in TEMP
    for a file that cannot be written, an older file read through an
    upgraded copy in memory, or changes not yet committed.
    """
    if not contact_index.refresh_flags(store) or store.opened.temporary_copy or store.conn.in_transaction:
        return None
    return store.path, driver.passphrase_of(store.conn)


def open_apart(source: tuple[Path, str | None]):
    """A read-only connection to the file `reader_apart` named (opened in the thread that uses it)."""
    path, passphrase = source
    return driver.open_file(path, read_only=True, passphrase=passphrase)


def ids_on(conn, query: contact_index.ContactQuery) -> list[int]:
    """The ids `query` shows, read on `conn` (flags already refreshed by `reader_apart`)."""
    sql, params = query.sql()
    cursor = conn.cursor()
    cursor.row_factory = None
    return [row[0] for row in cursor.execute(sql, params)]
