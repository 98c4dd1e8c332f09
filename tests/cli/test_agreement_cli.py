"""`debtdesk agreement`, `calendar` and `remind`: the journey after a letter, on the command line."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal as D

import pytest

from debtdesk.cli import main
from debtdesk.domain.debt import Payment
from debtdesk.store import Store


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def agreed(household_path, tmp_path, capsys):
    """微粒贷 (debt 3): a letter asking for 12 instalments, accepted, signed, in force from 2026-12-01."""
    db = str(household_path)
    assert run(capsys, "letter", "--db", db, "--debt", 3, "--lang", "en", "--out", tmp_path / "l.pdf",
               "--option", "instalments=12", "--option", "waive-penalties", "--as-of", "2026-11-23")[0] == 0
    reply = tmp_path / "reply.png"
    reply.write_bytes(b"\x89PNG accepted")
    assert run(capsys, "agreement", "reply", "--db", db, "--letter", 1, "--outcome", "accepted",
               "--received", "2026-11-28", "--attach", reply, "--as-of", "2026-11-28")[0] == 0
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(b"%PDF signed")
    code, out, _ = run(capsys, "agreement", "add", "--db", db, "--debt", 3, "--proposal", 1, "--start", "2026-12-01",
                       "--signed-on", "2026-11-30", "--grace", 3, "--attach", signed, "--as-of", "2026-11-30")
    assert code == 0 and "12 payments from 2026-12-03" in out
    return household_path


def test_two_agreed_payments_and_one_missed_break_it(agreed, capsys):
    with Store.open(agreed) as store:
        for day in (date(2026, 12, 3), date(2027, 1, 5)):  # the second inside the 3 days' grace
            store.add_payment(Payment(3, day, D("1302.77")))
    code, out, _ = run(capsys, "agreement", "show", "--db", agreed, "--id", 1, "--json", "--as-of", "2027-02-06")
    data = json.loads(out)
    assert code == 0 and data["standing"] == "in_grace" and data["pay_by"] == "2027-02-06"
    data = json.loads(run(capsys, "agreement", "show", "--db", agreed, "--id", 1, "--json",
                          "--as-of", "2027-02-07")[1])
    assert data["standing"] == "broken" and data["breach"] == {
        "on": "2027-02-07", "instalment": 3, "due_date": "2027-02-03", "shortfall": "1302.77", "part_paid": False}
    assert [r["state"] for r in data["rows"][:4]] == ["paid", "paid", "missed", "to_come"]
    assert data["on_breach"] == "revives" and D(data["due_on_breach"]) > D(data["remaining"]) - D("2000")
    status = json.loads(run(capsys, "status", "--db", agreed, "--json", "--as-of", "2027-02-07")[1])
    weilidai = next(d for d in status["debts"] if d["id"] == 3)
    assert weilidai["days_past_due"] == 4 and weilidai["next_due_date"] == "2027-02-03"
    code, out, _ = run(capsys, "remind", "--db", agreed, "--as-of", "2027-02-07", "--no-notify")
    assert code == 0 and out.splitlines()[0].startswith("微粒贷: agreement broken on 2027-02-07")
    listing = json.loads(run(capsys, "agreement", "list", "--db", agreed, "--json", "--as-of", "2027-02-07")[1])
    assert listing["letters"][0]["outcome"] == "accepted" and listing["agreements"][0]["standing"] == "broken"


def strict_parse(data: bytes):
    from ical.calendar_stream import IcsCalendarStream

    return IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))


def test_calendar_is_valid_stable_and_byte_identical(agreed, tmp_path, capsys):
    out1, out2, out3 = tmp_path / "a.ics", tmp_path / "b.ics", tmp_path / "c.ics"
    assert run(capsys, "calendar", "--db", agreed, "--out", out1, "--as-of", "2026-12-01")[0] == 0
    assert run(capsys, "calendar", "--db", agreed, "--out", out2, "--as-of", "2026-12-01")[0] == 0
    data = out1.read_bytes()
    assert data == out2.read_bytes()  # the same data on the same as-of date: the same bytes
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and all(b"\n" not in line and len(line) <= 75 for line in lines)
    calendar = strict_parse(data)
    events = calendar.events
    agreed_events = [e for e in events if e.summary.endswith("to 微粒贷")]
    assert len(agreed_events) == 12 and agreed_events[0].dtstart == date(2026, 12, 3)
    assert all(e.dtstamp and e.uid for e in events) and len({e.uid for e in events}) == len(events)
    assert all(e.alarm and str(e.alarm[0].trigger) == "-1 day, 9:00:00" for e in events)
    # A payment later, the same instalments keep their UIDs (a calendar program updates them in place).
    with Store.open(agreed) as store:
        store.add_payment(Payment(3, date(2026, 12, 3), D("1302.77")))
    assert run(capsys, "calendar", "--db", agreed, "--out", out3, "--debt", 3, "--as-of", "2026-12-04")[0] == 0
    later = {e.dtstart: e.uid for e in strict_parse(out3.read_bytes()).events}
    first = {e.dtstart: e.uid for e in agreed_events}
    assert date(2026, 12, 3) not in later and all(first[day] == uid for day, uid in later.items())


def test_counter_offer_typed_in_and_ended(household_path, tmp_path, capsys):
    db = household_path
    run(capsys, "letter", "--db", db, "--debt", 4, "--lang", "en", "--out", tmp_path / "l.pdf", "--as-of", "2026-11-23")
    code, out, _ = run(capsys, "agreement", "reply", "--db", db, "--letter", 1, "--outcome", "counter-offer",
                       "--term", "balance=50000", "--term", "down-payment=5000", "--term", "instalments=24",
                       "--first-due", "2026-12-09", "--as-of", "2026-11-30")
    assert code == 0
    code, out, _ = run(capsys, "agreement", "add", "--db", db, "--debt", 4, "--term", "balance=50000",
                       "--term", "down-payment=5000", "--term", "instalments=24", "--first-due", "2026-12-09",
                       "--start", "2026-12-01", "--on-breach", "accelerates", "--as-of", "2026-12-01")
    assert code == 0 and "25 payments from 2026-12-09, 50,000.00 in all" in out
    assert run(capsys, "agreement", "end", "--db", db, "--id", 1, "--on", "2027-03-01", "--as-of", "2027-03-01")[0] == 0
    status = json.loads(run(capsys, "status", "--db", db, "--json", "--as-of", "2027-03-01")[1])
    assert next(d for d in status["debts"] if d["id"] == 4)["days_past_due"] > 100  # the contract again


@pytest.mark.parametrize("argv, message", [
    (["agreement", "add", "--debt", "3", "--term", "instalments=12"], "--term balance: Give the agreed balance"),
    (["agreement", "add", "--debt", "3"], "give either --proposal ID or the terms with --term"),
    (["agreement", "add", "--debt", "99", "--term", "balance=100"], "There is no debt number 99."),
    (["agreement", "add", "--debt", "3", "--term", "balance=100", "--start", "2027-01-01", "--first-due",
      "2026-12-01"], "--first-due: The first agreed payment cannot fall before the agreement starts"),
    (["agreement", "reply", "--letter", "7", "--outcome", "refused"], "There is no letter number 7."),
    (["agreement", "show", "--id", "5"], "There is no agreement number 5."),
    (["calendar", "--out", "/no/such/folder/x.ics"], "--out: the folder /no/such/folder does not exist."),
    (["calendar", "--out", "x.ics", "--debt", "42"], "There is no debt number 42."),
    (["remind", "--days", "400"], "--days: must be between 0 and 366."),
])
def test_errors_are_one_sentence_and_exit_1(demo_path, tmp_path, monkeypatch, capsys, argv, message):
    monkeypatch.chdir(tmp_path)
    code, _out, err = run(capsys, *argv, "--db", demo_path, "--as-of", "2026-11-23")
    assert code == 1 and message in err and err.count("\n") == 1 and "Traceback" not in err


def test_remind_without_a_bus_prints_and_stays_quiet(demo_path, monkeypatch, capsys):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/nonexistent")
    code, out, err = run(capsys, "--remind", "--db", demo_path, "--as-of", "2026-11-23")
    assert code == 0 and "overdue since" in out and err == ""


def test_autostart_entry_only_when_asked(demo_path, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    entry = tmp_path / "cfg" / "autostart" / "io.github.debtdesk.DebtDesk-remind.desktop"
    run(capsys, "remind", "--db", demo_path, "--as-of", "2026-11-23", "--no-notify")
    assert not entry.exists()
    assert run(capsys, "remind", "--db", demo_path, "--autostart", "on")[0] == 0
    text = entry.read_text()
    assert "Exec=" in text and f"remind --db {demo_path}" in text.replace('"', "")
    assert run(capsys, "remind", "--autostart", "off")[0] == 0 and not entry.exists()
