"""Rate check and guidance on screen: register marker, debt detail, overview, dialog, notices."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from debtdesk.domain.contacts import Channel, Conduct, Contact
from debtdesk.domain.guidance import every_text
from debtdesk.domain.overdue import StageThresholds
from debtdesk.store import Store
from debtdesk.store.contacts import ContactLog
from debtdesk.store.settings import rate_reference, set_lender_thresholds, set_stage_thresholds
from debtdesk.ui.debts_model import DebtsModel
from debtdesk.ui.guidance_texts import GUIDANCE_TEXTS
from debtdesk.ui.rate_lines_dialog import RateLinesDialog


def markers(window) -> dict[str, str]:
    model = window.register.model
    return {model.index(r, DebtsModel.LENDER).data(): model.index(r, DebtsModel.RATE).data()
            for r in range(model.rowCount())}


def detail_rate_text(window, lender: str) -> str:
    view = next(v for v in window.register.model.rows() if v.debt.lender.name == lender)
    window.show_debt(view.debt.id)
    return window.detail.findChild(QLabel, "rateCheck").text()


def notice_texts(dash) -> dict[str, str]:
    return {code: "\n".join(label.text() for label in dash.findChild(QWidget, f"notice_{code}").findChildren(QLabel))
            for code in dash.notice_codes()}


@pytest.fixture
def household(app, qtbot, household_path, as_of):
    from debtdesk.ui.main_window import MainWindow
    from debtdesk.ui.session import Session

    win = MainWindow(Session(Store.open(household_path), as_of))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


# -- the rate check ---------------------------------------------------------------------------------


def test_register_marks_the_debts_above_a_line(window):
    assert markers(window) == {
        "Anna Chan (private)": "", "中国建设银行": "", "微粒贷": "⚠ above 24% a year", "借呗 (蚂蚁消费金融)": "",
        "招商银行信用卡": "⚠ above 24% a year", "花呗分期": "",
    }
    model = window.register.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "微粒贷")
    tooltip = model.index(row, DebtsModel.RATE).data(3)  # ToolTipRole
    assert "True APR 25.10% a year" in tooltip and "Not legal advice" in tooltip


def test_debt_detail_shows_the_figures_the_line_and_what_can_be_done(window, qtbot):
    text = detail_rate_text(window, "微粒贷")
    assert text.splitlines() == [
        "True APR 25.10% a year · contract rate 18.00% · penalty rate 27.00%",
        "⚠ Above 24% a year (Licensed lenders, lower line, for contracts from 2015-09-01): true APR, penalty rate.",
        "Courts commonly do not support interest above 24% a year; you can ask the lender to recalculate the "
        "interest, penalty interest and fees. Not legal advice.",
    ]
    assert "void" not in text.lower()
    qtbot.waitUntil(window.detail.findChild(QLabel, "rateCheck").isVisible)  # shown by the next event loop turn


def test_debt_detail_of_a_debt_within_the_lines(window):
    # Anna Chan: a private loan of 2026-01-26 at 8 %, penalty 12 % = four times the 3.0 % LPR, not above it.
    text = detail_rate_text(window, "Anna Chan (private)")
    assert text.splitlines()[1] == "Within the reference lines (12% a year). Not legal advice."
    text = detail_rate_text(window, "中国建设银行")
    assert text.splitlines()[1] == "Within the reference lines (24% / 36% a year). Not legal advice."


def test_overview_counts_the_debts_above_a_line(window):
    flags = window.dashboard.rate_flags
    assert flags.isVisible()
    assert flags.text().splitlines() == [
        "2 debts charge more than 24% a year, counting fees or penalty interest: 招商银行信用卡, 微粒贷.",
        "Courts commonly do not support interest above these lines; you can ask the lender to recalculate. "
        "The figures are on each debt's page. Not legal advice.",
    ]


def test_edit_menu_changes_the_lines_with_undo(window, script_dialog):
    def fill(dialog: RateLinesDialog):
        dialog.rows["licensed-24.value"].set_value("15")

    script_dialog(RateLinesDialog, fill)
    action = window.findChild(QAction, "rateLinesAction")
    assert action in window.menuBar().actions()[1].menu().actions()
    action.trigger()
    # 借呗 (14.4 %, penalty 21.6 %) and 花呗分期 (15 %, penalty 22.5 %) now cross the lower line too.
    assert markers(window)["借呗 (蚂蚁消费金融)"] == "⚠ above 15% a year"
    assert window.dashboard.rate_flags.text().startswith("4 debts charge more than 15% a year")
    assert "above 15% a year" in detail_rate_text(window, "花呗分期")
    assert window.undo_stack.undoText() == "Change reference rate lines"
    window.undo_stack.undo()
    assert markers(window)["借呗 (蚂蚁消费金融)"] == ""
    window.pages.setCurrentWidget(window.dashboard)  # out of sight, the overview waited until shown
    assert window.dashboard.rate_flags.text().startswith("2 debts charge more than 24% a year")
    window.undo_stack.redo()
    assert rate_reference(window.store).line("licensed-24").rate == Decimal("0.15")


def test_a_newer_lpr_row_applies_to_contracts_made_after_it(window, script_dialog):
    def fill(dialog: RateLinesDialog):
        dialog.findChild(QWidget, "addLpr").click()
        dialog.lpr_table.item(0, 0).setText("2026-01-01")
        dialog.lpr_table.item(0, 1).setText("2.5")

    script_dialog(RateLinesDialog, fill)
    window.findChild(QAction, "rateLinesAction").trigger()
    # Anna Chan's loan of 2026-01-26: 4 × 2.5 % = 10 %, and her penalty rate is 12 %.
    assert markers(window)["Anna Chan (private)"] == "⚠ above 10% a year"
    assert "1 debt charges more than 10% a year, counting fees or penalty interest: Anna Chan (private)." in (
        window.dashboard.rate_flags.text())


def test_mistakes_in_the_dialog_are_shown_and_nothing_changes(window, script_dialog):
    def fill(dialog: RateLinesDialog):
        dialog.rows["licensed-36.value"].set_value("abc")
        dialog.lpr_table.item(0, 1).setText("")

    seen = script_dialog(RateLinesDialog, fill)
    window.findChild(QAction, "rateLinesAction").trigger()
    dialog = seen[0]
    assert dialog.rows["licensed-36.value"].error.text() == "⚠ 'abc' is not a number."
    assert dialog.rows["lpr"].error.text() == "⚠ Row 1: '' is not a number."
    assert dialog.result() == 0 and window.undo_stack.count() == 0


def test_an_unchanged_dialog_adds_no_undo_step(window, script_dialog):
    script_dialog(RateLinesDialog, lambda dialog: None)
    window.findChild(QAction, "rateLinesAction").trigger()
    assert window.undo_stack.count() == 0


def test_restore_defaults_in_the_dialog(window, script_dialog):
    def edit(dialog: RateLinesDialog):
        dialog.rows["licensed-24.value"].set_value("20")
        dialog.enabled["licensed-36"].setChecked(False)

    script_dialog(RateLinesDialog, edit)
    window.findChild(QAction, "rateLinesAction").trigger()
    assert not rate_reference(window.store).line("licensed-36").enabled
    script_dialog(RateLinesDialog, lambda dialog: dialog.findChild(QWidget, "restoreDefaults").click())
    window.findChild(QAction, "rateLinesAction").trigger()
    assert rate_reference(window.store) == type(rate_reference(window.store))()


# -- guidance ---------------------------------------------------------------------------------------


def test_overview_notices_for_a_severe_debt(window):
    dash = window.dashboard
    assert dash.notice_codes() == ["legal-aid", "complaint-channels", "paid-agencies"]
    texts = notice_texts(dash)
    assert texts["legal-aid"].startswith("Free legal aid: 12348\n")
    assert "12378" in texts["complaint-channels"] and "12363" in texts["complaint-channels"]
    assert "directly and for free" in texts["paid-agencies"]
    assert all(dash.findChild(QWidget, f"notice_{code}").isVisible() for code in dash.notice_codes())


def test_complaint_channels_appear_early_once_a_contact_is_flagged(household, window):
    # Thresholds under which every debt of the demo is still "early": no legal aid yet.
    for win in (household, window):
        set_stage_thresholds(win.store, StageThresholds(early=1, mid=200, late=300, severe=400))
        win.session.notify()
    assert window.dashboard.worst_title.text() == "Early overdue (逾期初期): 1–199 days past due"
    assert window.dashboard.notice_codes() == ["paid-agencies"]  # no contacts logged in this file
    assert household.dashboard.notice_codes() == ["complaint-channels", "paid-agencies"]  # a night call, threats


def test_stage_title_follows_the_worst_debts_own_lender_thresholds(window):
    anna = next(v for v in window.register.model.rows() if v.debt.lender.name.startswith("Anna"))
    set_lender_thresholds(window.store, anna.debt.lender.id, StageThresholds(early=1, mid=8, late=31, severe=150))
    window.session.notify()
    assert window.dashboard.worst_title.text() == "Late overdue (逾期后期): 31–149 days past due"
    assert window.dashboard.headline.text() == "The most urgent: Anna Chan (private), 120 days past due (Late overdue)."


def test_contact_log_shows_complaint_channels_once_a_contact_is_flagged(window):
    contacts = window.contacts
    notice = contacts.findChild(QLabel, "complaintNotice")
    window.pages.setCurrentWidget(contacts)
    assert not notice.isVisible()
    ContactLog(window.store).add(Contact(datetime(2026, 11, 22, 23, 15), Channel.CALL, company="催收公司",
                                         conduct=frozenset({Conduct.INSULTS})))
    window.session.notify()
    assert notice.isVisible()
    lines = notice.text().splitlines()
    assert lines[0] == "Complaints about collection conduct: 12378 and 12363"
    assert "consumer hotline 12378" in lines[1] and "hotline 12363" in lines[1]
    assert lines[-1] == "This is general information, not legal advice."


def test_evidence_screen_warns_about_paid_agencies_and_is_not_legal_advice(window):
    evidence = window.evidence
    window.pages.setCurrentWidget(evidence)
    notice = evidence.findChild(QLabel, "evidenceNotice")
    assert notice.isVisible()
    assert "directly and for free" in notice.text() and "ID card, bank cards or passwords" in notice.text()
    assert notice.text().endswith("This is general information, not legal advice.")


def test_every_guidance_text_is_marked_for_translation():
    assert sorted(GUIDANCE_TEXTS) == sorted(every_text())


def test_the_register_model_with_its_interest_column_passes_qtmodeltester(window, qtmodeltester):
    qtmodeltester.check(window.register.model)


def test_the_debt_detail_explains_its_terms_through_the_glossary(window, qtbot):
    from PySide6.QtWidgets import QToolButton

    from debtdesk.help.glossary import find_term

    window.show_debt(window.register.model.rows()[0].debt.id)
    buttons = window.debts_page.findChildren(QToolButton)
    names = {b.objectName() for b in buttons if b.objectName().startswith("help_")}
    assert {"help_true-apr", "help_stages", "help_rate-lines"} <= names
    assert all(find_term(name[len("help_"):]) is not None for name in names)
