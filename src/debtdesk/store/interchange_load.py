"""Checking interchange rows one at a time and inserting them in batches into the file being built.

Why row by row: a household's own export can hold hundreds of thousands of
rows; holding them all (as dicts, to check references at the end) took
hundreds of megabytes.  Each row is checked on its own as it is read (shape,
types, lengths, values, what the row means by itself), then inserted into the
new database inside the one transaction that builds it.  What needs other rows
(references, a payment before its debt's start) is checked at the end in SQL,
against the rows already inserted (see `interchange_rules`).

Error messages name rows by their place in the document (`payments[12]`), so
each row's key and place are kept in a side table (`ROW_INDEX`) in a temporary
database SQLite deletes by itself, never in the file being built.
"""

from __future__ import annotations

from collections.abc import Callable

from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
from debtdesk.store import driver
from debtdesk.store.errors import Sentence
from debtdesk.store.interchange_rules import (
    COLUMN_TEXT_LIMITS,
    INT64,
    MAX_TEXT,
    ROW_INDEX,
    ROW_MEANING_TABLES,
    RULES,
    InterchangeError,
    check_meaning,
    check_references,
    check_row_meaning,
    no_rule,
)
from debtdesk.store.interchange_schema import Column, Schema
from debtdesk.store.migrations import TABLES

# Rows inserted per statement batch (one savepoint each, so a refused row can be named).
BATCH_ROWS = 500


def q(name: str) -> str:
    """An SQL identifier, quoted."""
    return '"' + name.replace('"', '""') + '"'


class RowLoader:
    """Takes rows as the document gives them and leaves them checked and inserted, or raises.

    The caller holds the transaction open on `conn` (and rolls back or throws the
    file away on failure); `finish` checks what spans rows and applies `fixes`.
    """

    def __init__(self, conn: driver.Connection, schema: Schema):
        self.conn, self.schema = conn, schema
        self.counts = {table: 0 for table in TABLES}
        self._pending: dict[str, list[tuple[int, object, list]]] = {table: [] for table in TABLES}
        self._insert = {}
        self._checks = {table: column_checks(table, schema) for table in TABLES}
        self._plans = {table: plain_checks(table, schema) for table in TABLES}
        self._names = {table: list(schema.columns[table]) for table in TABLES}
        self._key_at = {table: self._names[table].index(schema.key[table]) for table in TABLES}
        for table in TABLES:
            names = list(schema.columns[table])
            self._insert[table] = (f'INSERT INTO main.{q(table)} ({", ".join(map(q, names))}) '
                                   f'VALUES ({", ".join("?" * len(names))})')

    @staticmethod
    def attach_index(conn: driver.Connection) -> None:
        """The side table of row places; outside any transaction (ATTACH cannot run inside one)."""
        conn.execute("ATTACH DATABASE '' AS import_rows")  # a temporary file, deleted by SQLite itself
        conn.execute(f"CREATE TABLE {ROW_INDEX} (tbl TEXT NOT NULL, key NOT NULL, idx INTEGER NOT NULL, "
                     "PRIMARY KEY (tbl, key)) WITHOUT ROWID")

    def add(self, table: str, index: int, raw: object) -> None:
        names = self._names[table]
        values = plain_values(raw, self._plans[table])
        if values is None:  # something to refuse (or an unusual value): the full check names it
            row = checked_row(table, index, raw, self._checks[table])
            values = [row[name] for name in names]
        if table in ROW_MEANING_TABLES:
            check_row_meaning(table, index, dict(zip(names, values, strict=True)))
        batch = self._pending[table]
        batch.append((index, values[self._key_at[table]], values))
        if len(batch) >= BATCH_ROWS:
            self._flush(table)

    def flush_all(self) -> None:
        """Insert every row still waiting in a batch."""
        for table in TABLES:
            self._flush(table)

    def finish(self, fixes: list[str]) -> dict[str, int]:
        self.flush_all()
        check_references(self.conn, self.schema)
        check_meaning(self.conn, self.schema)
        for sql in fixes:
            self.conn.execute(sql)
        return dict(self.counts)

    def _flush(self, table: str) -> None:
        batch = self._pending[table]
        if not batch:
            return
        self.conn.execute("SAVEPOINT import_batch")
        try:
            self.conn.executemany(f"INSERT INTO {ROW_INDEX} VALUES (?, ?, ?)",
                                  [(table, key, index) for index, key, _ in batch])
            self.conn.executemany(self._insert[table], [values for _, _, values in batch])
        except driver.IntegrityError:
            self.conn.execute("ROLLBACK TO import_batch")
            for index, key, values in batch:  # again one by one, to name the row refused
                self._insert_one(table, index, key, values)
        self.conn.execute("RELEASE import_batch")
        self.counts[table] += len(batch)
        batch.clear()

    def _insert_one(self, table: str, index: int, key: object, values: list) -> None:
        key_name = self.schema.key[table]
        try:
            self.conn.execute(f"INSERT INTO {ROW_INDEX} VALUES (?, ?, ?)", (table, key, index))
        except driver.IntegrityError:
            first = self._place(table, key)
            raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{where}.{key}: {value!r} is used twice (also by "
                                                              "{table}[{value2}])."),
                                   where=f"{table}[{index}]", key=key_name, value=key, table=table,
                                   value2=first) from None
        try:
            self.conn.execute(self._insert[table], values)
        except driver.IntegrityError as exc:
            if table == "lenders" and "lenders.name" in str(exc):
                name = values[list(self.schema.columns[table]).index("name")]
                (other,) = self.conn.execute("SELECT id FROM main.lenders WHERE name = ?", (name,)).fetchone()
                raise InterchangeError(QT_TRANSLATE_NOOP("Store", "lenders[{index}].name: {name!r} is used twice (also "
                                                                  "by lenders[{value}])."),
                                       index=index, name=name, value=self._place(table, other)) from None
            raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{table}[{index}]: the database refused this row "
                                                              "({exc})."), table=table, index=index, exc=exc) from None

    def _place(self, table: str, key: object) -> int:
        return self.conn.execute(f"SELECT idx FROM {ROW_INDEX} WHERE tbl = ? AND key = ?", (table, key)).fetchone()[0]


# One column's checks: its name, its schema, its value rule, its text limit.
ColumnCheck = tuple[str, Column, Callable[[object], str | None], int]


def column_checks(table: str, schema: Schema) -> list[ColumnCheck]:
    """What `checked_row` applies to each column of `table`, looked up once per import, not per row."""
    return [(name, column, RULES.get((table, name), no_rule), COLUMN_TEXT_LIMITS.get((table, name), MAX_TEXT))
            for name, column in schema.columns[table].items()]


# One column's checks for `plain_values`: name, whether INTEGER, text limit or lowest integer, the
# value rule (None for none), nullable, required, default.
PlainCheck = tuple[str, bool, int, Callable[[object], str | None] | None, bool, bool, object]
_MISSING = object()


def plain_checks(table: str, schema: Schema) -> list[PlainCheck]:
    """What `plain_values` applies to each column of `table`, looked up once per import."""
    plan = []
    for name, column, rule, limit in column_checks(table, schema):
        integer = column.type == "INTEGER"
        bound = (1 if column.key else -INT64 - 1) if integer else limit
        plan.append((name, integer, bound, None if rule is no_rule else rule, column.nullable, column.required,
                     column.default))
    return plan


def plain_values(raw: object, plan: list[PlainCheck]) -> list | None:
    """The row's values in column order when every one passes `checked_row`'s checks; else None.

    The import's inner loop: the same checks as `checked_row` with no message
    built and no dict made, on the exact types the JSON decoder gives.  It
    only ever accepts what `checked_row` accepts; anything it does not accept
    goes to `checked_row`, which names the problem.
    """
    if type(raw) is not dict:
        return None
    values = []
    present = 0
    for name, integer, bound, rule, nullable, required, default in plan:
        value = raw.get(name, _MISSING)
        if value is _MISSING:
            if required:
                return None
            values.append(default)
            continue
        present += 1
        if value is None:
            if not nullable:
                return None
        elif integer:
            if type(value) is not int or not bound <= value <= INT64:
                return None
            if rule is not None and rule(value):
                return None
        else:
            if type(value) is not str or len(value) > bound or "\x00" in value:
                return None
            if not value.isascii() and not _is_utf8(value):
                return None
            if rule is not None and rule(value):
                return None
        values.append(value)
    return values if present == len(raw) else None  # a key beyond the columns: refused by checked_row


def _is_utf8(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def checked_row(table: str, index: int, raw: object, checks: list[ColumnCheck]) -> dict:
    """The row with every column present (defaults filled in), types, limits and value rules checked."""
    if not isinstance(raw, dict):
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{where}: must be an object (one row), not {kind}."),
                               where=f"{table}[{index}]", kind=kind(raw))
    if len(raw) > len(checks) or any(name not in raw for name, *_ in checks):
        known = {name for name, *_ in checks}
        for name in raw:
            if name not in known:
                raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{where}: unknown column {name!r}."),
                                       where=f"{table}[{index}]", name=name)
    row = {}
    for name, column, rule, limit in checks:
        if name not in raw:
            if column.required:
                raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{where}: the required column {name!r} is "
                                                                  "missing."), where=f"{table}[{index}]", name=name)
            row[name] = column.default
            continue
        value = raw[name]
        problem = _type_problem(column, value, limit)
        if problem is None and value is not None:
            problem = rule(value)
        if problem:
            raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{where}.{name}: {problem}."),
                                   where=f"{table}[{index}]", name=name, problem=problem)
        row[name] = value
    return row


# Why a value does not fit its column, for "{where}.{name}: {problem}." (made once, not per row).
NOT_NULL = Sentence(QT_TRANSLATE_NOOP("Store", "must not be null"))
TOO_LARGE = Sentence(QT_TRANSLATE_NOOP("Store", "is too large a number"))
NOT_POSITIVE = Sentence(QT_TRANSLATE_NOOP("Store", "must be a positive whole number"))
HAS_NUL = Sentence(QT_TRANSLATE_NOOP("Store", "must not contain the NUL character"))
LONE_SURROGATE = Sentence(QT_TRANSLATE_NOOP("Store", "contains a lone surrogate (such as \\ud800), which is not text"))


def _type_problem(column: Column, value: object, limit: int) -> str | None:
    if value is None:
        return None if column.nullable else NOT_NULL
    if column.type == "INTEGER":
        if not is_int(value):
            if column.name.endswith("_minor"):
                return Sentence(QT_TRANSLATE_NOOP("Store", "must be a whole number of cents (a JSON integer), "
                                                           "not {kind}"), kind=kind(value))
            return Sentence(QT_TRANSLATE_NOOP("Store", "must be a whole number (a JSON integer), not {kind}"),
                            kind=kind(value))
        if not -INT64 - 1 <= value <= INT64:
            return TOO_LARGE
        if column.key and value < 1:
            return NOT_POSITIVE
        return None
    if not isinstance(value, str):
        return Sentence(QT_TRANSLATE_NOOP("Store", "must be text (a JSON string), not {kind}"), kind=kind(value))
    if len(value) > limit:
        return Sentence(QT_TRANSLATE_NOOP("Store", "is too long: {length} characters, at most {limit}"),
                        length=len(value), limit=limit)
    if "\x00" in value:
        return HAS_NUL
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return LONE_SURROGATE
    return None


def is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def kind(value: object) -> Sentence:
    """What a JSON value is, in words, for messages ("not {kind}")."""
    if value is None:
        return Sentence(QT_TRANSLATE_NOOP("Store", "null"))
    if isinstance(value, bool):
        return Sentence(QT_TRANSLATE_NOOP("Store", "the value {value}"), value=str(value).lower())
    if isinstance(value, int):
        return Sentence(QT_TRANSLATE_NOOP("Store", "a whole number"))
    if isinstance(value, float):
        return Sentence(QT_TRANSLATE_NOOP("Store", "the decimal number {number!r}"), number=value)
    if isinstance(value, str):
        return Sentence(QT_TRANSLATE_NOOP("Store", "text"))
    if isinstance(value, list):
        return Sentence(QT_TRANSLATE_NOOP("Store", "a list"))
    return Sentence(QT_TRANSLATE_NOOP("Store", "an object"))
