"""The register sorts by keys worked out once per row: the same order Qt's own proxy sort gives,
without a Python `data()` call per comparison, keeping the selection and surviving reloads."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt

from debtdesk.ui.debts_model import DebtsModel
from debtdesk.ui.table_model import ROW_ROLE, SORT_ROLE

ORDERS = (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)


def shown_ids(window) -> list[int]:
    proxy = window.register.proxy
    return [proxy.index(r, 0).data(ROW_ROLE).debt.id for r in range(proxy.rowCount())]


@pytest.fixture
def many(window):
    """The demo's six debts, six times over (their statuses repeat: many ties to keep stable)."""
    views = window.register.model.rows()
    window.register.set_views(views * 6)
    return window


@pytest.mark.parametrize("order", ORDERS, ids=["ascending", "descending"])
@pytest.mark.parametrize("column", range(len(DebtsModel.columns)))
def test_the_order_is_the_one_qt_sorting_by_sort_role_gives(many, column, order):
    """Key by key the same order as Qt's proxy sorting by SORT_ROLE (equal keys may come in any order)."""
    model = many.register.model
    reference = QSortFilterProxyModel()
    reference.setSourceModel(model)
    reference.setSortRole(SORT_ROLE)
    reference.sort(column, order)
    expected = [reference.index(r, column).data(SORT_ROLE) for r in range(reference.rowCount())]
    before = sorted(map(id, model.rows()))
    many.register.table.sortByColumn(column, order)
    proxy = many.register.proxy
    assert [proxy.index(r, column).data(SORT_ROLE) for r in range(proxy.rowCount())] == expected
    assert sorted(map(id, model.rows())) == before  # the same rows, each once


def test_sorting_asks_for_no_sort_role_per_comparison(many, monkeypatch):
    asked = []
    original = DebtsModel.data

    def counting(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == SORT_ROLE:
            asked.append(index.row())
        return original(self, index, role)

    monkeypatch.setattr(DebtsModel, "data", counting)
    many.register.table.sortByColumn(DebtsModel.OUTSTANDING, Qt.SortOrder.AscendingOrder)
    many.register.table.sortByColumn(DebtsModel.RATE, Qt.SortOrder.DescendingOrder)
    assert asked == []


def test_the_selection_follows_its_debt_and_the_order_survives_a_reload(window):
    register = window.register
    register.table.sortByColumn(DebtsModel.OUTSTANDING, Qt.SortOrder.AscendingOrder)
    chosen = shown_ids(window)[2]
    register.select(chosen)
    register.table.sortByColumn(DebtsModel.OUTSTANDING, Qt.SortOrder.DescendingOrder)
    assert register.selected_id() == chosen
    order = shown_ids(window)
    register.set_views(list(reversed(register.model.rows())))  # a reload hands rows over in any order
    assert shown_ids(window) == order
    assert register.selected_id() == chosen
