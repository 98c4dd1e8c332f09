"""The contact log screen: logging, flag marking, undo, validation, rules, filters, attachments."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QUrl

from debtdesk.domain.contacts import Channel, Conduct, Contact, ContactRules
from debtdesk.store.contacts import ContactLog
from debtdesk.store.settings import contact_rules
from debtdesk.ui import contact_search, contacts_model, contacts_screen
from debtdesk.ui.contact_dialog import ContactDialog, ContactRulesDialog
from debtdesk.ui.contacts_model import ContactsModel, warning_colour
from debtdesk.ui.contacts_screen import ContactsScreen

NOW = datetime(2026, 11, 23, 22, 0)
BOSS = "某某资产管理 <b>A&B</b>"


@pytest.fixture
def screen(window, qtbot):
    widget = ContactsScreen(window.session, window.undo_stack)
    qtbot.addWidget(widget)
    widget.clock = lambda: NOW
    widget.show()
    return widget


@pytest.fixture
def opened(monkeypatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(contacts_screen, "open_url", lambda url: urls.append(url) or True)
    return urls


def filler(when="2026-11-22 21:00", company=BOSS, summary="说明天不还就去单位找领导", conduct=(Conduct.THREATS,),
           files=(), channel="call", promises=""):
    def fill(dialog: ContactDialog):
        dialog.rows["occurred_at"].set_value(when)
        dialog.rows["channel"].set_value(channel)
        dialog.rows["company"].widget.setEditText(company)
        dialog.rows["agent"].widget.setText("王经理")
        dialog.rows["summary"].widget.setPlainText(summary)
        dialog.rows["promises"].widget.setPlainText(promises)
        for tag in conduct:
            dialog.conduct_boxes[tag].setChecked(True)
        dialog.add_files(list(files))
    return fill


def cell(screen, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return screen.model.index(row, column).data(role)


def log_of(screen) -> ContactLog:
    return ContactLog(screen.session.store)


def add_directly(screen, *contacts: Contact) -> None:
    log = log_of(screen)
    for contact in contacts:
        log.add(contact)
    screen.session.notify()


def test_a_night_call_with_threats_is_logged_and_marked(screen, script_dialog):
    script_dialog(ContactDialog, filler())
    screen.add_button.click()
    script_dialog(ContactDialog, filler(when="2026-11-23 10:00", company="借呗", conduct=(), summary="reminder"))
    screen.add_button.click()
    contacts = log_of(screen).list()
    assert [(c.occurred_at, c.company, c.conduct) for c in contacts] == [
        (datetime(2026, 11, 22, 21, 0), BOSS, {Conduct.THREATS}),
        (datetime(2026, 11, 23, 10, 0), "借呗", frozenset())]
    assert screen.model.rowCount() == 2
    night = next(r for r in range(2) if cell(screen, r, ContactsModel.COMPANY) == BOSS)  # shown as typed
    calm = 1 - night
    assert cell(screen, night, ContactsModel.FLAGS) == "⚠ at night, threats"
    assert cell(screen, night, ContactsModel.FLAGS, Qt.ItemDataRole.FontRole).bold()
    assert cell(screen, night, ContactsModel.COMPANY, Qt.ItemDataRole.FontRole).bold()  # the whole row
    assert cell(screen, night, ContactsModel.FLAGS, Qt.ItemDataRole.ForegroundRole) == warning_colour()
    assert cell(screen, calm, ContactsModel.FLAGS) == ""
    assert cell(screen, calm, ContactsModel.FLAGS, Qt.ItemDataRole.FontRole) is None
    assert screen.summary.text() == ("2 contacts logged, 1 flagged: at night 1, threats 1 · "
                                     "allowed 08:00–21:00, at most 3 a day from one company")
    screen.select(contacts[0].id)
    assert "⚠ Outside the allowed hours 08:00–21:00" in screen.details.text()
    assert screen.details.textFormat() == Qt.TextFormat.PlainText


def test_the_newest_contact_is_on_top_and_is_selected_after_adding(screen, script_dialog):
    add_directly(screen, Contact(datetime(2026, 11, 20, 9, 0), Channel.SMS, "借呗"))
    script_dialog(ContactDialog, filler(when="2026-11-21 12:00", conduct=()))
    screen.add_button.click()
    assert [r.contact.company for r in screen.visible_rows()] == [BOSS, "借呗"]
    assert screen.selected_row().contact.company == BOSS


def test_add_then_undo_and_redo_keeps_the_same_ids_and_files(screen, window, script_dialog, tmp_path):
    recording = tmp_path / "通话录音 1.m4a"
    recording.write_bytes(b"audio" * 100)
    script_dialog(ContactDialog, filler(files=[recording]))
    screen.add_button.click()
    log = log_of(screen)
    [contact] = log.list()
    [attachment] = log.attachments(contact.id)
    assert attachment.original_name == "通话录音 1.m4a" and attachment.size == 500
    assert window.undo_stack.undoText().startswith("Log contact")
    window.undo_stack.undo()
    assert log.list() == [] and screen.model.rowCount() == 0
    assert log.files.path_of(attachment).exists()  # kept for redo
    window.undo_stack.redo()
    assert log.list() == [contact] and log.attachments(contact.id) == [attachment]
    assert cell(screen, 0, ContactsModel.FILES) == "1"


def test_delete_asks_first_and_undo_brings_it_back(screen, window, boxes, tmp_path):
    log = log_of(screen)
    photo = tmp_path / "photo.png"
    photo.write_bytes(b"png")
    kept = log.add(Contact(datetime(2026, 11, 21, 9, 0), Channel.CALL, "借呗"))
    doomed = log.add(Contact(datetime(2026, 11, 22, 9, 0), Channel.VISIT, "XX"), [photo])
    attachments = log.attachments(doomed.id)
    screen.session.notify()
    screen.select(doomed.id)
    boxes.answers.append(False)
    screen.delete_button.click()
    assert len(log.list()) == 2
    boxes.answers.append(True)
    screen.delete_button.click()
    assert boxes.kinds() == ["confirm", "confirm"]
    assert "1 attached files" in boxes.shown[-1][2]
    assert log.list() == [kept] and screen.model.rowCount() == 1
    window.undo_stack.undo()
    assert log.list() == [kept, doomed] and log.attachments(doomed.id) == attachments
    window.undo_stack.redo()
    assert log.list() == [kept]


def test_invalid_input_shows_messages_beside_the_fields_and_saves_nothing(screen, window, script_dialog):
    seen = script_dialog(ContactDialog, filler(when="2026-11-23 22:30", summary="话" * 4001))
    screen.add_button.click()
    dialog = seen[0]
    assert not dialog.rows["occurred_at"].error.isHidden()
    assert dialog.rows["occurred_at"].error.text() == (
        "⚠ In the future: record a contact once it has happened (now is 2026-11-23 22:00).")
    assert dialog.rows["summary"].error.text() == "⚠ Too long: 4001 characters, at most 4000."
    assert dialog.rows["company"].error.isHidden()
    assert dialog.result_contact is None
    assert log_of(screen).list() == [] and window.undo_stack.count() == 0


def test_a_file_that_cannot_be_attached_is_refused_beside_the_list(screen, window, script_dialog, tmp_path):
    vanishing = tmp_path / "截图.png"
    vanishing.write_bytes(b"png")

    def fill(dialog):
        filler()(dialog)
        dialog.add_files([tmp_path])  # a folder
        assert dialog.rows["files"].error.text() == f"⚠ {tmp_path.name} is not a file that can be attached."
        dialog.add_files([vanishing])
        assert dialog.rows["files"].error.isHidden()
        vanishing.unlink()  # gone before Save

    seen = script_dialog(ContactDialog, fill)
    screen.add_button.click()
    assert seen[0].rows["files"].error.text() == "⚠ The file 截图.png does not exist."
    assert seen[0].result() == 0 and log_of(screen).list() == [] and window.undo_stack.count() == 0


def test_the_debt_combo_offers_the_households_debts(screen, script_dialog):
    def fill(dialog):
        filler(conduct=())(dialog)
        combo = dialog.rows["debt_id"].widget
        assert combo.itemText(0) == "— none —" and combo.count() == 7
        combo.setCurrentIndex(combo.findText("微粒贷"))

    script_dialog(ContactDialog, fill)
    screen.add_button.click()
    [contact] = log_of(screen).list()
    assert screen.session.store.debt(contact.debt_id).lender.name == "微粒贷"
    assert "About: 微粒贷" in screen.details.text()


def test_edit_changes_text_and_files_and_undo_restores_both(screen, window, script_dialog, tmp_path):
    first, second = tmp_path / "a.png", tmp_path / "b.mp3"
    first.write_bytes(b"a")
    second.write_bytes(b"b")
    log = log_of(screen)
    original = log.add(Contact(datetime(2026, 11, 22, 9, 0), Channel.CALL, "借呗", summary="first"), [first])
    screen.session.notify()
    screen.select(original.id)

    def fill(dialog):
        assert dialog.rows["summary"].value() == "first"
        dialog.rows["summary"].widget.setPlainText("corrected")
        dialog.conduct_boxes[Conduct.INSULTS].setChecked(True)
        dialog.files_list.setCurrentRow(0)
        dialog.remove_selected_file()
        dialog.add_files([second])

    script_dialog(ContactDialog, fill)
    screen.edit_button.click()
    edited = log.get(original.id)
    assert (edited.summary, edited.conduct) == ("corrected", {Conduct.INSULTS})
    assert [a.original_name for a in log.attachments(original.id)] == ["b.mp3"]
    assert cell(screen, 0, ContactsModel.FLAGS) == "⚠ insults"
    window.undo_stack.undo()
    assert log.get(original.id) == original
    assert [a.original_name for a in log.attachments(original.id)] == ["a.png"]
    window.undo_stack.redo()
    assert log.get(original.id) == edited
    assert [a.original_name for a in log.attachments(original.id)] == ["b.mp3"]


def test_the_rules_dialog_changes_the_flags_and_can_be_undone(screen, window, script_dialog):
    add_directly(screen, Contact(datetime(2026, 11, 22, 20, 30), Channel.CALL, "借呗"))
    assert cell(screen, 0, ContactsModel.FLAGS) == ""

    def fill(dialog):
        dialog.rows["day_starts"].set_value("09:00")
        dialog.rows["day_ends"].set_value("20:00")
        dialog.rows["max_per_day"].set_value("2")

    script_dialog(ContactRulesDialog, fill)
    screen.rules_button.click()
    assert contact_rules(screen.session.store) == ContactRules(
        datetime(1, 1, 1, 9).time(), datetime(1, 1, 1, 20).time(), 2)
    assert cell(screen, 0, ContactsModel.FLAGS) == "⚠ at night"
    assert "allowed 09:00–20:00, at most 2 a day" in screen.summary.text()
    window.undo_stack.undo()
    assert contact_rules(screen.session.store) == ContactRules()
    assert cell(screen, 0, ContactsModel.FLAGS) == ""


def test_rules_that_make_no_sense_are_refused_beside_the_field(screen, window, script_dialog):
    def fill(dialog):
        dialog.rows["day_starts"].set_value("21:00")
        dialog.rows["day_ends"].set_value("08:00")

    seen = script_dialog(ContactRulesDialog, fill)
    screen.rules_button.click()
    assert seen[0].rows["day_ends"].error.text() == "⚠ Must be later than the start of the allowed hours."
    assert seen[0].result_rules is None and window.undo_stack.count() == 0
    assert contact_rules(screen.session.store) == ContactRules()


def test_filters_by_text_and_by_flags(screen):
    add_directly(
        screen,
        Contact(datetime(2026, 11, 20, 23, 0), Channel.CALL, "某某资产", summary="late call"),
        Contact(datetime(2026, 11, 21, 10, 0), Channel.SMS, "借呗", promises="周五还五百"),
        Contact(datetime(2026, 11, 21, 11, 0), Channel.APP, "分期乐", conduct=frozenset({Conduct.IMPERSONATION})),
    )
    assert screen.model.rowCount() == 3
    screen.only_flagged.setChecked(True)
    assert [r.contact.company for r in screen.visible_rows()] == ["分期乐", "某某资产"]
    screen.only_flagged.setChecked(False)
    screen.search.setText("五百")  # in the promises, which no column shows
    screen.apply_text_filter()  # typing runs it after a pause
    assert [r.contact.company for r in screen.visible_rows()] == ["借呗"]
    screen.search.setText("posed as")  # the words of a flag
    screen.apply_text_filter()
    assert [r.contact.company for r in screen.visible_rows()] == ["分期乐"]
    screen.search.clear()
    screen.apply_text_filter()
    assert screen.model.rowCount() == 3
    assert screen.summary.text().startswith("3 contacts logged, 2 flagged: at night 1, posed as an official 1")


def test_open_attachment_opens_the_stored_copy_and_reports_a_missing_one(screen, boxes, opened, tmp_path):
    source = tmp_path / "screen shot 截图.png"
    source.write_bytes(b"png bytes")
    log = log_of(screen)
    contact = log.add(Contact(datetime(2026, 11, 22, 9, 0), Channel.APP, "分期乐"), [source])
    [attachment] = log.attachments(contact.id)
    stored = log.files.path_of(attachment)
    screen.session.notify()
    screen.select(contact.id)
    assert screen.open_button.isEnabled()
    screen.open_button.click()
    assert [url.toLocalFile() for url in opened] == [str(stored)]
    stored.unlink()
    screen.session.notify()
    assert screen.attachments_list.item(0).text() == "screen shot 截图.png (9 B) — missing"
    screen.open_button.click()
    assert len(opened) == 1
    assert boxes.kinds() == ["error"]
    assert "screen shot 截图.png is missing" in boxes.shown[0][2]


def test_a_changed_attachment_is_opened_only_when_confirmed(screen, boxes, opened, tmp_path):
    source = tmp_path / "letter.pdf"
    source.write_bytes(b"%PDF original")
    log = log_of(screen)
    contact = log.add(Contact(datetime(2026, 11, 22, 9, 0), Channel.LETTER, "XX"), [source])
    [attachment] = log.attachments(contact.id)
    log.files.path_of(attachment).write_bytes(b"%PDF altered!")
    boxes.answers += [False, True]
    assert screen.open_attachment(attachment) is False
    assert screen.open_attachment(attachment) is True
    assert "has changed since it was attached" in boxes.shown[0][2] and len(opened) == 1


def test_now_is_the_end_of_the_sessions_day_when_it_is_not_today(screen):
    screen.clock = lambda: datetime(2026, 12, 5, 10, 30, 45)
    assert screen.now() == datetime(2026, 11, 23, 23, 59)
    screen.clock = lambda: datetime(2026, 11, 23, 10, 30, 45)
    assert screen.now() == datetime(2026, 11, 23, 10, 30)


def test_the_model_passes_qt_model_checks(screen, qtmodeltester):
    add_directly(screen, Contact(datetime(2026, 11, 20, 23, 0), Channel.CALL, "某某", summary="a\nb"),
                 Contact(datetime(2026, 11, 21, 10, 0), Channel.SMS, "借呗"))
    qtmodeltester.check(screen.model)
    screen.table.sortByColumn(ContactsModel.COMPANY, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(screen.model)


def test_typing_runs_one_search_once_typing_pauses(screen, qtbot, monkeypatch):
    add_directly(screen, Contact(datetime(2026, 11, 20, 9, 0), Channel.CALL, "借呗", summary="还款提醒"),
                 Contact(datetime(2026, 11, 21, 9, 0), Channel.SMS, "分期乐", summary="催收"))
    queries = []
    real = contact_search.ids_on
    monkeypatch.setattr(contact_search, "ids_on", lambda conn, query: queries.append(query) or real(conn, query))
    for text in ("催", "催收"):
        screen.search.setText(text)
    assert queries == [] and screen.model.rowCount() == 2  # nothing yet: the user is still typing
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=2000)
    assert [q.text for q in queries] == ["催收"]
    assert screen.visible_rows()[0].contact.company == "分期乐"


def test_clicking_a_header_sorts_in_sql_and_keeps_the_selection(screen):
    add_directly(screen, Contact(datetime(2026, 11, 20, 9, 0), Channel.CALL, "b 公司", agent="张"),
                 Contact(datetime(2026, 11, 21, 9, 0), Channel.SMS, "a 公司", agent="王"),
                 Contact(datetime(2026, 11, 22, 9, 0), Channel.APP, "c 公司", conduct=frozenset({Conduct.INSULTS})))
    screen.select(log_of(screen).list()[0].id)
    screen.table.sortByColumn(ContactsModel.COMPANY, Qt.SortOrder.AscendingOrder)
    assert [r.contact.company for r in screen.visible_rows()] == ["a 公司", "b 公司", "c 公司"]
    assert screen.selected_row().contact.company == "b 公司"
    screen.table.sortByColumn(ContactsModel.FLAGS, Qt.SortOrder.DescendingOrder)
    assert screen.visible_rows()[0].contact.company == "c 公司"
    screen.table.sortByColumn(ContactsModel.TIME, Qt.SortOrder.AscendingOrder)
    assert [r.contact.company for r in screen.visible_rows()] == ["b 公司", "a 公司", "c 公司"]


def test_the_debt_filter_shows_one_debts_contacts(screen):
    debts = {d.lender.name: d.id for d in screen.session.store.debts()}
    add_directly(screen, Contact(datetime(2026, 11, 20, 9, 0), Channel.CALL, "甲", debt_id=debts["微粒贷"]),
                 Contact(datetime(2026, 11, 21, 9, 0), Channel.SMS, "乙"))
    combo = screen.debt_filter
    assert combo.itemText(0) == "All debts" and combo.count() == 1 + len(debts)
    combo.setCurrentIndex(combo.findData(debts["微粒贷"]))
    assert [r.contact.company for r in screen.visible_rows()] == ["甲"]
    screen.reveal(log_of(screen).list()[1].id)  # a search result elsewhere clears the filters
    assert combo.currentIndex() == 0 and screen.selected_row().contact.company == "乙"


def test_the_table_reads_only_the_rows_it_shows(screen, monkeypatch):
    log = log_of(screen)
    with screen.session.store.db.atomic():
        for n in range(600):
            log.add(Contact(datetime(2026, 1, 1, 9, 0) + (datetime(2026, 1, 2) - datetime(2026, 1, 1)) * (n // 3),
                            Channel.SMS, f"公司{n % 7}", summary=f"第{n}条"))
    read = []
    real = contacts_model.contact_rows
    monkeypatch.setattr(contacts_model, "contact_rows", lambda store, ids: read.append(len(ids)) or real(store, ids))
    screen.session.notify()
    assert screen.model.rowCount() == 600
    assert cell(screen, 0, ContactsModel.SUMMARY) == "第599条"
    assert cell(screen, 599, ContactsModel.SUMMARY) == "第0条"
    assert sum(read) < 600 and max(read) <= ContactsModel.PAGE + ContactsModel.PAGE // 4
