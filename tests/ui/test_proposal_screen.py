"""The household plan page: the table of debts, fair shares, options, the verdict, undo, the letter."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt

from debtdesk.domain.proposal_options import ProposalOptions
from debtdesk.store import Store
from debtdesk.store.household import HouseholdBook
from debtdesk.ui.household_models import HouseholdDebtsModel


@pytest.fixture
def household(app, qtbot, household_path, as_of):
    """The main window on the whole demo household (with its budget: 2,200.00 a month for debts)."""
    from debtdesk.ui.main_window import MainWindow
    from debtdesk.ui.session import Session

    win = MainWindow(Session(Store.open(household_path), as_of))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def debt_id(window, name):
    return next(d.id for d in window.store.debts() if d.lender.name == name)


def column(screen, col):
    return [screen.model.index(r, col).data() for r in range(screen.model.rowCount())]


def select(screen, window, name):
    screen.table.selectRow(screen.model.row_of(debt_id(window, name)))


def test_suggest_fair_shares_makes_the_household_affordable(household, qtbot, front):
    screen = front(household, "proposals")
    assert screen.model.rowCount() == 6
    assert set(column(screen, HouseholdDebtsModel.TREATMENT)) == {"Keep paying"}
    assert screen.verdict.text().startswith("Not affordable: 25 month(s) ask more than the 2,200.00 available "
                                            "for debts: 2026-11 (short by 22,625.15), 2026-12 (short by 6,643.20)")
    qtbot.mouseClick(screen.suggest_button, Qt.MouseButton.LeftButton)
    assert screen.verdict.text() == "Affordable: every month asks no more than the 2,200.00 available for debts."
    assert column(screen, HouseholdDebtsModel.SHARE) == ["261.25", "355.83", "244.47", "998.52", "278.12", "61.81"]
    assert set(column(screen, HouseholdDebtsModel.TREATMENT)) == {"Proposal"}
    assert set(column(screen, HouseholdDebtsModel.FITS)) == {"fits"}
    spec = HouseholdBook(household.store).load("CNY")  # saved in the file: the CLI and the letters see it
    assert spec.options_for(debt_id(household, "中国建设银行")) == ProposalOptions(lower_payment=D("998.52"))
    select(screen, household, "中国建设银行")
    assert "Its fair share is 998.52 a month: 2,200.00 is left after essentials" in screen.summary.text()
    assert "offered the same proportion" in screen.summary.text()
    household.undo_stack.undo()
    assert HouseholdBook(household.store).load("CNY").proposals == ()
    assert screen.verdict.text().startswith("Not affordable")


def test_months_are_shown_in_runs(household, qtbot, front):
    screen = front(household, "proposals")
    qtbot.mouseClick(screen.suggest_button, Qt.MouseButton.LeftButton)
    first_rows = [[screen.months_model.index(r, c).data() for c in range(6)] for r in range(2)]
    assert first_rows == [["2026-11", "0.00", "278.12", "278.12", "2,200.00", ""],
                          ["2026-12 to 2032-04 (65 months)", "0.00", "2,200.00", "2,200.00", "2,200.00", ""]]


def test_a_single_proposal_is_judged_within_what_the_others_leave(household, front):
    screen = front(household, "proposals")
    select(screen, household, "中国建设银行")
    screen.form.rows["instalments"].widget.setValue(24)
    row = screen.model.row_of(debt_id(household, "中国建设银行"))
    assert screen.model.index(row, HouseholdDebtsModel.TREATMENT).data() == "Proposal"
    assert screen.model.index(row, HouseholdDebtsModel.SHARE).data() == "0.00"
    assert screen.model.index(row, HouseholdDebtsModel.FITS).data() == "2,534.76 a month over its share"
    assert "Nothing is left for it: essentials and the debts paid first take all of the 2,200.00" in \
        screen.summary.text()
    assert screen.verdict.text().startswith("Not affordable")


def test_a_pause_for_the_selected_debt(household, front):
    screen = front(household, "proposals")
    select(screen, household, "中国建设银行")
    screen.form.rows["pause"].widget.setValue(3)
    schedule = screen.plan_rows
    assert [schedule.index(r, 2).data() for r in range(3)] == ["0.00", "0.00", "0.00"]
    plan = screen.plan.line(debt_id(household, "中国建设银行")).plan
    assert plan.total_paid == plan.current_cost
    saved = HouseholdBook(household.store).load("CNY").options_for(debt_id(household, "中国建设银行"))
    assert saved == ProposalOptions(pause_months=3)
    screen.form.rows["pause"].widget.setValue(4)
    household.undo_stack.undo()  # the two steps of one spin box are one entry
    assert HouseholdBook(household.store).load("CNY").proposals == ()
    assert screen.form.rows["pause"].widget.value() == 0


def test_problems_are_shown_beside_the_option_and_nothing_is_saved(household, front):
    screen = front(household, "proposals")
    select(screen, household, "中国建设银行")
    screen.form.rows["pause"].widget.setValue(2)
    screen.form.rows["settlement"].widget.setText("60")
    error = screen.form.rows["pause"].error
    assert not error.isHidden() and "cannot be combined with a one-off settlement" in error.text()
    screen.form.rows["settlement"].widget.clear()
    assert error.isHidden()
    screen.form.rows["lower-payment"].widget.setText("500")
    assert "cannot be combined with a lower monthly payment" in error.text()
    saved = HouseholdBook(household.store).load("CNY").options_for(debt_id(household, "中国建设银行"))
    assert saved == ProposalOptions(pause_months=2)


def test_lower_payment_below_interest_is_explained(household, front):
    screen = front(household, "proposals")
    select(screen, household, "中国建设银行")
    screen.form.rows["lower-payment"].widget.setText("50")
    assert "does not cover the interest" in screen.form.rows["lower-payment"].error.text()
    assert HouseholdBook(household.store).load("CNY").proposals == ()


def test_treatment_is_chosen_in_the_table(household, qtmodeltester, front):
    screen = front(household, "proposals")
    qtmodeltester.check(screen.model)
    row = screen.model.row_of(debt_id(household, "微粒贷"))
    index = screen.model.index(row, HouseholdDebtsModel.TREATMENT)
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    assert screen.model.setData(index, "propose")
    assert screen.model.index(row, HouseholdDebtsModel.TREATMENT).data() == "Proposal"
    assert HouseholdBook(household.store).load("CNY").options_for(debt_id(household, "微粒贷")) == ProposalOptions()
    assert screen.model.setData(screen.model.index(row, HouseholdDebtsModel.TREATMENT), "keep")
    assert HouseholdBook(household.store).load("CNY").proposals == ()


def test_start_date_and_lump_sum_for_a_settlement(household, front):
    screen = front(household, "proposals")
    select(screen, household, "Anna Chan (private)")
    screen.form.rows["settlement"].widget.setText("50")
    assert screen.verdict.text().startswith("Not affordable")  # the other debts, kept, still do not fit
    anna = screen.plan.offer(debt_id(household, "Anna Chan (private)"))
    assert (anna.settlement, anna.fits) == (D("8100.00"), None)
    screen.lump_sum.widget.setText("5000")
    screen.lump_sum.widget.editingFinished.emit()
    assert screen.plan.lump_sum == D("5000.00") and screen.plan.lump_sum_short == D("3100.00")
    assert "The lump sum is 3,100.00 short." in screen.summary.text()
    screen.start.widget.setDate(screen.start.widget.date().addMonths(1))
    assert screen.plan.start == date(2026, 12, 23) and screen.plan.months[0].month == date(2026, 12, 1)
    assert HouseholdBook(household.store).load("CNY").start == date(2026, 12, 23)


def test_write_a_letter_opens_the_letter_dialog_for_the_selected_debt(household, monkeypatch, front):
    from debtdesk.ui.letter_dialog import LetterDialog

    opened = []
    monkeypatch.setattr(LetterDialog, "exec", lambda self: opened.append((self.debt_id, self.inputs.plan.options)))
    screen = front(household, "proposals")
    select(screen, household, "微粒贷")
    screen.form.rows["pause"].widget.setValue(3)
    screen.letter_button.click()
    assert opened == [(debt_id(household, "微粒贷"), ProposalOptions(pause_months=3))]


def test_not_legal_advice_is_on_the_screen(household, front):
    screen = front(household, "proposals")
    household.pages.setCurrentWidget(screen)
    assert screen.not_advice.isVisible() and screen.not_advice.text().startswith("Not legal advice")


def test_without_a_budget_the_page_asks_for_one(window):
    screen = window.proposals
    assert screen.verdict.text() == ("Add a budget in CNY (or enter the money available each month) to check "
                                     "this plan month by month.")
    screen.available.widget.setText("20000")
    # Everything kept: the arrears (24,823.39 in all) are due in November; every later month fits.
    assert screen.verdict.text().startswith("Not affordable: 1 month(s) ask more than the 20,000.00 available for "
                                            "debts: 2026-11 (short by 4,825.15).")
    screen.available.widget.setText("abc")
    assert "is not a number" in screen.available.error.text()


def test_the_page_follows_the_file(window, tmp_path):
    screen = window.proposals
    assert screen.model.rowCount() == 6
    from debtdesk.ui.session import Session

    window.set_session(Session(Store.create(tmp_path / "empty.debtdesk"), window.session.as_of))
    assert screen.model.rowCount() == 0 and screen.months_model.rowCount() == 0
    assert screen.verdict.text() == "No debt in this currency still needs paying."


def test_a_priority_debt_is_paid_first_and_the_others_share_the_rest(app, qtbot, small_household_path, as_of):
    from debtdesk.ui.main_window import MainWindow
    from debtdesk.ui.session import Session

    window = MainWindow(Session(Store.open(small_household_path), as_of))
    qtbot.addWidget(window)
    screen = window.proposals
    assert column(screen, HouseholdDebtsModel.PRIORITY) == ["priority", "", ""]
    assert screen.verdict.text() == ("Not affordable: 1 month(s) ask more than the 2,000.00 available for debts: "
                                     "2026-11 (short by 2,000.00). A lender may refuse a plan you cannot keep: try a "
                                     "longer term, a lower payment, a pause, or fair shares.")
    qtbot.mouseClick(screen.suggest_button, Qt.MouseButton.LeftButton)
    assert column(screen, HouseholdDebtsModel.TREATMENT) == ["Keep paying", "Proposal", "Proposal"]
    assert column(screen, HouseholdDebtsModel.MONTHLY) == ["1,000.00", "300.00", "700.00"]
    assert column(screen, HouseholdDebtsModel.SHARE) == ["—", "300.00", "700.00"]
    assert screen.verdict.text() == "Affordable: every month asks no more than the 2,000.00 available for debts."
    screen.table.selectRow(0)
    assert screen.summary.text() == ("Car finance is a priority debt, paid before the others share: owed 14,000.00, "
                                     "up to 1,000.00 a month.\nIt fits.")
    screen.table.selectRow(1)
    assert "Its fair share is 300.00 a month: 1,000.00 is left after essentials and the debts paid first, shared " \
           "between 2 lender(s) owed 10,000.00 in all." in screen.summary.text()
    window.close()
