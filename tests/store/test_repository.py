"""The store: round trips, ids kept through delete and restore, one transaction per action."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from debtdesk.domain.debt import (
    CardTerms,
    Debt,
    LateFeeRule,
    Lender,
    LenderKind,
    Payment,
    PenaltyBase,
    PenaltyRule,
    ProductKind,
    Rate,
    RateBasis,
    RepaymentMethod,
)
from debtdesk.domain.demo import demo_debts
from debtdesk.store import DebtSnapshot, Store, StoreError
from debtdesk.store.migrations import APPLICATION_ID, SCHEMA_VERSION


def make_debt(**changes) -> Debt:
    """A debt with every field away from its default, so a lost field shows."""
    values = dict(
        lender=Lender("微粒贷", LenderKind.PLATFORM),
        kind=ProductKind.ONLINE_LOAN,
        principal=D("20000.00"),
        start_date=date(2026, 1, 31),
        term_months=10,
        rate=Rate(D("0.0005"), RateBasis.DAILY),
        method=RepaymentMethod.EQUAL_PRINCIPAL,
        currency="HKD",
        due_day=31,
        grace_days=3,
        penalty=PenaltyRule(D("0.3"), PenaltyBase.OVERDUE_INSTALMENT),
        late_fee=LateFeeRule(D("50.25"), D("0.05")),
        card=CardTerms(D("0.08"), D("55.50")),
        upfront_fee=D("600.01"),
        account_number="WLD-7723-1150",
        contacts="客服 95188",
        notes="Borrowed for rent.\nSecond line.",
    )
    values.update(changes)
    return Debt(**values)


def make_payments(*specs) -> list[Payment]:
    """('2026-02-28', '2000.00', 'note') tuples -> payments without ids."""
    return [Payment(None, date.fromisoformat(on), D(amount), *rest) for on, amount, *rest in specs]


MONEY_COLUMNS = {
    "debts": ["principal_minor", "late_fee_minor", "min_payment_floor_minor", "upfront_fee_minor"],
    "payments": ["amount_minor"],
}


def table_rows(store: Store, table: str) -> list[tuple]:
    return [tuple(r) for r in store.conn.execute(f"SELECT * FROM {table} ORDER BY id")]


def snapshot_of(store: Store) -> dict:
    return {t: table_rows(store, t) for t in ("lenders", "debts", "payments")}


# -- creating and opening ----------------------------------------------------------------


def test_create_then_reopen(tmp_path):
    path = tmp_path / "new.debtdesk"
    with Store.create(path) as store:
        assert store.counts() == {"lenders": 0, "debts": 0, "payments": 0}
        added = store.add_debt(make_debt(), make_payments(("2026-02-28", "2000.00")))
    assert path.exists()
    with Store.open(path) as again:
        assert again.debts() == [added]
        assert again.counts() == {"lenders": 1, "debts": 1, "payments": 1}
        assert again.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert again.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_create_refuses_an_existing_file(tmp_path):
    path = tmp_path / "existing.debtdesk"
    with Store.create(path) as store:
        store.add_debt(make_debt())
    before = path.read_bytes()
    with pytest.raises(StoreError, match="already exists"):
        Store.create(path)
    assert path.read_bytes() == before


def test_create_accepts_an_empty_file(tmp_path):
    path = tmp_path / "empty.debtdesk"
    path.touch()
    with Store.create(path) as store:
        assert store.counts()["debts"] == 0
    assert path.stat().st_size > 0


def test_open_a_missing_file_does_not_create_it(tmp_path):
    path = tmp_path / "missing.debtdesk"
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(path)
    assert not path.exists()


def test_open_a_folder(tmp_path):
    with pytest.raises(StoreError, match="folder"):
        Store.open(tmp_path)
    with pytest.raises(StoreError):
        Store.open(tmp_path, create=True)


def test_foreign_keys_are_on(store):
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_foreign_keys_are_on_after_reopening(tmp_path):
    path = tmp_path / "f.debtdesk"
    Store.create(path).close()
    with Store.open(path) as store:
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with pytest.raises(sqlite3.IntegrityError):
            store.add_payment(Payment(999, date(2026, 1, 1), D("1.00")))
        assert store.counts()["payments"] == 0


# -- debts ---------------------------------------------------------------------------------


def test_add_debt_round_trips_every_field(store):
    debt = make_debt()
    added = store.add_debt(debt)
    assert added.id is not None and added.lender.id is not None
    assert replace(added, id=None, lender=replace(added.lender, id=None)) == debt
    loaded = store.debt(added.id)
    assert loaded == added
    # Decimals come back as exact values, not floats.
    assert loaded.rate == Rate(D("0.0005"), RateBasis.DAILY)
    assert str(loaded.principal) == "20000.00" and str(loaded.upfront_fee) == "600.01"
    assert loaded.card.min_payment_floor == D("55.50")
    assert loaded.notes == "Borrowed for rent.\nSecond line."


def test_due_day_none_round_trips(store):
    added = store.add_debt(make_debt(due_day=None))
    assert store.debt(added.id).due_day is None


def test_add_debt_keeps_a_given_id(store):
    added = store.add_debt(make_debt(id=41))
    assert added.id == 41
    assert store.debt(41) == added


def test_demo_household_round_trips(store):
    as_of = date(2026, 11, 23)
    saved = []
    for debt, payments in demo_debts(as_of):
        added = store.add_debt(debt, payments)
        saved.append((added, payments))
    assert store.debts() == [d for d, _ in saved]
    by_debt = store.payments_by_debt()
    for added, payments in saved:
        got = store.payments(added.id)
        assert [(p.paid_on, p.amount, p.note) for p in got] == [(p.paid_on, p.amount, p.note) for p in payments]
        assert all(p.debt_id == added.id and p.id is not None for p in got)
        assert by_debt.get(added.id, []) == got
    assert store.counts() == {"lenders": 6, "debts": 6, "payments": sum(len(p) for _, p in saved)}


def test_payments_come_back_in_date_order(store):
    debt = store.add_debt(make_debt(), make_payments(
        ("2026-04-30", "3.00"), ("2026-02-28", "1.00"), ("2026-03-31", "2.00"), ("2026-02-28", "1.50")))
    got = store.payments(debt.id)
    assert [(p.paid_on.isoformat(), str(p.amount)) for p in got] == [
        ("2026-02-28", "1.00"), ("2026-02-28", "1.50"), ("2026-03-31", "2.00"), ("2026-04-30", "3.00")]
    assert store.earliest_payment(debt.id) == date(2026, 2, 28)


def test_earliest_payment_none_without_payments(store):
    debt = store.add_debt(make_debt())
    assert store.earliest_payment(debt.id) is None
    assert store.payments(debt.id) == []
    assert store.payments_by_debt() == {}


def test_update_debt(store):
    added = store.add_debt(make_debt())
    changed = replace(added, principal=D("19999.99"), rate=Rate(D("0.18")), notes="", due_day=None, grace_days=0)
    store.update_debt(changed)
    assert store.debt(added.id) == changed
    assert store.counts()["debts"] == 1


def test_update_debt_to_a_new_lender(store):
    added = store.add_debt(make_debt())
    store.update_debt(replace(added, lender=Lender("借呗", LenderKind.PLATFORM)))
    loaded = store.debt(added.id)
    assert loaded.lender.name == "借呗"
    assert [lender.name for lender in store.lenders()] == ["借呗"]  # 微粒贷 is used by no debt any more


def test_update_debt_needs_an_id(store):
    with pytest.raises(ValueError):
        store.update_debt(make_debt())


def test_missing_debt(store):
    with pytest.raises(StoreError, match="no debt number 5"):
        store.debt(5)
    with pytest.raises(StoreError):
        store.delete_debt(5)


# -- lenders -------------------------------------------------------------------------------


def test_lender_is_reused_by_name(store):
    a = store.add_debt(make_debt())
    b = store.add_debt(make_debt(principal=D("500.00")))
    assert a.lender.id == b.lender.id
    assert store.counts()["lenders"] == 1
    assert store.lenders() == [Lender("微粒贷", LenderKind.PLATFORM, a.lender.id)]


def test_reusing_a_lender_keeps_its_kind(store):
    """A lender's kind belongs to all its debts: adding one more debt never changes it behind the user's back."""
    a = store.add_debt(make_debt(lender=Lender("Anna", LenderKind.OTHER)))
    b = store.add_debt(make_debt(lender=Lender("Anna", LenderKind.PERSON)))
    assert a.lender.id == b.lender.id
    assert b.lender.kind is LenderKind.OTHER  # returned as stored
    assert store.lenders() == [Lender("Anna", LenderKind.OTHER, a.lender.id)]


def test_editing_a_debt_without_moving_it_changes_its_lenders_kind(store):
    a = store.add_debt(make_debt(lender=Lender("Anna", LenderKind.OTHER)))
    saved = store.update_debt(replace(a, lender=Lender("Anna", LenderKind.PERSON)), before=a)
    assert saved.lender == Lender("Anna", LenderKind.PERSON, a.lender.id)
    store.update_debt(a, before=saved)  # undo puts the kind back
    assert store.lenders() == [Lender("Anna", LenderKind.OTHER, a.lender.id)]


def test_moving_a_debt_to_another_lender_keeps_that_lenders_kind_and_undo_restores_all(store):
    """Issue 21: moving a debt to an existing lender changed that lender's kind for all its debts."""
    bank = store.add_debt(make_debt(lender=Lender("Bank", LenderKind.BANK)))
    anna = store.add_debt(make_debt(lender=Lender("Anna", LenderKind.PERSON)))
    moved = store.update_debt(replace(anna, lender=Lender("Bank", LenderKind.PERSON)), before=anna)
    assert moved.lender == Lender("Bank", LenderKind.BANK, bank.lender.id)
    assert store.debt(bank.id).lender.kind is LenderKind.BANK
    assert [lender.name for lender in store.lenders()] == ["Bank"]  # Anna had no other debt
    store.update_debt(anna, before=moved)  # undo: Anna comes back with her id and kind
    assert store.debt(anna.id) == anna
    assert store.debt(bank.id).lender.kind is LenderKind.BANK


def test_lenders_are_listed_by_name(store):
    for name in ["c", "a", "b"]:
        store.add_debt(make_debt(lender=Lender(name)))
    assert [lender.name for lender in store.lenders()] == ["a", "b", "c"]


def test_lender_with_debts_cannot_be_deleted(store):
    added = store.add_debt(make_debt())
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("DELETE FROM lenders WHERE id = ?", (added.lender.id,))
    store.conn.rollback()
    assert store.counts()["lenders"] == 1


# -- delete and restore ----------------------------------------------------------------


def test_delete_cascades_to_payments_and_restore_keeps_ids(store):
    keep = store.add_debt(make_debt(lender=Lender("Keep")), make_payments(("2026-03-01", "5.00")))
    debt = store.add_debt(make_debt(), make_payments(
        ("2026-02-28", "2000.00", "on time"), ("2026-03-31", "1000.00", "half")))
    payments = store.payments(debt.id)
    before = snapshot_of(store)

    snap = store.delete_debt(debt.id)
    assert isinstance(snap, DebtSnapshot)
    assert snap.debt == debt and snap.payments == tuple(payments)
    with pytest.raises(StoreError):
        store.debt(debt.id)
    assert store.conn.execute("SELECT count(*) FROM payments WHERE debt_id = ?", (debt.id,)).fetchone()[0] == 0
    assert store.payments(keep.id) != []  # other debts keep their payments
    assert store.counts() == {"lenders": 1, "debts": 1, "payments": 1}  # its lender had no other debt

    store.restore_debt(snap)
    assert store.debt(debt.id) == debt
    assert store.payments(debt.id) == payments  # same ids, same order
    assert snapshot_of(store) == before


def test_delete_and_restore_repeatedly(store):
    debt = store.add_debt(make_debt(), make_payments(("2026-02-28", "1.00")))
    snap = store.delete_debt(debt.id)
    store.restore_debt(snap)
    store.restore_debt(store.delete_debt(debt.id))
    assert store.debt(debt.id) == debt


def test_restoring_twice_fails_without_writing_anything(store):
    debt = store.add_debt(make_debt(), make_payments(("2026-02-28", "1.00"), ("2026-03-31", "2.00")))
    snap = store.delete_debt(debt.id)
    store.restore_debt(snap)
    before = snapshot_of(store)
    with pytest.raises((sqlite3.DatabaseError, StoreError)):
        store.restore_debt(snap)
    assert snapshot_of(store) == before


# -- payments ------------------------------------------------------------------------------


def test_add_update_delete_payment(store):
    debt = store.add_debt(make_debt())
    p = store.add_payment(Payment(debt.id, date(2026, 2, 28), D("123.45"), "first"))
    assert p.id is not None
    assert store.payments(debt.id) == [p]
    changed = replace(p, amount=D("200.00"), paid_on=date(2026, 3, 1), note="")
    store.update_payment(changed)
    assert store.payments(debt.id) == [changed]
    assert store.delete_payment(p.id) == changed
    assert store.payments(debt.id) == []
    with pytest.raises(StoreError, match="no payment number"):
        store.delete_payment(p.id)


# -- money is INTEGER, never REAL ------------------------------------------------------------


def test_money_is_stored_as_integer_cents(store):
    debt = store.add_debt(make_debt(), make_payments(("2026-02-28", "0.10"), ("2026-03-31", "1234.56")))
    for table, columns in MONEY_COLUMNS.items():
        for column in columns:
            types = {r[0] for r in store.conn.execute(f"SELECT typeof({column}) FROM {table}")}
            assert types == {"integer"}, (table, column)
    row = store.conn.execute("SELECT principal_minor, late_fee_minor, min_payment_floor_minor, "
                             "upfront_fee_minor FROM debts WHERE id = ?", (debt.id,)).fetchone()
    assert tuple(row) == (2000000, 5025, 5550, 60001)
    amounts = [r[0] for r in store.conn.execute("SELECT amount_minor FROM payments ORDER BY paid_on")]
    assert amounts == [10, 123456]


def test_rates_and_shares_are_stored_as_decimal_text(store):
    store.add_debt(make_debt())
    row = store.conn.execute(
        "SELECT typeof(rate), rate, penalty_markup, late_fee_share, min_payment_share FROM debts").fetchone()
    assert tuple(row) == ("text", "0.0005", "0.3", "0.05", "0.08")


def test_no_column_anywhere_is_real(store):
    tables = [r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for column in store.conn.execute(f"PRAGMA table_info({table})"):
            assert column["type"].upper() not in ("REAL", "FLOAT", "DOUBLE", "NUMERIC"), (table, column["name"])


def test_a_float_cannot_sneak_into_a_money_column(store):
    debt = store.add_debt(make_debt())
    with pytest.raises(sqlite3.DatabaseError):
        store.conn.execute(
            "INSERT INTO payments (debt_id, paid_on, amount_minor) VALUES (?, '2026-03-01', 12.5)", (debt.id,))
    store.conn.rollback()
    assert store.payments(debt.id) == []


# -- nothing half-written ----------------------------------------------------------------------


def test_add_debt_with_a_bad_payment_writes_nothing(store):
    store.add_debt(make_debt(lender=Lender("Existing")))
    before = snapshot_of(store)
    payments = make_payments(("2026-02-28", "10.00"), ("2026-03-31", "0.00"))  # amount_minor > 0 fails
    with pytest.raises((sqlite3.DatabaseError, StoreError)):
        store.add_debt(make_debt(lender=Lender("Brand new lender")), payments)
    assert snapshot_of(store) == before  # no debt, no lender, not the first payment either
    assert not store.conn.in_transaction
    # The store is still usable afterwards.
    ok = store.add_debt(make_debt(lender=Lender("Brand new lender")), payments[:1])
    assert store.payments(ok.id)[0].amount == D("10.00")


def test_add_debt_breaking_a_check_writes_nothing(store):
    before = snapshot_of(store)
    with pytest.raises((sqlite3.DatabaseError, StoreError)):
        store.add_debt(make_debt(currency="YUAN"))  # length(currency) = 3
    assert snapshot_of(store) == before


def test_failed_update_leaves_the_debt_as_it_was(store):
    added = store.add_debt(make_debt())
    before = snapshot_of(store)
    with pytest.raises((sqlite3.DatabaseError, StoreError)):
        store.update_debt(replace(added, lender=Lender("Someone new"), term_months=0))  # term_months >= 1
    assert snapshot_of(store) == before
    assert store.debt(added.id) == added


def test_changes_are_on_disk_without_an_explicit_commit(tmp_path):
    path = tmp_path / "d.debtdesk"
    store = Store.create(path)
    added = store.add_debt(make_debt(), make_payments(("2026-02-28", "1.00")))
    # A second connection sees the change while the first is still open.
    other = sqlite3.connect(path)
    try:
        assert other.execute("SELECT count(*) FROM payments").fetchone()[0] == 1
    finally:
        other.close()
    store.close()
    with Store.open(path) as again:
        assert again.debt(added.id) == added


# -- save a copy ------------------------------------------------------------------------------


def test_save_copy_is_an_identical_openable_file(store, tmp_path):
    for debt, payments in demo_debts(date(2026, 11, 23)):
        store.add_debt(debt, payments)
    target = tmp_path / "copy.debtdesk"
    store.save_copy(target)
    assert not (tmp_path / "copy.debtdesk.part").exists()
    with Store.open(target) as copy:
        assert copy.debts() == store.debts()
        assert copy.payments_by_debt() == store.payments_by_debt()
        assert snapshot_of(copy) == snapshot_of(store)
        assert list(copy.conn.iterdump()) == list(store.conn.iterdump())
        for pragma in ("application_id", "user_version"):
            assert (copy.conn.execute(f"PRAGMA {pragma}").fetchone()[0]
                    == store.conn.execute(f"PRAGMA {pragma}").fetchone()[0])


def test_save_copy_replaces_an_older_copy(store, tmp_path):
    target = tmp_path / "copy.debtdesk"
    store.save_copy(target)
    store.add_debt(make_debt())
    store.save_copy(target)
    with Store.open(target) as copy:
        assert copy.counts()["debts"] == 1


def test_save_copy_onto_itself_is_refused(store):
    before = store.path.read_bytes()
    with pytest.raises(StoreError, match="cannot replace"):
        store.save_copy(store.path)
    assert store.path.read_bytes() == before
