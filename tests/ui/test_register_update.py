"""A payment updates the register row of its own debt; the other rows stay as they were."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from PySide6.QtCore import Qt

from debtdesk.domain.debt import Payment
from debtdesk.domain.money import format_amount
from debtdesk.ui import debts_model
from debtdesk.ui.commands import AddPayment
from debtdesk.ui.debts_model import DebtsModel
from debtdesk.ui.table_model import ROW_ROLE


def shown(model: DebtsModel) -> list[tuple]:
    """Every cell's text, row by row (what the register shows)."""
    return [tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())]


def record_events(model: DebtsModel) -> list[str]:
    events: list[str] = []
    model.modelReset.connect(lambda: events.append("reset"))
    model.dataChanged.connect(lambda first, last, roles=(): events.append(f"row {first.row()}-{last.row()}"))
    model.layoutChanged.connect(lambda *_: events.append("layout"))
    return events


def test_a_payment_changes_only_its_debts_row_and_keeps_the_selection(window, monkeypatch):
    window.pages.setCurrentWidget(window.debts_page)
    model = window.register.model
    bank = next(v.debt for v in model.rows() if v.debt.lender.name == "中国建设银行")
    other = next(v.debt.id for v in model.rows() if v.debt.id != bank.id)
    window.register.select(other)
    before = shown(model)
    checked: list[int] = []
    real = debts_model.rate_check
    monkeypatch.setattr(debts_model, "rate_check", lambda debt, *a: checked.append(debt.id) or real(debt, *a))
    events = record_events(model)
    window.undo_stack.push(AddPayment(window.session, Payment(bank.id, date(2026, 11, 20), D("100.00")), "x"))
    after = shown(model)
    row = model.row_of(bank.id)
    assert "reset" not in events and checked == [bank.id]  # the other debts were not checked again
    assert [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b] == [row] or "layout" in events
    assert after[row][DebtsModel.OUTSTANDING] == format_amount(window.session.debt_view(bank.id).state.outstanding)
    assert window.register.selected_id() == other  # the selection stays where it was
    window.undo_stack.undo()
    assert shown(model) == before


def test_rows_in_place_match_a_register_filled_afresh(window):
    """The incremental update gives the very rows, in the very order, of a model filled from nothing."""
    window.pages.setCurrentWidget(window.debts_page)
    model = window.register.model
    model.sort(DebtsModel.OUTSTANDING, Qt.SortOrder.DescendingOrder)  # a payment may move its row
    first = model.row_object(0).debt
    window.undo_stack.push(AddPayment(window.session, Payment(first.id, date(2026, 11, 20),
                                                              model.row_object(0).state.outstanding), "x"))
    fresh = DebtsModel()
    fresh.reference = model.reference
    fresh.sort(DebtsModel.OUTSTANDING, Qt.SortOrder.DescendingOrder)
    fresh.set_rows(window.session.debt_views())
    assert shown(model) == shown(fresh)
    assert [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())] == \
        [fresh.index(r, 0).data(ROW_ROLE) for r in range(fresh.rowCount())]
