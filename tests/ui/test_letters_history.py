"""The letters history: mark a letter as sent (undoable), remove an entry (undoable), complaints per lender."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from debtdesk.domain.contacts import Channel, Conduct, Contact
from debtdesk.store import Store
from debtdesk.store.contacts import ContactLog
from debtdesk.store.letters import LetterLog
from debtdesk.ui.contact_dialog import ContactDialog
from debtdesk.ui.main_window import MainWindow
from debtdesk.ui.sent_dialog import SentDialog
from debtdesk.ui.session import Session


@pytest.fixture
def house(app, qtbot, household_path, as_of, tmp_path):
    win = MainWindow(Session(Store.open(household_path), as_of))
    qtbot.addWidget(win)
    win.show()
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(b"%PDF-1.4 a letter")
    bank = next(d for d in win.store.debts() if d.lender.name == "中国建设银行")
    LetterLog(win.store).record(pdf, "negotiation", "zh-Hans", "中国建设银行", date(2026, 11, 20), bank.id)
    win.pages.setCurrentWidget(win.letters)
    win.letters.table.selectRow(0)
    yield win
    win.close()


def test_mark_as_sent_records_day_and_channel_and_undo_takes_it_back(house, script_dialog):
    def fill(dialog: SentDialog):
        dialog.rows["sent_on"].set_value("2026-11-21")
        dialog.rows["sent_via"].set_value("registered-post")

    script_dialog(SentDialog, fill)
    house.letters.sent_button.click()
    record = LetterLog(house.store).list()[0]
    assert (record.sent_on, record.sent_via) == (date(2026, 11, 21), "registered-post")
    assert house.letters.model.index(0, 6).data().startswith("2026-11-21 · Registered post")
    house.undo_stack.undo()
    assert LetterLog(house.store).list()[0].sent_on is None
    assert house.letters.model.index(0, 6).data() == "not marked as sent"


@pytest.mark.parametrize("day, problem", [("2026-11-19", "Before the letter was exported"),
                                          ("2026-11-24", "In the future")])
def test_a_sent_day_before_the_export_or_in_the_future_is_refused(house, script_dialog, day, problem):
    seen = script_dialog(SentDialog, lambda d: d.rows["sent_on"].set_value(day))
    house.letters.sent_button.click()
    assert problem in seen[0].rows["sent_on"].error.text()
    assert LetterLog(house.store).list()[0].sent_on is None and house.undo_stack.count() == 0


def test_removing_an_entry_keeps_the_file_and_undo_brings_it_back_with_its_id(house, tmp_path):
    before = LetterLog(house.store).list()
    house.letters.remove_button.click()
    assert LetterLog(house.store).list() == [] and house.letters.model.rowCount() == 0
    assert (tmp_path / "letter.pdf").exists()
    house.undo_stack.undo()
    assert LetterLog(house.store).list() == before


def test_a_contact_without_a_debt_counts_for_the_lender_it_names(house, tmp_path):
    log = ContactLog(house.store)
    shot = tmp_path / "微信截图.png"
    shot.write_bytes(b"png")
    log.add(Contact(datetime(2026, 11, 22, 23, 5), Channel.APP, company="催收 for 微粒贷 team",
                    summary="Threatened to post my photo", conduct=frozenset({Conduct.THREATS})), [shot])
    house.session.notify()
    names = [house.letters.complaint_debt.itemText(i) for i in range(house.letters.complaint_debt.count())]
    assert names == ["微粒贷", "中国建设银行"]
    from debtdesk.domain.proposal import ProposalOptions
    from debtdesk.services.letter_inputs import letter_inputs

    weilidai = next(d.id for d in house.store.debts() if d.lender.name == "微粒贷")
    inputs = letter_inputs(house.store, weilidai, ProposalOptions(), house.session.as_of)
    assert [c.company for c, _ in inputs.flagged] == ["催收 for 微粒贷 team"]
    assert inputs.complaint_enclosures == ("微信截图.png (2026-11-22 23:05)",)
    # The complaint written in the window encloses it too.
    from debtdesk.letters import COMPLAINT
    from debtdesk.ui.letter_dialog import LetterDialog

    dialog = LetterDialog(house, house.session, weilidai, COMPLAINT)
    assert "微信截图.png (2026-11-22 23:05)" in dialog.letter.enclosures
    dialog.close()


def test_the_contact_form_says_which_lender_a_contact_without_a_debt_counts_for(house, qtbot):
    dialog = ContactDialog(house, datetime(2026, 11, 23, 12, 0), [(4, "中国建设银行")],
                           lenders=["中国建设银行", "微粒贷"])
    qtbot.addWidget(dialog)
    hint = dialog.rows["company"].hint
    assert dialog.rows["company"].widget.findText("微粒贷") >= 0  # the lenders are offered as companies
    dialog.rows["company"].widget.setEditText("Swift Recovery (for 中国建设银行)")
    assert not hint.isHidden() and "counts in a complaint about 中国建设银行" in hint.text()
    dialog.rows["debt_id"].set_value("4")
    assert hint.isHidden()


def test_the_complaint_list_takes_the_debts_of_the_sessions_statuses(house, monkeypatch):
    """With every status worked out, the page lists the same debts without reading them from the file again."""
    listed = [house.letters.complaint_debt.itemData(i) for i in range(house.letters.complaint_debt.count())]
    house.session.debt_views()  # the statuses, as the window keeps them
    monkeypatch.setattr(house.store, "debts", lambda: pytest.fail("the debts were read from the file again"))
    house.letters.reload()
    again = [house.letters.complaint_debt.itemData(i) for i in range(house.letters.complaint_debt.count())]
    assert again == listed and listed
