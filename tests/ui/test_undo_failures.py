"""A change the file refuses (locked, read-only) is reported, and undo stays truthful."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

from debtdesk.domain.debt import Payment
from debtdesk.ui import commands


def test_a_refused_change_leaves_no_undo_entry_and_says_so(window, boxes):
    debt = window.store.debts()[0]
    before = len(window.store.payments(debt.id))
    blocker = sqlite3.connect(str(window.store.path), timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        window.store.conn.execute("PRAGMA busy_timeout = 0")
        window.undo_stack.push(commands.AddPayment(
            window.session, Payment(debt.id, date(2026, 11, 20), Decimal("100.00")), debt.lender.name))
    finally:
        blocker.rollback()
        blocker.close()
    assert window.undo_stack.count() == 0 and not window.undo_stack.canUndo()
    assert len(window.store.payments(debt.id)) == before
    assert boxes.kinds() == ["error"]
    assert "could not be saved" in boxes.shown[0][2] and "locked" in boxes.shown[0][2]
