"""The JSON interchange format: a whole DebtDesk file as documented, versioned JSON.

Why JSON beside the SQLite file: a person or another program can read it,
diff it and keep it as a backup that does not need DebtDesk.  The format is
described in docs/interchange-format.md.

Export writes every row of every table exactly as stored (integers stay
integers, decimal text stays text), in key order, so the same data always
gives the same bytes.

Import trusts nothing and is all-or-nothing.  The document is checked
completely in memory (shape, types, lengths, references and the domain's own
rules, so that whatever imports is a file the app can read), then rehearsed
in an in-memory database with the same schema so its constraints speak too,
and only then written: into a temporary file renamed into place (new target),
or in one transaction (existing, empty target).  Every failure is an
`InterchangeError` whose message names the place and the problem.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
from debtdesk.store import driver, filelock, leftovers
from debtdesk.store.connection import StoreError, check
from debtdesk.store.migrations import APPLICATION_ID, DATA_FIXES, SCHEMA_VERSION, TABLES
from debtdesk.store.repository import Store
from debtdesk.store.interchange_rules import (
    INT64,
    RULES,
    COLUMN_TEXT_LIMITS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    MAX_TEXT,
    InterchangeError,
    check_meaning,
    check_references,
    no_rule,
    parse_json,
)

FORMAT_NAME = "debtdesk-interchange"
FORMAT_VERSION = 1
_TOP_KEYS = ("format", "version", "schema_version", "tables")


# -- export ----------------------------------------------------------------------


def export_data(store: Store) -> dict:
    """Every table of `store` as a JSON-ready document, rows in key order."""
    conn = store.conn
    try:
        tables = {}
        for table in TABLES:
            info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            names = [col[1] for col in info]
            keys = [col[1] for col in sorted(info, key=lambda col: col[5]) if col[5]]
            select = f'SELECT {", ".join(_q(n) for n in names)} FROM "{table}" ORDER BY {", ".join(_q(k) for k in keys)}'
            tables[table] = [dict(zip(names, tuple(row))) for row in conn.execute(select)]
        schema_version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as exc:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "Could not read {name}: {exc}."),
                               name=Path(store.path).name, exc=exc) from None
    for table, rows in tables.items():
        for index, row in enumerate(rows):
            for name, value in row.items():
                if not (value is None or isinstance(value, (int, str))):
                    raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{table}[{index}].{name}: holds {kind}, which "
                                                                      "cannot be exported."),
                                           table=table, index=index, name=name, kind=_kind(value))
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "schema_version": schema_version, "tables": tables}


def export_file(store: Store, out_path: str | Path) -> None:
    """Write `export_data` as UTF-8 JSON; the old file (if any) stays until the new one is complete."""
    out_path = Path(out_path)
    if out_path.resolve() == Path(store.path).resolve():
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "The export would overwrite the DebtDesk file it is made "
                                                          "from; choose another name."))
    text = json.dumps(export_data(store), ensure_ascii=False, indent=2) + "\n"
    try:
        fd, tmp = tempfile.mkstemp(dir=out_path.parent, prefix=f".{out_path.name}.", suffix=".part")
    except OSError as exc:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "Could not write {out_path}: {problem}."),
                               out_path=out_path, problem=exc.strerror or exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, out_path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise InterchangeError(QT_TRANSLATE_NOOP("Store", "Could not write {out_path}: {problem}."),
                                   out_path=out_path, problem=exc.strerror or exc) from None
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
    except sqlite3.Error as exc:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "Could not write {name}: {exc}; it was left as it was."),
                               name=db_path.name, exc=exc) from None
    except OSError as exc:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "Could not write {db_path}: {problem}."),
                               db_path=db_path, problem=exc.strerror or exc) from None


def _import_locked(json_path: Path, db_path: Path) -> dict[str, int]:
    fill_in_place = _usable_target(db_path)
    document = _load(json_path)
    with Store.open(":memory:", create=True) as scratch:
        schema = _Schema.of(scratch.conn)
        rows = _validated(document, schema)
        fixes = _data_fixes_after(document["schema_version"])
        _insert_all(scratch, rows, schema, fixes)  # the rehearsal: the schema's constraints speak here
    if fill_in_place:
        with Store.open(db_path, create=True) as store:  # an empty file is filled in place
            return _insert_all(store, rows, schema, fixes)
    return _create_filled(db_path, rows, schema, fixes)


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
                                                                  "file; it was left untouched."),
                                       name=path.name)
            if version > SCHEMA_VERSION:
                raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{name} was written by a newer DebtDesk; it was "
                                                                  "left untouched."), name=path.name)
            if present:
                check(conn, path)
            if any(conn.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone() for t in TABLES if t in present):
                raise _holds_data(path)
        finally:
            conn.close()
    except driver.OperationalError as exc:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "Cannot open {path}: {exc}."),
                               path=path, exc=exc) from None
    except driver.DatabaseError:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{name} is not a DebtDesk file (or it is damaged); it was "
                                                          "left untouched."), name=path.name) from None
    return True


def _holds_data(path: Path) -> InterchangeError:
    return InterchangeError(QT_TRANSLATE_NOOP("Store", "{name} already holds data; import into a new file."),
                            name=path.name)


def _data_fixes_after(schema_version: int) -> list[str]:
    """What upgrading a file of that schema would also change in its rows (see DATA_FIXES)."""
    return [sql for version in range(schema_version + 1, SCHEMA_VERSION + 1) for sql in DATA_FIXES.get(version, [])]


def _create_filled(path: Path, rows: dict[str, list[dict]], schema: "_Schema",
                   fixes: list[str] = ()) -> dict[str, int]:
    """Build the whole file under a temporary name beside `path`, then rename it into place."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.importing")
    try:
        with Store.create(tmp, locked=False) as store:
            counts = _insert_all(store, rows, schema, fixes)
        if path.exists() and path.stat().st_size > 0:
            raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{name} appeared while importing; it was left "
                                                              "untouched."), name=path.name)
        os.replace(tmp, path)
    except BaseException:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
        raise
    return counts


def _insert_all(store: Store, rows: dict[str, list[dict]], schema: "_Schema",
                fixes: list[str] = ()) -> dict[str, int]:
    """Insert every row, ids included, in one transaction; refuses a file that holds data.

    Table and column names come from the schema, never from the document.
    """
    conn = store.conn
    with store.db.atomic():
        if any(conn.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() for table in TABLES):
            raise _holds_data(Path(store.path))
        for table in TABLES:
            names = list(schema.columns[table])
            sql = f'INSERT INTO "{table}" ({", ".join(map(_q, names))}) VALUES ({", ".join("?" * len(names))})'
            for index, row in enumerate(rows[table]):
                try:
                    conn.execute(sql, [row[name] for name in names])
                except sqlite3.IntegrityError as exc:
                    raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{table}[{index}]: the database refused this "
                                                                      "row ({exc})."),
                                           table=table, index=index, exc=exc) from None
        for sql in fixes:
            conn.execute(sql)
    return {table: len(rows[table]) for table in TABLES}


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# -- import: reading the file ----------------------------------------------------


def _load(path: Path) -> object:
    """The parsed JSON, read with every limit a hostile file could push against."""
    try:
        size = os.stat(path).st_size
        if path.is_dir():
            raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{path} is a folder, not a JSON file."),
                                   path=path)
        if size > MAX_FILE_BYTES:
            raise _too_large(path)
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # a special file may claim size 0
    except FileNotFoundError:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "The file {path} does not exist."), path=path) from None
    except OSError as exc:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "Could not read {path}: {problem}."),
                               path=path, problem=exc.strerror or exc) from None
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{name} is not UTF-8 text (bad byte at position {start})."),
                               name=path.name, start=exc.start) from None
    try:
        return parse_json(text)
    except RecursionError:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{name} is nested too deeply to be an interchange file."),
                               name=path.name) from None
    except json.JSONDecodeError as exc:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{name} is not valid JSON (line {lineno}, column {colno}: "
                                                          "{msg})."),
                               name=path.name, lineno=exc.lineno, colno=exc.colno, msg=exc.msg) from None
    except ValueError:  # Python refuses integers of more than 4300 digits
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{name} holds a number with far too many digits."),
                               name=path.name) from None


def _too_large(path: Path) -> InterchangeError:
    return InterchangeError(QT_TRANSLATE_NOOP("Store", "{name} is larger than {size} MB, too large for an interchange "
                                              "file."), name=path.name, size=MAX_FILE_BYTES // 1_000_000)


# -- import: the shape and the types ---------------------------------------------


@dataclass(frozen=True)
class _Column:
    name: str
    type: str  # 'INTEGER' or 'TEXT' (tables are STRICT)
    nullable: bool
    required: bool  # no default: the document must give it
    default: object
    key: bool


@dataclass(frozen=True)
class _Schema:
    """The current schema's columns and references, read from a freshly migrated database."""

    columns: dict[str, dict[str, _Column]]
    key: dict[str, str]
    references: dict[str, dict[str, str]]  # table -> column -> referenced table

    @classmethod
    def of(cls, conn: sqlite3.Connection) -> "_Schema":
        columns, key, references = {}, {}, {}
        for table in TABLES:
            columns[table] = {}
            for _cid, name, decl, notnull, default, pk in conn.execute(f'PRAGMA table_info("{table}")'):
                columns[table][name] = _Column(
                    name, decl.upper(), nullable=not (notnull or pk), required=bool(pk or (notnull and default is None)),
                    default=_sql_literal(default), key=bool(pk))
                if pk:
                    key[table] = name
            references[table] = {row[3]: row[2] for row in conn.execute(f'PRAGMA foreign_key_list("{table}")')}
        return cls(columns, key, references)


def _sql_literal(text: Optional[str]) -> object:
    """A column DEFAULT as written in the schema: 'text', a number, or none."""
    if text is None:
        return None
    if text.startswith("'"):
        return text[1:-1].replace("''", "'")
    return int(text)


def _validated(document: object, schema: _Schema) -> dict[str, list[dict]]:
    """Every table's rows, complete with defaults, once the whole document has passed every check."""
    tables = _checked_header(document)
    rows = {table: _checked_rows(table, tables.get(table, []), schema) for table in TABLES}
    check_references(rows, schema)
    check_meaning(rows)
    return rows


def _checked_header(document: object) -> dict:
    if not isinstance(document, dict):
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "The file holds {kind}, not a DebtDesk interchange "
                                                          "document (a JSON object)."),
                               kind=_kind(document))
    if document.get("format") != FORMAT_NAME:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "This is not a DebtDesk interchange file: \"format\" must "
                                                          "be \"{format_name}\"."),
                               format_name=FORMAT_NAME)
    version = _header_number(document, "version")
    if version > FORMAT_VERSION:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "The file was made by a newer DebtDesk (interchange "
                                                          "version {version}; this one reads up to "
                                                          "{format_version}): update DebtDesk to import it."),
                               version=version, format_version=FORMAT_VERSION)
    schema_version = _header_number(document, "schema_version")
    if schema_version > SCHEMA_VERSION:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "The file was made by a newer DebtDesk (schema version "
                                                          "{schema_version}; this one reads up to "
                                                          "{schema_version2}): update DebtDesk to import it."),
                               schema_version=schema_version, schema_version2=SCHEMA_VERSION)
    for key in document:
        if key not in _TOP_KEYS:
            raise InterchangeError(QT_TRANSLATE_NOOP("Store", "Unknown top-level key {key!r}: a version "
                                                              "{format_version} file has only {known}."),
                                   key=key, format_version=FORMAT_VERSION, known=', '.join(_TOP_KEYS))
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "\"tables\" must be an object mapping table names to lists "
                                                          "of rows, not {kind}."), kind=_kind(tables))
    for name, rows in tables.items():
        if name not in TABLES:
            raise InterchangeError(QT_TRANSLATE_NOOP("Store", "tables: unknown table {name!r}; this DebtDesk knows "
                                                              "{known}."),
                                   name=name, known=', '.join(TABLES))
        if not isinstance(rows, list):
            raise InterchangeError(QT_TRANSLATE_NOOP("Store", "tables.{name}: must be a list of rows, not {kind}."),
                                   name=name, kind=_kind(rows))
    total = sum(len(rows) for rows in tables.values())
    if total > MAX_ROWS:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "The file holds {total} rows; an interchange file may "
                                                          "hold at most {max_rows}."),
                               total=total, max_rows=MAX_ROWS)
    return tables


def _header_number(document: dict, key: str) -> int:
    value = document.get(key)
    if not _is_int(value) or value < 1:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "\"{key}\" must be a whole number of 1 or more, not {kind}."),
                               key=key, kind=_kind(value))
    return value


def _checked_rows(table: str, raw_rows: list, schema: _Schema) -> list[dict]:
    """Rows with every column present (defaults filled in), types and limits checked, keys unique."""
    columns = schema.columns[table]
    key = schema.key[table]
    rows: list[dict] = []
    first_at: dict[object, int] = {}
    for index, raw in enumerate(raw_rows):
        where = f"{table}[{index}]"
        if not isinstance(raw, dict):
            raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{where}: must be an object (one row), not {kind}."),
                                   where=where, kind=_kind(raw))
        for name in raw:
            if name not in columns:
                raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{where}: unknown column {name!r}."),
                                       where=where, name=name)
        row = {}
        for name, column in columns.items():
            if name not in raw:
                if column.required:
                    raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{where}: the required column {name!r} is "
                                                                      "missing."),
                                           where=where, name=name)
                row[name] = column.default
                continue
            value = raw[name]
            problem = _type_problem(table, column, value)
            if problem is None and value is not None:
                problem = RULES.get((table, name), no_rule)(value)
            if problem:
                raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{where}.{name}: {problem}."),
                                       where=where, name=name, problem=problem)
            row[name] = value
        if row[key] in first_at:
            raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{where}.{key}: {value!r} is used twice (also by "
                                                              "{table}[{value2}])."),
                                   where=where, key=key, value=row[key], table=table, value2=first_at[row[key]])
        first_at[row[key]] = index
        rows.append(row)
    return rows


def _type_problem(table: str, column: _Column, value: object) -> Optional[str]:
    if value is None:
        return None if column.nullable else "must not be null"
    if column.type == "INTEGER":
        if not _is_int(value):
            unit = " of cents" if column.name.endswith("_minor") else ""
            return f"must be a whole number{unit} (a JSON integer), not {_kind(value)}"
        if not -INT64 - 1 <= value <= INT64:
            return "is too large a number"
        if column.key and value < 1:
            return "must be a positive whole number"
        return None
    if not isinstance(value, str):
        return f"must be text (a JSON string), not {_kind(value)}"
    limit = COLUMN_TEXT_LIMITS.get((table, column.name), MAX_TEXT)
    if len(value) > limit:
        return f"is too long: {len(value)} characters, at most {limit}"
    if "\x00" in value:
        return "must not contain the NUL character"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "contains a lone surrogate (such as \\ud800), which is not text"
    return None


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"the value {str(value).lower()}"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return f"the decimal number {value!r}"
    if isinstance(value, str):
        return "text"
    return "a list" if isinstance(value, list) else "an object"


