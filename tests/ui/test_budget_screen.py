"""The budget screen: snapshots, lines through the line dialog, disposable income, undo/redo."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from debtdesk.domain.budget import Budget, BudgetLine, Direction, Frequency
from debtdesk.store.budgets import BudgetBook
from debtdesk.ui.budget_screen import BudgetHeaderDialog, BudgetLineDialog, BudgetScreen

D = Decimal


@pytest.fixture
def screen(window, qtbot):
    widget = BudgetScreen(window.session, window.undo_stack)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


@pytest.fixture
def book(window):
    return BudgetBook(window.session.store)


@pytest.fixture
def november(book, window):
    saved = book.add(Budget(date(2026, 11, 1), (
        BudgetLine(Direction.INCOME, "wages", D("6000"), label="Salary"),
        BudgetLine(Direction.EXPENSE, "housing", D("2500"), label="Rent"),
        BudgetLine(Direction.EXPENSE, "food", D("300"), Frequency.WEEKLY),  # 1,300.00 a month
    ), "November"))
    window.session.notify()
    return saved


def fill_line(amount, label="", frequency="monthly", category=None):
    def fill(dialog):
        if category:
            dialog.rows["category"].set_value(category)
        dialog.rows["label"].set_value(label)
        dialog.rows["amount"].set_value(amount)
        dialog.rows["frequency"].set_value(frequency)
    return fill


def test_an_empty_file_invites_a_first_budget(screen, book, script_dialog, window):
    assert book.list() == []
    assert screen.empty_hint.isVisible() and not screen.tables.isVisible()
    assert not screen.delete_button.isEnabled()

    def fill(dialog):
        dialog.rows["taken_on"].set_value("2026-11-20")
        dialog.rows["name"].set_value("After the job loss")

    script_dialog(BudgetHeaderDialog, fill)
    screen.new_button.click()
    [saved] = book.list()
    assert (saved.taken_on, saved.name, saved.lines) == (date(2026, 11, 20), "After the job loss", ())
    assert screen.chooser.currentText() == "2026-11-20 — After the job loss"
    assert screen.tables.isVisible() and not screen.empty_hint.isVisible()
    assert screen.disposable.text() == "0.00 CNY"
    window.undo_stack.undo()
    assert book.list() == [] and screen.chooser.count() == 0


def test_adding_a_line_changes_disposable_income_with_undo_and_redo(screen, november, book, script_dialog,
                                                                     window):
    assert screen.disposable.text() == "2,200.00 CNY"  # 6000 − 2500 − 1300
    script_dialog(BudgetLineDialog, fill_line("100", "Bus pass", "weekly", "transport"))
    screen.expenses.add_button.click()
    assert screen.disposable.text() == "1,766.67 CNY"  # − 433.33
    assert screen.expense_total.text() == "4,233.33 CNY"
    model = screen.expenses.model
    assert model.rowCount() == 3
    assert [model.index(2, c).data() for c in range(5)] == [
        "Transport", "Bus pass", "100.00", "Weekly", "433.33"]
    added = book.get(november.id).lines[-1]
    assert (added.amount, added.frequency, added.label) == (D("100.00"), Frequency.WEEKLY, "Bus pass")
    assert screen.expenses.selected_line().id == added.id

    window.undo_stack.undo()
    assert screen.disposable.text() == "2,200.00 CNY"
    assert book.get(november.id) == november
    window.undo_stack.redo()
    assert screen.disposable.text() == "1,766.67 CNY"
    assert book.get(november.id).lines[-1].id == added.id  # the same row comes back


def test_income_lines_add_to_income(screen, november, script_dialog):
    script_dialog(BudgetLineDialog, fill_line("1200", "Unemployment benefit", "yearly", "benefits"))
    screen.income.add_button.click()
    assert screen.income_total.text() == "6,100.00 CNY"
    assert screen.disposable.text() == "2,300.00 CNY"


@pytest.mark.parametrize("amount, message", [
    ("", "⚠ This field is required."),
    ("-20", "⚠ Enter the amount without a minus sign."),
    ("twenty", "⚠ 'twenty' is not a number."),
])
def test_a_bad_amount_is_shown_beside_the_field_and_nothing_is_saved(screen, november, book, script_dialog,
                                                                     window, amount, message):
    seen = script_dialog(BudgetLineDialog, fill_line(amount, "Rent"))
    screen.expenses.add_button.click()
    dialog = seen[0]
    assert dialog.rows["amount"].error.text() == message
    assert not dialog.rows["amount"].error.isHidden()
    assert dialog.rows["label"].error.isHidden()
    assert dialog.result_line is None
    assert book.get(november.id) == november and window.undo_stack.count() == 0
    assert screen.disposable.text() == "2,200.00 CNY"


def test_a_too_long_label_is_refused_beside_the_label(screen, november, book, script_dialog, window):
    seen = script_dialog(BudgetLineDialog, fill_line("10", "x" * 120))
    screen.income.add_button.click()
    assert seen[0].rows["label"].error.text() == "⚠ Too long: 120 characters, at most 100."
    assert seen[0].rows["amount"].error.isHidden()
    assert book.get(november.id) == november and window.undo_stack.count() == 0


def test_the_dialog_shows_the_monthly_equivalent_while_typing(app, qtbot):
    dialog = BudgetLineDialog(None, Direction.INCOME)
    qtbot.addWidget(dialog)
    dialog.rows["amount"].set_value("100")
    dialog.rows["frequency"].set_value("weekly")
    assert dialog.per_month.text() == "That is 433.33 a month."
    dialog.rows["amount"].set_value("abc")
    assert dialog.per_month.text() == ""


def test_negative_disposable_income_is_explained_calmly(screen, november, script_dialog):
    script_dialog(BudgetLineDialog, fill_line("3000", "Hospital", category="medical"))
    screen.expenses.add_button.click()
    assert screen.disposable.text() == "-800.00 CNY"
    assert screen.verdict.text().startswith("Your essential expenses are 800.00 a month more than your income.")
    assert screen.disposable.styleSheet() != ""


def test_edit_and_remove_a_line(screen, november, book, script_dialog, window):
    screen.expenses.select_line(november.lines[1].id)
    script_dialog(BudgetLineDialog, fill_line("2000", "Cheaper room"))
    screen.expenses.edit_button.click()
    lines = book.get(november.id).lines
    assert [(ln.id, ln.label, ln.amount) for ln in lines][1] == (november.lines[1].id, "Cheaper room", D("2000.00"))
    assert screen.disposable.text() == "2,700.00 CNY"
    screen.expenses.select_line(november.lines[2].id)
    screen.expenses.remove_button.click()
    assert screen.disposable.text() == "4,000.00 CNY"
    assert len(book.get(november.id).lines) == 2
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert book.get(november.id) == november


def test_copy_to_a_new_date_then_delete_with_undo(screen, november, book, script_dialog, window, boxes):
    script_dialog(BudgetHeaderDialog, lambda d: (d.rows["taken_on"].set_value("2026-12-01"),
                                                d.rows["name"].set_value("December"),
                                                d.rows["currency"].set_value("HKD")))
    screen.copy_button.click()
    newest = book.list()[0]
    assert (newest.taken_on, newest.name, newest.currency, len(newest.lines)) == (
        date(2026, 12, 1), "December", "HKD", 3)
    assert window.undo_stack.count() == 1
    assert screen.disposable.text() == "2,200.00 HKD"
    assert screen.current_budget().id == newest.id
    assert screen.chooser.count() == 2

    boxes.answers.append(True)
    screen.delete_button.click()
    assert [b.id for b in book.list()] == [november.id]
    assert "Delete the budget of 2026-12-01 and its 3 lines?" in boxes.shown[-1][2]
    assert screen.current_budget().id == november.id
    window.undo_stack.undo()
    assert book.get(newest.id) == newest
    window.undo_stack.undo()
    assert [b.id for b in book.list()] == [november.id]


def test_keeping_a_budget_when_asked_deletes_nothing(screen, november, book, boxes, window):
    boxes.answers.append(False)
    screen.delete_button.click()
    assert book.get(november.id) == november and window.undo_stack.count() == 0


def test_a_change_elsewhere_reloads_the_screen(screen, november, book, window):
    book.add(Budget(date(2026, 12, 5), (BudgetLine(Direction.INCOME, "wages", D("10")),), "Later"))
    window.session.notify()
    assert screen.chooser.count() == 2
    assert screen.current_budget().id == november.id  # the shown budget stays chosen
    screen.select_budget(book.list()[0].id)
    assert screen.disposable.text() == "10.00 CNY"


def test_set_session_shows_the_other_file(screen, november, tmp_path, app):
    from debtdesk.store import Store
    from debtdesk.ui.session import Session

    other = Session(Store.create(tmp_path / "other.debtdesk"), date(2026, 11, 23))
    try:
        screen.set_session(other)
        assert screen.chooser.count() == 0 and screen.empty_hint.isVisible()
    finally:
        other.store.close()


def test_the_lines_model_passes_qtmodeltester(screen, november, qtmodeltester):
    assert screen.expenses.model.rowCount() == 2
    qtmodeltester.check(screen.expenses.model)


def test_a_line_amount_is_an_example_and_follows_the_locale(window, qtbot):
    from PySide6.QtCore import QLocale

    dialog = BudgetLineDialog(window, Direction.EXPENSE)
    qtbot.addWidget(dialog)
    assert dialog.rows["amount"].widget.placeholderText() == "e.g. 3000.00"  # was a bare "0.00"
    dialog.rows["amount"].set_value("24%")
    assert dialog.parse()[1][0].message == "An amount, not a percentage."
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        dialog.rows["amount"].set_value("1.234,50")
        line, errors = dialog.parse()
        assert errors == [] and line.amount == D("1234.50")
        edit = BudgetLineDialog(window, Direction.EXPENSE, line)
        qtbot.addWidget(edit)
        assert edit.rows["amount"].value() == "1234,50"
    finally:
        QLocale.setDefault(before)
