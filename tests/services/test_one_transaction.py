"""A use case is one transaction: a failure half-way (injected here) leaves nothing of it written.

The failure is a SQLite trigger that aborts one statement late in the use
case, after earlier statements of it have run, as a full disk or a locked
file would; the whole file must then be as it was before.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from debtdesk.domain.agreement import Outcome
from debtdesk.domain.budget import BudgetLine, Direction, Frequency
from debtdesk.domain.overdue import StageThresholds
from debtdesk.domain.time_limits import LegalEvent, LegalEventKind
from debtdesk.services import agreements, budgets, debts, evidence, letter_log, settings
from debtdesk.store.agreements import AgreementBook, LetterOutcome
from debtdesk.store.budgets import BudgetBook
from debtdesk.store.evidence import EvidenceBook
from tests.store.safety_helpers import dump

AS_OF = date(2026, 11, 23)


def _unchanged_after_failure(store, use_case) -> None:
    before = dump(store.path)
    with pytest.raises(sqlite3.Error, match="injected failure"):
        use_case()
    assert not store.conn.in_transaction
    assert dump(store.path) == before


def test_deleting_a_debt_fails_after_its_rows_went(store, fail_on):
    debt = store.debts()[0]
    # The debt and its payments are deleted first; dropping its unused lender comes last.
    fail_on("BEFORE DELETE ON lenders")
    _unchanged_after_failure(store, lambda: debts.delete_debt(store, debt.id, expected=debt))


def test_restoring_a_debt_fails_after_the_debt_row_is_back(store, fail_on):
    debt = store.debts()[0]
    snapshot = debts.delete_debt(store, debt.id, expected=debt).value
    assert snapshot.payments, "the demo debt has payments to restore"
    fail_on("BEFORE INSERT ON payments")
    _unchanged_after_failure(store, lambda: debts.restore_debt(store, snapshot))


def test_editing_a_budget_fails_after_its_first_line_is_written(store, fail_on):
    budget = BudgetBook(store).latest()
    extra = (BudgetLine(Direction.EXPENSE, "other", D("10"), Frequency.MONTHLY),
             BudgetLine(Direction.EXPENSE, "other", D("20"), Frequency.MONTHLY))
    after = replace(budget, name=budget.name + " (new)", lines=budget.lines + extra)
    fail_on("BEFORE INSERT ON budget_lines", "NEW.amount_minor = 2000")  # the second new line (minor units)
    _unchanged_after_failure(store, lambda: budgets.change_budget(store, budget, after))


def test_deleting_evidence_items_fails_at_the_second_item(store, fail_on):
    first, second = EvidenceBook(store).order()[:2]
    fail_on("BEFORE DELETE ON evidence_items", f"OLD.id = {second}")
    _unchanged_after_failure(store, lambda: evidence.delete_items(store, [first, second]))


def test_changing_thresholds_fails_at_the_last_key(store, fail_on):
    with store.conn:  # so the last key written is an insert, after the others were updated or inserted
        store.conn.execute("DELETE FROM settings WHERE key = 'stage.severe'")
    before = settings.thresholds(store, None)
    fail_on("BEFORE INSERT ON settings", "NEW.key = 'stage.severe'")
    _unchanged_after_failure(store, lambda: settings.change_thresholds(
        store, None, StageThresholds(early=5, mid=20, late=60, severe=120), expected=before))


def test_recording_a_letter_fails_after_the_borrowers_details_are_written(store, fail_on, tmp_path):
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(b"%PDF-1.4 test")
    debt = store.debts()[0]
    fail_on("BEFORE INSERT ON letters")
    _unchanged_after_failure(store, lambda: letter_log.record_letter(
        store, pdf, "negotiation", "en", debt.lender.name, AS_OF, debt.id, borrower={"name": "Someone New"}))


def test_taking_back_a_reply_fails_after_the_new_one_is_cleared(store, fail_on, tmp_path):
    """The undo of a replaced reply clears the new one and puts the old one back: both, or neither."""
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(b"%PDF-1.4 test")
    debt = store.debts()[0]
    letter = letter_log.record_letter(store, pdf, "negotiation", "en", debt.lender.name, AS_OF, debt.id).value
    agreements.set_outcome(store, LetterOutcome(letter.id, Outcome.WAITING, None, date(2026, 12, 20)))
    done = agreements.set_outcome(store, LetterOutcome(letter.id, Outcome.REFUSED, AS_OF, None, notes="no"))
    before, _ = done.value
    fail_on("BEFORE INSERT ON letter_outcomes")  # putting the earlier reply back
    _unchanged_after_failure(store, lambda: agreements.take_back_outcome(store, letter.id, before))
    assert AgreementBook(store).outcome(letter.id).outcome is Outcome.REFUSED


def test_adding_a_legal_event_fails_whole(store, fail_on):
    fail_on("AFTER INSERT ON legal_events")
    _unchanged_after_failure(store, lambda: agreements.add_legal_event(
        store, LegalEvent(LegalEventKind.DEMAND, AS_OF, store.debts()[0].id)))
