"""BudgetBook: snapshots with their lines, one transaction per change, undo-able deletes."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from debtdesk.domain.budget import Budget, BudgetLine, Direction, Frequency
from debtdesk.services.plans import available_per_month
from debtdesk.store import Store, StoreError
from debtdesk.store.budgets import BudgetBook

D = Decimal


@pytest.fixture
def store(tmp_path):
    with Store.create(tmp_path / "household.debtdesk") as s:
        yield s


def _lines():
    return (
        BudgetLine(Direction.INCOME, "wages", D("100"), Frequency.WEEKLY, "Part-time job"),
        BudgetLine(Direction.INCOME, "benefits", D("1200"), Frequency.YEARLY),
        BudgetLine(Direction.EXPENSE, "housing", D("450.50"), Frequency.MONTHLY, "Rent 房租"),
    )


def _count(store, table):
    return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_add_then_get_round_trips_with_ids_and_exact_amounts(store):
    book = BudgetBook(store)
    saved = book.add(Budget(date(2026, 11, 1), _lines(), "November", "after the job loss", "HKD"))
    assert saved.id is not None and all(line.id is not None for line in saved.lines)
    again = book.get(saved.id)
    assert again == saved
    assert [line.label for line in again.lines] == ["Part-time job", "", "Rent 房租"]
    assert again.disposable == D("82.83")  # 433.33 + 100.00 − 450.50
    row = store.conn.execute("SELECT amount_minor, typeof(amount_minor) FROM budget_lines "
                             "WHERE label = 'Rent 房租'").fetchone()
    assert tuple(row) == (45050, "integer")


def test_list_is_newest_first_and_latest_is_the_latest_date(store):
    book = BudgetBook(store)
    older = book.add(Budget(date(2026, 3, 1), name="March"))
    newer = book.add(Budget(date(2026, 9, 1), name="September"))
    oldest = book.add(Budget(date(2025, 12, 1), name="December"))
    assert [b.name for b in book.list()] == ["September", "March", "December"]
    assert book.latest().id == newer.id
    assert {older.id, oldest.id} < {b.id for b in book.list()}


def test_a_line_violating_a_check_leaves_no_snapshot_behind(store):
    book = BudgetBook(store)
    bad = replace(_lines()[2], amount=D("-1"))  # amount_minor >= 0
    with pytest.raises(sqlite3.IntegrityError):
        book.add(Budget(date(2026, 11, 1), _lines()[:2] + (bad,)))
    assert (_count(store, "budgets"), _count(store, "budget_lines")) == (0, 0)


def test_a_failing_update_keeps_the_old_lines(store):
    book = BudgetBook(store)
    saved = book.add(Budget(date(2026, 11, 1), _lines()))
    bad = BudgetLine(Direction.INCOME, "wages", D("-5"))
    with pytest.raises(sqlite3.IntegrityError):
        book.update(replace(saved, name="changed", lines=saved.lines[:1] + (bad,)))
    assert book.get(saved.id) == saved


def test_update_replaces_lines_keeping_ids_and_order(store):
    book = BudgetBook(store)
    saved = book.add(Budget(date(2026, 11, 1), _lines()))
    rent = replace(saved.lines[2], amount=D("500"))
    new_line = BudgetLine(Direction.EXPENSE, "food", D("80"), Frequency.WEEKLY)
    updated = book.update(replace(saved, name="Revised", lines=(rent, saved.lines[0], new_line)))
    again = book.get(saved.id)
    assert again == updated
    assert [line.id for line in again.lines[:2]] == [saved.lines[2].id, saved.lines[0].id]
    assert again.lines[2].id not in {line.id for line in saved.lines}
    assert again.name == "Revised" and again.monthly_expenses == D("846.67")  # 500 + 346.67
    assert _count(store, "budget_lines") == 3


def test_update_of_a_missing_snapshot_is_refused(store):
    with pytest.raises(StoreError):
        BudgetBook(store).update(Budget(date(2026, 1, 1), id=99))


def test_delete_then_restore_gives_back_the_same_ids(store):
    book = BudgetBook(store)
    keep = book.add(Budget(date(2026, 1, 1), _lines()[:1]))
    saved = book.add(Budget(date(2026, 11, 1), _lines(), "Nov"))
    snapshot = book.delete(saved.id)
    assert snapshot == saved
    assert [b.id for b in book.list()] == [keep.id]
    assert _count(store, "budget_lines") == 1  # the deleted snapshot's lines went with it
    book.restore(snapshot)
    assert book.get(saved.id) == saved
    with pytest.raises(StoreError):
        book.delete(12345)


def test_copy_makes_a_new_dated_snapshot_with_the_same_lines(store):
    book = BudgetBook(store)
    source = book.add(Budget(date(2026, 1, 1), _lines(), "January", "notes", "USD"))
    copy = book.copy(source.id, date(2026, 11, 23))
    assert copy.id != source.id and copy.taken_on == date(2026, 11, 23)
    assert (copy.name, copy.notes, copy.currency) == ("January", "notes", "USD")
    assert [replace(line, id=None) for line in copy.lines] == [replace(line, id=None) for line in source.lines]
    assert not {line.id for line in copy.lines} & {line.id for line in source.lines}
    assert book.get(source.id) == source  # the original is untouched
    december = book.copy(source.id, date(2026, 12, 1), "December", "HKD")
    assert (december.name, december.currency) == ("December", "HKD")


def test_available_per_month_is_the_latest_disposable_income(store):
    assert available_per_month(store) is None
    book = BudgetBook(store)
    book.add(Budget(date(2026, 11, 1), _lines()))
    book.add(Budget(date(2026, 5, 1), (BudgetLine(Direction.INCOME, "wages", D("9999")),)))
    assert available_per_month(store) == D("82.83")
