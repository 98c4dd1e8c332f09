"""The evidence screen: reasons, proposed checklist, statuses stamped with the session date, files."""

from __future__ import annotations

from datetime import date

import pytest

from debtdesk.domain.evidence import BY_REASON, UNIVERSAL, EvidenceItem, EvidenceStatus, HardshipReason
from debtdesk.store.evidence import EvidenceBook
from debtdesk.ui import evidence_screen
from debtdesk.ui.evidence_models import TEMPLATE_TITLES
from debtdesk.ui.evidence_screen import EvidenceItemDialog, EvidenceScreen


@pytest.fixture
def screen(window, qtbot):
    widget = EvidenceScreen(window.session, window.undo_stack)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


@pytest.fixture
def book(window):
    return EvidenceBook(window.session.store)


def titles(screen):
    return [screen.model.index(r, 0).data() for r in range(screen.model.rowCount())]


def column(screen, col):
    return [screen.model.index(r, col).data() for r in range(screen.model.rowCount())]


def propose(screen, *reasons):
    for reason in reasons:
        screen.reason_boxes[reason].setChecked(True)
    screen.propose_button.click()


def test_every_template_title_is_marked_for_translation():
    domain_titles = [t.title for t in UNIVERSAL] + [t.title for ts in BY_REASON.values() for t in ts]
    assert sorted(TEMPLATE_TITLES) == sorted(domain_titles)


def test_propose_for_illness_and_job_loss_lists_the_right_items(screen, book, window):
    assert screen.model.rowCount() == 0 and screen.empty_hint.isVisible()
    propose(screen, HardshipReason.ILLNESS, HardshipReason.JOB_LOSS)
    assert titles(screen) == [
        "Identity document (ID card or passport)",
        "Income proof: recent pay slips",
        "Bank statements for the last 3–6 months",
        "A written statement of your situation",
        "The loan contract and recent statements",
        "Your credit report",
        "Diagnosis certificate",
        "Hospital admission and discharge records",
        "Medical bills and receipts",
        "Termination letter",
        "Unemployment registration",
        "New, lower pay slips",
    ]
    assert "School hardship certificate" not in titles(screen)
    assert set(column(screen, 1)) == {"Needed"}
    assert screen.progress_text.text() == "0 of 12 obtained or sent"
    assert book.reasons() == [HardshipReason.ILLNESS, HardshipReason.JOB_LOSS]
    assert not screen.empty_hint.isVisible()


def test_proposing_again_adds_only_what_is_missing_and_undo_removes_it(screen, book, window, boxes):
    propose(screen, HardshipReason.ILLNESS)
    assert screen.model.rowCount() == 9
    propose(screen, HardshipReason.STUDENT)
    assert screen.model.rowCount() == 11
    assert titles(screen)[-2:] == ["School hardship certificate", "Proof of enrolment"]
    screen.propose_button.click()  # nothing missing any more
    assert boxes.kinds() == ["information"]
    assert screen.model.rowCount() == 11
    window.undo_stack.undo()  # the student items go
    assert screen.model.rowCount() == 9
    window.undo_stack.redo()
    assert [i.template_key for i in book.items()][-2:] == ["school_hardship", "enrolment"]


def test_reason_choices_are_saved_and_undone_in_one_step(screen, book, window):
    screen.reason_boxes[HardshipReason.DISASTER].setChecked(True)
    screen.reason_boxes[HardshipReason.STUDENT].setChecked(True)
    assert book.reasons() == [HardshipReason.STUDENT, HardshipReason.DISASTER]
    assert window.undo_stack.count() == 1  # consecutive choices merge
    window.undo_stack.undo()
    assert book.reasons() == []
    assert not screen.reason_boxes[HardshipReason.DISASTER].isChecked()


def test_marking_an_item_obtained_stamps_the_session_date_and_moves_progress(screen, book, window):
    as_of = date(2027, 2, 3)  # not today: the stamp must come from the session, never the clock
    window.session.as_of = as_of
    propose(screen, HardshipReason.ILLNESS)
    screen.select_item(book.items()[6].id)  # the diagnosis certificate
    assert screen.item_title.text() == "Diagnosis certificate"
    screen.status_buttons[EvidenceStatus.OBTAINED].click()
    item = book.items()[6]
    assert (item.status, item.obtained_on) == (EvidenceStatus.OBTAINED, as_of)
    assert screen.progress_text.text() == "1 of 9 obtained or sent"
    assert screen.progress_bar.value() == 1 and screen.progress_bar.maximum() == 9
    assert column(screen, 1)[6] == "Obtained" and column(screen, 3)[6] == as_of.isoformat()
    assert screen.item_dates.text() == f"Obtained {as_of.isoformat()}"
    assert screen.selected_item().id == item.id  # the selection survives the reload

    screen.status_buttons[EvidenceStatus.SENT].click()
    assert screen.progress_text.text() == "1 of 9 obtained or sent"  # sent still counts once
    assert book.items()[6].sent_on == as_of
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert book.items()[6].status is EvidenceStatus.NEEDED and book.items()[6].obtained_on is None
    assert screen.progress_text.text() == "0 of 9 obtained or sent"


def test_add_rename_remove_and_reorder_items(screen, book, window, script_dialog):
    script_dialog(EvidenceItemDialog, lambda d: d.rows["title"].set_value("Rent contract <b>租房合同</b>"))
    screen.add_button.click()
    [item] = book.items()
    assert item.title == "Rent contract <b>租房合同</b>" and item.template_key == ""
    assert screen.selected_item().id == item.id
    assert screen.item_title.textFormat().name == "PlainText"
    script_dialog(EvidenceItemDialog, lambda d: d.rows["title"].set_value("Tenancy agreement"))
    screen.rename_button.click()
    assert book.item(item.id).title == "Tenancy agreement"
    script_dialog(EvidenceItemDialog, lambda d: d.rows["title"].set_value("Payslip"))
    screen.add_button.click()
    screen.up_button.click()
    assert titles(screen) == ["Payslip", "Tenancy agreement"]
    screen.select_item(item.id)
    screen.remove_button.click()
    assert titles(screen) == ["Payslip"]
    window.undo_stack.undo()
    assert titles(screen) == ["Payslip", "Tenancy agreement"]
    assert book.item(item.id).title == "Tenancy agreement"


def test_an_empty_title_is_refused_beside_the_field(screen, book, window, script_dialog):
    seen = script_dialog(EvidenceItemDialog, lambda d: d.rows["title"].set_value("   "))
    screen.add_button.click()
    assert seen[0].rows["title"].error.text() == "⚠ This field is required."
    assert book.items() == [] and window.undo_stack.count() == 0


def test_notes_are_saved_with_undo(screen, book, window):
    item = book.add(EvidenceItem("Bank statements"))
    window.session.notify()
    screen.select_item(item.id)
    assert not screen.save_notes_button.isEnabled()
    screen.notes.widget.setPlainText("Ask the branch for stamped copies")
    assert screen.save_notes_button.isEnabled()
    screen.save_notes_button.click()
    assert book.item(item.id).notes == "Ask the branch for stamped copies"
    assert not screen.save_notes_button.isEnabled()
    window.undo_stack.undo()
    assert book.item(item.id).notes == ""


@pytest.fixture
def scan(tmp_path):
    path = tmp_path / "诊断证明 scan.pdf"
    path.write_bytes(b"%PDF-1.4 a diagnosis")
    return path


def attach(screen, monkeypatch, *paths):
    monkeypatch.setattr(screen, "choose_files", lambda: [str(p) for p in paths])
    screen.attach_button.click()


def test_attach_a_file_and_see_the_count_with_undo(screen, book, window, scan, monkeypatch, tmp_path):
    item = book.add(EvidenceItem("Diagnosis certificate"))
    window.session.notify()
    screen.select_item(item.id)
    second = tmp_path / "bill.jpg"
    second.write_bytes(b"jpeg")
    attach(screen, monkeypatch, scan, second)
    assert column(screen, 5) == ["2"]
    assert screen.files.count() == 2
    assert screen.files.item(0).text().startswith("诊断证明 scan.pdf (20 B, added ")
    [first, _] = book.attachments(item.id)
    assert book.path_of(first).read_bytes() == scan.read_bytes()
    assert book.path_of(first) != scan
    window.undo_stack.undo()
    assert column(screen, 5) == [""] and screen.files.count() == 0
    window.undo_stack.redo()
    assert next(a.id for a in book.attachments(item.id)) == first.id


def test_attaching_a_vanished_file_is_reported_and_changes_nothing(screen, book, window, tmp_path, monkeypatch,
                                                                   boxes):
    item = book.add(EvidenceItem("x"))
    window.session.notify()
    screen.select_item(item.id)
    attach(screen, monkeypatch, tmp_path / "not-there.pdf")
    assert boxes.kinds() == ["error"] and "not-there.pdf does not exist" in boxes.shown[0][2]
    assert book.attachments(item.id) == [] and window.undo_stack.count() == 0


def test_open_hands_the_stored_copy_to_the_desktop(screen, book, window, scan, monkeypatch, boxes):
    item = book.add(EvidenceItem("x"))
    window.session.notify()
    screen.select_item(item.id)
    attach(screen, monkeypatch, scan)
    opened = []
    monkeypatch.setattr(evidence_screen, "open_path", lambda path: opened.append(path) or True)
    screen.files.setCurrentRow(0)
    screen.open_button.click()
    assert opened == [book.path_of(book.attachments(item.id)[0])]
    assert boxes.shown == []


def test_a_copy_deleted_outside_the_app_is_reported_missing_without_a_crash(screen, book, window, scan,
                                                                             monkeypatch, boxes):
    item = book.add(EvidenceItem("Diagnosis certificate"))
    window.session.notify()
    screen.select_item(item.id)
    attach(screen, monkeypatch, scan)
    [attachment] = book.attachments(item.id)
    book.path_of(attachment).unlink()  # deleted behind the app's back
    window.session.notify()
    assert column(screen, 5) == ["1 (1 missing)"]
    assert screen.files.item(0).text().endswith("— missing")
    assert screen.files_warning.isVisible()
    assert screen.files_warning.text().startswith("One stored copy is missing")

    opened = []
    monkeypatch.setattr(evidence_screen, "open_path", lambda path: opened.append(path) or True)
    screen.files.setCurrentRow(0)
    screen.open_button.click()
    assert opened == []
    assert boxes.kinds() == ["error"]
    assert "“诊断证明 scan.pdf” that DebtDesk kept is missing" in boxes.shown[0][2]
    # and the entry can still be removed, with undo
    screen.remove_file_button.click()
    assert book.attachments(item.id) == [] and column(screen, 5) == [""]
    window.undo_stack.undo()
    assert [a.id for a in book.attachments(item.id)] == [attachment.id]


def test_a_changed_copy_asks_before_opening(screen, book, window, scan, monkeypatch, boxes):
    item = book.add(EvidenceItem("x"))
    window.session.notify()
    screen.select_item(item.id)
    attach(screen, monkeypatch, scan)
    book.path_of(book.attachments(item.id)[0]).write_bytes(b"something else")
    opened = []
    monkeypatch.setattr(evidence_screen, "open_path", lambda path: opened.append(path) or True)
    screen.files.setCurrentRow(0)
    boxes.answers.append(False)
    screen.open_button.click()
    assert boxes.kinds() == ["confirm"] and "has changed since it was attached" in boxes.shown[0][2]
    assert opened == []


def test_removing_an_item_with_files_and_undo_brings_the_files_back(screen, book, window, scan, monkeypatch):
    item = book.add(EvidenceItem("x"))
    window.session.notify()
    screen.select_item(item.id)
    attach(screen, monkeypatch, scan)
    screen.remove_button.click()
    assert book.items() == [] and book.attachment_counts() == {}
    window.undo_stack.undo()
    assert book.attachment_counts() == {item.id: 1}
    assert column(screen, 5) == ["1"]


def test_set_session_shows_the_other_file(screen, book, window, tmp_path):
    from debtdesk.store import Store
    from debtdesk.ui.session import Session

    book.add(EvidenceItem("x"))
    window.session.notify()
    other = Session(Store.create(tmp_path / "other.debtdesk"), date(2026, 11, 23))
    try:
        screen.set_session(other)
        assert screen.model.rowCount() == 0 and screen.progress_text.text() == "No items yet"
    finally:
        other.store.close()


def test_the_items_model_passes_qtmodeltester(screen, qtmodeltester):
    propose(screen, HardshipReason.DISASTER)
    assert screen.model.rowCount() == 7
    qtmodeltester.check(screen.model)


def test_a_status_can_be_dated_earlier_but_not_later_than_today(screen, book, window):
    as_of = date(2027, 2, 3)
    window.session.as_of = as_of
    propose(screen, HardshipReason.ILLNESS)
    screen.select_item(book.items()[0].id)
    assert screen.status_date.date().toPython() == as_of  # defaults to today …
    assert screen.status_date.maximumDate().toPython() == as_of  # … and cannot go past it
    screen.status_date.setDate(date(2027, 3, 1))
    assert screen.status_date.date().toPython() == as_of

    screen.status_date.setDate(date(2027, 1, 20))  # requested last month, entered today
    screen.status_buttons[EvidenceStatus.REQUESTED].click()
    assert (book.items()[0].status, book.items()[0].requested_on) == (EvidenceStatus.REQUESTED, date(2027, 1, 20))
    assert screen.item_dates.text() == "Requested 2027-01-20"
    assert screen.status_date.date().toPython() == as_of  # back to today for the next change

    screen.status_buttons[EvidenceStatus.OBTAINED].click()  # today's date: as before
    assert book.items()[0].obtained_on == as_of
    screen.status_date.setDate(date(2027, 2, 1))  # a correction of the current status
    screen.status_buttons[EvidenceStatus.OBTAINED].click()
    assert book.items()[0].obtained_on == date(2027, 2, 1)
    window.undo_stack.undo()
    assert book.items()[0].obtained_on == as_of


def test_going_back_and_forth_keeps_the_first_requested_date(screen, book, window):
    window.session.as_of = date(2027, 2, 3)
    propose(screen, HardshipReason.ILLNESS)
    screen.select_item(book.items()[0].id)
    screen.status_date.setDate(date(2027, 1, 20))
    screen.status_buttons[EvidenceStatus.REQUESTED].click()
    screen.status_buttons[EvidenceStatus.NEEDED].click()
    screen.status_buttons[EvidenceStatus.REQUESTED].click()
    assert book.items()[0].requested_on == date(2027, 1, 20)
