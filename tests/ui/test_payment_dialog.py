"""The payment dialog: the situation today, the suggested amount as a button, the effect as typed,
and a question before recording far more than is owed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from debtdesk.domain.payment_preview import owed_today
from debtdesk.ui.payment_dialog import PaymentDialog


def view_of(window, lender: str):
    return next(v for v in window.register.model.rows() if v.debt.lender.name == lender)


def dialog_for(window, qtbot, lender: str, payment=None) -> PaymentDialog:
    dialog = PaymentDialog(window, view_of(window, lender), window.session.as_of, payment)
    qtbot.addWidget(dialog)
    return dialog


def payment_count(window) -> int:
    return sum(len(p) for p in window.store.payments_by_debt().values())


def test_the_situation_and_the_suggestion_are_not_grey_text(window, qtbot):
    dialog = dialog_for(window, qtbot, "中国建设银行")
    assert dialog.rows["amount"].widget.placeholderText() == ""
    assert dialog.rows["amount"].value() == ""
    assert dialog.situation.text() == ("Overdue: 3,561.58, since 2026-10-09 (45 days). Penalty interest and fees "
                                       "owed: 116.95. Owed today in all: 58,161.08.")
    assert dialog.suggest_button.text() == "Pay the 3,678.53 overdue"
    dialog.suggest_button.click()
    assert dialog.rows["amount"].value() == "3678.53"
    assert "Nothing overdue afterwards." in dialog.effect.text()


def test_a_current_debt_suggests_its_next_instalment(window, qtbot):
    dialog = dialog_for(window, qtbot, "花呗分期")
    assert dialog.situation.text() == "Nothing is overdue. Owed today in all: 3,600.00."
    assert dialog.suggest_button.text() == "Pay the 45.00 due 2026-12-11"


def test_the_effect_is_shown_as_the_amount_is_typed(window, qtbot):
    dialog = dialog_for(window, qtbot, "中国建设银行")
    qtbot.keyClicks(dialog.rows["amount"].widget, "2000")
    assert dialog.effect.text() == (
        "Settles instalment 11 (due 2026-10-09). Pays part of instalment 12 (due 2026-11-09). Still overdue "
        "afterwards: 1,561.58. Penalties still owed: 116.95. Left to pay afterwards: 56,161.08.")
    dialog.rows["amount"].widget.setText("two thousand")
    assert dialog.effect.text() == ""


def test_far_more_than_is_owed_is_asked_about_naming_both_figures(window, qtbot, boxes, script_dialog):
    view = view_of(window, "花呗分期")
    window.show_debt(view.debt.id)  # actions follow the page on screen
    before = payment_count(window)
    boxes.answers.append(False)
    seen = script_dialog(PaymentDialog, lambda d: d.rows["amount"].widget.setText("50,000"))
    window.payment_action.trigger()
    kind, title, text = boxes.shown[-1]
    assert (kind, title) == ("confirm", "More than is owed")
    assert "50,000.00" in text and "3,600.00" in text
    assert seen[0].result_payment is None and payment_count(window) == before
    assert "more than the 3,600.00 owed today" in seen[0].effect.text()
    assert "46,130.00 is more than the debt could ever ask" in seen[0].effect.text()

    boxes.answers.append(True)
    window.payment_action.trigger()
    assert payment_count(window) == before + 1


def test_an_amount_within_what_is_owed_is_saved_without_a_question(window, qtbot, boxes, script_dialog):
    window.show_debt(view_of(window, "花呗分期").debt.id)
    script_dialog(PaymentDialog, lambda d: d.suggest_button.click())
    before = payment_count(window)
    window.payment_action.trigger()
    assert boxes.shown == [] and payment_count(window) == before + 1


def test_editing_a_payment_leaves_it_out_of_what_is_owed(window, qtbot):
    view = view_of(window, "中国建设银行")
    payment = view.payments[-1]
    dialog = dialog_for(window, qtbot, "中国建设银行", payment)
    assert not dialog.suggest_button.isVisibleTo(dialog)
    assert dialog.rows["amount"].value() == str(payment.amount)
    assert dialog.before.payments == tuple(p for p in view.payments if p.id != payment.id)
    assert owed_today(dialog.before) > owed_today(view) + payment.amount  # unpaid, and its penalty grows
    assert "Owed today in all: 58,161.08." not in dialog.situation.text()


@pytest.fixture
def german():
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(before)


def test_the_amount_follows_the_locale(window, qtbot, german):
    dialog = dialog_for(window, qtbot, "中国建设银行")
    dialog.suggest_button.click()
    assert dialog.rows["amount"].value() == "3678,53"
    dialog.rows["amount"].widget.setText("1.234,50")
    dialog.try_accept()
    assert dialog.result_payment.amount == Decimal("1234.50")
