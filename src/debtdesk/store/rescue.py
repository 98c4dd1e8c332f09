"""Rescuing what is still readable from a damaged file into a new one.

Why: a few damaged pages must not lock a person out of everything they
recorded.  The damaged file is only ever read (`mode=ro`); each table is
read in rowid order straight from its own b-tree (no index is trusted), and
when a damaged page stops the reading, it resumes past the damage.  Rows go
into a new file through the current schema's constraints one at a time, so
a garbled row is counted as lost instead of spoiling the rest; a debt whose
lender was lost gets a placeholder lender rather than being dropped.  The
new file is built under a temporary name and renamed into place.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
from debtdesk.store import driver, filelock
from debtdesk.store.errors import StoreError
from debtdesk.store.migrations import APPLICATION_ID, DATA_FIXES, SCHEMA_VERSION, TABLES

_MAX_ID = (1 << 63) - 1


@dataclass
class RescueReport:
    rescued: dict[str, int] = field(default_factory=dict)  # rows written, per table
    rejected: dict[str, int] = field(default_factory=dict)  # rows read but unusable
    incomplete: list[str] = field(default_factory=list)  # tables with unreadable parts

    @property
    def total(self) -> int:
        return sum(self.rescued.values())

    def sentence(self) -> str:
        parts = ", ".join(f"{n} {table}" for table, n in self.rescued.items() if n) or "nothing"
        text = f"Rescued {self.total} rows ({parts})."
        lost = sum(self.rejected.values())
        if lost:
            text += f" {lost} damaged rows could not be used."
        if self.incomplete:
            text += f" Parts of {', '.join(self.incomplete)} could not be read at all."
        return text


def rescue(damaged: Path, target: Path) -> RescueReport:
    """Copy every readable row of `damaged` into the new file `target`; `damaged` is never written."""
    damaged, target = Path(damaged), Path(target)
    if target.exists() and target.stat().st_size > 0:
        raise StoreError(QT_TRANSLATE_NOOP("Store", "{target} already exists; choose a new file name for the "
                                                    "rescued data."), target=target)
    if not target.parent.is_dir():
        raise StoreError(QT_TRANSLATE_NOOP("Store", "The folder {parent} does not exist."),
                         parent=target.parent)
    if target.resolve() == damaged.resolve():
        raise StoreError(QT_TRANSLATE_NOOP("Store", "The rescued data must go into a new file, not over the damaged "
                                                    "one."))
    if damaged.is_dir():
        raise StoreError(QT_TRANSLATE_NOOP("Store", "{damaged} is a folder, not a DebtDesk file."),
                         damaged=damaged)
    if not damaged.is_file():
        raise StoreError(QT_TRANSLATE_NOOP("Store", "The file {damaged} does not exist."),
                         damaged=damaged)
    try:
        source = driver.open_file(damaged, read_only=True)
        _check_ours(source, damaged)
    except driver.Error as exc:
        raise StoreError(QT_TRANSLATE_NOOP("Store", "{name} cannot be read at all ({exc})."),
                         name=damaged.name, exc=exc) from exc
    lock = filelock.acquire(target, "DebtDesk (rescuing data)")
    if lock is None:
        source.close()
        raise StoreError(QT_TRANSLATE_NOOP("Store", "The folder {parent} cannot be written."),
                         parent=target.parent)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.importing")
    passphrase = driver.passphrase_of(source)
    if passphrase is not None:  # what is rescued from an encrypted file stays encrypted
        driver.use_passphrase(tmp, passphrase)
        driver.use_passphrase(target, passphrase)
    try:
        report = _rescue_into(source, tmp)
        if target.exists() and target.stat().st_size > 0:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "{name} appeared while rescuing; it was left untouched."),
                             name=target.name)
        os.replace(tmp, target)
    except (OSError, driver.Error) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise StoreError(QT_TRANSLATE_NOOP("Store", "Could not write {name} ({reason}); {damaged_name} was left "
                                                    "untouched."),
                         name=target.name, reason=reason, damaged_name=damaged.name) from exc
    finally:
        source.close()
        for suffix in ("", "-journal"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
        lock.release()
    return report


def _check_ours(source: sqlite3.Connection, path: Path) -> None:
    """Rescue is for DebtDesk files: another program's database, or a newer format, is refused."""
    try:
        app_id = source.execute("PRAGMA application_id").fetchone()[0]
        version = source.execute("PRAGMA user_version").fetchone()[0]
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver.DatabaseError as exc:
        source.close()
        raise StoreError(QT_TRANSLATE_NOOP("Store", "{name} is damaged beyond rescue ({exc}): not even its list of "
                                                    "tables can be read. Restore a backup instead."),
                         name=path.name, exc=exc) from None
    if app_id != APPLICATION_ID:
        source.close()
        raise StoreError(QT_TRANSLATE_NOOP("Store", "{name} is not a DebtDesk file (or is empty); there is nothing "
                                                    "to rescue."), name=path.name)
    if version > SCHEMA_VERSION:
        source.close()
        raise StoreError(QT_TRANSLATE_NOOP("Store", "{name} was written by a newer DebtDesk; update DebtDesk to "
                                                    "open it."), name=path.name)


def _rescue_into(source: sqlite3.Connection, tmp: Path) -> RescueReport:
    from debtdesk.store.repository import Store

    try:
        version = source.execute("PRAGMA user_version").fetchone()[0]
    except driver.Error:
        version = SCHEMA_VERSION
    report = RescueReport()
    with Store.create(tmp, locked=False) as new:
        conn = new.conn
        with new.db.atomic():
            for table in TABLES:
                columns = _shared_columns(source, conn, table)
                if columns is None:
                    report.incomplete.append(table)
                    continue
                rows, complete = read_table(source, table, columns)
                if not complete:
                    report.incomplete.append(table)
                written = rejected = 0
                insert = (f'INSERT INTO "{table}" ({", ".join(_q(c) for c in columns)}) '
                          f'VALUES ({", ".join("?" * len(columns))})')
                for row in rows:
                    conn.execute("SAVEPOINT rescue_row")
                    try:
                        if table == "debts" and "lender_id" in columns:
                            _ensure_lender(conn, row[columns.index("lender_id")])
                        conn.execute(insert, row)
                        written += 1
                    except driver.Error:
                        conn.execute("ROLLBACK TO rescue_row")  # a placeholder lender goes with the row
                        rejected += 1
                    conn.execute("RELEASE rescue_row")
                report.rescued[table] = written
                if rejected:
                    report.rejected[table] = rejected
            for later in range(min(version, SCHEMA_VERSION) + 1, SCHEMA_VERSION + 1):
                for sql in DATA_FIXES.get(later, []):
                    conn.execute(sql)
    return report


def _shared_columns(source: sqlite3.Connection, conn: sqlite3.Connection, table: str) -> list[str] | None:
    try:
        have = [row[1] for row in source.execute(f'PRAGMA table_info("{table}")')]
    except driver.Error:
        return None
    if not have:
        return [] if table not in ("lenders", "debts") else None
    wanted = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
    return [name for name in have if name in wanted]


def read_table(conn: sqlite3.Connection, table: str, columns: list[str]) -> tuple[list[tuple[Any, ...]], bool]:
    """Every readable row in rowid order, and whether none was out of reach."""
    if not columns:
        return [], True
    sql = f'SELECT rowid, {", ".join(_q(c) for c in columns)} FROM "{table}" WHERE rowid > ? ORDER BY rowid'
    rows: list[tuple[Any, ...]] = []
    after = -(1 << 63)
    complete = True
    while True:
        try:
            for row in conn.execute(sql, (after,)):
                rows.append(tuple(row[1:]))
                after = row[0]
            return rows, complete
        except driver.DatabaseError:
            complete = False
            resumed = _resume_past(conn, sql, after)
            if resumed is None:
                return rows, complete
            after = resumed


def _resume_past(conn: sqlite3.Connection, sql: str, after: int) -> int | None:
    """A rowid beyond the damage from which reading works again (None: nothing further is readable)."""
    step = 1
    while after + step < _MAX_ID:
        start = after + step
        try:
            conn.execute(sql + " LIMIT 1", (start,)).fetchone()
            return start
        except driver.DatabaseError:
            step *= 2
    return None


def _ensure_lender(conn: sqlite3.Connection, lender_id: object) -> None:
    if not isinstance(lender_id, int):
        return
    if conn.execute("SELECT 1 FROM lenders WHERE id = ?", (lender_id,)).fetchone() is None:
        conn.execute("INSERT INTO lenders (id, name, kind) VALUES (?, ?, 'other')",
                     (lender_id, f"Rescued lender {lender_id}"))


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
