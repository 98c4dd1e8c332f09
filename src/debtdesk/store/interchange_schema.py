"""The columns and references of the current schema, as an import checks and copies rows by them.

Read from a freshly migrated database, never from the document.  Its own module because
both the row loader (`interchange_load`) and the rules (`interchange_rules`) use it.
"""

from __future__ import annotations

from dataclasses import dataclass

from debtdesk.store import driver
from debtdesk.store.migrations import TABLES


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # 'INTEGER' or 'TEXT' (tables are STRICT)
    nullable: bool
    required: bool  # no default: the document must give it
    default: object
    key: bool


@dataclass(frozen=True)
class Schema:
    """The current schema's columns and references, read from a freshly migrated database.

    Read from the database, never from the document, so every table and column
    (those added by later schemas too) is checked and copied without a list here.
    """

    columns: dict[str, dict[str, Column]]
    key: dict[str, str]
    references: dict[str, dict[str, str]]  # table -> column -> referenced table

    @classmethod
    def of(cls, conn: driver.Connection) -> Schema:
        columns: dict[str, dict[str, Column]] = {}
        key: dict[str, str] = {}
        references: dict[str, dict[str, str]] = {}
        for table in TABLES:
            columns[table] = {}
            for _cid, name, decl, notnull, default, pk in conn.execute(f'PRAGMA main.table_info("{table}")'):
                columns[table][name] = Column(
                    name, decl.upper(), nullable=not (notnull or pk),
                    required=bool(pk or (notnull and default is None)), default=_sql_literal(default), key=bool(pk))
                if pk:
                    key[table] = name
            references[table] = {row[3]: row[2] for row in conn.execute(f'PRAGMA main.foreign_key_list("{table}")')}
        return cls(columns, key, references)


def _sql_literal(text: str | None) -> object:
    """A column DEFAULT as written in the schema: 'text', a number, or none."""
    if text is None:
        return None
    if text.startswith("'"):
        return text[1:-1].replace("''", "'")
    return int(text)
