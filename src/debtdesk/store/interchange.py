"""The JSON interchange format: a whole DebtDesk file as documented, versioned JSON.

Why JSON beside the SQLite file: a person or another program can read it,
diff it and keep it as a backup that does not need DebtDesk.  The format is
described in docs/interchange-format.md.

Export writes every row of every table exactly as stored (integers stay
integers, decimal text stays text), in key order, so the same data always
gives the same bytes.  It is written row by row: memory does not grow with
the file.

Import trusts nothing, is all-or-nothing, and also runs in memory that does
not grow with the file: the document is read as a stream (`interchange_read`),
each row checked as it arrives and inserted in batches (`interchange_load`)
into a new database under a hidden temporary name, inside one transaction;
what spans rows (references, a payment before its debt's start) is checked in
SQL at the end.  Only a complete, checked database is renamed into place (new
target) or copied into an existing empty target in one transaction.  A failure
leaves the target as it was; a killed import leaves a `.importing` file that
`leftovers` sweeps.  Every failure is an `InterchangeError` whose message names
the place and the problem.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import tempfile
from pathlib import Path
from typing import IO
from collections.abc import Iterator

from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
from debtdesk.store import driver, filelock, interchange_bulk, leftovers
from debtdesk.store.attachments import SEAL_KEY_SETTING
from debtdesk.store.connection import StoreError, check
from debtdesk.store.interchange_load import RowLoader, kind, q
from debtdesk.store.interchange_schema import Schema
from debtdesk.store.interchange_read import FORMAT_NAME, FORMAT_VERSION, file_size, read_document
from debtdesk.store.interchange_rules import RULES, InterchangeError  # RULES: tests patch single rules
from debtdesk.store.migrations import APPLICATION_ID, DATA_FIXES, SCHEMA_VERSION, TABLES
from debtdesk.store.repository import Store

__all__ = ["FORMAT_NAME", "FORMAT_VERSION", "RULES", "InterchangeError", "export_data", "export_file", "import_file"]

# Pages SQLite may cache while an import builds its file (KiB, as `PRAGMA cache_size` takes it).
_BUILD_CACHE_KIB = 16 * 1024


# -- export ----------------------------------------------------------------------


def _table_rows(conn: driver.Connection, table: str) -> Iterator[dict]:
    """The rows of `table` in key order, each a dict in schema column order, one at a time."""
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    names = [col[1] for col in info]
    keys = [col[1] for col in sorted(info, key=lambda col: col[5]) if col[5]]
    # The key that seals an encrypted file's attachments stays inside that file: an export is plain text.
    where = f" WHERE key != '{SEAL_KEY_SETTING}'" if table == "settings" else ""
    select = f'SELECT {", ".join(map(q, names))} FROM "{table}"{where} ORDER BY {", ".join(map(q, keys))}'
    for index, values in enumerate(conn.execute(select)):
        row = dict(zip(names, tuple(values)))
        for name, value in row.items():
            if not (value is None or isinstance(value, (int, str))):
                raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{table}[{index}].{name}: holds {kind}, which "
                                                                  "cannot be exported."),
                                       table=table, index=index, name=name, kind=kind(value))
        yield row


def _header(conn: driver.Connection) -> dict:
    schema_version = conn.execute("PRAGMA user_version").fetchone()[0]
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "schema_version": schema_version}


def export_data(store: Store) -> dict:
    """Every table of `store` as one JSON-ready document (for tests and small files; export_file streams)."""
    try:
        with store.reading():
            tables = {table: list(_table_rows(store.conn, table)) for table in TABLES}
            return {**_header(store.conn), "tables": tables}
    except driver.Error as exc:
        raise _could_not_read(store, exc) from None


def _could_not_read(store: Store, exc: driver.Error) -> InterchangeError:
    return InterchangeError(QT_TRANSLATE_NOOP("Store", "Could not read {name}: {exc}."),
                            name=Path(store.path).name, exc=exc)


def _could_not_write(out_path: Path, exc: OSError) -> InterchangeError:
    return InterchangeError(QT_TRANSLATE_NOOP("Store", "Could not write {out_path}: {problem}."),
                            out_path=out_path, problem=exc.strerror or exc)


def _write_document(store: Store, out: IO[str]) -> None:
    """The same text as `json.dumps(export_data(store), ensure_ascii=False, indent=2)`, row by row."""
    with store.reading():
        out.write("{\n")
        for key, value in _header(store.conn).items():
            out.write(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
        out.write('  "tables": {')
        for number, table in enumerate(TABLES):
            out.write(f'{"," if number else ""}\n    {json.dumps(table)}: [')
            empty = True
            for row in _table_rows(store.conn, table):
                out.write(("\n      {" if empty else ",\n      {") + _row_text(row) + "\n      }")
                empty = False
            out.write("]" if empty else "\n    ]")
        out.write("\n  }\n}\n")


_SCALAR = json.JSONEncoder(ensure_ascii=False).encode


def _row_text(row: dict) -> str:
    """A row's members as `json.dumps(row, ensure_ascii=False, indent=2)` writes them, 6 spaces further in.

    Written by hand because it is the export's inner loop: rows hold only
    integers, text and null, so no nesting needs handling.
    """
    return ",".join(f"\n        {_SCALAR(name)}: {_SCALAR(value)}" for name, value in row.items())


def export_file(store: Store, out_path: str | Path) -> None:
    """Write the document as UTF-8 JSON; the old file (if any) stays until the new one is complete."""
    out_path = Path(out_path)
    if out_path.resolve() == Path(store.path).resolve():
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "The export would overwrite the DebtDesk file it is made "
                                                          "from; choose another name."))
    try:
        fd, tmp = tempfile.mkstemp(dir=out_path.parent, prefix=f".{out_path.name}.", suffix=".part")
    except OSError as exc:
        raise _could_not_write(out_path, exc) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as handle:
            _write_document(store, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, out_path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _could_not_write(out_path, exc) from None
        if isinstance(exc, driver.Error):
            raise _could_not_read(store, exc) from None
        raise


# -- import: the entry point ----------------------------------------------------


def import_file(json_path: str | Path, db_path: str | Path) -> dict[str, int]:
    """Import an interchange file into a new or empty DebtDesk file; returns rows per table.

    The target's lock is held throughout (a file open in the window is
    refused), and what an earlier, killed import left behind is removed first.
    """
    json_path, db_path = Path(json_path), Path(db_path)
    try:
        if not db_path.parent.is_dir():
            raise InterchangeError(QT_TRANSLATE_NOOP("Store", "The folder {parent} does not exist."),
                                   parent=db_path.parent)
        if db_path.is_dir():
            raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{db_path} is a folder, not a DebtDesk file."),
                                   db_path=db_path)
        lock = filelock.acquire(db_path, "debtdesk import")
        if lock is None:
            raise InterchangeError(QT_TRANSLATE_NOOP("Store", "Could not write {db_path}: the folder cannot be "
                                                              "written."), db_path=db_path)
        try:
            leftovers.sweep(db_path)
            return _import_locked(json_path, db_path)
        finally:
            lock.release()
    except StoreError as exc:
        raise InterchangeError(exc.template, **exc.params) from None
    except driver.Error as exc:
        if driver.is_full(exc):
            raise InterchangeError(QT_TRANSLATE_NOOP("Store", "The disk holding {folder} is full; {name} was left as "
                                                              "it was."),
                                   folder=db_path.parent, name=db_path.name) from None
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "Could not write {name}: {exc}; it was left as it was."),
                               name=db_path.name, exc=exc) from None
    except OSError as exc:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "Could not write {db_path}: {problem}."),
                               db_path=db_path, problem=exc.strerror or exc) from None


def _import_locked(json_path: Path, db_path: Path) -> dict[str, int]:
    fill_in_place = _usable_target(db_path)
    _check_space(json_path, db_path, copies=2 if fill_in_place else 1)
    tmp = db_path.with_name(f".{db_path.name}.{secrets.token_hex(4)}.importing")
    try:
        counts = _build(json_path, tmp)
        if fill_in_place:
            # An empty file is filled in place; its lock is ours already (and taking it again
            # would sweep the built file away as a leftover).
            with Store.open(db_path, create=True, locked=False) as store:
                _copy_into(store, tmp)
        else:
            if db_path.exists() and db_path.stat().st_size > 0:
                raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{name} appeared while importing; it was left "
                                                                  "untouched."), name=db_path.name)
            os.replace(tmp, db_path)
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    return counts


def _usable_target(path: Path) -> bool:
    """True for an existing file to fill in place, False for one to create; refuses anything else.

    Checked read-only, before the JSON is even read, so a refused target is
    never opened for writing (opening would migrate an older file).  A
    transaction a killed import left half-done is rolled back first (the
    caller holds the lock), so the healthy file it protects reads as itself.
    """
    if not path.exists():
        return False
    if path.stat().st_size == 0:
        return False  # an empty placeholder: replaced as a whole, so failure leaves it as it was
    try:
        if Path(f"{path}-journal").exists():
            conn = driver.open_file(path)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                conn.close()
        conn = driver.open_file(path, read_only=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if app_id != APPLICATION_ID and (app_id != 0 or present):
                raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{name} is an SQLite file, but not a DebtDesk "
                                                                  "file; it was left untouched."), name=path.name)
            if version > SCHEMA_VERSION:
                raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{name} was written by a newer DebtDesk; it was "
                                                                  "left untouched."), name=path.name)
            if present:
                check(conn, path)
            if _holds_rows(conn, "main", present):
                raise _holds_data(path)
        finally:
            conn.close()
    except driver.OperationalError as exc:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "Cannot open {path}: {exc}."), path=path, exc=exc) from None
    except driver.DatabaseError:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{name} is not a DebtDesk file (or it is damaged); it was "
                                                          "left untouched."), name=path.name) from None
    return True


def _holds_rows(conn: driver.Connection, database: str, present=TABLES) -> bool:
    return any(conn.execute(f'SELECT 1 FROM {database}."{t}" LIMIT 1').fetchone() for t in TABLES if t in present)


def _holds_data(path: Path) -> InterchangeError:
    return InterchangeError(QT_TRANSLATE_NOOP("Store", "{name} already holds data; import into a new file."),
                            name=path.name)


def _check_space(json_path: Path, db_path: Path, copies: int) -> None:
    """Refuse before writing when the target's disk cannot hold the result.

    The database holds the same values as the JSON without its keys and
    indentation, so the JSON's size bounds it; an in-place import needs it twice.
    """
    needed = file_size(json_path) * copies
    try:
        free = shutil.disk_usage(db_path.parent).free
    except OSError:
        return
    if needed > free:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "There is not enough free space in {folder} to import "
                                                          "{name}: about {needed} MB needed, {free} MB free."),
                               folder=db_path.parent, name=json_path.name, needed=_megabytes(needed),
                               free=_megabytes(free))


def _megabytes(size: int) -> int:
    return -(-size // 1_000_000)


def _data_fixes_after(schema_version: int) -> list[str]:
    """What upgrading a file of that schema would also change in its rows (see DATA_FIXES)."""
    return [sql for version in range(schema_version + 1, SCHEMA_VERSION + 1) for sql in DATA_FIXES.get(version, [])]


def _build(json_path: Path, tmp: Path) -> dict[str, int]:
    """Read, check and insert every row into a new file at `tmp`, in one transaction; flushed to disk.

    The file is thrown away on any failure, so it needs no durability until
    the end: no journal on disk, no sync per commit; one fsync before the rename.
    Its indexes and insert triggers do their work once, after the rows are in
    (`interchange_bulk`), and before anything checks or fixes them.
    """
    with Store.create(tmp, locked=False) as store:
        conn = store.conn
        conn.execute("PRAGMA journal_mode = MEMORY")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute(f"PRAGMA cache_size = -{_BUILD_CACHE_KIB}")
        RowLoader.attach_index(conn)
        loader = RowLoader(conn, Schema.of(conn))
        conn.execute("BEGIN")
        conn.execute("PRAGMA defer_foreign_keys = ON")  # rows may come before the rows they point to
        aside = interchange_bulk.set_aside(conn)
        header = read_document(json_path, loader.add)
        loader.flush_all()
        interchange_bulk.put_back(conn, aside, settings=loader.counts["settings"])
        counts = loader.finish(_data_fixes_after(header["schema_version"]))
        conn.commit()
        conn.execute("DETACH DATABASE import_rows")
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())
    return counts


def _copy_into(store: Store, source: Path) -> None:
    """Copy every table of the built file into `store` in one transaction, column by column as it has them
    (its indexes and insert triggers doing their work once, at the end: see `interchange_bulk`)."""
    conn = store.conn
    conn.execute("ATTACH DATABASE ? AS import_source", (str(source),))
    try:
        conn.execute("BEGIN")
        try:
            conn.execute("PRAGMA defer_foreign_keys = ON")
            if _holds_rows(conn, "main"):
                raise _holds_data(Path(store.path))
            aside = interchange_bulk.set_aside(conn)
            for table in TABLES:
                names = ", ".join(q(col[1]) for col in conn.execute(f'PRAGMA import_source.table_info("{table}")'))
                conn.execute(f"INSERT INTO main.{q(table)} ({names}) SELECT {names} FROM import_source.{q(table)}")
            settings = conn.execute("SELECT count(*) FROM import_source.settings").fetchone()[0]
            interchange_bulk.put_back(conn, aside, settings=settings)
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
    finally:
        conn.execute("DETACH DATABASE import_source")
