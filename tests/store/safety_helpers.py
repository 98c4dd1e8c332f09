"""Shared by the data-safety tests: another process holding a file, damaged pages, file states."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import debtdesk
from debtdesk.store.contact_index import DERIVED_TABLES
from debtdesk.store.status_cache import STATUS_TABLES

SOURCE = str(Path(debtdesk.__file__).resolve().parent.parent)


def child_env() -> dict:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([SOURCE, os.environ.get("PYTHONPATH", "")])}


def python(code: str, *args: str) -> subprocess.Popen:
    """A child Python running `code` with the code under test importable; its stdout is a pipe."""
    return subprocess.Popen([sys.executable, "-c", code, *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=child_env())


HOLD = """
import sys, time
from debtdesk.store import Store
store = Store.open(sys.argv[1])
print("held", flush=True)
time.sleep(120)
"""


def hold(path: Path) -> subprocess.Popen:
    """Another process with the file open for writing (as a window would), until killed."""
    child = python(HOLD, path)
    assert child.stdout.readline().strip() == "held", child.stderr.read()
    return child


def stop(child: subprocess.Popen) -> None:
    child.kill()
    child.communicate(timeout=30)


def damage_page(path: Path, name: str) -> None:
    """Overwrite the b-tree page of table or index `name` with garbage."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size + 8)
        handle.write(bytes((i * 37 + 11) % 256 for i in range(page_size - 8)))


def mislead_index(path: Path) -> None:
    """An index whose entries no longer match its table (structurally sound: quick_check passes).

    Declaring the payments index on other columns than it was built on makes
    SQLite read wrong rows through it: what once showed a debt 198 days
    overdue instead of 45.
    """
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX payments_by_debt ON payments (paid_on, debt_id)' "
                 "WHERE name = 'payments_by_debt'")
    conn.commit()
    conn.close()


def state(path: Path):
    """Bytes, size, modification time and mode: any change shows."""
    info = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), info.st_size, info.st_mtime_ns, info.st_mode


def dump(path: Path) -> dict:
    """Every row of every table, for comparing contents."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                  if r[0] not in DERIVED_TABLES + STATUS_TABLES]  # rebuilt from the others (FTS ones have no rowid)
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        conn.close()
