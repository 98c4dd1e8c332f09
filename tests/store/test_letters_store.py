"""The letters history in the file: marking as sent, removing and restoring entries (schema 7)."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from debtdesk.domain.sending import Sending, SentVia
from debtdesk.store import Store, StoreError
from debtdesk.store.letters import LetterLog


@pytest.fixture
def log(demo_path, tmp_path):
    pdf = tmp_path / "l.pdf"
    pdf.write_bytes(b"%PDF")
    with Store.open(demo_path) as store:
        letters = LetterLog(store)
        letters.record(pdf, "negotiation", "en", "中国建设银行", date(2026, 11, 20), 4)
        yield letters


def test_a_new_entry_is_not_sent_until_marked(log):
    (record,) = log.list()
    assert (record.sent_on, record.sent_via) == (None, "")
    before = log.set_sent(record.id, Sending(date(2026, 11, 21), SentVia.EMAIL))
    assert before == record
    assert (log.get(record.id).sent_on, log.get(record.id).sent_via) == (date(2026, 11, 21), "email")
    log.set_sent(record.id, None)
    assert log.get(record.id) == record


def test_remove_and_restore_keep_the_id_and_every_field(log):
    (record,) = log.list()
    log.set_sent(record.id, Sending(date(2026, 11, 22), SentVia.REGISTERED_POST))
    sent = log.get(record.id)
    assert log.remove(record.id) == sent and log.list() == []
    log.restore(sent)
    assert log.list() == [sent]
    with pytest.raises(StoreError, match="in use"):
        log.restore(sent)


def test_an_entry_restored_after_its_debt_went_keeps_no_link(log):
    (record,) = log.list()
    log.remove(record.id)
    log.store.delete_debt(4)
    log.restore(record)
    assert log.get(record.id).debt_id is None


def test_interchange_checks_the_sent_columns(log):
    # The schema holds text; the app (parse_sending) and the interchange rules check its form.
    from debtdesk.store.interchange_rules import RULES

    assert RULES[("letters", "sent_on")]("2026-11-21") is None
    assert RULES[("letters", "sent_on")]("21/11/2026")
    assert RULES[("letters", "sent_via")]("") is None and RULES[("letters", "sent_via")]("fax")


def test_schema_7_adds_the_sent_columns(log):
    columns = [row[1] for row in log.store.conn.execute("PRAGMA table_info(letters)")]
    assert columns[-2:] == ["sent_on", "sent_via"]
    with pytest.raises(sqlite3.IntegrityError):
        log.store.conn.execute("UPDATE letters SET sent_via = NULL")
