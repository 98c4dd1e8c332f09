"""Forms that do not mislead: defaults are values, examples say so, numbers follow the locale."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLineEdit

from debtdesk.ui.debt_dialog import DebtDialog


@pytest.fixture
def german():
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(before)


def new_dialog(window, qtbot) -> DebtDialog:
    dialog = DebtDialog(window, [], window.session.as_of)
    qtbot.addWidget(dialog)
    return dialog


def fill_required(dialog: DebtDialog, principal="12000", rate="12") -> None:
    dialog.rows["lender"].widget.setEditText("某银行")
    dialog.rows["kind"].set_value("bank_loan")
    dialog.rows["principal"].widget.setText(principal)
    dialog.rows["term_months"].widget.setText("12")
    dialog.set_rate(rate, "annual")


def test_grey_text_is_only_ever_an_example(window, qtbot):
    dialog = new_dialog(window, qtbot)
    placeholders = {edit.objectName(): edit.placeholderText() for edit in dialog.findChildren(QLineEdit)
                    if edit.placeholderText()}
    assert placeholders  # the required fields have examples …
    assert all(text.startswith("e.g. ") for text in placeholders.values()), placeholders  # … marked as such
    assert placeholders["field_principal"] == "e.g. 20000.00"
    assert placeholders["field_rate_value"] == "e.g. 4.9"


def test_defaults_are_shown_as_real_values(window, qtbot):
    dialog = new_dialog(window, qtbot)
    shown = {name: dialog.rows[name].value() for name in (
        "upfront_fee", "grace_days", "penalty_markup", "late_fee_fixed", "late_fee_percent",
        "min_payment_percent", "min_payment_floor")}
    assert shown == {"upfront_fee": "0.00", "grace_days": "0", "penalty_markup": "50", "late_fee_fixed": "0.00",
                     "late_fee_percent": "0", "min_payment_percent": "10", "min_payment_floor": "100.00"}
    assert dialog.rows["principal"].value() == "" and dialog.rate_edit.text() == ""
    fill_required(dialog)
    debt, errors = dialog.parse()
    assert errors == [] and debt.penalty.markup == Decimal("0.5") and debt.card.min_payment_floor == 100


@pytest.mark.parametrize("typed", ["24%", "24", "２４％"])
def test_a_rate_with_a_percent_sign_is_accepted_in_the_form(window, qtbot, typed):
    dialog = new_dialog(window, qtbot)
    fill_required(dialog, rate=typed)
    debt, errors = dialog.parse()
    assert errors == [] and debt.rate.value == Decimal("0.24")


def test_a_number_with_the_wrong_separators_is_refused_beside_its_field(window, qtbot):
    dialog = new_dialog(window, qtbot)
    fill_required(dialog, principal="12.000,50")
    dialog.try_accept()
    assert dialog.result_debt is None
    assert dialog.rows["principal"].error.text() == (
        "⚠ '12.000,50' is not clear: write decimals with '.', as in 1234.56.")


def test_the_form_follows_the_locale(window, qtbot, german):
    dialog = new_dialog(window, qtbot)
    assert dialog.rows["min_payment_floor"].value() == "100,00"
    assert dialog.rows["principal"].widget.placeholderText() == "e.g. 20000,00"
    fill_required(dialog, principal="12.000,50", rate="4,9 %")
    debt, errors = dialog.parse()
    assert errors == []
    assert (debt.principal, debt.rate.value) == (Decimal("12000.50"), Decimal("0.049"))
    edit = DebtDialog(window, [], window.session.as_of, debt)
    qtbot.addWidget(edit)
    assert (edit.rows["principal"].value(), edit.rate_edit.text()) == ("12000,50", "4,9")
    assert edit.parse()[0] == debt


def test_wrapped_hints_get_the_height_they_need(window, qtbot):
    dialog = new_dialog(window, qtbot)
    dialog.show()
    hint = dialog.rows["compound_penalty"].hint
    assert hint.height() >= hint.heightForWidth(hint.width())
