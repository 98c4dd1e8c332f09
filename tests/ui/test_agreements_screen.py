"""After the letter, in the window: reply → agreement → payments → the breach warning and the banner.

Set DEBTDESK_SHOTS=/some/folder to keep screenshots of each step.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from debtdesk.cli import main
from debtdesk.domain.agreement import Outcome
from debtdesk.domain.agreement_check import Standing
from debtdesk.domain.debt import Payment
from debtdesk.domain.timeline import EventKind
from debtdesk.store import Store
from debtdesk.store.agreements import AGREEMENT, REPLY, AgreementBook
from debtdesk.store.attachments import AttachmentStore
from debtdesk.ui import commands
from debtdesk.ui.agreement_dialogs import AgreementDialog, LegalEventDialog, OutcomeDialog
from debtdesk.ui.main_window import MainWindow
from debtdesk.ui.reminder_banner import ReminderController
from debtdesk.ui.session import Session

SHOTS = os.environ.get("DEBTDESK_SHOTS")


def shot(widget, name: str) -> None:
    if SHOTS:
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()  # let wrapped labels take the height their new text needs
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def lettered(household_path, tmp_path):
    """The household with a letter to 微粒贷 asking for 12 interest-free instalments, penalties waived."""
    assert main(["letter", "--db", str(household_path), "--debt", "3", "--lang", "zh-Hans", "--out",
                 str(tmp_path / "letter.pdf"), "--option", "instalments=12", "--option", "freeze-interest",
                 "--option", "waive-penalties", "--as-of", "2026-11-23"]) == 0
    return household_path


def open_window(qtbot, path, as_of, **controller) -> MainWindow:
    win = MainWindow(Session(Store.open(path), as_of))
    if controller:
        win.reminders.send = controller["send"]
    qtbot.addWidget(win)
    win.resize(1360, 860)
    win.show()
    return win


def test_the_journey_from_letter_to_breach(app, qtbot, lettered, tmp_path, script_dialog, boxes):
    reply, signed = tmp_path / "回复.png", tmp_path / "协议.pdf"
    reply.write_bytes(b"\x89PNG accepted")
    signed.write_bytes(b"%PDF signed")
    win = open_window(qtbot, lettered, date(2026, 11, 30))
    page = win.agreements
    win.pages.setCurrentWidget(page)
    page.letters_table.selectRow(0)
    assert page.letters_model.index(0, 2).data() == "Not recorded"
    shot(win, "1-letter-exported")

    def answer(dialog: OutcomeDialog):
        dialog.rows["outcome"].set_value(Outcome.ACCEPTED.value)
        dialog.replied_on.setDate(dialog.replied_on.date().addDays(-2))
        dialog.attach.set_files([str(reply)])

    def agree(dialog: AgreementDialog):
        assert dialog.chosen().value == "proposal"  # the proposal the letter sent
        dialog.start.setDate(dialog.start.date().addDays(1))  # 2026-12-01
        dialog.grace.setValue(3)
        dialog.attach.set_files([str(signed)])
        dialog.clause.setPlainText("任一期逾期超过3日未还，本协议自动失效，恢复原合同及罚息。")
        dialog.refresh_preview()
        assert dialog.preview.rowCount() == 12
        shot(dialog, "2-agreement-dialog")

    script_dialog(OutcomeDialog, answer)
    script_dialog(AgreementDialog, agree)
    page.record_reply()  # accepted: the agreement dialog follows
    book = AgreementBook(win.store)
    [deal] = book.agreements(3)
    assert page.letters_model.index(0, 2).data() == "Accepted"
    assert AttachmentStore(win.store).of(REPLY, book.outcome(1).id)[0].original_name == "回复.png"
    assert AttachmentStore(win.store).of(AGREEMENT, deal.id)[0].original_name == "协议.pdf"
    assert deal.terms.grace_days == 3 and deal.start == date(2026, 12, 1) and deal.terms.annual_rate == 0
    assert page.warning.text().startswith("In force from 2026-12-01")
    shot(win, "3-agreement-recorded")
    # Undo takes back the agreement, then the reply; redo brings both back with their files.
    proposal = lambda: win.store.conn.execute("SELECT status FROM proposals").fetchone()[0]  # noqa: E731
    assert proposal() == "accepted"
    win.undo_stack.undo()
    win.undo_stack.undo()
    assert book.agreements() == [] and book.outcome(1) is None and proposal() == "sent"
    win.undo_stack.redo()
    win.undo_stack.redo()
    assert book.agreements() == [deal] and book.outcome(1).outcome is Outcome.ACCEPTED and proposal() == "accepted"
    assert len(AttachmentStore(win.store).of(AGREEMENT, deal.id)) == 1
    assert len(AttachmentStore(win.store).of(REPLY, book.outcome(1).id)) == 1
    rows = [r for r in deal.rows if r.payment > 0]
    for day in (rows[0].due_date, date(2027, 1, 5)):  # the second on the second day of its grace
        win.undo_stack.push(commands.AddPayment(win.session, Payment(3, day, rows[0].payment), "微粒贷"))
    win.close()

    win = open_window(qtbot, lettered, date(2027, 2, 5))  # instalment 3 is two days late, inside the grace
    win.pages.setCurrentWidget(win.agreements)
    assert win.agreements.selected_check().standing is Standing.IN_GRACE
    assert win.agreements.warning.text().endswith("by 2027-02-06 to keep the agreement.")
    shot(win, "3b-late-inside-the-grace")
    win.close()

    sent = []
    win = open_window(qtbot, lettered, date(2027, 2, 7), send=lambda s, b: sent.append((s, b)))
    page = win.agreements
    win.pages.setCurrentWidget(page)
    check = page.selected_check()
    assert check.standing is Standing.BROKEN and check.breach.on == date(2027, 2, 7)
    assert page.warning.text() == ("Agreement broken since 2027-02-07: instalment 3 due on 2027-02-03 was not paid "
                                   f"({rows[2].payment:,.2f} CNY) by the end of the grace.")
    assert "whole original debt and its penalties as due again" in page.next_steps.text()
    assert [page.rows_model.index(i, 4).data() for i in range(4)] == ["Paid", "Paid", "Missed", "To come"]
    assert win.reminder_banner.isVisible() and win.reminder_banner.text.text().startswith("Agreements broken: 1")
    assert "微粒贷: the agreement counts as broken since 2027-02-07" in win.reminder_banner.text.text()
    assert sent == []  # what the window opens on is the banner's, not a notification storm
    shot(win, "4-breach-warning-and-banner")
    win.pages.setCurrentWidget(win.dashboard)
    shot(win, "5-overview-with-banner")
    timeline = win.timeline
    win.pages.setCurrentWidget(timeline)
    timeline.show_debt(3)
    kinds = {e.kind for e in timeline.view.events()}
    assert {EventKind.AGREEMENT, EventKind.BREACH, EventKind.LIMITATION} <= kinds
    breach = next(e for e in timeline.view.events() if e.kind is EventKind.BREACH)
    timeline.show_event(breach)
    assert "missing when the grace ended" in timeline.detail.text()
    timeline.view.scroll_to(date(2027, 1, 1))
    shot(win, "6-timeline")
    # The status follows the agreement: 4 days past due, from the missed agreed instalment.
    view = win.session.debt_view(3)
    assert view.agreement == deal and view.state.days_past_due == 4
    win.reminder_banner.dismiss()
    assert not win.reminder_banner.isVisible()
    win.session.notify()
    assert not win.reminder_banner.isVisible()  # nothing new since it was hidden


def test_timer_notifies_once_for_something_new(app, qtbot, lettered, monkeypatch):
    sent = []
    win = open_window(qtbot, lettered, date(2026, 11, 23), send=lambda s, b: sent.append((s, b)))
    controller: ReminderController = win.reminders
    assert controller.timer.isActive() and controller.timer.interval() == 30 * 60 * 1000
    controller.tick()
    assert sent == []  # nothing new since the window opened
    with Store.open(lettered) as other:  # a court document arrives (entered elsewhere)
        from debtdesk.domain.time_limits import LegalEvent, LegalEventKind

        AgreementBook(other).add_event(LegalEvent(LegalEventKind.CLAIM, date(2026, 11, 20), 3, title="起诉状"))
    controller.tick()
    assert len(sent) == 1 and "Court deadline on 2026-12-05: 12 days left." in sent[0][1]
    controller.tick()
    assert len(sent) == 1
    # A window following today's date moves to the new day by itself.
    controller.follow_today, controller.clock = True, lambda: date(2026, 11, 24)
    controller.tick()
    assert win.session.as_of == date(2026, 11, 24)


def test_no_bus_no_notification_and_no_warning(app, qtbot, lettered, monkeypatch, capfd):
    from debtdesk.ui import reminder_banner

    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(lettered.parent / "no-runtime"))
    win = open_window(qtbot, lettered, date(2026, 11, 23))
    assert win.reminders.send is reminder_banner._send_in_background
    win.reminders.seen.clear()
    win.reminders.tick()
    qtbot.wait(200)  # the background thread has run
    _out, err = capfd.readouterr()
    assert "Warning" not in err and "QSystemTrayIcon" not in err and "dbus" not in err.lower()


def test_court_document_and_calendar_from_the_window(app, qtbot, lettered, tmp_path, script_dialog):
    win = open_window(qtbot, lettered, date(2026, 11, 23))
    page = win.agreements
    win.pages.setCurrentWidget(page)  # the page in front, as the user has it

    def served(dialog: LegalEventDialog):
        dialog.rows["kind"].set_value("claim")
        dialog.on.setDate(dialog.on.date().addDays(-3))
        assert dialog.days.value() == 15

    script_dialog(LegalEventDialog, served)
    page.add_limit()
    first = page.limits_model.rows()[0]
    assert first[0] == date(2026, 12, 5) and page.limits_model.index(0, 1).data() == "in 12 days"
    out = page.export_calendar(str(tmp_path / "mine.ics"))
    text = out.read_bytes().decode()
    assert "SUMMARY:Court deadline: file a defence to the claim" in text and "DTSTART;VALUE=DATE:20261205" in text
    win.undo_stack.undo()
    assert page.limits_model.rows()[0][2] is None  # only limitation periods left


def test_autostart_only_when_asked(app, qtbot, lettered, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    win = open_window(qtbot, lettered, date(2026, 11, 23))
    entry = tmp_path / "cfg" / "autostart" / "io.github.debtdesk.DebtDesk-remind.desktop"
    page = win.agreements
    assert not entry.exists() and not page.autostart.isChecked()
    page.autostart.setChecked(True)
    assert "remind --db" in entry.read_text()
    page.autostart.setChecked(False)
    assert not entry.exists()
