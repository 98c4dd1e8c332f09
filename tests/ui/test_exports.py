"""File ▸ Export from the window: CSV tables and the chosen debt's schedule as a PDF."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from debtdesk.store import Store
from debtdesk.ui.main_window import MainWindow
from debtdesk.ui.session import Session


@pytest.fixture
def house(app, qtbot, household_path, as_of):
    win = MainWindow(Session(Store.open(household_path), as_of))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    asked = []

    def answer(name):
        def fake(parent, title, suggested, pattern, *args, **kwargs):
            asked.append((title, suggested, pattern))
            return str(tmp_path / name), pattern
        monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
        return asked
    return answer


def test_register_export_adds_the_suffix_and_reports_where(house, save_as, tmp_path):
    asked = save_as("debts")
    house.export_actions["register"].trigger()
    out = tmp_path / "debts.csv"
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid,lender,")
    assert "中国建设银行" in out.read_bytes().decode("utf-8-sig")
    assert asked[0][1].endswith("household-debts-2026-11-23.csv")
    assert str(out) in house.statusBar().currentMessage()


def test_budget_export_takes_the_budget_on_screen(house, save_as, tmp_path):
    save_as("budget.csv")
    house.pages.setCurrentWidget(house.budget)
    house.export_actions["budget"].trigger()
    text = (tmp_path / "budget.csv").read_bytes().decode("utf-8-sig")
    assert "After the illness" in text and "disposable" in text


def test_contacts_export(house, save_as, tmp_path):
    save_as("c.csv")
    house.export_actions["contacts"].trigger()
    text = (tmp_path / "c.csv").read_bytes().decode("utf-8-sig")
    assert "Swift Recovery Ltd (for 中国建设银行)" in text and "false_legal_claims" in text


def test_schedule_exports_act_on_the_debt_shown_on_the_debts_page(house, save_as, tmp_path):
    save_as("schedule.pdf")
    assert not house.export_actions["schedule_pdf"].isEnabled()  # on the Overview, no debt is on screen
    bank = next(d for d in house.store.debts() if d.lender.name == "中国建设银行")
    house.show_debt(bank.id)
    house.export_actions["schedule_pdf"].trigger()
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "schedule.pdf").pages)
    assert "Repayment schedule: 中国建设银行" in text
    assert "2025-12-09" in text and "Overdue, part paid" in text and "45 days past due" in text


def test_an_empty_file_has_no_budget_to_export(app, qtbot, tmp_path, as_of, boxes, save_as):
    win = MainWindow(Session(Store.create(tmp_path / "mine.debtdesk"), as_of))
    qtbot.addWidget(win)
    try:
        asked = save_as("b.csv")
        win.export_actions["budget"].trigger()
        assert boxes.kinds() == ["information"] and "no budget" in boxes.shown[0][2] and asked == []
    finally:
        win.close()
