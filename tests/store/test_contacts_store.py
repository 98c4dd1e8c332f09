"""`ContactLog`: contacts with their files, one transaction per change, snapshots for undo."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, time
from pathlib import Path

import pytest

from debtdesk.domain.contacts import Channel, Conduct, Contact, ContactRules, Flag
from debtdesk.store import Store, StoreError
from debtdesk.store.attachments import AttachmentError
from debtdesk.store.contacts import ContactLog, ContactSnapshot
from debtdesk.store.settings import set_contact_rules

WHEN = datetime(2026, 11, 23, 15, 0, 0)


@pytest.fixture
def store(demo_path):
    with Store.open(demo_path) as s:
        yield s


@pytest.fixture
def log(store) -> ContactLog:
    return ContactLog(store)


def contact(moment: str, company: str = "某某资产管理", **kw) -> Contact:
    return Contact(datetime.fromisoformat(moment), kw.pop("channel", Channel.CALL), company=company, **kw)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def table(store, name: str) -> list[dict]:
    return [dict(r) for r in store.conn.execute(f"SELECT * FROM {name} ORDER BY id")]


def stored_files(log) -> list[str]:
    return sorted(p.name for p in log.files.folder.iterdir()) if log.files.folder.exists() else []


def test_add_and_list_in_time_order(log, store):
    debt_id = store.debts()[0].id
    late = log.add(contact("2026-11-21 22:30", agent="王经理", phone="0755-1234", summary="要上门",
                           promises="周五还", conduct=frozenset({Conduct.THREATS, Conduct.THIRD_PARTY}),
                           debt_id=debt_id))
    early = log.add(contact("2026-11-20 09:00", "借呗", channel=Channel.SMS))
    assert (late.id, early.id) == (1, 2)
    assert log.list() == [early, late]
    assert log.get(late.id) == late
    row = table(store, "contacts")[0]
    assert row == {"id": 1, "debt_id": debt_id, "occurred_at": "2026-11-21 22:30", "channel": "call",
                   "company": "某某资产管理", "agent": "王经理", "phone": "0755-1234", "summary": "要上门",
                   "promises": "周五还", "conduct": "third_party threats"}
    with pytest.raises(StoreError, match="no contact number 99"):
        log.get(99)


def test_conduct_round_trips_through_the_text_column(log, store):
    for chosen in (frozenset(), frozenset({Conduct.IMPERSONATION}), frozenset(Conduct)):
        added = log.add(contact("2026-11-20 10:00", conduct=chosen))
        assert log.get(added.id).conduct == chosen
    texts = [r["conduct"] for r in table(store, "contacts")]
    assert texts == ["", "impersonation", "third_party threats insults false_legal_claims impersonation"]


def test_a_tag_from_a_newer_version_is_skipped_and_an_unknown_channel_reported(log, store):
    added = log.add(contact("2026-11-20 10:00"))
    with store.db.atomic():
        store.conn.execute("UPDATE contacts SET conduct = 'threats doxxing' WHERE id = ?", (added.id,))
    assert log.get(added.id).conduct == {Conduct.THREATS}
    with store.db.atomic():
        store.conn.execute("UPDATE contacts SET channel = 'pigeon' WHERE id = ?", (added.id,))
    with pytest.raises(StoreError, match=f"Contact number {added.id} cannot be read"):
        log.list()


def test_add_with_files_records_them_in_the_same_action(log, store, tmp_path):
    files = [write(tmp_path / "通话.m4a", b"audio"), write(tmp_path / "shot.png", b"image")]
    added = log.add(contact("2026-11-20 10:00"), files, added_at=WHEN)
    attachments = log.attachments(added.id)
    assert [(a.owner_kind, a.owner_id, a.original_name, a.size, a.added_at) for a in attachments] == [
        ("contact", added.id, "通话.m4a", 5, WHEN), ("contact", added.id, "shot.png", 5, WHEN)]
    assert all(log.files.path_of(a).read_bytes() in (b"audio", b"image") for a in attachments)
    assert log.attachments_by_contact() == {added.id: attachments}


def test_add_is_all_or_nothing_when_a_file_cannot_be_copied(log, store, tmp_path):
    good = write(tmp_path / "good.png", b"good")
    with pytest.raises(AttachmentError, match=re.escape("missing.png does not exist")):
        log.add(contact("2026-11-20 10:00"), [good, tmp_path / "missing.png"])
    assert table(store, "contacts") == [] and table(store, "attachments") == []
    assert stored_files(log) == []


def test_add_is_all_or_nothing_when_the_transaction_fails(log, store, tmp_path, monkeypatch):
    with pytest.raises(StoreError, match="no debt number 999"):
        log.add(contact("2026-11-20 10:00", debt_id=999), [write(tmp_path / "a.png", b"a")])
    assert table(store, "contacts") == [] and stored_files(log) == []

    calls = []

    def insert_then_fail(*args):
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return original(*args)

    original = log.files.insert
    monkeypatch.setattr(log.files, "insert", insert_then_fail)
    with pytest.raises(RuntimeError, match="disk full"):
        log.add(contact("2026-11-20 10:00"), [write(tmp_path / "b.png", b"b"), write(tmp_path / "c.png", b"c")])
    assert len(calls) == 2
    assert table(store, "contacts") == [] and table(store, "attachments") == []
    assert stored_files(log) == []


def test_update_changes_fields_and_files_and_returns_what_was(log, store, tmp_path):
    added = log.add(contact("2026-11-20 10:00", summary="first"),
                    [write(tmp_path / "keep.png", b"keep"), write(tmp_path / "drop.png", b"drop")], WHEN)
    keep, drop = log.attachments(added.id)
    rows_before = tuple(table(store, "attachments"))
    changed = replace(added, summary="corrected", channel=Channel.VISIT, conduct=frozenset({Conduct.INSULTS}))
    before = log.update(changed, [write(tmp_path / "new.png", b"new")], [drop.id], WHEN)
    assert before == ContactSnapshot(added, rows_before)
    assert log.get(added.id) == changed
    assert [a.original_name for a in log.attachments(added.id)] == ["keep.png", "new.png"]
    assert log.files.path_of(drop).exists()  # kept so that undo can put the row back
    after = log.snapshot(added.id)
    assert log.revert(before) == added
    assert log.get(added.id) == added and log.attachments(added.id) == [keep, drop]
    assert tuple(table(store, "attachments")) == rows_before
    log.revert(after)
    assert log.get(added.id) == changed
    assert [a.original_name for a in log.attachments(added.id)] == ["keep.png", "new.png"]


def test_a_failed_update_changes_nothing(log, store, tmp_path):
    added = log.add(contact("2026-11-20 10:00", summary="first"), [write(tmp_path / "a.png", b"a")])
    rows = table(store, "attachments")
    with pytest.raises(StoreError, match="no debt number 999"):
        log.update(replace(added, summary="second", debt_id=999), [write(tmp_path / "b.png", b"b")],
                   [rows[0]["id"]])
    assert log.get(added.id) == added and table(store, "attachments") == rows
    assert stored_files(log) == [rows[0]["stored_name"]]
    with pytest.raises(StoreError, match="no contact number 42"):
        log.update(replace(added, id=42))
    with pytest.raises(StoreError, match="no contact number 42"):
        log.revert(ContactSnapshot(replace(added, id=42)))


def test_delete_and_restore_give_back_the_same_ids_and_files(log, store, tmp_path):
    log.add(contact("2026-11-19 10:00", "other"))
    added = log.add(contact("2026-11-20 10:00", conduct=frozenset({Conduct.THREATS})),
                    [write(tmp_path / "a.png", b"a"), write(tmp_path / "b.png", b"b")], WHEN)
    contacts_before, attachments_before = table(store, "contacts"), table(store, "attachments")
    snapshot = log.delete(added.id)
    assert [c.id for c in log.list()] == [1]
    assert table(store, "attachments") == []
    assert len(stored_files(log)) == 2  # files stay while undo may need them
    assert log.restore(snapshot) == added
    assert table(store, "contacts") == contacts_before
    assert table(store, "attachments") == attachments_before
    assert all(log.files.status(a).value == "ok" for a in log.attachments(added.id))


def test_restore_refuses_reused_ids_rather_than_overwriting_another_contact(log, store, tmp_path):
    added = log.add(contact("2026-11-20 10:00"), [write(tmp_path / "a.png", b"a")])
    snapshot = log.delete(added.id)
    other = log.add(contact("2026-11-21 10:00", "other"), [write(tmp_path / "b.png", b"b")])
    assert other.id == added.id  # SQLite reuses the highest free id
    with pytest.raises(StoreError, match=f"Contact number {added.id} cannot be restored: the number is in use"):
        log.restore(snapshot)
    assert log.list() == [other] and [a.original_name for a in log.attachments(other.id)] == ["b.png"]
    log.delete(other.id)
    third = log.add(contact("2026-11-19 10:00", "third", id=7))
    log.files.add("contact", third.id, write(tmp_path / "c.png", b"c"))  # takes the attachment id only
    with pytest.raises(StoreError, match=re.escape("cannot be restored: UNIQUE constraint failed: attachments.id")):
        log.restore(snapshot)
    assert log.list() == [third] and len(log.attachments(third.id)) == 1


def test_flags_follow_the_rules_saved_in_the_file(log, store):
    log.add(contact("2026-11-20 20:30"))
    log.add(contact("2026-11-20 21:00", conduct=frozenset({Conduct.FALSE_LEGAL_CLAIMS})))
    assert [sorted(f.value for f in flags) for _, flags in log.flagged()] == [[], ["false_legal_claims", "night"]]
    set_contact_rules(store, ContactRules(day_starts=time(9, 0), day_ends=time(20, 0), max_per_day=1))
    assert log.rules() == ContactRules(time(9, 0), time(20, 0), 1)
    assert [flags for _, flags in log.flagged()] == [
        {Flag.NIGHT, Flag.TOO_MANY}, {Flag.NIGHT, Flag.TOO_MANY, Flag.FALSE_LEGAL_CLAIMS}]


def test_companies_most_used_first(log):
    for company in ("借呗", "XX Collections", "XX Collections", ""):
        log.add(contact("2026-11-20 10:00", company))
    assert log.companies() == ["XX Collections", "借呗"]


def test_a_deleted_debt_leaves_its_contacts_without_a_debt(log, store):
    debt_id = store.debts()[0].id
    added = log.add(contact("2026-11-20 10:00", debt_id=debt_id))
    store.delete_debt(debt_id)
    assert log.get(added.id).debt_id is None


def test_stored_flags_and_counts_agree_with_the_domain_flags(tmp_path):
    """Flags stored when contacts are written (and re-flagged when the rules change) are what
    flagging every contact in Python gives, contact by contact, and so are the overview's counts."""
    from datetime import date as _date
    from datetime import time as _time

    from debtdesk.domain.contacts import ContactRules, flag_log
    from debtdesk.domain.demo_large import large_contacts
    from debtdesk.store.contacts import ContactLog as _Log
    from debtdesk.store.repository import Store as _Store

    with _Store.create(tmp_path / "flags.debtdesk") as store:
        log = _Log(store)
        with store.db.atomic():
            for contact in large_contacts(_date(2026, 11, 23), [], 3000):
                log.add(contact)
        for rules in (ContactRules(), ContactRules(_time(9, 30), _time(18, 0), 1), ContactRules(max_per_day=20)):
            log.set_rules(rules)
            stored = log.flagged()
            assert stored == flag_log(log.list(), rules)
            expected = (len(stored), sum(1 for _, flags in stored if flags))
            assert log.flag_counts() == expected
            assert 0 < expected[1] < expected[0]
