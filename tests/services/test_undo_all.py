"""Random use cases through the services, then each one's undo in reverse: the file's tables equal the start.

The same guarantee the window's undo stack rests on (tests/ui/test_undo_machine.py), checked
without Qt over every use case with an undo: debts, payments, budgets, evidence, legal events,
the household plan, thresholds and rate lines.  Each use case also says what it touched, and
that is checked against the kinds of rows that really changed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path

from hypothesis import HealthCheck, assume, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule

from debtdesk.domain.debt import Payment
from debtdesk.domain.evidence import EvidenceItem, parse_title
from debtdesk.domain.household_spec import HouseholdSpec
from debtdesk.domain.overdue import StageThresholds
from debtdesk.domain.time_limits import LegalEvent, LegalEventKind
from debtdesk.services import agreements, budgets, debts, evidence, plans
from debtdesk.services import settings as file_settings
from debtdesk.services.changes import (
    AGREEMENTS,
    BUDGET,
    CONTACTS,
    DEBTS,
    EVIDENCE,
    LETTERS,
    PAYMENTS,
    PLANS,
    SETTINGS,
)
from debtdesk.store import Store
from debtdesk.store.agreements import AgreementBook
from debtdesk.store.budgets import BudgetBook
from debtdesk.store.demo import write_demo
from debtdesk.store.evidence import EvidenceBook
from debtdesk.store.household import HouseholdBook
from tests.store.safety_helpers import dump

AS_OF = date(2026, 11, 23)
_TEMPLATE = Path(tempfile.mkdtemp(prefix="debtdesk-services-machine-")) / "template.debtdesk"
write_demo(_TEMPLATE, AS_OF)

#: which tables each kind of change stands for (a use case must name every kind whose tables it changed)
_TABLES = {
    DEBTS: {"debts", "lenders"}, PAYMENTS: {"payments"}, BUDGET: {"budgets", "budget_lines"},
    EVIDENCE: {"evidence_items", "attachments"}, AGREEMENTS: {"legal_events", "agreements", "letter_outcomes"},
    PLANS: {"household_plans", "proposals"}, SETTINGS: {"settings", "lenders"}, CONTACTS: {"contacts"},
    LETTERS: {"letters"},
}


class UndoAll(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="debtdesk-services-"))
        shutil.copy(_TEMPLATE, self.folder / "h.debtdesk")
        self.store = Store.open(self.folder / "h.debtdesk")
        # Saved once as they are: the first save of a plan, of thresholds or of rate lines writes rows that
        # were absent (defaults), which undo sets back to the defaults rather than removes, as the window does.
        plans.save_plan(self.store, HouseholdSpec("CNY"), AS_OF)
        base = file_settings.thresholds(self.store, None)
        file_settings.change_thresholds(self.store, None, base, expected=base)
        file_settings.change_rate_reference(self.store, file_settings.rate_reference(self.store))
        self.start = dump(self.store.path)
        self.undos: list = []  # the undo of each use case done, in order

    def did(self, changes, undo, before: dict) -> None:
        """Keep the undo; check the change named every kind of data whose tables it wrote."""
        after = dump(self.store.path)
        written = {table for table in after if after[table] != before.get(table)}
        named = set().union(*(_TABLES[kind] for kind in changes.kinds if kind in _TABLES))
        assert written <= named | {"sqlite_sequence"}, (changes, written)
        self.undos.append(undo)

    # -- debts and payments -------------------------------------------------------------------
    @rule(data=st.data(), amount=st.integers(1, 5000), days=st.integers(0, 90))
    def record_payment(self, data, amount, days):
        debt = data.draw(st.sampled_from(self.store.debts()))
        before = dump(self.store.path)
        done = debts.record_payment(self.store, Payment(debt.id, AS_OF - timedelta(days=days), D(amount)))
        assert done.changes.debts == {debt.id}
        self.did(done.changes, lambda p=done.value: debts.delete_payment(self.store, p.id, expected=p), before)

    @precondition(lambda self: any(self.store.payments_by_debt().values()))
    @rule(data=st.data())
    def change_payment(self, data):
        payment = data.draw(st.sampled_from([p for ps in self.store.payments_by_debt().values() for p in ps]))
        before = dump(self.store.path)
        if data.draw(st.booleans()):
            done = debts.delete_payment(self.store, payment.id, expected=payment)
            self.did(done.changes, lambda p=done.value: debts.record_payment(self.store, p), before)
        else:
            after = replace(payment, amount=payment.amount + 1, note="edited")
            changes = debts.edit_payment(self.store, payment, after)
            self.did(changes, lambda: debts.edit_payment(self.store, after, payment), before)

    @rule(data=st.data())
    def add_or_edit_debt(self, data):
        debt = data.draw(st.sampled_from(self.store.debts()))
        before = dump(self.store.path)
        if data.draw(st.booleans()):
            done = debts.add_debt(self.store, replace(debt, id=None, notes="added"))
            self.did(done.changes, lambda d=done.value: debts.delete_debt(self.store, d.id, expected=d), before)
        else:
            done = debts.edit_debt(self.store, debt, replace(debt, notes=debt.notes + "+"))
            self.did(done.changes, lambda a=done.value: debts.edit_debt(self.store, a, debt), before)

    @precondition(lambda self: len(self.store.debts()) > 1)
    @rule(data=st.data())
    def delete_debt(self, data):
        debt = data.draw(st.sampled_from(self.store.debts()))
        before = dump(self.store.path)
        done = debts.delete_debt(self.store, debt.id, expected=debt)
        self.did(done.changes, lambda s=done.value: debts.restore_debt(self.store, s), before)

    # -- budget and evidence ------------------------------------------------------------------
    @precondition(lambda self: BudgetBook(self.store).latest() is not None)
    @rule(days=st.integers(1, 30), delete=st.booleans())
    def budget(self, days, delete):
        latest = BudgetBook(self.store).latest()
        before = dump(self.store.path)
        if delete:
            done = budgets.delete_budget(self.store, latest.id, expected=latest)
            self.did(done.changes, lambda s=done.value: budgets.restore_budget(self.store, s), before)
        else:
            done = budgets.copy_budget(self.store, latest.id, latest.taken_on + timedelta(days=days))
            self.did(done.changes, lambda c=done.value: budgets.delete_budget(self.store, c.id, expected=c), before)

    @precondition(lambda self: BudgetBook(self.store).latest() is not None)
    @rule(data=st.data())
    def edit_budget(self, data):
        budget = BudgetBook(self.store).latest()
        lines = list(budget.lines)
        if lines and data.draw(st.booleans()):
            lines.pop(data.draw(st.integers(0, len(lines) - 1)))
        after = replace(budget, lines=tuple(lines), name=budget.name + "!")
        before = dump(self.store.path)
        done = budgets.change_budget(self.store, budget, after)
        self.did(done.changes, lambda a=done.value: budgets.change_budget(self.store, a, budget), before)

    @rule(data=st.data())
    def evidence_item(self, data):
        items = EvidenceBook(self.store).items()
        what = data.draw(st.sampled_from(["add", "delete", "notes", "reorder"]))
        before = dump(self.store.path)
        if what == "add" or not items:
            title, errors = parse_title({"title": data.draw(st.text(min_size=1, max_size=8))})  # as the form reads it
            assume(title is not None and not errors)
            done = evidence.add_item(self.store, EvidenceItem(title))
            self.did(done.changes, lambda i=done.value: evidence.delete_item(self.store, i.id, expected=i), before)
        elif what == "delete":
            done = evidence.delete_items(self.store, [data.draw(st.sampled_from(items)).id])
            self.did(done.changes, lambda s=done.value: evidence.restore_items(self.store, s), before)
        elif what == "notes":
            item = data.draw(st.sampled_from(items))
            after = replace(item, notes=item.notes + "+")
            changes = evidence.change_item(self.store, item, after)
            self.did(changes, lambda: evidence.change_item(self.store, after, item), before)
        else:
            order = [i.id for i in items]
            done = evidence.reorder_items(self.store, order[1:] + order[:1], expected=order)
            self.did(done.changes, lambda was=done.value: evidence.restore_order(self.store, was), before)

    # -- legal events, the plan, settings -----------------------------------------------------
    @rule(data=st.data(), days=st.integers(0, 400))
    def legal_event(self, data, days):
        events = AgreementBook(self.store).legal_events()
        before = dump(self.store.path)
        if events and data.draw(st.booleans()):
            done = agreements.delete_legal_event(self.store, data.draw(st.sampled_from(events)).id)
            self.did(done.changes, lambda s=done.value: agreements.restore_legal_event(self.store, s), before)
        else:
            debt = data.draw(st.sampled_from(self.store.debts()))
            kind = data.draw(st.sampled_from(list(LegalEventKind)))
            done = agreements.add_legal_event(self.store, LegalEvent(kind, AS_OF - timedelta(days=days), debt.id))
            self.did(done.changes, lambda e=done.value: agreements.delete_legal_event(self.store, e.id), before)

    @rule(lump=st.integers(0, 99_999))
    def plan(self, lump):
        spec = HouseholdBook(self.store).load("CNY")
        after = replace(spec, lump_sum=D(lump))
        before = dump(self.store.path)
        changes = plans.save_plan(self.store, after, AS_OF)
        self.did(changes, lambda: plans.save_plan(self.store, spec, AS_OF), before)

    @rule(data=st.data(), early=st.integers(1, 10))
    def thresholds(self, data, early):
        lender = data.draw(st.sampled_from([None] + [d.lender.id for d in self.store.debts()]))
        current = file_settings.thresholds(self.store, lender)
        after = StageThresholds(early=early, mid=early + 20, late=early + 60, severe=early + 120)
        before = dump(self.store.path)
        changes = file_settings.change_thresholds(self.store, lender, after, expected=current)
        self.did(changes, lambda: file_settings.change_thresholds(self.store, lender, current, expected=after),
                 before)

    @rule()
    def rate_lines(self):
        current = file_settings.rate_reference(self.store)
        before = dump(self.store.path)
        changes = file_settings.change_rate_reference(self.store, current)
        self.did(changes, lambda: file_settings.change_rate_reference(self.store, current), before)

    def teardown(self):
        try:
            for undo in reversed(self.undos):
                undo()
            assert dump(self.store.path) == self.start, "undoing every use case did not give back the start"
            assert [r[0] for r in self.store.conn.execute("PRAGMA integrity_check")] == ["ok"]
        finally:
            self.store.close()
            shutil.rmtree(self.folder, ignore_errors=True)


TestUndoAll = UndoAll.TestCase
#: 20 random sessions of up to 25 steps; DEBTDESK_FUZZ_EXAMPLES runs more.
TestUndoAll.settings = settings(max_examples=int(os.environ.get("DEBTDESK_FUZZ_EXAMPLES", "20")),
                                stateful_step_count=25, deadline=None,
                                suppress_health_check=[HealthCheck.too_slow])
