"""Adding, editing and deleting debts and payments, with undo and validation."""

from __future__ import annotations

from decimal import Decimal

from debtdesk.ui.debt_dialog import DebtDialog
from debtdesk.ui.payment_dialog import PaymentDialog


def lender_names(window):
    return sorted(v.debt.lender.name for v in window.register.model.rows())


def fill_new_debt(dialog):
    dialog.rows["lender"].widget.setEditText("平安普惠 <b>A&B</b>")
    dialog.rows["kind"].set_value("online_loan")
    dialog.rows["principal"].widget.setText("12,000")
    dialog.rows["term_months"].widget.setText("12")
    dialog.set_rate("12", "annual")
    dialog.rows["start_date"].set_value("2026-06-15")


def test_add_debt_then_undo_and_redo(window, script_dialog):
    script_dialog(DebtDialog, fill_new_debt)
    window.add_action.trigger()
    assert "平安普惠 <b>A&B</b>" in lender_names(window)
    added = [d for d in window.store.debts() if d.lender.name.startswith("平安普惠")]
    assert len(added) == 1 and added[0].principal == Decimal("12000.00")
    assert added[0].method.value == "equal-instalment" and added[0].term_months == 12
    assert window.register.selected_id() == added[0].id
    window.undo_stack.undo()
    assert "平安普惠 <b>A&B</b>" not in lender_names(window)
    assert len(window.store.debts()) == 6
    window.undo_stack.redo()
    assert [d.id for d in window.store.debts() if d.lender.name.startswith("平安普惠")] == [added[0].id]


def test_invalid_input_shows_messages_beside_fields_and_saves_nothing(window, script_dialog):
    def fill_badly(dialog):
        fill_new_debt(dialog)
        dialog.rows["principal"].widget.setText("-5")
        dialog.rate_edit.setText("four")

    seen = script_dialog(DebtDialog, fill_badly)
    window.add_action.trigger()
    dialog = seen[0]
    assert not dialog.rows["principal"].error.isHidden()
    assert dialog.rows["principal"].error.text() == "⚠ Must be greater than zero."
    assert dialog.rows["rate"].error.text() == "⚠ 'four' is not a number."
    assert dialog.rows["lender"].error.isHidden()
    assert dialog.result_debt is None
    assert len(window.store.debts()) == 6 and window.undo_stack.count() == 0


def test_start_date_after_recorded_payments_is_refused(window, script_dialog):
    debt_id = next(v.debt.id for v in window.register.model.rows() if v.debt.lender.name == "中国建设银行")
    window.show_debt(debt_id)
    seen = script_dialog(DebtDialog, lambda d: d.rows["start_date"].set_value("2026-11-01"))
    window.edit_action.trigger()
    error = seen[0].rows["start_date"].error.text()
    assert "after the first recorded payment (2025-12-09)" in error
    assert window.store.debt(debt_id).start_date.isoformat() == "2025-11-09"


def test_edit_debt_and_undo(window, script_dialog):
    debt_id = next(v.debt.id for v in window.register.model.rows() if v.debt.lender.name == "微粒贷")
    window.show_debt(debt_id)
    script_dialog(DebtDialog, lambda d: d.rows["grace_days"].widget.setText("30"))
    window.edit_action.trigger()
    assert window.store.debt(debt_id).grace_days == 30
    stage = window.register.model.rows()[window.register.model.row_of(debt_id)].state.stage
    assert stage.value == "current"  # 20 days past due, inside 30 grace days
    window.undo_stack.undo()
    assert window.store.debt(debt_id).grace_days == 0


def test_delete_debt_with_payments_then_undo_restores_everything(window, boxes):
    debt_id = next(v.debt.id for v in window.register.model.rows() if v.debt.lender.name == "中国建设银行")
    payments_before = window.store.payments(debt_id)
    window.show_debt(debt_id)
    boxes.answers.append(True)
    window.delete_action.trigger()
    assert boxes.kinds() == ["confirm"]
    assert "中国建设银行" not in lender_names(window)
    assert window.store.payments(debt_id) == []
    window.undo_stack.undo()
    assert window.store.payments(debt_id) == payments_before
    assert "中国建设银行" in lender_names(window)


def test_declining_the_delete_question_keeps_the_debt(window, boxes):
    window.show_debt(window.register.model.rows()[0].debt.id)
    boxes.answers.append(False)
    window.delete_action.trigger()
    assert len(window.store.debts()) == 6 and window.undo_stack.count() == 0


def test_paying_the_overdue_amount_brings_a_debt_current(window, script_dialog):
    view = next(v for v in window.register.model.rows() if v.debt.lender.name.startswith("借呗"))
    assert view.state.days_past_due == 5
    window.show_debt(view.debt.id)
    overdue = str(view.state.overdue_amount)
    script_dialog(PaymentDialog, lambda d: d.rows["amount"].widget.setText(overdue))
    window.payment_action.trigger()
    after = window.register.model.rows()[window.register.model.row_of(view.debt.id)]
    assert after.state.days_past_due == 0 and after.state.overdue_amount == 0
    window.undo_stack.undo()
    again = window.register.model.rows()[window.register.model.row_of(view.debt.id)]
    assert again.state.days_past_due == 5


def test_payment_in_the_future_is_refused(window, script_dialog):
    window.show_debt(window.register.model.rows()[0].debt.id)

    def fill(dialog):
        dialog.rows["paid_on"].set_value("2026-12-01")
        dialog.rows["amount"].widget.setText("100")

    seen = script_dialog(PaymentDialog, fill)
    count = sum(len(p) for p in window.store.payments_by_debt().values())
    window.payment_action.trigger()
    assert "In the future" in seen[0].rows["paid_on"].error.text()
    assert sum(len(p) for p in window.store.payments_by_debt().values()) == count


def test_redo_of_an_added_debt_brings_back_what_was_recorded_on_it(window, script_dialog):
    from datetime import date

    from debtdesk.domain.proposal import ProposalOptions
    from debtdesk.store.proposals import ProposalBook, SavedProposal

    script_dialog(DebtDialog, fill_new_debt)
    window.add_action.trigger()
    debt = next(d for d in window.store.debts() if d.lender.name.startswith("平安普惠"))
    book = ProposalBook(window.store)  # e.g. recorded when a letter was exported
    book.add(SavedProposal(debt.id, ProposalOptions(deferral_months=2), date(2026, 11, 23), status="sent"))
    window.undo_stack.undo()
    assert book.list(debt.id) == []
    window.undo_stack.redo()
    assert [p.options.deferral_months for p in book.list(debt.id)] == [2]


def test_choosing_credit_card_suggests_minimum_payments(window, qtbot):
    dialog = DebtDialog(window, [], window.session.as_of)
    qtbot.addWidget(dialog)
    dialog.rows["kind"].set_value("credit_card")
    assert dialog.rows["method"].value() == "revolving"
    assert not dialog.rows["term_months"].isEnabled()
    dialog.rows["kind"].set_value("bank_loan")
    assert dialog.rows["method"].value() == "equal-instalment"
