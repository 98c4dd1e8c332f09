"""The main window's debt register: what it shows, sorting and filtering."""

from __future__ import annotations

from PySide6.QtCore import Qt

from debtdesk.ui.debts_model import DebtsModel
from debtdesk.ui.schedule_model import ScheduleModel


def column_texts(window, column):
    proxy = window.register.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_register_lists_every_demo_debt_worst_first(window):
    lenders = column_texts(window, DebtsModel.LENDER)
    assert len(lenders) == 6
    assert lenders[0] == "Anna Chan (private)"  # severe, 120 days
    assert column_texts(window, DebtsModel.DPD)[:4] == ["120", "45", "20", "5"]
    assert column_texts(window, DebtsModel.STAGE)[0].startswith("Severe")
    assert "M3+" in column_texts(window, DebtsModel.STAGE)[0]


def test_sorting_by_outstanding_is_numeric_not_textual(window):
    window.register.table.sortByColumn(DebtsModel.OUTSTANDING, Qt.SortOrder.AscendingOrder)
    values = [float(t.replace(",", "")) for t in column_texts(window, DebtsModel.OUTSTANDING)]
    assert values == sorted(values)
    assert values[0] == 3600.00  # 花呗分期: "3,600.00" would sort after "14,210.00" as text


def test_text_filter_and_only_overdue(window):
    window.register.search.setText("银行")
    assert sorted(column_texts(window, DebtsModel.LENDER)) == ["中国建设银行", "招商银行信用卡"]
    window.register.search.clear()
    window.register.only_overdue.setChecked(True)
    assert len(column_texts(window, DebtsModel.LENDER)) == 4
    window.register.only_overdue.setChecked(False)
    assert len(column_texts(window, DebtsModel.LENDER)) == 6


def test_selecting_a_debt_shows_schedule_and_payments(window):
    debt_id = next(v.debt.id for v in window.register.model.rows() if v.debt.lender.name == "中国建设银行")
    window.register.select(debt_id)
    detail = window.detail
    assert detail.schedule_model.rowCount() == 36
    statuses = [detail.schedule_model.index(r, 6).data() for r in range(12)]
    assert statuses[:10] == ["Paid"] * 10
    assert statuses[10] == "Overdue, part paid"
    assert statuses[11] == "Overdue"
    assert detail.payments_model.rowCount() == 11
    window.pages.setCurrentWidget(window.debts_page)
    assert window.edit_action.isEnabled()


def test_models_pass_the_model_tester(window, qtmodeltester):
    qtmodeltester.check(window.register.model)
    window.register.select(window.register.model.rows()[0].debt.id)
    qtmodeltester.check(window.detail.schedule_model)
    assert isinstance(window.detail.schedule_model, ScheduleModel)


def test_totals_in_the_status_bar(window):
    text = window.totals.text()
    assert "CNY" in text and "as of 2026-11-23" in text
    assert "overdue 24,070.84" in text


def test_notes_tooltip_shows_markup_as_text(window):
    from debtdesk.ui.debts_model import DebtsModel as M

    row = next(i for i, v in enumerate(window.register.model.rows()) if v.debt.notes)
    tip = window.register.model.index(row, M.LENDER).data(3)  # ToolTipRole
    assert "hospital deposit" in tip and "<b>" not in tip.replace("<p", "")
