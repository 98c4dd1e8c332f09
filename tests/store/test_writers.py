"""One writer per file, consistent readers, and no lost update if two writers ever meet."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from debtdesk.cli import main
from debtdesk.domain.budget import Budget, BudgetLine, Direction, Frequency
from debtdesk.store import Store
from debtdesk.store.budgets import BudgetBook
from debtdesk.store.errors import ConflictError, FileInUseError
from debtdesk.store.interchange import InterchangeError, import_file
from tests.store.safety_helpers import hold, python, stop


def test_a_second_writer_is_refused_while_another_process_holds_the_file(demo_path, tmp_path, capsys):
    holder = hold(demo_path)
    try:
        with pytest.raises(FileInUseError, match=r"open in a DebtDesk window \(process \d+\)"):
            Store.open(demo_path)
        with Store.open(demo_path, read_only=True) as store:  # reading is always possible
            assert store.debts()
        assert main(["letter", "--db", str(demo_path), "--debt", "1", "--lang", "en",
                     "--out", str(tmp_path / "l.pdf"), "--name", "A"]) == 1
        assert "is open in a DebtDesk window" in capsys.readouterr().err
        assert not (tmp_path / "l.pdf").exists()
        assert main(["status", "--db", str(demo_path)]) == 0  # readers are not refused
        with pytest.raises(InterchangeError, match="is open in"):
            import_file(tmp_path / "any.json", demo_path)
    finally:
        stop(holder)
    with Store.open(demo_path) as store:  # the killed holder's lock is taken over at once
        assert not store.read_only


def test_the_lock_is_gone_when_the_file_is_closed(demo_path):
    with Store.open(demo_path):
        assert (demo_path.parent / f".{demo_path.name}.lock").exists()
    assert not (demo_path.parent / f".{demo_path.name}.lock").exists()


WRITER = """
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from debtdesk.domain.debt import Payment
from debtdesk.store import Store
store = Store.open(sys.argv[1])
template = store.debts()[0]
print("writing", flush=True)
for i in range(400):
    store.add_debt(replace(template, id=None, notes=str(i)),
                   [Payment(0, date(2026, 1, 1), Decimal("1.00")) for _ in range(3)])
print("done", flush=True)
"""


def test_a_reader_sees_one_consistent_state_while_another_process_writes(demo_path):
    """Every snapshot holds each new debt with all three of its payments, or not at all."""
    with Store.open(demo_path) as store:
        start = {d.id for d in store.debts()}
    writer = python(WRITER, demo_path)
    assert writer.stdout.readline().strip() == "writing"
    snapshots = 0
    while writer.poll() is None or snapshots == 0:
        with Store.open(demo_path, read_only=True) as store:
            debts = store.debts()
            payments = store.payments_by_debt()
            for debt in debts:
                if debt.id not in start:
                    assert len(payments.get(debt.id, [])) == 3
        snapshots += 1
    _out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err
    assert snapshots > 1


# -- two writers that meet anyway (two connections, as two windows would have) ----------------------


def _budget(book: BudgetBook) -> Budget:
    lines = (BudgetLine(Direction.INCOME, "salary", D("8000"), Frequency.MONTHLY, "job"),
             BudgetLine(Direction.EXPENSE, "rent", D("3000"), Frequency.MONTHLY, "flat"))
    return book.add(Budget(date(2026, 11, 1), lines, name="Nov"))


def test_two_writers_changing_different_lines_of_a_budget_both_keep_their_change(store, tmp_path):
    first = BudgetBook(store)
    shown = _budget(first)  # both pages show this
    with Store.open(store.path) as other:
        second = BudgetBook(other)
        salary, rent = shown.lines
        first.change(shown, replace(shown, lines=(replace(salary, amount=D("8500")), rent)))
        second.change(shown, replace(shown, lines=(salary, replace(rent, label="room"))))
        saved = second.get(shown.id)
    assert [line.amount for line in saved.lines] == [D("8500"), D("3000")]
    assert [line.label for line in saved.lines] == ["job", "room"]


def test_the_second_writer_of_the_same_field_is_refused_and_the_first_change_kept(store):
    first = BudgetBook(store)
    shown = _budget(first)
    with Store.open(store.path) as other:
        first.change(shown, replace(shown, name="first"))
        with pytest.raises(ConflictError, match="changed elsewhere"):
            BudgetBook(other).change(shown, replace(shown, name="second", notes="x"))
    assert first.get(shown.id).name == "first" and first.get(shown.id).notes == ""


def test_a_line_removed_elsewhere_is_not_brought_back_by_an_old_page(store):
    first = BudgetBook(store)
    shown = _budget(first)
    first.change(shown, replace(shown, lines=shown.lines[:1]))  # rent removed
    with pytest.raises(ConflictError, match="removed elsewhere"):
        first.change(shown, replace(shown, lines=(shown.lines[0], replace(shown.lines[1], amount=D("1")))))
    assert len(first.get(shown.id).lines) == 1


def test_undo_of_a_debt_edit_is_refused_when_the_field_changed_since(demo_path):
    with Store.open(demo_path) as a, Store.open(demo_path) as b:
        debt = a.debts()[0]
        after = a.update_debt(replace(debt, notes="mine"), before=debt)
        b.update_debt(replace(after, notes="theirs"), before=after)
        with pytest.raises(ConflictError):
            a.update_debt(debt, before=after)  # undo
        assert a.debt(debt.id).notes == "theirs"
        # a field nobody else touched can still be undone
        after = a.update_debt(replace(a.debt(debt.id), account_number="1"), before=a.debt(debt.id))
        a.update_debt(replace(after, account_number=debt.account_number), before=after)
        assert a.debt(debt.id).notes == "theirs"


def test_a_deleted_payment_is_not_deleted_again_by_an_old_window(demo_path):
    with Store.open(demo_path) as a, Store.open(demo_path) as b:
        debt = a.debts()[0]
        payment = a.payments(debt.id)[0]
        b.update_payment(replace(payment, note="edited"), before=payment)
        with pytest.raises(ConflictError):
            a.delete_payment(payment.id, expected=payment)
        assert b.payments(debt.id)[0].note == "edited"
