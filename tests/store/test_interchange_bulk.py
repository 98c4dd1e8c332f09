"""An import that sets indexes and insert triggers aside ends exactly where one row at a time would.

The reference is the same import with nothing set aside (every trigger fires
per row, every index is kept up as rows arrive); both files must then hold
the same rows in every table, derived ones included (text index answers,
days to flag, status revisions and epoch), and the same schema.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from debtdesk.store import Store, interchange_bulk
from debtdesk.store.interchange import export_file, import_file
from tests.store.test_interchange import fill

#: Rows that reach every set-aside trigger: a contact rule in settings, contacts on two days, an agreement.
MORE = [
    "INSERT INTO settings VALUES ('contacts.max_per_day', '2')",
    "INSERT INTO contacts VALUES (31, 2, '2026-11-10 08:00', 'call', '催收甲', '李女士', '138 0000 0000', "
    "'催还款，态度恶劣', '', '')",
    "INSERT INTO contacts VALUES (32, 2, '2026-11-10 23:10', 'sms', 'Acme Collections', '', '', 'late night', '', '')",
]


def _state(path: Path) -> dict[str, list]:
    """Every table's rows (sorted, as the file holds them), the schema, and a few text-index answers."""
    with closing(sqlite3.connect(path)) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'contacts_fts%' AND name NOT LIKE 'sqlite_%'")]
        state = {name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names}
        state["schema"] = sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                              "WHERE name NOT LIKE 'sqlite_autoindex%'").fetchall(), key=repr)
        for term in ("催收甲", "态度恶劣", "Acme", "0000", "night"):
            state[f"fts {term}"] = conn.execute("SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? "
                                                "ORDER BY rowid", (f'"{term}"',)).fetchall()
        conn.execute("INSERT INTO contacts_fts (contacts_fts) VALUES ('integrity-check')")
    return state


@pytest.fixture
def exported(tmp_path) -> Path:
    with Store.create(tmp_path / "source.debtdesk") as store:
        fill(store, every_table=True)
        with store.db.atomic():
            for sql in MORE:
                store.conn.execute(sql)
        export_file(store, tmp_path / "export.json")
    return tmp_path / "export.json"


def test_bulk_import_leaves_what_row_by_row_triggers_leave(exported, tmp_path, monkeypatch):
    import_file(exported, tmp_path / "bulk.debtdesk")
    monkeypatch.setattr(interchange_bulk, "set_aside", lambda conn: interchange_bulk.SetAside([], [], []))
    import_file(exported, tmp_path / "per-row.debtdesk")
    bulk, per_row = _state(tmp_path / "bulk.debtdesk"), _state(tmp_path / "per-row.debtdesk")
    assert bulk["status_revisions"] and bulk["contact_flag_dirty"] and bulk["fts 催收甲"]  # the test reaches them
    assert bulk == per_row


def _used_then_emptied(path: Path) -> Path:
    """An empty file with a past: a debt and a contact added and deleted leave revisions and a marked day."""
    with Store.create(path) as store:
        fill(store)
        with store.db.atomic():
            for table in ("contacts", "payments", "agreements", "debts", "lenders", "settings"):
                store.conn.execute(f"DELETE FROM {table}")
            store.conn.execute("INSERT INTO contact_flag_dirty (day) VALUES ('2001-01-01')")
    return path


def test_filling_an_empty_file_in_place_leaves_what_row_by_row_triggers_leave(exported, tmp_path, monkeypatch):
    import_file(exported, _used_then_emptied(tmp_path / "bulk.debtdesk"))
    monkeypatch.setattr(interchange_bulk, "set_aside", lambda conn: interchange_bulk.SetAside([], [], []))
    import_file(exported, _used_then_emptied(tmp_path / "per-row.debtdesk"))
    bulk, per_row = _state(tmp_path / "bulk.debtdesk"), _state(tmp_path / "per-row.debtdesk")
    assert ("2001-01-01",) not in bulk["contact_flag_dirty"]  # the contact rule re-marked every day
    assert bulk == per_row


def test_a_trigger_not_listed_stays_and_fires_per_row(exported, tmp_path):
    """A later schema's insert trigger must not be dropped silently: only listed triggers are set aside."""
    with closing(sqlite3.connect(":memory:")) as conn:
        conn.execute("CREATE TABLE t (x INTEGER)")
        conn.execute("CREATE TABLE log (x INTEGER)")
        conn.execute("CREATE INDEX t_by_x ON t (x)")
        conn.execute("CREATE UNIQUE INDEX t_unique ON t (x)")
        conn.execute("CREATE TRIGGER t_added AFTER INSERT ON t BEGIN INSERT INTO log VALUES (NEW.x); END")
        aside = interchange_bulk.set_aside(conn)
        assert aside.triggers == [] and len(aside.indexes) == 1 and "t_by_x" in aside.indexes[0]
        left = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')")}
        assert left == {"t_unique", "t_added"}
        interchange_bulk.put_back(conn, aside, settings=0)
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 't_by_x'").fetchone()[0] == 1
