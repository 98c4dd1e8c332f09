"""What is kept beside the contacts so that a log of 100,000 reads fast (schema 9).

Flags are computed by `domain.contacts` (`stored_flag_texts`, held to `flag_log` by the tests)
and stored in `contact_flags`.  Triggers mark the day of every contact
written, and every day when the contact rules change, in
`contact_flag_dirty`; `refresh_flags` re-flags the marked days, and every
reader here calls it first.  Sorting, filtering and counting then happen in
SQL: `contact_ids` returns the id list a lazy table shows, `contact_rows` the
few rows on screen.  Text search uses the trigram index `contacts_fts` for
three characters or more and a LIKE scan below that.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from debtdesk.domain.contacts import Channel, Contact, Flag, flags_from_text, stored_flag_texts
from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
from debtdesk.store import driver
from debtdesk.store.connection import StoreError
from debtdesk.store.contact_rows import contact_from_row
from debtdesk.store.repository import Store
from debtdesk.store.settings import contact_rules

#: Tables derived from `contacts` and `settings`: rebuilt from them, never exported.
DERIVED_TABLES = ("contact_flags", "contact_flag_dirty", "contacts_fts", "contacts_fts_data", "contacts_fts_idx",
                  "contacts_fts_docsize", "contacts_fts_config")

#: Above this many marked days one pass over every contact is quicker than a query per day.
_WHOLE_LOG_FROM = 40
_CHANNELS = frozenset(c.value for c in Channel)
_STORED_TIME = re.compile(r"\d{4}-[01]\d-[0-3]\d[ T][0-2]\d:[0-5]\d$")
#: The trigram index finds substrings of at least this many characters.
_TRIGRAM = 3


@contextmanager
def _savepoint(conn):
    """A transaction of its own, or a part of the caller's, without loading sqlite-utils."""
    conn.execute("SAVEPOINT contact_flags")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK TO contact_flags")
        conn.execute("RELEASE contact_flags")
        raise
    conn.execute("RELEASE contact_flags")


def refresh_flags(store: Store) -> bool:
    """Re-flag the days marked since the last read; False if the file cannot be written.

    A file open read-only (or written meanwhile by another program) gets the
    missing flags in a TEMP table of the same name, which shadows the stored
    one for this connection only, until the file's own flags are current.
    """
    conn = store.conn
    days = [row[0] for row in conn.execute("SELECT day FROM main.contact_flag_dirty")]
    in_memory = conn.execute("SELECT 1 FROM temp.sqlite_master WHERE name = 'contact_flags'").fetchone()
    if not days:
        if in_memory:
            conn.execute("DROP TABLE temp.contact_flags")
        return True
    rules = contact_rules(store)
    if not in_memory:
        try:
            with _savepoint(conn):
                _write_flags(conn, "main", days, rules)
                conn.execute("DELETE FROM main.contact_flag_dirty")
            return True
        except driver.Error as exc:
            if not driver.is_read_only(exc):
                raise
    _flags_in_memory(conn, days, rules)
    return False


def _write_flags(conn, schema: str, days: list[str], rules) -> None:
    """Flag the contacts of these days by the domain's rules into `schema`.contact_flags.

    Only flagged contacts get a row: no row means no flags (which days are
    out of date is what `contact_flag_dirty` says).
    """
    select = "SELECT id, occurred_at, company, conduct, channel FROM main.contacts"
    if len(days) > _WHOLE_LOG_FROM:
        rows = conn.execute(select).fetchall()
        conn.execute(f"DELETE FROM {schema}.contact_flags")
    else:
        rows = []
        for day in days:
            bounds = (day, day + "~")
            rows += conn.execute(f"{select} WHERE occurred_at >= ? AND occurred_at < ?", bounds).fetchall()
            conn.execute(f"DELETE FROM {schema}.contact_flags WHERE contact_id IN "
                         f"(SELECT id FROM main.contacts WHERE occurred_at >= ? AND occurred_at < ?)", bounds)
    _check_readable(rows)
    conn.executemany(
        f"INSERT OR REPLACE INTO {schema}.contact_flags (contact_id, flags, flag_count) VALUES (?, ?, ?)",
        ((cid, text, text.count(" ") + 1) for cid, text in stored_flag_texts((r[:4] for r in rows), rules)))


def _check_readable(rows) -> None:
    """StoreError naming a contact this version cannot read (a table that reads rows as they scroll
    into view would meet it late; flags worked from a garbled time would be wrong)."""
    for contact_id, at, _, _, channel in rows:
        if channel not in _CHANNELS:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "Contact number {id} cannot be read: {channel!r} is not a "
                                                        "channel this version of DebtDesk knows."),
                             id=contact_id, channel=channel)
        if not _STORED_TIME.match(at):
            raise StoreError(QT_TRANSLATE_NOOP("Store", "Contact number {id} cannot be read: {at!r} is not a time."),
                             id=contact_id, at=at)


def _flags_in_memory(conn, days: list[str], rules) -> None:
    """The stored flags plus those of the marked days, in TEMP; redone only when the file changes."""
    version = conn.execute("PRAGMA data_version").fetchone()[0]
    began = not conn.in_transaction
    # A read-only store is also `query_only`, which refuses TEMP tables too: lifted for these TEMP writes only.
    query_only = conn.execute("PRAGMA query_only").fetchone()[0]
    conn.execute("PRAGMA query_only = OFF")
    try:
        _fill_in_memory(conn, days, rules, version)
    finally:
        if began and conn.in_transaction:
            conn.commit()  # TEMP tables only: nothing of the file is written
        conn.execute(f"PRAGMA query_only = {'ON' if query_only else 'OFF'}")


def _fill_in_memory(conn, days: list[str], rules, version: int) -> None:
    if conn.execute("SELECT 1 FROM temp.sqlite_master WHERE name = 'contact_flags'").fetchone():
        if conn.execute("SELECT version FROM temp.contact_flags_version").fetchone()[0] == version:
            return
        conn.execute("DROP TABLE temp.contact_flags")
        conn.execute("DROP TABLE temp.contact_flags_version")
    conn.execute("CREATE TEMP TABLE contact_flags (contact_id INTEGER PRIMARY KEY, flags TEXT NOT NULL, "
                 "flag_count INTEGER NOT NULL)")
    conn.execute("INSERT INTO temp.contact_flags SELECT contact_id, flags, flag_count FROM main.contact_flags")
    _write_flags(conn, "temp", days, rules)
    conn.execute("CREATE TEMP TABLE contact_flags_version (version INTEGER NOT NULL)")
    conn.execute("INSERT INTO temp.contact_flags_version VALUES (?)", (version,))


@dataclass(frozen=True)
class FlagTotals:
    contacts: int
    flagged: int
    by_flag: dict[Flag, int] = field(default_factory=dict)  # in the enum's order, zeros left out


def flag_totals(store: Store, contacts: int | None = None) -> FlagTotals:
    """How many contacts, how many flagged, and how many raised each flag: from the stored flags.

    `contacts`: the number of contacts when the caller knows it already (an unfiltered id list).
    """
    refresh_flags(store)
    conn = store.conn
    total = contacts if contacts is not None else conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
    counts: Counter[Flag] = Counter()
    flagged = 0
    for text, n in conn.execute("SELECT flags, count(*) FROM contact_flags WHERE flag_count > 0 GROUP BY flags"):
        flagged += n
        for flag in flags_from_text(text):
            counts[flag] += n
    return FlagTotals(total, flagged, {flag: counts[flag] for flag in Flag if counts[flag]})


# -- the id list a table shows -----------------------------------------------------------------

#: Sort keys by name: each ends with the time and id, so the order is total and stable.
SORT_KEYS = {
    "time": "c.occurred_at {dir}, c.id {dir}",
    "flags": "coalesce(f.flag_count, 0) {dir}, coalesce(f.flags, '') {dir}, c.occurred_at {dir}, c.id {dir}",
    "company": "c.company {dir}, c.occurred_at {dir}, c.id {dir}",
    "agent": "c.agent {dir}, c.occurred_at {dir}, c.id {dir}",
    "phone": "c.phone {dir}, c.occurred_at {dir}, c.id {dir}",
    "summary": "c.summary {dir}, c.occurred_at {dir}, c.id {dir}",
    "files": "(SELECT count(*) FROM attachments a WHERE a.owner_kind = 'contact' AND a.owner_id = c.id) {dir}, "
             "c.occurred_at {dir}, c.id {dir}",
}


@dataclass(frozen=True)
class ContactQuery:
    """What the contact log shows: a filter and an order, all applied in SQL.

    `text` is looked for in what the borrower wrote (company, agent, number,
    summary, promises), the time and the attached files' names; the caller
    adds the words it shows for codes (channel and flag names, debt names)
    as the channels, flags and debts whose shown words contain the text.
    """

    text: str = ""
    only_flagged: bool = False
    debt_id: int | None = None
    sort: str = "time"
    descending: bool = True
    channels_named: frozenset[Channel] = frozenset()
    flags_named: frozenset[Flag] = frozenset()
    debts_named: frozenset[int] = frozenset()
    channel_order: tuple[Channel, ...] = tuple(Channel)  # as the caller names them, sorted by name

    def sql(self) -> tuple[str, list]:
        """The SELECT of the ids, with its parameters (what the benchmark also runs raw)."""
        where, params = [], []
        if self.only_flagged:
            where.append("f.flag_count > 0")
        if self.debt_id is not None:
            where.append("c.debt_id = ?")
            params.append(self.debt_id)
        if self.text:
            matches, match_params = self._text_match()
            where.append(matches)
            params += match_params
        if self.sort == "channel":
            ranks = " ".join(f"WHEN '{Channel(c).value}' THEN {rank}" for rank, c in enumerate(self.channel_order))
            order = "CASE c.channel {ranks} ELSE {n} END {dir}, c.occurred_at {dir}, c.id {dir}"
            order = order.format(ranks=ranks, n=len(self.channel_order), dir="DESC" if self.descending else "ASC")
        else:
            order = SORT_KEYS[self.sort].format(dir="DESC" if self.descending else "ASC")
        sql = ("SELECT c.id FROM contacts c LEFT JOIN contact_flags f ON f.contact_id = c.id"
               + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY " + order)
        return sql, params

    def _text_match(self) -> tuple[str, list]:
        like = "%" + self.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        if len(self.text) >= _TRIGRAM:
            parts = ["c.id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?)"]
            params: list = ['"' + self.text.replace('"', '""') + '"']
        else:
            parts = [" OR ".join(f"c.{name} LIKE ? ESCAPE '\\'"
                                 for name in ("company", "agent", "phone", "summary", "promises"))]
            params = [like] * 5
        if any(ch.isdigit() for ch in self.text) and all(ch.isdigit() or ch in "-: " for ch in self.text):
            parts.append("c.occurred_at LIKE ? ESCAPE '\\'")
            params.append(like)
        parts.append("c.id IN (SELECT owner_id FROM attachments WHERE owner_kind = 'contact' "
                     "AND original_name LIKE ? ESCAPE '\\')")
        params.append(like)
        if self.channels_named:
            parts.append(f"c.channel IN ({', '.join('?' * len(self.channels_named))})")
            params += sorted(c.value for c in self.channels_named)
        for flag in sorted(self.flags_named, key=list(Flag).index):
            parts.append("(' ' || f.flags || ' ') LIKE ?")
            params.append(f"% {flag.value} %")
        if self.debts_named:
            parts.append(f"c.debt_id IN ({', '.join('?' * len(self.debts_named))})")
            params += sorted(self.debts_named)
        return "(" + " OR ".join(parts) + ")", params


def contact_ids(store: Store, query: ContactQuery) -> list[int]:
    """The ids of the contacts `query` shows, in its order (flags refreshed first)."""
    refresh_flags(store)
    sql, params = query.sql()
    cursor = store.conn.cursor()
    cursor.row_factory = None  # plain tuples: a sqlite3.Row per id costs more than the query
    return [row[0] for row in cursor.execute(sql, params)]


def contact_rows(store: Store, ids: Sequence[int]) -> dict[int, tuple[Contact, frozenset[Flag]]]:
    """The contacts with these ids and their stored flags, by id (the rows a table has on screen)."""
    refresh_flags(store)
    found: dict[int, tuple[Contact, frozenset[Flag]]] = {}
    for chunk in _chunks(ids, 500):
        rows = store.conn.execute(
            f"SELECT c.*, coalesce(f.flags, '') AS stored_flags FROM contacts c "
            f"LEFT JOIN contact_flags f ON f.contact_id = c.id WHERE c.id IN ({', '.join('?' * len(chunk))})",
            list(chunk))
        for row in rows:
            found[row["id"]] = (contact_from_row(row), flags_from_text(row["stored_flags"]))
    return found


def _chunks(items: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
