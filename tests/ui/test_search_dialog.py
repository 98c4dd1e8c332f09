"""Edit ▸ Find (Ctrl+F): one search across debts, contacts and evidence; choosing a result shows it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from debtdesk.store import Store
from debtdesk.ui.main_window import MainWindow
from debtdesk.ui.session import Session


@pytest.fixture
def house(app, qtbot, household_path, as_of):
    win = MainWindow(Session(Store.open(household_path), as_of))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_ctrl_f_opens_the_search(house, qtbot):
    house.activateWindow()
    qtbot.keyClick(house, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert house.search_dialog is not None and house.search_dialog.isVisible()


def test_choosing_a_contact_shows_it_on_its_page_even_when_filtered_out(house):
    house.pages.setCurrentWidget(house.contacts)
    house.contacts.search.setText("微粒贷")  # a filter that hides Mr Zhao's calls
    dialog = house.find()
    dialog.query.setText("zhao arrested")
    assert dialog.results.count() == 1 and "Contact" in dialog.results.item(0).text()
    dialog.results.setCurrentRow(0)
    assert house.pages.currentWidget() is house.contacts
    assert "arrested" in house.contacts.selected_row().contact.summary
    assert house.contacts.search.text() == ""


def test_choosing_a_debt_or_an_evidence_item_shows_it(house):
    dialog = house.find()
    dialog.query.setText("微粒贷")
    debt_row = next(r for r in range(dialog.results.count()) if dialog.results.item(r).text().startswith("Debt"))
    dialog.results.setCurrentRow(debt_row)
    assert house.pages.currentWidget() is house.debts_page
    assert house.store.debt(house.register.selected_id()).lender.name == "微粒贷"
    dialog.query.setText("diagnosis")
    dialog.query.returnPressed.emit()  # Enter takes the first result and closes the search
    assert not dialog.isVisible() and house.pages.currentWidget() is house.evidence
    assert "iagnosis" in house.evidence.selected_item().title


def test_nothing_found_says_so_and_the_search_follows_file_open(house, tmp_path):
    from debtdesk.ui import files

    dialog = house.find()
    dialog.query.setText("zzz")
    assert dialog.results.count() == 0 and "Nothing found" in dialog.summary.text()
    files.switch_to(house, Store.create(tmp_path / "other.debtdesk"))
    dialog.query.setText("zhao")
    assert dialog.results.count() == 0  # the new file has no contacts
