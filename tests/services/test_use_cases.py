"""Each use case does what it says and returns what it touched, so the window refreshes only that."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from debtdesk.domain.debt import Payment
from debtdesk.domain.evidence import EvidenceItem
from debtdesk.domain.household_spec import HouseholdSpec
from debtdesk.domain.overdue import StageThresholds
from debtdesk.domain.time_limits import LegalEvent, LegalEventKind
from debtdesk.services import agreements, budgets, debts, evidence, letter_log, plans, settings
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
    Changes,
)
from debtdesk.services.errors import REFUSALS, ConflictError
from debtdesk.store.budgets import BudgetBook
from debtdesk.store.evidence import EvidenceBook
from debtdesk.store.household import HouseholdBook
from debtdesk.store.letters import LetterLog
from debtdesk.store.settings import borrower_details

AS_OF = date(2026, 11, 23)


def test_record_payment_saves_it_and_touches_that_debts_payments_only(store):
    debt = store.debts()[0]
    done = debts.record_payment(store, Payment(debt.id, AS_OF, D("12.34")))
    assert done.value.id is not None and done.value in store.payments(debt.id)
    assert done.changes == Changes.of(PAYMENTS, debts={debt.id})
    assert done.changes.moved_statuses() == {debt.id}


def test_deleted_payment_comes_back_with_its_id(store):
    payment = next(p for ps in store.payments_by_debt().values() for p in ps)
    gone = debts.delete_payment(store, payment.id, expected=payment)
    assert gone.value == payment and payment not in store.payments(payment.debt_id)
    assert debts.record_payment(store, gone.value).value.id == payment.id
    assert payment in store.payments(payment.debt_id)


def test_edit_payment_refuses_a_row_changed_elsewhere(store):
    payment = next(p for ps in store.payments_by_debt().values() for p in ps)
    debts.edit_payment(store, payment, replace(payment, note="mine"))
    with pytest.raises(ConflictError):
        debts.edit_payment(store, payment, replace(payment, note="stale"))
    assert next(p for p in store.payments(payment.debt_id) if p.id == payment.id).note == "mine"


def test_deleting_a_debt_touches_what_hangs_on_it_and_restoring_brings_it_all_back(store):
    debt = store.debts()[0]
    payments = store.payments(debt.id)
    done = debts.delete_debt(store, debt.id, expected=debt)
    assert done.changes.kinds == {DEBTS, PAYMENTS, PLANS, LETTERS, CONTACTS, AGREEMENTS}
    assert done.changes.debts == {debt.id}
    assert debt.id not in store.debt_ids()
    assert debts.restore_debt(store, done.value) == done.changes
    assert store.debt(debt.id) == debt and store.payments(debt.id) == payments


def test_edit_debt_touches_that_debt(store):
    debt = store.debts()[0]
    done = debts.edit_debt(store, debt, replace(debt, notes="new notes"))
    assert done.value.notes == "new notes" == store.debt(debt.id).notes
    assert done.changes == Changes.of(DEBTS, debts={debt.id})


def test_budget_copy_then_delete_and_restore(store):
    source = BudgetBook(store).latest()
    copy = budgets.copy_budget(store, source.id, AS_OF + timedelta(days=1))
    assert copy.changes == Changes.of(BUDGET) and copy.changes.moved_statuses() == frozenset()
    assert BudgetBook(store).latest().id == copy.value.id
    gone = budgets.delete_budget(store, copy.value.id, expected=copy.value)
    assert BudgetBook(store).latest().id == source.id
    budgets.restore_budget(store, gone.value)
    assert BudgetBook(store).get(copy.value.id) == copy.value


def test_evidence_items_added_reordered_and_deleted(store):
    added = evidence.add_item(store, EvidenceItem("Payslips for three months"))
    assert added.changes == Changes.of(EVIDENCE)
    order = EvidenceBook(store).order()
    assert evidence.reorder_items(store, order[::-1], expected=order).changes == Changes.of(EVIDENCE)
    assert EvidenceBook(store).order() == order[::-1]
    gone = evidence.delete_items(store, [added.value.id])
    assert added.value.id not in EvidenceBook(store).order()
    evidence.restore_items(store, gone.value)
    assert EvidenceBook(store).item(added.value.id).title == "Payslips for three months"


def test_undoing_a_reorder_after_a_delete_puts_the_deleted_item_back_where_it_was(store):
    """Found by the state machine: the undone order was renumbered 0, 1, 2…, so the gap was gone."""
    start = EvidenceBook(store).items()
    gone = evidence.delete_items(store, [start[1].id]).value
    order = EvidenceBook(store).order()
    was = evidence.reorder_items(store, order[1:] + order[:1], expected=order).value
    evidence.restore_order(store, was)
    evidence.restore_items(store, gone)
    assert EvidenceBook(store).items() == start


def test_legal_events_touch_no_status(store):
    debt = store.debts()[0]
    done = agreements.add_legal_event(store, LegalEvent(LegalEventKind.DEMAND, AS_OF, debt.id, title="Demand"))
    assert done.value.id is not None and done.changes.kinds == {AGREEMENTS}
    assert done.changes.moved_statuses() == frozenset()
    saved = agreements.delete_legal_event(store, done.value.id).value
    agreements.restore_legal_event(store, saved)


def test_save_plan_touches_plans_only(store):
    spec = HouseholdSpec("CNY", lump_sum=D("5000"))
    assert plans.save_plan(store, spec, AS_OF) == Changes.of(PLANS, debts=())
    assert HouseholdBook(store).load("CNY").lump_sum == D("5000")


def test_thresholds_change_moves_every_status_and_refuses_stale_ones(store):
    before = settings.thresholds(store, None)
    after = StageThresholds(early=5, mid=20, late=60, severe=120)
    changes = settings.change_thresholds(store, None, after, expected=before)
    assert changes == Changes.of(SETTINGS) and changes.moved_statuses() is None
    assert settings.thresholds(store, None) == after
    with pytest.raises(ConflictError, match="The overdue stages"):
        settings.change_thresholds(store, None, before, expected=before)


def test_record_letter_keeps_the_borrowers_details_and_mark_sent_returns_the_old_record(store, tmp_path):
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(b"%PDF-1.4 test")
    debt = store.debts()[0]
    done = letter_log.record_letter(store, pdf, "negotiation", "en", debt.lender.name, AS_OF, debt.id,
                                    borrower={"name": "Li Lei"})
    assert done.changes.touches({LETTERS}) and borrower_details(store)["name"] == "Li Lei"
    assert done.changes.moved_statuses() == frozenset()  # recording a letter moves no status
    sent = letter_log.mark_sent(store, done.value.id, None)
    assert sent.value == done.value
    removed = letter_log.remove_letter(store, done.value.id)
    assert LetterLog(store).list() == []
    letter_log.restore_letter(store, removed.value)
    assert LetterLog(store).get(done.value.id) == done.value


def test_a_refusal_is_one_of_the_errors_callers_catch(store):
    with pytest.raises(REFUSALS):
        debts.delete_payment(store, 10**9)
