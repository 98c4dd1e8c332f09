"""EvidenceBook: reasons in settings, checklist items in order, statuses stamped with the given date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from debtdesk.domain.attachments import AttachmentStatus
from debtdesk.domain.evidence import UNIVERSAL, EvidenceItem, EvidenceStatus, HardshipReason
from debtdesk.store import Store, StoreError
from debtdesk.store.attachments import AttachmentError, attachments_folder
from debtdesk.store.evidence import EvidenceBook
from debtdesk.store.settings import read_settings

AS_OF = date(2026, 11, 23)


@pytest.fixture
def store(tmp_path):
    with Store.create(tmp_path / "household.debtdesk") as s:
        yield s


def fake_translate(text: str) -> str:
    return "译:" + text


def test_reasons_are_kept_as_space_separated_values(store):
    book = EvidenceBook(store)
    assert book.reasons() == []
    book.set_reasons([HardshipReason.JOB_LOSS, HardshipReason.ILLNESS])
    assert read_settings(store)["evidence.reasons"] == "illness job_loss"
    assert book.reasons() == [HardshipReason.ILLNESS, HardshipReason.JOB_LOSS]
    book.set_reasons([])
    assert book.reasons() == []


def test_templates_are_added_translated_in_order_and_only_once(store):
    book = EvidenceBook(store)
    added = book.add_from_templates([HardshipReason.ILLNESS], fake_translate)
    assert len(added) == len(UNIVERSAL) + 3
    items = book.items()
    assert items == added
    assert items[0].title == "译:Identity document (ID card or passport)"
    assert [i.position for i in items] == list(range(len(items)))
    assert items[-1].template_key == "medical_bills"
    # a second proposal with another reason adds only that reason's items, at the end
    more = book.add_from_templates([HardshipReason.ILLNESS, HardshipReason.JOB_LOSS], fake_translate)
    assert [i.template_key for i in more] == ["termination", "unemployment", "new_pay_slips"]
    assert len(book.items()) == len(UNIVERSAL) + 6
    assert book.add_from_templates([HardshipReason.JOB_LOSS], fake_translate) == []


def test_a_renamed_or_custom_item_does_not_block_or_duplicate_templates(store):
    book = EvidenceBook(store)
    custom = book.add(EvidenceItem("Letter from my doctor"))
    assert custom.template_key == "" and custom.position == 0
    first = book.add_from_templates([], fake_translate)
    book.rename(first[0].id, "身份证")
    assert book.add_from_templates([], fake_translate) == []  # present by key, whatever its title
    assert book.items()[0].title == "Letter from my doctor"
    assert book.item(first[0].id).title == "身份证"


def test_set_status_stamps_the_date_passed_in(store):
    book = EvidenceBook(store)
    item = book.add(EvidenceItem("Diagnosis certificate"))
    book.set_status(item.id, EvidenceStatus.REQUESTED, date(2026, 11, 2))
    after = book.set_status(item.id, EvidenceStatus.OBTAINED, AS_OF)
    again = book.item(item.id)
    assert again == after
    assert (again.status, again.requested_on, again.obtained_on, again.sent_on) == (
        EvidenceStatus.OBTAINED, date(2026, 11, 2), AS_OF, None)
    row = store.conn.execute("SELECT status, obtained_on FROM evidence_items").fetchone()
    assert tuple(row) == ("obtained", "2026-11-23")


def test_notes_and_reorder(store):
    book = EvidenceBook(store)
    a, b, c = (book.add(EvidenceItem(t)) for t in ("a", "b", "c"))
    book.set_notes(b.id, "asked HR on Monday")
    book.reorder([c.id, a.id, b.id])
    assert [i.title for i in book.items()] == ["c", "a", "b"]
    assert book.items()[2].notes == "asked HR on Monday"
    with pytest.raises(StoreError):
        book.reorder([c.id, a.id])
    assert [i.title for i in book.items()] == ["c", "a", "b"]


def test_a_title_violating_the_check_changes_nothing(store):
    import sqlite3

    book = EvidenceBook(store)
    item = book.add(EvidenceItem("ok"))
    with pytest.raises(sqlite3.IntegrityError):
        book.rename(item.id, "")
    assert book.item(item.id).title == "ok"


def test_delete_and_restore_keep_id_position_and_attachment_rows(store):
    book = EvidenceBook(store)
    a, b = book.add(EvidenceItem("a")), book.add(EvidenceItem("b"))
    store.conn.execute(
        "INSERT INTO attachments (owner_kind, owner_id, original_name, stored_name, sha256, size, added_at) "
        "VALUES ('evidence', ?, 'scan.pdf', 'x.pdf', ?, 3, '2026-11-23')", (a.id, "0" * 64))
    store.conn.execute(
        "INSERT INTO attachments (owner_kind, owner_id, original_name, stored_name, sha256, size, added_at) "
        "VALUES ('contact', ?, 'rec.m4a', 'y.m4a', ?, 3, '2026-11-23')", (a.id, "1" * 64))
    store.conn.commit()
    assert book.attachment_counts() == {a.id: 1}
    snapshot = book.delete(a.id)
    assert snapshot.item == a and len(snapshot.attachment_rows) == 1
    assert book.items() == [b]
    assert book.attachment_counts() == {}
    assert store.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 1  # the contact's stays
    book.restore(snapshot)
    assert book.items() == [a, b]
    assert book.attachment_counts() == {a.id: 1}


def test_delete_many_is_all_or_nothing(store):
    book = EvidenceBook(store)
    a = book.add(EvidenceItem("a"))
    with pytest.raises(StoreError):
        book.delete_many([a.id, 999])
    assert book.items() == [a]


# -- attachments (through debtdesk.store.attachments) -------------------------------------
WHEN = datetime(2026, 11, 23, 10, 30)


@pytest.fixture
def scans(tmp_path):
    folder = tmp_path / "scans"
    folder.mkdir()
    a = folder / "诊断证明 scan.pdf"
    a.write_bytes(b"%PDF-1.4 diagnosis")
    b = folder / "bill.jpg"
    b.write_bytes(b"\xff\xd8 bill")
    return a, b


def test_attach_copies_files_with_checksums_and_counts_them(store, scans):
    book = EvidenceBook(store)
    item = book.add(EvidenceItem("Diagnosis certificate"))
    other = book.add(EvidenceItem("Bills"))
    attached = book.attach(item.id, scans, WHEN)
    assert [a.original_name for a in attached] == ["诊断证明 scan.pdf", "bill.jpg"]
    assert book.attachments(item.id) == attached
    assert book.attachment_counts() == {item.id: 2}
    path = book.path_of(attached[0])
    assert path.parent == attachments_folder(store.path)
    assert path.read_bytes() == b"%PDF-1.4 diagnosis"
    assert book.status(attached[0]) is AttachmentStatus.OK
    assert book.missing_counts() == {}
    assert book.attachments(other.id) == []


def test_a_deleted_stored_copy_is_reported_missing(store, scans):
    book = EvidenceBook(store)
    item = book.add(EvidenceItem("x"))
    first, second = book.attach(item.id, scans, WHEN)
    book.path_of(first).unlink()
    assert book.missing_counts() == {item.id: 1}
    assert book.status(first) is AttachmentStatus.MISSING
    book.path_of(second).write_bytes(b"tampered")
    assert book.status(second) is AttachmentStatus.CHANGED


def test_attaching_to_a_missing_item_records_and_keeps_nothing(store, scans):
    book = EvidenceBook(store)
    with pytest.raises(StoreError):
        book.attach(999, scans, WHEN)
    assert store.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    folder = attachments_folder(store.path)
    assert not folder.exists() or list(folder.iterdir()) == []


def test_attaching_a_file_that_does_not_exist_attaches_none(store, scans, tmp_path):
    book = EvidenceBook(store)
    item = book.add(EvidenceItem("x"))
    with pytest.raises(AttachmentError):
        book.attach(item.id, [scans[0], tmp_path / "gone.pdf"], WHEN)
    assert book.attachment_counts() == {}


def test_detach_and_reattach_keep_ids_and_files(store, scans):
    book = EvidenceBook(store)
    item = book.add(EvidenceItem("x"))
    first, second = book.attach(item.id, scans, WHEN)
    rows = book.detach(item.id, [first.id])
    assert [a.id for a in book.attachments(item.id)] == [second.id]
    assert book.path_of(first).exists()  # kept, so undo can bring it back
    book.reattach(rows)
    assert book.attachments(item.id) == [first, second]


def test_deleting_an_item_with_files_then_restoring_it(store, scans):
    book = EvidenceBook(store)
    item = book.add(EvidenceItem("x"))
    attached = book.attach(item.id, scans, WHEN)
    snapshot = book.delete(item.id)
    assert book.attachment_counts() == {}
    assert all(book.path_of(a).exists() for a in attached)
    book.restore(snapshot)
    assert book.attachments(item.id) == attached
