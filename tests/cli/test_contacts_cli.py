"""`debtdesk contacts`: the log with its flags and file checks, as JSON or a table; errors."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, time

import pytest

from debtdesk import cli
from debtdesk.domain.contacts import Channel, Conduct, Contact, ContactRules
from debtdesk.store import Store
from debtdesk.store.contacts import ContactLog
from debtdesk.store.settings import set_contact_rules

ADDED = datetime(2026, 11, 23, 12, 0)


@pytest.fixture
def main():
    return cli.main


@pytest.fixture
def household(demo_path, tmp_path):
    recording, screenshot, letter = tmp_path / "录音.m4a", tmp_path / "shot.png", tmp_path / "letter.pdf"
    recording.write_bytes(b"audio")
    screenshot.write_bytes(b"image")
    letter.write_bytes(b"%PDF")
    with Store.open(demo_path) as store:
        debt_id = store.debts()[0].id
        log = ContactLog(store)
        log.add(Contact(datetime(2026, 11, 20, 21, 0), Channel.CALL, "某某资产管理", "王经理", "0755-1234",
                        "说明天不还就上门", "周五还 500", frozenset({Conduct.THREATS, Conduct.THIRD_PARTY}), debt_id),
                [recording, screenshot], ADDED)
        log.add(Contact(datetime(2026, 11, 19, 10, 0), Channel.SMS, "借呗", summary="reminder"), [letter], ADDED)
        files = log.files
        by_name = {a.original_name: a for a in files.all()}
        files.path_of(by_name["shot.png"]).unlink()
        files.path_of(by_name["letter.pdf"]).write_bytes(b"%PDX")
    return demo_path, debt_id


def test_json_lists_contacts_in_time_order_with_flags_and_file_checks(main, household, capsys):
    path, debt_id = household
    assert main(["contacts", "--db", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rules"] == {"day_starts": "08:00", "day_ends": "21:00", "max_per_day": 3}
    first, second = data["contacts"]
    assert first == {
        "id": 2, "occurred_at": "2026-11-19 10:00", "channel": "sms", "debt_id": None, "company": "借呗",
        "agent": "", "phone": "", "summary": "reminder", "promises": "", "conduct": [], "flags": [],
        "attachments": [{"name": "letter.pdf", "sha256": first["attachments"][0]["sha256"], "size": 4,
                         "status": "changed"}],
    }
    assert second["id"] == 1 and second["debt_id"] == debt_id
    assert second["company"] == "某某资产管理" and second["summary"] == "说明天不还就上门"
    assert second["conduct"] == ["third_party", "threats"]
    assert second["flags"] == ["night", "third_party", "threats"]
    assert [(a["name"], a["size"], a["status"]) for a in second["attachments"]] == [
        ("录音.m4a", 5, "ok"), ("shot.png", 5, "missing")]
    assert second["attachments"][0]["sha256"] == hashlib.sha256(b"audio").hexdigest()


def test_json_follows_the_rules_saved_in_the_file(main, household, capsys):
    path, _ = household
    with Store.open(path) as store:
        set_contact_rules(store, ContactRules(time(7, 0), time(22, 0), 1))
    assert main(["contacts", "--db", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rules"] == {"day_starts": "07:00", "day_ends": "22:00", "max_per_day": 1}
    assert [c["flags"] for c in data["contacts"]] == [[], ["third_party", "threats"]]


def test_table_output(main, household, capsys):
    path, _ = household
    assert main(["contacts", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Contact rules: allowed 08:00–21:00, at most 3 a day from one company"
    assert lines[1].split() == ["id", "when", "channel", "company", "agent", "phone", "summary", "flags"]
    assert "2026-11-20 21:00  call" in out and "! night, third_party, threats" in out
    assert "file: shot.png (5 bytes" in out and "[MISSING]" in out and "[CHANGED]" in out
    assert lines[-1] == "2 contacts, 1 flagged: night 1, third_party 1, threats 1"


def test_an_empty_log(main, demo_path, capsys):
    assert main(["contacts", "--db", str(demo_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["contacts"] == []
    assert main(["contacts", "--db", str(demo_path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "0 contacts, 0 flagged"


def test_a_missing_or_foreign_file_is_one_sentence_on_stderr_with_status_1(main, tmp_path, capsys):
    assert main(["contacts", "--db", str(tmp_path / "nope.debtdesk")]) == 1
    err = capsys.readouterr().err
    assert err == f"debtdesk contacts: The file {tmp_path / 'nope.debtdesk'} does not exist.\n"
    foreign = tmp_path / "notes.txt"
    foreign.write_text("not a database " * 100)
    assert main(["contacts", "--db", str(foreign), "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("debtdesk contacts: notes.txt is not a DebtDesk file")
