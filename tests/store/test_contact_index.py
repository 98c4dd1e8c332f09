"""Schema 9: stored contact flags kept current, the text index, and the log's queries in SQL."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, time

import pytest

from debtdesk.domain.contacts import Channel, Conduct, Contact, ContactRules, Flag, flag_log
from debtdesk.store import Store
from debtdesk.store.contact_index import ContactQuery, contact_ids, contact_rows, flag_totals
from debtdesk.store.contacts import ContactLog
from debtdesk.store.interchange import export_file, import_file
from debtdesk.store.settings import set_contact_rules


def contact(moment: str, company: str = "某某资产", **kw) -> Contact:
    return Contact(datetime.fromisoformat(moment), kw.pop("channel", Channel.CALL), company=company, **kw)


@pytest.fixture
def store(tmp_path):
    with Store.create(tmp_path / "index.debtdesk") as s:
        yield s


def stored_flags(store) -> dict[int, str]:
    return dict(store.conn.execute("SELECT contact_id, flags FROM contact_flags"))


def test_the_fourth_call_of_a_day_flags_the_whole_day_and_a_delete_unflags_it(store):
    log = ContactLog(store)
    calls = [log.add(contact(f"2026-11-20 1{n}:00", " 某某资产 " if n else "某某资产")) for n in range(4)]
    log.add(contact("2026-11-21 10:00"))  # another day: not counted
    assert {c.id: flags for c, flags in log.flagged()} == {
        **{c.id: {Flag.TOO_MANY} for c in calls}, calls[-1].id + 1: frozenset()}
    log.delete(calls[0].id)
    assert all(not flags for _, flags in log.flagged())
    assert stored_flags(store) == {}  # a row for flagged contacts only


def test_moving_a_contact_to_another_day_re_flags_both_days(store):
    log = ContactLog(store)
    added = [log.add(contact(f"2026-11-20 1{n}:00")) for n in range(4)]
    log.add(contact("2026-11-22 09:00"))
    log.update(contact("2026-11-22 23:30", id=added[0].id))
    flags = {c.id: flags for c, flags in log.flagged()}
    assert flags[added[0].id] == {Flag.NIGHT} and flags[added[1].id] == frozenset()


def test_changing_the_rules_anywhere_re_flags_every_contact(store):
    log = ContactLog(store)
    log.add(contact("2026-11-20 20:30", conduct=frozenset({Conduct.THREATS})))
    log.add(contact("2026-11-21 08:30", company="借呗"))
    assert flag_totals(store).by_flag == {Flag.THREATS: 1}
    set_contact_rules(store, ContactRules(time(9, 0), time(20, 0), 1))  # not through the log
    totals = flag_totals(store)
    assert (totals.contacts, totals.flagged, totals.by_flag) == (2, 2, {Flag.NIGHT: 2, Flag.THREATS: 1})
    log.set_rules(ContactRules())
    assert stored_flags(store) == {1: "threats"}


def write_version_8(path) -> None:
    """A schema-8 file with contacts, as DebtDesk wrote it before flags were stored."""
    from debtdesk.store.migrations import APPLICATION_ID, MIGRATIONS

    conn = sqlite3.connect(path)
    for version in range(1, 9):
        for sql in MIGRATIONS[version]:
            conn.execute(sql)
    conn.execute("INSERT INTO settings VALUES ('contacts.max_per_day', '1')")
    conn.executemany("INSERT INTO contacts (occurred_at, channel, company, summary, conduct) VALUES (?, ?, ?, ?, ?)",
                     [("2026-11-20 10:00", "call", "XX", "说明天去单位找领导", ""),
                      ("2026-11-20 11:00", "sms", "xx ", "", ""),
                      ("2026-11-21 23:00", "call", "YY", "", "insults")])
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 8")
    conn.commit()
    conn.close()


def test_an_upgraded_file_gets_flags_and_a_text_index_for_its_old_contacts(tmp_path):
    path = tmp_path / "v8.debtdesk"
    write_version_8(path)
    with Store.open(path) as store:
        log = ContactLog(store)
        assert log.flagged() == flag_log(log.list(), ContactRules(max_per_day=1))
        assert flag_totals(store).by_flag == {Flag.NIGHT: 1, Flag.TOO_MANY: 2, Flag.INSULTS: 1}
        assert contact_ids(store, ContactQuery(text="去单位")) == [1]


def test_an_export_imported_again_gets_its_flags_computed_not_copied(tmp_path, store):
    log = ContactLog(store)
    log.add(contact("2026-11-20 22:00", summary="半夜打电话"))
    export_file(store, tmp_path / "out.json")
    document = json.loads((tmp_path / "out.json").read_text("utf-8"))
    assert "contact_flags" not in document["tables"]
    import_file(tmp_path / "out.json", tmp_path / "back.debtdesk")
    with Store.open(tmp_path / "back.debtdesk") as back:
        assert ContactLog(back).flagged() == log.flagged()
        assert contact_ids(back, ContactQuery(text="半夜打")) == [1]


@pytest.fixture
def filled(store):
    log = ContactLog(store)
    for c in (contact("2026-11-20 23:00", "某某资产", summary="late call", agent="王"),
              contact("2026-11-21 10:00", "借呗", channel=Channel.SMS, promises="周五还五百 100%"),
              contact("2026-11-21 11:00", "分期乐", channel=Channel.APP, phone="95188",
                      conduct=frozenset({Conduct.IMPERSONATION}))):
        log.add(c)
    return store


@pytest.mark.parametrize("query, expected", [
    (ContactQuery(), [3, 2, 1]),
    (ContactQuery(descending=False), [1, 2, 3]),
    (ContactQuery(sort="company", descending=False), [2, 3, 1]),  # code-point order, as Python sorts
    (ContactQuery(sort="flags"), [1, 3, 2]),  # as many flags: by their names
    (ContactQuery(sort="phone", descending=False), [1, 2, 3]),
    (ContactQuery(only_flagged=True), [3, 1]),
    (ContactQuery(text="五百"), [2]),  # two characters: a LIKE scan
    (ContactQuery(text="LATE CALL"), [1]),  # the trigram index, any case
    (ContactQuery(text="100%"), [2]),  # % is a character, not a wildcard
    (ContactQuery(text="10_"), []),
    (ContactQuery(text="11-21"), [3, 2]),  # the time as shown
    (ContactQuery(text="xyz", flags_named=frozenset({Flag.IMPERSONATION})), [3]),
    (ContactQuery(text="xyz", channels_named=frozenset({Channel.SMS})), [2]),
    (ContactQuery(text="95188", only_flagged=True), [3]),
])
def test_queries_sort_and_filter_in_sql(filled, query, expected):
    assert contact_ids(filled, query) == expected


def test_rows_are_read_by_id_with_their_flags(filled):
    rows = contact_rows(filled, [3, 1])
    assert sorted(rows) == [1, 3]
    assert rows[1][0].summary == "late call" and rows[1][1] == {Flag.NIGHT}
    assert rows[3][1] == {Flag.IMPERSONATION}


def test_channels_sort_by_the_names_the_caller_shows(filled):
    named = (Channel.SMS, Channel.APP, Channel.CALL)  # e.g. sorted by their Chinese names
    assert contact_ids(filled, ContactQuery(sort="channel", descending=False, channel_order=named)) == [2, 3, 1]


def test_a_file_opened_read_only_shows_flags_it_could_not_store(tmp_path):
    path = tmp_path / "ro.debtdesk"
    with Store.create(path) as store:
        ContactLog(store).add(contact("2026-11-20 20:30"))
        set_contact_rules(store, ContactRules(day_ends=time(20, 0)))  # the flags are now out of date
    with Store.open(path, read_only=True) as store:
        log = ContactLog(store)
        assert [flags for _, flags in log.flagged()] == [{Flag.NIGHT}]
        assert log.flag_counts() == (1, 1) and contact_ids(store, ContactQuery(only_flagged=True)) == [1]
    with Store.open(path) as store:  # stored once the file can be written
        assert ContactLog(store).flag_counts() == (1, 1) and stored_flags(store) == {1: "night"}


@pytest.mark.parametrize("column, value, problem", [("channel", "fax", "'fax' is not a channel"),
                                                    ("occurred_at", "yesterday", "'yesterday' is not a time")])
def test_a_contact_this_version_cannot_read_is_named_before_any_row_is_shown(store, column, value, problem):
    from debtdesk.store import StoreError

    log = ContactLog(store)
    log.add(contact("2026-11-20 10:00"))
    store.conn.execute(f"UPDATE contacts SET {column} = ? WHERE id = 1", (value,))  # a newer version, say
    store.conn.commit()
    with pytest.raises(StoreError, match=f"Contact number 1 cannot be read: {problem}"):
        log.check_readable()
