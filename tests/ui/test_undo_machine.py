"""Random undo commands, then undo all: the file is exactly as it started; redo all: exactly as it ended.

A hypothesis state machine pushes debt, payment, lender, budget and
evidence commands onto a QUndoStack, undoing and redoing at random on the
way.  Because every step writes only what its command changed, the file
after undoing everything must equal the start, row for row and id for id.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtGui import QUndoStack

from debtdesk.domain.budget import BudgetLine, Direction, Frequency
from debtdesk.domain.debt import Lender, LenderKind, Payment
from debtdesk.store import Store
from debtdesk.store.budgets import BudgetBook
from debtdesk.store.demo import write_demo
from debtdesk.store.evidence import EvidenceBook
from debtdesk.ui import commands
from debtdesk.ui import household_commands as hc
from debtdesk.ui.session import Session
from debtdesk.ui.undo import failures
from tests.store.safety_helpers import dump

AS_OF = date(2026, 11, 23)
_TEMPLATE = Path(tempfile.mkdtemp(prefix="debtdesk-undo-machine-")) / "template.debtdesk"
write_demo(_TEMPLATE, AS_OF)
_LENDERS = ["招商银行信用卡", "Anna Chan (private)", "New lender", "微粒贷"]


class UndoRedo(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="debtdesk-undo-"))
        shutil.copy(_TEMPLATE, self.folder / "h.debtdesk")
        self.store = Store.open(self.folder / "h.debtdesk")
        self.session = Session(self.store, AS_OF)
        self.stack = QUndoStack()
        self.start = dump(self.store.path)
        self.failed: list = []
        failures.failed.connect(self._failed)
        self.pushed = 0

    def _failed(self, command, step, problem):
        self.failed.append((command.text(), step, problem))

    def push(self, command) -> None:
        self.stack.push(command)
        self.pushed += 1

    # -- debts and payments ---------------------------------------------------------------------------
    @rule(data=st.data())
    def edit_debt(self, data):
        debt = data.draw(st.sampled_from(self.store.debts()))
        change = data.draw(st.sampled_from(["notes", "principal", "lender", "kind", "due_day"]))
        if change == "notes":
            after = replace(debt, notes=data.draw(st.text(max_size=5)))
        elif change == "principal":
            after = replace(debt, principal=debt.principal + D(data.draw(st.integers(1, 999))))
        elif change == "lender":
            after = replace(debt, lender=Lender(data.draw(st.sampled_from(_LENDERS)), debt.lender.kind))
        elif change == "kind":
            after = replace(debt, lender=replace(debt.lender, kind=data.draw(st.sampled_from(list(LenderKind)))))
        else:
            after = replace(debt, due_day=data.draw(st.integers(1, 28)))
        if after != debt:
            self.push(commands.EditDebt(self.session, debt, after))

    @rule(data=st.data())
    def add_debt(self, data):
        debt = data.draw(st.sampled_from(self.store.debts()))
        self.push(commands.AddDebt(self.session, replace(debt, id=None, notes="added")))

    @precondition(lambda self: len(self.store.debts()) > 1)
    @rule(data=st.data())
    def delete_debt(self, data):
        self.push(commands.DeleteDebt(self.session, data.draw(st.sampled_from(self.store.debts()))))

    @rule(data=st.data(), days=st.integers(0, 60), amount=st.integers(1, 5000))
    def add_payment(self, data, days, amount):
        debt = data.draw(st.sampled_from(self.store.debts()))
        payment = Payment(debt.id, AS_OF - timedelta(days=days), D(amount))
        self.push(commands.AddPayment(self.session, payment, debt.lender.name))

    @rule(data=st.data())
    def change_payment(self, data):
        payments = [p for ps in self.store.payments_by_debt().values() for p in ps]
        if not payments:
            return
        payment = data.draw(st.sampled_from(payments))
        if data.draw(st.booleans()):
            self.push(commands.DeletePayment(self.session, payment))
        else:
            self.push(commands.EditPayment(self.session, payment, replace(payment, note="edited",
                                                                          amount=payment.amount + 1)))

    # -- budget and evidence -------------------------------------------------------------------------
    @rule(data=st.data())
    def edit_budget(self, data):
        budget = BudgetBook(self.store).latest()
        lines = list(budget.lines)
        what = data.draw(st.sampled_from(["add", "remove", "amount", "move", "name"]))
        if what == "add":
            lines.insert(data.draw(st.integers(0, len(lines))),
                         BudgetLine(Direction.EXPENSE, "other", D(data.draw(st.integers(0, 999))), Frequency.MONTHLY))
        elif what == "remove" and lines:
            lines.pop(data.draw(st.integers(0, len(lines) - 1)))
        elif what == "amount" and lines:
            i = data.draw(st.integers(0, len(lines) - 1))
            lines[i] = replace(lines[i], amount=lines[i].amount + 1)
        elif what == "move" and len(lines) > 1:
            lines.append(lines.pop(0))
        after = replace(budget, lines=tuple(lines), name=budget.name + ("!" if what == "name" else ""))
        if after != budget:
            self.push(hc.EditBudget(self.session, budget, after))

    @rule(data=st.data())
    def edit_evidence(self, data):
        items = EvidenceBook(self.store).items()
        item = data.draw(st.sampled_from(items))
        if data.draw(st.booleans()):
            self.push(hc.EditItem(self.session, item, replace(item, notes=item.notes + "+"), "notes"))
        else:
            order = [i.id for i in items]
            self.push(hc.ReorderItems(self.session, order, order[1:] + order[:1]))

    # -- stepping the stack ---------------------------------------------------------------------------
    @rule(steps=st.integers(1, 3))
    def undo_some(self, steps):
        for _ in range(steps):
            self.stack.undo()

    @rule(steps=st.integers(1, 3))
    def redo_some(self, steps):
        for _ in range(steps):
            self.stack.redo()

    @invariant()
    def nothing_failed(self):
        assert self.failed == []

    def teardown(self):
        try:
            end_index = self.stack.index()
            while self.stack.canRedo():
                self.stack.redo()
            end = dump(self.store.path)
            self.stack.setIndex(0)
            assert self.failed == []
            assert dump(self.store.path) == self.start, "undoing everything did not give back the start"
            self.stack.setIndex(self.stack.count())
            assert dump(self.store.path) == end, "redoing everything did not give back the end"
            assert [r[0] for r in self.store.conn.execute("PRAGMA integrity_check")] == ["ok"]
            assert end_index >= 0
        finally:
            failures.failed.disconnect(self._failed)
            self.stack.clear()
            self.store.close()
            shutil.rmtree(self.folder, ignore_errors=True)


TestUndoRedo = UndoRedo.TestCase
#: 20 random sessions of up to 20 steps in CI; DEBTDESK_FUZZ_EXAMPLES runs more.
TestUndoRedo.settings = settings(max_examples=int(os.environ.get("DEBTDESK_FUZZ_EXAMPLES", "20")),
                                 stateful_step_count=20, deadline=None,
                                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@pytest.fixture(autouse=True)
def _qt(qapp):
    """QUndoStack needs the application object."""
    yield
