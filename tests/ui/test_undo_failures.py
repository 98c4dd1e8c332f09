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


def test_a_failed_undo_keeps_the_entry_so_undo_can_be_tried_again(window, boxes, qtbot):
    debt = next(d for d in window.store.debts() if d.lender.name == "中国建设银行")
    payments = window.store.payments(debt.id)
    window.show_debt(debt.id)
    boxes.answers.append(True)
    window.delete_action.trigger()
    assert debt.id not in [d.id for d in window.store.debts()]
    blocker = sqlite3.connect(str(window.store.path), timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        window.store.conn.execute("PRAGMA busy_timeout = 0")
        window.undo_stack.undo()
    finally:
        blocker.rollback()
        blocker.close()
    assert boxes.kinds()[-1] == "error" and "could not be undone" in boxes.shown[-1][2]
    qtbot.waitUntil(lambda: window.undo_stack.index() == 1)  # stepped back to where the data is
    assert window.undo_stack.canUndo()
    window.undo_stack.undo()
    assert window.store.payments(debt.id) == payments
