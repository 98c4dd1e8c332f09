"""Issue 16: actions follow what the user is looking at; an empty file leads to its first step; saving is said once."""

from __future__ import annotations

import pytest

from debtdesk.store import Store
from debtdesk.ui.debt_dialog import DebtDialog
from debtdesk.ui.main_window import MainWindow
from debtdesk.ui.payment_dialog import PaymentDialog
from debtdesk.ui.session import Session


@pytest.fixture
def empty_window(app, qtbot, tmp_path, as_of):
    win = MainWindow(Session(Store.create(tmp_path / "mine.debtdesk"), as_of))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def fill_new_debt(dialog):
    dialog.rows["lender"].widget.setEditText("平安普惠")
    dialog.rows["kind"].set_value("online_loan")
    dialog.rows["principal"].widget.setText("12,000")
    dialog.rows["term_months"].widget.setText("12")
    dialog.set_rate("12", "annual")
    dialog.rows["start_date"].set_value("2026-06-15")


def debt_actions(win):
    return [win.edit_action, win.delete_action, win.payment_action]


def test_off_the_debts_page_debt_actions_are_disabled_and_say_why(window, boxes):
    assert window.pages.currentWidget() is window.dashboard
    assert window.register.selected_id() is not None  # the hidden register has a debt chosen
    for action in debt_actions(window):
        assert not action.isEnabled()
        assert "Debts page" in action.toolTip()
    window.delete_action.trigger()
    window.payment_action.trigger()
    assert boxes.shown == [] and len(window.store.debts()) == 6
    window.pages.setCurrentWidget(window.debts_page)
    assert all(action.isEnabled() for action in debt_actions(window))
    assert "Debts page" not in window.delete_action.toolTip()


def test_from_the_budget_page_delete_offers_to_delete_nothing(window, boxes):
    card = next(d for d in window.store.debts() if d.kind.value == "credit_card")
    window.show_debt(card.id)
    window.pages.setCurrentWidget(window.budget)
    window.delete_action.trigger()
    window.edit_action.trigger()
    assert boxes.shown == []
    assert card.id in [d.id for d in window.store.debts()]
    assert not window.export_actions["schedule_pdf"].isEnabled()


def test_a_debt_added_from_another_page_is_shown(window, script_dialog):
    window.pages.setCurrentWidget(window.budget)
    script_dialog(DebtDialog, fill_new_debt)
    window.add_action.trigger()
    assert window.pages.currentWidget() is window.debts_page
    assert window.store.debt(window.register.selected_id()).lender.name.startswith("平安普惠")


def test_an_empty_file_opens_on_its_first_step(empty_window, boxes):
    win = empty_window
    assert win.pages.currentWidget() is win.debts_page and win.debts_page.is_empty()
    assert win.debts_page.empty.isVisible()
    for action in debt_actions(win):
        assert not action.isEnabled() and "no debts" in action.toolTip()
    win.payment_action.trigger()
    assert boxes.shown == []  # never "Choose a debt first." in a file without debts


def test_the_first_step_adds_the_first_debt(empty_window, script_dialog):
    win = empty_window
    script_dialog(DebtDialog, fill_new_debt)
    win.debts_page.empty.add_button.click()
    assert not win.debts_page.is_empty() and win.register.model.rowCount() == 1
    assert win.payment_action.isEnabled()


def test_the_first_step_can_open_the_example_instead(empty_window):
    win = empty_window
    win.debts_page.empty.example_button.click()
    assert win.store.path.name == "demo.debtdesk" and len(win.store.debts()) == 6
    assert win.banner.isVisible()


def test_the_first_change_says_that_changes_save_themselves_once(window, script_dialog):
    assert window.statusBar().currentMessage() == ""
    view = next(v for v in window.register.model.rows() if v.debt.lender.name.startswith("借呗"))
    window.show_debt(view.debt.id)
    script_dialog(PaymentDialog, lambda d: d.rows["amount"].widget.setText("10"))
    window.payment_action.trigger()
    message = window.statusBar().currentMessage()
    assert "saves every change as you make it" in message and "no Save" in message
    window.statusBar().clearMessage()
    window.payment_action.trigger()
    assert window.statusBar().currentMessage() == ""  # said once, quietly
