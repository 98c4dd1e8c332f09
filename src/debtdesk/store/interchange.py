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
import re
import secrets
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Callable, Optional

from debtdesk.domain.attachments import MAX_ORIGINAL_NAME, is_stored_name
from debtdesk.domain.budget import BUDGET_NAME_LIMIT, LABEL_LIMIT, Direction, Frequency
from debtdesk.domain.contacts import CONTACT_TEXT_LIMITS, Channel, parse_occurred_at
from debtdesk.domain.dates import parse_iso_date
from debtdesk.domain.debt import DAYS_PER_YEAR, LenderKind, PenaltyBase, ProductKind, RateBasis, RepaymentMethod
from debtdesk.domain.evidence import TITLE_LIMIT, EvidenceStatus
from debtdesk.domain.proposal_options import options_from_dict
from debtdesk.domain.validation import (
    EARLIEST_DATE,
    LATEST_DATE,
    MAX_AMOUNT,
    MAX_ANNUAL_RATE,
    MAX_GRACE_DAYS,
    MAX_TERM_MONTHS,
    TEXT_LIMITS,
)
from debtdesk.store.connection import StoreError
from debtdesk.store.migrations import APPLICATION_ID, SCHEMA_VERSION, TABLES
from debtdesk.store.repository import Store
from debtdesk.store.rows import debt_from_row, lender_from_row, payment_from_row

FORMAT_NAME = "debtdesk-interchange"
FORMAT_VERSION = 1

MAX_FILE_BYTES = 50 * 1000 * 1000  # far above any household's data
MAX_ROWS = 200_000  # all tables together
MAX_TEXT = 100_000  # characters, for text without a tighter domain limit
MAX_MINOR = int(MAX_AMOUNT * 100)
_INT64 = 2**63 - 1
_TOP_KEYS = ("format", "version", "schema_version", "tables")

#: attachments.owner_kind -> the table its owner_id points into.
OWNER_TABLES = {"contact": "contacts", "evidence": "evidence_items"}


class InterchangeError(Exception):
    """Export or import failed; the message is one sentence for the user."""


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
        raise InterchangeError(f"Could not read {Path(store.path).name}: {exc}.") from None
    for table, rows in tables.items():
        for index, row in enumerate(rows):
            for name, value in row.items():
                if not (value is None or isinstance(value, (int, str))):
                    raise InterchangeError(f"{table}[{index}].{name}: holds {_kind(value)}, which cannot be exported.")
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "schema_version": schema_version, "tables": tables}


def export_file(store: Store, out_path: str | Path) -> None:
    """Write `export_data` as UTF-8 JSON; the old file (if any) stays until the new one is complete."""
    out_path = Path(out_path)
    if out_path.resolve() == Path(store.path).resolve():
        raise InterchangeError("The export would overwrite the DebtDesk file it is made from; choose another name.")
    text = json.dumps(export_data(store), ensure_ascii=False, indent=2) + "\n"
    try:
        fd, tmp = tempfile.mkstemp(dir=out_path.parent, prefix=f".{out_path.name}.", suffix=".part")
    except OSError as exc:
        raise InterchangeError(f"Could not write {out_path}: {exc.strerror or exc}.") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, out_path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise InterchangeError(f"Could not write {out_path}: {exc.strerror or exc}.") from None
        raise


# -- import: the entry point ----------------------------------------------------


def import_file(json_path: str | Path, db_path: str | Path) -> dict[str, int]:
    """Import an interchange file into a new or empty DebtDesk file; returns rows per table."""
    json_path, db_path = Path(json_path), Path(db_path)
    try:
        fill_in_place = _usable_target(db_path)
        document = _load(json_path)
        with Store.open(":memory:", create=True) as scratch:
            schema = _Schema.of(scratch.conn)
            rows = _validated(document, schema)
            _insert_all(scratch, rows, schema)  # the rehearsal: the schema's constraints speak here
        if fill_in_place:
            with Store.open(db_path) as store:
                return _insert_all(store, rows, schema)
        return _create_filled(db_path, rows, schema)
    except StoreError as exc:
        raise InterchangeError(str(exc)) from None
    except sqlite3.Error as exc:
        raise InterchangeError(f"Could not write {db_path.name}: {exc}; it was left as it was.") from None
    except OSError as exc:
        raise InterchangeError(f"Could not write {db_path}: {exc.strerror or exc}.") from None


def _usable_target(path: Path) -> bool:
    """True for an existing file to fill in place, False for one to create; refuses anything else.

    Checked read-only, before the JSON is even read, so a refused target is
    never opened for writing (opening would migrate an older file).
    """
    if not path.exists():
        if not path.parent.is_dir():
            raise InterchangeError(f"The folder {path.parent} does not exist.")
        return False
    if path.is_dir():
        raise InterchangeError(f"{path} is a folder, not a DebtDesk file.")
    if path.stat().st_size == 0:
        return False  # an empty placeholder: replaced as a whole, so failure leaves it as it was
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if app_id != APPLICATION_ID and (app_id != 0 or present):
                raise InterchangeError(f"{path.name} is an SQLite file, but not a DebtDesk file; it was left untouched.")
            if version > SCHEMA_VERSION:
                raise InterchangeError(f"{path.name} was written by a newer DebtDesk; it was left untouched.")
            if any(conn.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone() for t in TABLES if t in present):
                raise _holds_data(path)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise InterchangeError(f"{path.name} is not a DebtDesk file (or it is damaged); it was left untouched.") from None
    return True


def _holds_data(path: Path) -> InterchangeError:
    return InterchangeError(f"{path.name} already holds data; import into a new file.")


def _create_filled(path: Path, rows: dict[str, list[dict]], schema: "_Schema") -> dict[str, int]:
    """Build the whole file under a temporary name beside `path`, then rename it into place."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.importing")
    try:
        with Store.create(tmp) as store:
            counts = _insert_all(store, rows, schema)
        if path.exists() and path.stat().st_size > 0:
            raise InterchangeError(f"{path.name} appeared while importing; it was left untouched.")
        os.replace(tmp, path)
    except BaseException:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
        raise
    return counts


def _insert_all(store: Store, rows: dict[str, list[dict]], schema: "_Schema") -> dict[str, int]:
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
                    raise InterchangeError(f"{table}[{index}]: the database refused this row ({exc}).") from None
    return {table: len(rows[table]) for table in TABLES}


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# -- import: reading the file ----------------------------------------------------


def _load(path: Path) -> object:
    """The parsed JSON, read with every limit a hostile file could push against."""
    try:
        size = os.stat(path).st_size
        if path.is_dir():
            raise InterchangeError(f"{path} is a folder, not a JSON file.")
        if size > MAX_FILE_BYTES:
            raise _too_large(path)
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # a special file may claim size 0
    except FileNotFoundError:
        raise InterchangeError(f"The file {path} does not exist.") from None
    except OSError as exc:
        raise InterchangeError(f"Could not read {path}: {exc.strerror or exc}.") from None
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InterchangeError(f"{path.name} is not UTF-8 text (bad byte at position {exc.start}).") from None
    try:
        return _parse_json(text)
    except RecursionError:
        raise InterchangeError(f"{path.name} is nested too deeply to be an interchange file.") from None
    except json.JSONDecodeError as exc:
        raise InterchangeError(f"{path.name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}).") from None
    except ValueError:  # Python refuses integers of more than 4300 digits
        raise InterchangeError(f"{path.name} holds a number with far too many digits.") from None


def _too_large(path: Path) -> InterchangeError:
    return InterchangeError(f"{path.name} is larger than {MAX_FILE_BYTES // 1_000_000} MB, too large for an interchange file.")


def _parse_json(text: str) -> object:
    """json.loads without NaN/Infinity and without silently dropped duplicate keys."""
    return json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_unique_keys)


def _refuse_constant(name: str) -> object:
    raise InterchangeError(f"The file contains {name}, which is not a number JSON allows.")


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise InterchangeError(f"The key {key!r} appears twice in one JSON object.")
            seen.add(key)
    return result


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
    _check_references(rows, schema)
    _check_meaning(rows)
    return rows


def _checked_header(document: object) -> dict:
    if not isinstance(document, dict):
        raise InterchangeError(f"The file holds {_kind(document)}, not a DebtDesk interchange document (a JSON object).")
    if document.get("format") != FORMAT_NAME:
        raise InterchangeError(f'This is not a DebtDesk interchange file: "format" must be "{FORMAT_NAME}".')
    version = _header_number(document, "version")
    if version > FORMAT_VERSION:
        raise InterchangeError(f"The file was made by a newer DebtDesk (interchange version {version}; this one "
                               f"reads up to {FORMAT_VERSION}): update DebtDesk to import it.")
    schema_version = _header_number(document, "schema_version")
    if schema_version > SCHEMA_VERSION:
        raise InterchangeError(f"The file was made by a newer DebtDesk (schema version {schema_version}; this one "
                               f"reads up to {SCHEMA_VERSION}): update DebtDesk to import it.")
    for key in document:
        if key not in _TOP_KEYS:
            raise InterchangeError(f"Unknown top-level key {key!r}: a version {FORMAT_VERSION} file has only "
                                   f"{', '.join(_TOP_KEYS)}.")
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise InterchangeError(f'"tables" must be an object mapping table names to lists of rows, not {_kind(tables)}.')
    for name, rows in tables.items():
        if name not in TABLES:
            raise InterchangeError(f"tables: unknown table {name!r}; this DebtDesk knows {', '.join(TABLES)}.")
        if not isinstance(rows, list):
            raise InterchangeError(f"tables.{name}: must be a list of rows, not {_kind(rows)}.")
    total = sum(len(rows) for rows in tables.values())
    if total > MAX_ROWS:
        raise InterchangeError(f"The file holds {total} rows; an interchange file may hold at most {MAX_ROWS}.")
    return tables


def _header_number(document: dict, key: str) -> int:
    value = document.get(key)
    if not _is_int(value) or value < 1:
        raise InterchangeError(f'"{key}" must be a whole number of 1 or more, not {_kind(value)}.')
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
            raise InterchangeError(f"{where}: must be an object (one row), not {_kind(raw)}.")
        for name in raw:
            if name not in columns:
                raise InterchangeError(f"{where}: unknown column {name!r}.")
        row = {}
        for name, column in columns.items():
            if name not in raw:
                if column.required:
                    raise InterchangeError(f"{where}: the required column {name!r} is missing.")
                row[name] = column.default
                continue
            value = raw[name]
            problem = _type_problem(table, column, value)
            if problem is None and value is not None:
                problem = _RULES.get((table, name), _no_rule)(value)
            if problem:
                raise InterchangeError(f"{where}.{name}: {problem}.")
            row[name] = value
        if row[key] in first_at:
            raise InterchangeError(f"{where}.{key}: {row[key]!r} is used twice (also by {table}[{first_at[row[key]]}]).")
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
        if not -_INT64 - 1 <= value <= _INT64:
            return "is too large a number"
        if column.key and value < 1:
            return "must be a positive whole number"
        return None
    if not isinstance(value, str):
        return f"must be text (a JSON string), not {_kind(value)}"
    limit = _TEXT_LIMITS.get((table, column.name), MAX_TEXT)
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


# -- import: what the values mean ------------------------------------------------

_Rule = Callable[[object], Optional[str]]
_CURRENCY = re.compile(r"[A-Z]{3}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]{1,4})?")


def _no_rule(value: object) -> None:
    return None


def _one_of(values) -> _Rule:
    allowed = [getattr(v, "value", v) for v in values]
    return lambda v: None if v in allowed else f"{v!r} is not one of: {', '.join(allowed)}"


def _whole(low: int, high: int, unit: str = "") -> _Rule:
    return lambda v: None if low <= v <= high else f"must be between {low} and {high}{unit}"


def _cents(positive: bool = False) -> _Rule:
    def check(v):
        if v < (1 if positive else 0):
            return "must be a positive whole number of cents" if positive else "must be a whole number of cents, 0 or more"
        return None if v <= MAX_MINOR else f"must be at most {MAX_MINOR} cents"
    return check


def _decimal(low: Decimal, high: Decimal, positive: bool = False) -> _Rule:
    def check(v):
        if not _DECIMAL.fullmatch(v) or len(v) > 40:
            return f'{v!r} is not a decimal number written as text (such as "0.049")'
        number = Decimal(v)
        if not low <= number <= high or (positive and number == 0):
            return f"must be {'above' if positive else 'at least'} {low} and at most {high}"
        return None
    return check


def _matches(pattern: re.Pattern, what: str) -> _Rule:
    return lambda v: None if pattern.fullmatch(v) else f"{v!r} is not {what}"


def _not_blank(v: str) -> Optional[str]:
    return None if v.strip() else "must not be empty"


def _date(v: str) -> Optional[str]:
    try:
        day = parse_iso_date(v)
    except ValueError:
        day = None
    if day is None or day.isoformat() != v:
        return f"{v!r} is not a date in the form YYYY-MM-DD"
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        return f"must be between {EARLIEST_DATE} and {LATEST_DATE}"
    return None


def _minute(v: str) -> Optional[str]:
    try:
        parse_occurred_at(v)
    except ValueError:
        return f"{v!r} is not a date and time in the form YYYY-MM-DD HH:MM"
    return None if v == v.strip() else f"{v!r} is not a date and time in the form YYYY-MM-DD HH:MM"


def _timestamp(v: str) -> Optional[str]:
    try:
        datetime.fromisoformat(v)
    except ValueError:
        return f"{v!r} is not a date and time in the form YYYY-MM-DDTHH:MM:SS"
    return None


def _proposal_options(v: str) -> Optional[str]:
    try:
        options = _parse_json(v)
        if not isinstance(options, dict):
            raise ValueError("not a JSON object")
        options_from_dict(options)
    except (InterchangeError, RecursionError, ValueError, TypeError, ArithmeticError) as exc:
        return f"not valid proposal options ({exc})"
    return None


_TEXT_LIMITS = {
    ("lenders", "name"): TEXT_LIMITS["lender"],
    **{("debts", name): TEXT_LIMITS[name] for name in ("account_number", "contacts", "notes")},
    ("payments", "note"): TEXT_LIMITS["note"],
    **{("contacts", name): limit for name, limit in CONTACT_TEXT_LIMITS.items()},
    ("attachments", "original_name"): MAX_ORIGINAL_NAME,
    ("budgets", "name"): BUDGET_NAME_LIMIT,
    ("budget_lines", "label"): LABEL_LIMIT,
    ("evidence_items", "title"): TITLE_LIMIT,
}

_CURRENCY_CODE = _matches(_CURRENCY, "a three-letter currency code in capitals, such as CNY")
_CHECKSUM = _matches(_SHA256, "a SHA-256 checksum (64 lower-case hex digits)")

#: (table, column) -> a check of a non-null value of the right type: None, or what is wrong.
_RULES: dict[tuple[str, str], _Rule] = {
    ("lenders", "name"): _not_blank,
    ("lenders", "kind"): _one_of(LenderKind),
    **{("lenders", f"{stage}_from"): _whole(1, 36500, " days") for stage in ("early", "mid", "late", "severe")},
    ("debts", "kind"): _one_of(ProductKind),
    ("debts", "currency"): _CURRENCY_CODE,
    ("debts", "principal_minor"): _cents(positive=True),
    ("debts", "start_date"): _date,
    ("debts", "term_months"): _whole(1, MAX_TERM_MONTHS, " months"),
    ("debts", "due_day"): _whole(1, 31, " (or null)"),
    ("debts", "rate"): _decimal(Decimal(0), MAX_ANNUAL_RATE),
    ("debts", "rate_basis"): _one_of(RateBasis),
    ("debts", "method"): _one_of(RepaymentMethod),
    ("debts", "grace_days"): _whole(0, MAX_GRACE_DAYS, " days"),
    ("debts", "penalty_markup"): _decimal(Decimal(0), Decimal(5)),
    ("debts", "penalty_base"): _one_of(PenaltyBase),
    ("debts", "late_fee_minor"): _cents(),
    ("debts", "late_fee_share"): _decimal(Decimal(0), Decimal(1)),
    ("debts", "min_payment_share"): _decimal(Decimal(0), Decimal(1), positive=True),
    ("debts", "min_payment_floor_minor"): _cents(),
    ("debts", "upfront_fee_minor"): _cents(),
    ("payments", "paid_on"): _date,
    ("payments", "amount_minor"): _cents(positive=True),
    ("contacts", "occurred_at"): _minute,
    ("contacts", "channel"): _one_of(Channel),
    ("attachments", "owner_kind"): _one_of(OWNER_TABLES),
    ("attachments", "stored_name"): lambda v: None if is_stored_name(v) else f"{v!r} is not a stored file name",
    ("attachments", "sha256"): _CHECKSUM,
    ("attachments", "size"): _whole(0, _INT64, " bytes"),
    ("attachments", "added_at"): _timestamp,
    ("budgets", "taken_on"): _date,
    ("budgets", "currency"): _CURRENCY_CODE,
    ("budget_lines", "direction"): _one_of(Direction),
    ("budget_lines", "amount_minor"): _cents(),
    ("budget_lines", "frequency"): _one_of(Frequency),
    ("evidence_items", "title"): _not_blank,
    ("evidence_items", "status"): _one_of(EvidenceStatus),
    **{("evidence_items", name): _date for name in ("requested_on", "obtained_on", "sent_on")},
    ("proposals", "created_on"): _date,
    ("proposals", "options"): _proposal_options,
    ("letters", "created_on"): _date,
    ("letters", "sha256"): _CHECKSUM,
    ("letters", "size"): _whole(0, _INT64, " bytes"),
}


def _check_references(rows: dict[str, list[dict]], schema: _Schema) -> None:
    """Every reference points at a row in the document (the schema's, and attachment owners)."""
    keys = {table: {row[schema.key[table]] for row in rows[table]} for table in TABLES}
    for table in TABLES:
        for index, row in enumerate(rows[table]):
            pointers = dict(schema.references[table])
            if table == "attachments":
                pointers["owner_id"] = OWNER_TABLES[row["owner_kind"]]
            for name, target in pointers.items():
                if row[name] is not None and row[name] not in keys[target]:
                    raise InterchangeError(f"{table}[{index}].{name}: points to {target} id {row[name]}, "
                                           "which is not in the file.")


def _check_meaning(rows: dict[str, list[dict]]) -> None:
    """Rules across columns and rows, then a read through the app's own row mapping."""
    names: dict[str, int] = {}
    lenders = {}
    for index, row in enumerate(rows["lenders"]):
        if row["name"] in names:
            raise InterchangeError(f"lenders[{index}].name: {row['name']!r} is used twice (also by "
                                   f"lenders[{names[row['name']]}]).")
        names[row["name"]] = index
        lenders[row["id"]] = lender_from_row(row)
    starts = {}
    for index, row in enumerate(rows["debts"]):
        where = f"debts[{index}]"
        per_year = DAYS_PER_YEAR if row["rate_basis"] == RateBasis.DAILY.value else 1
        if Decimal(row["rate"]) * per_year > MAX_ANNUAL_RATE:
            raise InterchangeError(f"{where}.rate: above 1000% a year; check the rate and whether it is annual or daily.")
        if row["upfront_fee_minor"] >= row["principal_minor"]:
            raise InterchangeError(f"{where}.upfront_fee_minor: must be less than principal_minor.")
        debt = _read(where, "a debt", lambda: debt_from_row(row, lenders[row["lender_id"]]))
        starts[debt.id] = debt.start_date
    for index, row in enumerate(rows["payments"]):
        payment = _read(f"payments[{index}]", "a payment", lambda: payment_from_row(row))
        if payment.paid_on < starts[payment.debt_id]:
            raise InterchangeError(f"payments[{index}].paid_on: {row['paid_on']} is before the start date of debt "
                                   f"{payment.debt_id} ({starts[payment.debt_id].isoformat()}).")


def _read(where: str, what: str, convert: Callable):
    try:
        return convert()
    except (ValueError, TypeError, KeyError, ArithmeticError) as exc:
        raise InterchangeError(f"{where}: cannot be read as {what} ({exc}).") from None
