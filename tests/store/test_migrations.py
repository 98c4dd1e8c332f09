"""Migrations and refusals: the schema is stamped as ours, old files are upgraded in one
transaction, and files that are not ours (or are newer) are never modified."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from datetime import date
from decimal import Decimal as D

import pytest

from debtdesk.domain.demo import demo_debts
from debtdesk.store import Store, StoreError, migrations
from debtdesk.store.contact_index import DERIVED_TABLES
from debtdesk.store.migrations import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, TABLES

AS_OF = date(2026, 11, 23)


def fingerprint(path):
    """Bytes, size and modification time of a file, plus any SQLite side files next to it."""
    data = path.read_bytes()
    stat = path.stat()
    sidecars = sorted(p.name for p in path.parent.iterdir() if p.name != path.name and p.name.startswith(path.name))
    return hashlib.sha256(data).hexdigest(), stat.st_size, stat.st_mtime_ns, sidecars


def write_old_version(path, version: int) -> None:
    """A DebtDesk file as an older release left it, with a lender, a debt and a payment."""
    conn = sqlite3.connect(path)
    for v in range(1, version + 1):
        for statement in MIGRATIONS[v]:
            conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("INSERT INTO lenders (id, name, kind) VALUES (1, '中国建设银行', 'bank')")
    conn.execute(
        """INSERT INTO debts (id, lender_id, kind, currency, principal_minor, start_date, term_months, due_day,
               rate, rate_basis, method, grace_days, penalty_markup, penalty_base, late_fee_minor, late_fee_share,
               min_payment_share, min_payment_floor_minor, upfront_fee_minor, account_number, contacts, notes)
           VALUES (7, 1, 'bank_loan', 'CNY', 8000000, '2026-01-15', 36, NULL, '0.0435', 'annual',
               'equal-instalment', 0, '0.5', 'overdue_principal', 5000, '0', '0.10', 10000, 0,
               '4367 4200 1188 0021', '', 'old file')"""
    )
    conn.execute("INSERT INTO payments (id, debt_id, paid_on, amount_minor, note) "
                 "VALUES (3, 7, '2026-02-15', 236948, 'first')")
    conn.commit()
    conn.close()


def pragma(path, name):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def user_tables(conn) -> set[str]:
    """The tables that hold the household's data (the derived ones, rebuilt from them, must exist too)."""
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert set(DERIVED_TABLES) <= names
    return names - set(DERIVED_TABLES)


# -- the schema ---------------------------------------------------------------------------


def test_migrations_are_numbered_from_one_without_gaps():
    assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION + 1))
    assert SCHEMA_VERSION == max(MIGRATIONS)
    assert APPLICATION_ID == int.from_bytes(b"DBDS", "big")


def test_new_file_is_stamped_and_has_every_table(tmp_path):
    path = tmp_path / "new.debtdesk"
    Store.create(path).close()
    assert pragma(path, "application_id") == APPLICATION_ID
    assert pragma(path, "user_version") == SCHEMA_VERSION
    conn = sqlite3.connect(path)
    try:
        assert user_tables(conn) == set(TABLES)
        strict = {r[1]: r[5] for r in conn.execute("PRAGMA table_list") if r[0] == "main"}
        assert all(strict[t] == 1 for t in TABLES), strict
    finally:
        conn.close()


def test_tables_order_satisfies_the_foreign_keys(tmp_path):
    path = tmp_path / "fk.debtdesk"
    with Store.create(path) as store:
        for position, table in enumerate(TABLES):
            for fk in store.conn.execute(f"PRAGMA foreign_key_list({table})"):
                assert TABLES.index(fk["table"]) < position, (table, fk["table"])


def test_opening_a_current_file_changes_nothing(tmp_path):
    path = tmp_path / "current.debtdesk"
    with Store.create(path) as store:
        for debt, payments in demo_debts(AS_OF):
            store.add_debt(debt, payments)
    before = fingerprint(path)
    with Store.open(path) as store:
        assert store.counts()["debts"] == 6
    assert fingerprint(path) == before


# -- upgrading -------------------------------------------------------------------------------


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_old_file_is_upgraded_and_keeps_its_data(tmp_path, version):
    path = tmp_path / f"v{version}.debtdesk"
    write_old_version(path, version)
    with Store.open(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert user_tables(store.conn) == set(TABLES)
        (debt,) = store.debts()
        assert (debt.id, debt.lender.name, debt.principal, debt.notes) == (7, "中国建设银行", D("80000.00"), "old file")
        (payment,) = store.payments(7)
        assert (payment.id, payment.amount, payment.note) == (3, D("2369.48"), "first")
        # The upgraded file takes new data in the new tables.
        store.conn.execute("INSERT INTO settings (key, value) VALUES ('stage.mid', '10')")
        store.conn.commit()
    assert pragma(path, "user_version") == SCHEMA_VERSION


def test_failed_migration_leaves_the_old_file_untouched(tmp_path, monkeypatch):
    path = tmp_path / "v1.debtdesk"
    write_old_version(path, 1)
    before = fingerprint(path)
    broken = list(MIGRATIONS[SCHEMA_VERSION]) + ["CREATE TABLE broken (oops"]
    monkeypatch.setitem(migrations.MIGRATIONS, SCHEMA_VERSION, broken)
    with pytest.raises(StoreError):
        Store.open(path)
    assert fingerprint(path) == before
    assert pragma(path, "user_version") == 1
    monkeypatch.undo()
    with Store.open(path) as store:  # and a working DebtDesk still upgrades it
        assert store.debts()[0].id == 7


# -- refusals: never modify a file that is not ours --------------------------------------------


def refused(path, match: str) -> None:
    before = fingerprint(path)
    with pytest.raises(StoreError, match=match):
        Store.open(path)
    with pytest.raises(StoreError):
        Store.open(path, create=True)
    with pytest.raises(StoreError):
        Store.create(path)
    assert fingerprint(path) == before


def test_text_file_is_refused(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Dear lender,\nI cannot pay this month.\n" * 50, encoding="utf-8")
    refused(path, "not a DebtDesk file")


def test_binary_junk_is_refused(tmp_path):
    path = tmp_path / "junk.debtdesk"
    path.write_bytes(os.urandom(8192))  # whole pages of random bytes: exactly what an encrypted file looks like
    refused(path, "cannot be read without a passphrase: it is encrypted, or it is not a DebtDesk file at all")


def test_truncated_sqlite_header_is_refused(tmp_path):
    path = tmp_path / "half.debtdesk"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    refused(path, "not a DebtDesk file")


def test_another_apps_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos (name) VALUES ('cat.jpg')")
    conn.commit()
    conn.close()
    refused(path, "SQLite file, but not a DebtDesk file")


def test_sqlite_file_with_another_application_id_is_refused(tmp_path):
    path = tmp_path / "other-id.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.commit()
    conn.close()
    assert path.stat().st_size > 0
    refused(path, "not a DebtDesk file")


def test_file_from_a_newer_debtdesk_is_refused(tmp_path):
    path = tmp_path / "future.debtdesk"
    with Store.create(path) as store:
        for debt, payments in demo_debts(AS_OF):
            store.add_debt(debt, payments)
        store.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        store.conn.commit()
    refused(path, f"newer DebtDesk \\(format {SCHEMA_VERSION + 1}")
    assert pragma(path, "user_version") == SCHEMA_VERSION + 1


def test_v4_upgrade_marks_secured_debts_priority_and_gives_interest_only_debts_compound_penalties(tmp_path):
    path = tmp_path / "v3.debtdesk"
    write_old_version(path, 3)
    conn = sqlite3.connect(path)
    common = ("'CNY', 1000000, '2026-01-15', 12, NULL, '0.12', 'annual', ?, 0, '0.5', ?, 0, '0', '0.10', 10000, 0, "
              "'', '', ''")
    for debt_id, kind, method, base in [(8, "mortgage", "equal-instalment", "overdue_principal"),
                                        (9, "online_loan", "interest-only", "overdue_principal"),
                                        (10, "online_loan", "interest-only", "overdue_instalment")]:
        conn.execute(
            f"""INSERT INTO debts (id, lender_id, kind, currency, principal_minor, start_date, term_months, due_day,
                   rate, rate_basis, method, grace_days, penalty_markup, penalty_base, late_fee_minor, late_fee_share,
                   min_payment_share, min_payment_floor_minor, upfront_fee_minor, account_number, contacts, notes)
               VALUES (?, 1, ?, {common})""", (debt_id, kind, method, base))
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        debts = {d.id: d for d in store.debts()}
    assert [debts[i].priority for i in (7, 8, 9, 10)] == [False, True, False, False]
    # Only where the penalty base held nothing: an interest-only debt charged on overdue principal.
    assert [debts[i].penalty.compound for i in (7, 8, 9, 10)] == [False, False, True, False]
    assert {d.payment_order.value for d in debts.values()} == {"oldest-first"}  # what these debts showed before


def test_v5_upgrade_drops_an_interest_freeze_from_stored_settlements(tmp_path):
    path = tmp_path / "v4.debtdesk"
    write_old_version(path, 4)
    conn = sqlite3.connect(path)
    conn.execute("""INSERT INTO proposals (debt_id, created_on, options, status) VALUES
        (7, '2026-11-20', '{"freeze-interest": true, "settlement": "60"}', 'sent'),
        (7, '2026-11-21', '{"freeze-interest": true, "instalments": "12"}', 'draft')""")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        rows = [json.loads(r[0]) for r in store.conn.execute("SELECT options FROM proposals ORDER BY id")]
        assert rows == [{"settlement": "60"}, {"freeze-interest": True, "instalments": "12"}]
        assert store.conn.execute("SELECT count(*) FROM household_plans").fetchone()[0] == 0
