"""Loading an import's rows without per-row index and trigger work, then doing that work once.

Why: in the file an import builds, every contact inserted fed the trigram text
index and the flag bookkeeping one row at a time, and every payment bumped its
debt's status revision and three secondary indexes: four fifths of a large
import's database time.  While the rows go in (into the new file the import
builds, or in one transaction into an empty file that nothing else can write
meanwhile), the insert triggers listed below and the non-unique indexes are
set aside; before anything else reads the rows, each trigger's effect is
applied in one statement and every index and trigger is created again from
its own SQL.  Schema changes are transactional in SQLite: a failure or a
kill rolls them back with the rows.

Each statement in `AFTER_INSERT` leaves what its triggers would have left,
given that the loader only inserts (no update or delete fires anything):

* the text index: `rebuild` indexes every contact, as one insert each did;
* the days whose flags need computing: every contact's day (a contact rule
  in settings first forgets the days marked before, then marks every day);
* each debt's status revision: one bump per insert of the debt, of each of
  its payments and of each of its agreements;
* the status epoch: one bump per settings row.

A trigger not listed (a later schema's) is left in place and fires per row as
before, so nothing is ever skipped.  Unique indexes stay too: they refuse
duplicates as each row arrives, and the refusal names that row.
"""

from __future__ import annotations

from dataclasses import dataclass

from debtdesk.store import driver

#: Insert triggers set aside during the load -> the statement applying all their effects at once.
#: `{settings}` is the number of settings rows the load inserted.
AFTER_INSERT: dict[tuple[str, ...], str] = {
    ("contact_text_added",): "INSERT INTO main.contacts_fts (contacts_fts) VALUES ('rebuild')",
    ("contact_added", "contact_rules_insert"):
        "DELETE FROM main.contact_flag_dirty WHERE EXISTS (SELECT 1 FROM main.settings WHERE key LIKE 'contacts.%'); "
        "INSERT INTO main.contact_flag_dirty (day) SELECT DISTINCT substr(occurred_at, 1, 10) FROM main.contacts "
        "WHERE true ON CONFLICT (day) DO NOTHING",
    ("status_after_debts_insert", "status_after_payments_insert", "status_after_agreements_insert"):
        "INSERT INTO main.status_revisions (debt_id, revision) SELECT debt_id, count(*) FROM ("
        "SELECT id AS debt_id FROM main.debts UNION ALL SELECT debt_id FROM main.payments "
        "UNION ALL SELECT debt_id FROM main.agreements) GROUP BY debt_id "
        "ON CONFLICT (debt_id) DO UPDATE SET revision = revision + excluded.revision",
    ("status_after_settings_insert",): "UPDATE main.status_epoch SET epoch = epoch + {settings}",
}


@dataclass
class SetAside:
    """What `set_aside` dropped: each index's and trigger's SQL, in schema order, to create again."""

    indexes: list[str]
    triggers: list[str]
    effects: list[str]


def set_aside(conn: driver.Connection) -> SetAside:
    """Drop the listed insert triggers present and every non-unique index (inside the caller's transaction)."""
    present = dict(conn.execute("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger'").fetchall())
    triggers, effects = [], []
    for names, effect in AFTER_INSERT.items():
        if all(name in present for name in names):
            triggers += [present[name] for name in names]
            effects.append(effect)
            for name in names:
                conn.execute(f'DROP TRIGGER main."{name}"')
    indexes = []
    for name, sql in conn.execute("SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                  "ORDER BY rowid").fetchall():
        if not _unique(conn, name):
            indexes.append(sql)
            conn.execute(f'DROP INDEX main."{name}"')
    return SetAside(indexes, triggers, effects)


def _unique(conn: driver.Connection, index: str) -> bool:
    table = conn.execute("SELECT tbl_name FROM main.sqlite_master WHERE name = ?", (index,)).fetchone()[0]
    return any(row[1] == index and row[2] for row in conn.execute(f'PRAGMA main.index_list("{table}")'))


def put_back(conn: driver.Connection, aside: SetAside, settings: int) -> None:
    """Create the indexes again, apply the set-aside triggers' effects, and create the triggers again."""
    for sql in aside.indexes:
        conn.execute(sql)
    for effect in aside.effects:
        for statement in effect.format(settings=int(settings)).split("; "):
            conn.execute(statement)
    for sql in aside.triggers:
        conn.execute(sql)
