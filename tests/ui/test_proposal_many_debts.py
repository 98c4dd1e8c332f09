"""The Proposal page on a household of many debts: what it works out up front, and after a change.

A large household's first visit used to work out every lender's offer and measure 200 rows of
every column before anything was shown; a change to one debt's treatment built every line again.
The page now works an offer out when its row is shown, fits columns to a screenful of rows, and
takes over the lines a change leaves alone, with the same figures.
"""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal as D

import pytest

from debtdesk.domain import household
from debtdesk.domain.budget import Budget, BudgetLine, Direction
from debtdesk.domain.demo_large import large_debts
from debtdesk.domain.household import household_plan
from debtdesk.store import Store
from debtdesk.store.budgets import BudgetBook
from debtdesk.ui.household_models import HouseholdDebtsModel

AS_OF = date(2026, 11, 23)
DEBTS = 120


@pytest.fixture(scope="module")
def many_path(tmp_path_factory):
    """A file of 120 generated debts with a budget (written once for the module)."""
    path = tmp_path_factory.mktemp("many") / "many.debtdesk"
    with Store.create(path) as store:
        for debt, payments in large_debts(AS_OF, debts=DEBTS, payments_per_debt=8):
            store.add_debt(debt, payments)
        BudgetBook(store).add(Budget(date(2026, 11, 1), (
            BudgetLine(Direction.INCOME, "wages", D("900000.00")),
            BudgetLine(Direction.EXPENSE, "rent", D("3000.00")))))
    return path


@pytest.fixture
def many(app, qtbot, many_path, tmp_path, monkeypatch, front):
    """The main window on a copy of that file, its Proposal page in front, each offer worked out counted."""
    from debtdesk.ui.main_window import MainWindow
    from debtdesk.ui.session import Session

    path = tmp_path / "many.debtdesk"
    shutil.copy(many_path, path)
    offers = []
    offer = household._Context.offer
    monkeypatch.setattr(household._Context, "offer", lambda context, line: offers.append(line) or offer(context, line))
    win = MainWindow(Session(Store.open(path), AS_OF))
    qtbot.addWidget(win)
    win.show()
    page = front(win, "proposals")
    yield win, page, offers
    win.close()


def test_only_the_offers_of_rows_shown_are_worked_out(many):
    _win, page, offers = many
    assert page.model.rowCount() == DEBTS
    assert 0 < len({id(line) for line in offers}) < DEBTS / 2


def test_a_row_far_down_shows_the_offer_worked_out_afresh(many):
    win, page, _offers = many
    fresh = household_plan(win.session.debt_views(), page.spec, page.plan.available, AS_OF)
    last = page.model.rowCount() - 1
    shown = [page.model.index(last, column).data() for column in range(page.model.columnCount())]
    offer = fresh.offers[last]
    assert shown[HouseholdDebtsModel.BALANCE] == f"{offer.balance:,.2f}"
    assert shown[HouseholdDebtsModel.MONTHLY] == f"{offer.monthly_payment:,.2f}"
    assert page.plan.offers == fresh.offers and page.plan.months == fresh.months


def test_a_changed_treatment_builds_that_line_only(many):
    win, page, _offers = many
    before = {line.debt.id: line for line in page.plan.lines}
    chosen = page.plan.lines[5].debt.id
    page.table.selectRow(5)
    page.form.rows["deferral"].widget.setValue(2)
    after = {line.debt.id: line for line in page.plan.lines}
    assert after[chosen].options is not None and after[chosen].options.deferral_months == 2
    assert all(after[d] is before[d] for d in before if d != chosen)
    fresh = household_plan(win.session.debt_views(), page.spec, page.plan.available, AS_OF)
    assert page.plan == fresh and page.plan.offers == fresh.offers
    win.undo_stack.undo()
    assert page.plan.line(chosen).options is None
    assert page.plan == household_plan(win.session.debt_views(), page.spec, page.plan.available, AS_OF)


def test_columns_are_fitted_to_their_header_and_first_rows(many):
    """Fitted once per change of rows (not on every layout), but fitted: no header or first cell cut off."""
    from PySide6.QtWidgets import QTableView

    _win, page, _offers = many
    tables = [page.table, page.months, *page.schedule.findChildren(QTableView)]
    page.table.selectRow(3)  # the schedule of a debt kept as contracted is filled in
    for table in tables:
        model, header = table.model(), table.horizontalHeader()
        for column in range(model.columnCount() - 1):  # the last one stretches
            wanted = max([header.sectionSizeHint(column)]
                         + [table.sizeHintForIndex(model.index(row, column)).width()
                            for row in range(min(5, model.rowCount()))])
            assert table.columnWidth(column) >= wanted, (table.objectName(), column)
