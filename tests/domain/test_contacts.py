"""Collector contacts: night and daily-limit flags, conduct flags, reading what was typed."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

import pytest

from debtdesk.domain.contacts import (
    Channel,
    Conduct,
    Contact,
    ContactRules,
    Flag,
    conduct_from_text,
    conduct_to_text,
    contact_to_raw,
    flag_counts,
    flag_log,
    parse_contact,
    parse_contact_rules,
)

NOW = datetime(2026, 11, 23, 22, 0)


def at(text: str, company: str = "XX Collections", **kw) -> Contact:
    return Contact(datetime.fromisoformat(text), Channel.CALL, company=company, **kw)


def flags_of(*contacts: Contact, rules: ContactRules = ContactRules()) -> list[set[str]]:
    return [{f.value for f in flags} for _, flags in flag_log(contacts, rules)]


@pytest.mark.parametrize("clock, night", [
    ("00:00", True), ("07:59", True), ("08:00", False), ("12:00", False),
    ("20:59", False), ("21:00", True), ("23:59", True),
])
def test_night_boundaries_with_default_rules(clock, night):
    assert flags_of(at(f"2026-11-20T{clock}")) == [{"night"} if night else set()]


@pytest.mark.parametrize("clock, night", [("08:30", True), ("09:00", False), ("19:59", False), ("20:00", True)])
def test_night_boundaries_with_custom_rules(clock, night):
    rules = ContactRules(day_starts=time(9, 0), day_ends=time(20, 0))
    assert flags_of(at(f"2026-11-20T{clock}"), rules=rules) == [{"night"} if night else set()]


def test_more_than_the_daily_limit_from_one_company_flags_every_contact_that_day():
    three = [at(f"2026-11-20T{h:02d}:00") for h in (9, 10, 11)]
    assert flags_of(*three) == [set(), set(), set()]
    four = three + [at("2026-11-20T12:00")]
    assert flags_of(*four) == [{"too_many"}] * 4


def test_daily_limit_counts_per_company_and_per_calendar_day():
    contacts = [
        at("2026-11-20T09:00", "XX Collections"),
        at("2026-11-20T10:00", "  xx collections "),  # same company, typed differently
        at("2026-11-20T11:00", "XX COLLECTIONS"),
        at("2026-11-20T12:00", "借呗"),  # another company: counted apart
        at("2026-11-21T09:00", "XX Collections"),  # the next day starts again
    ]
    assert flags_of(*contacts) == [set()] * 5
    contacts.append(at("2026-11-20T13:00", "XX collections"))
    assert flags_of(*contacts) == [{"too_many"}] * 3 + [set()] + [{"too_many"}] + [set()]


def test_custom_daily_limit():
    rules = ContactRules(max_per_day=1)
    assert flags_of(at("2026-11-20T09:00"), rules=rules) == [set()]
    assert flags_of(at("2026-11-20T09:00"), at("2026-11-20T10:00"), rules=rules) == [{"too_many"}] * 2


def test_each_conduct_raises_the_flag_of_the_same_name_and_combines_with_time_flags():
    for conduct in Conduct:
        assert flags_of(at("2026-11-20T10:00", conduct=frozenset({conduct}))) == [{conduct.value}]
    late_threat = at("2026-11-20T23:10", conduct=frozenset({Conduct.THREATS, Conduct.IMPERSONATION}))
    assert flags_of(late_threat) == [{"night", "threats", "impersonation"}]


def test_flag_log_is_in_time_order_and_counts_flags():
    later = at("2026-11-21T22:00", id=1)
    earlier = at("2026-11-20T10:00", conduct=frozenset({Conduct.INSULTS}), id=2)
    log = flag_log([later, earlier])
    assert [c.id for c, _ in log] == [2, 1]
    assert flag_counts(log) == {Flag.NIGHT: 1, Flag.INSULTS: 1}
    everything = flag_counts(flag_log([at("2026-11-20T23:00", conduct=frozenset(Conduct))]))
    assert list(everything) == [Flag.NIGHT, Flag.THIRD_PARTY, Flag.THREATS, Flag.INSULTS,
                                Flag.FALSE_LEGAL_CLAIMS, Flag.IMPERSONATION]  # enum order, no zero for too_many


def test_rules_refuse_nonsense():
    with pytest.raises(ValueError):
        ContactRules(day_starts=time(21, 0), day_ends=time(8, 0))
    with pytest.raises(ValueError):
        ContactRules(max_per_day=0)


# -- conduct as text -------------------------------------------------------------------

def test_conduct_text_is_space_separated_in_a_fixed_order_and_round_trips():
    chosen = frozenset({Conduct.THREATS, Conduct.THIRD_PARTY})
    assert conduct_to_text(chosen) == "third_party threats"
    assert conduct_from_text("third_party threats") == chosen
    assert conduct_to_text(()) == "" and conduct_from_text("") == frozenset()
    assert conduct_from_text("threats spying_from_the_future") == {Conduct.THREATS}


# -- reading the form ------------------------------------------------------------------

def raw(**changes) -> dict:
    base = {"occurred_at": "2026-11-22 21:30", "channel": "call", "company": "某某资产管理", "agent": "王经理",
            "phone": "+86 138 0013 8000", "summary": "说明天不还就上门", "promises": "周五还 500",
            "conduct": ["threats"], "debt_id": "3"}
    base.update(changes)
    return base


def test_parse_contact_reads_every_field():
    contact, errors = parse_contact(raw(), NOW, contact_id=7)
    assert errors == []
    assert contact == Contact(datetime(2026, 11, 22, 21, 30), Channel.CALL, "某某资产管理", "王经理",
                              "+86 138 0013 8000", "说明天不还就上门", "周五还 500",
                              frozenset({Conduct.THREATS}), 3, 7)


def test_parse_contact_accepts_the_iso_t_form_space_separated_conduct_and_no_debt():
    contact, errors = parse_contact(raw(occurred_at="2026-11-22T07:05", conduct="insults third_party",
                                        debt_id=""), NOW)
    assert errors == []
    assert contact.occurred_at == datetime(2026, 11, 22, 7, 5)
    assert contact.conduct == {Conduct.INSULTS, Conduct.THIRD_PARTY}
    assert contact.debt_id is None


def test_contact_to_raw_is_the_inverse_of_parse():
    contact, _ = parse_contact(raw(), NOW, 4)
    again, errors = parse_contact(contact_to_raw(contact), NOW, 4)
    assert errors == [] and again == contact


@pytest.mark.parametrize("changes, field, message", [
    ({"occurred_at": ""}, "occurred_at", "This field is required."),
    ({"occurred_at": "2026-02-30 10:00"}, "occurred_at",
     "'2026-02-30 10:00' is not a date and time (YYYY-MM-DD HH:MM)."),
    ({"occurred_at": "22/11/2026 10:00"}, "occurred_at",
     "'22/11/2026 10:00' is not a date and time (YYYY-MM-DD HH:MM)."),
    ({"occurred_at": "2026-11-22 24:00"}, "occurred_at",
     "'2026-11-22 24:00' is not a date and time (YYYY-MM-DD HH:MM)."),
    ({"occurred_at": "2026-11-23 22:01"}, "occurred_at",
     "In the future: record a contact once it has happened (now is 2026-11-23 22:00)."),
    ({"occurred_at": "1949-12-31 10:00"}, "occurred_at", "Must be after 1950-01-01 00:00."),
    ({"channel": "fax"}, "channel", "Unknown value 'fax'."),
    ({"channel": ""}, "channel", "This field is required."),
    ({"debt_id": "abc"}, "debt_id", "Unknown value 'abc'."),
    ({"company": "x" * 101}, "company", "Too long: 101 characters, at most 100."),
    ({"agent": "x" * 101}, "agent", "Too long: 101 characters, at most 100."),
    ({"phone": "1" * 41}, "phone", "Too long: 41 characters, at most 40."),
    ({"summary": "话" * 4001}, "summary", "Too long: 4001 characters, at most 4000."),
    ({"promises": "x" * 4001}, "promises", "Too long: 4001 characters, at most 4000."),
    ({"phone": "138\x000013"}, "phone", "Must be a single line of text, without control characters."),
    ({"company": "line one\nline two"}, "company", "Must be a single line of text, without control characters."),
    ({"summary": "bell\x07"}, "summary", "Contains a control character."),
    ({"conduct": ["threats", "rudeness"]}, "conduct", "Unknown value 'rudeness'."),
])
def test_parse_contact_names_the_field_and_the_problem(changes, field, message):
    contact, errors = parse_contact(raw(**changes), NOW)
    assert contact is None
    assert [(e.field, e.message) for e in errors] == [(field, message)]


def test_limits_are_inclusive_and_line_breaks_are_kept_in_long_text():
    contact, errors = parse_contact(raw(company="x" * 100, phone="1" * 40, summary="a\r\nb\n" + "c" * 3990), NOW)
    assert errors == []
    assert contact.summary.startswith("a\nb\n")
    at_now, errors = parse_contact(raw(occurred_at="2026-11-23 22:00"), NOW)
    assert errors == [] and at_now.occurred_at == NOW


def test_several_problems_are_reported_together():
    _, errors = parse_contact(raw(occurred_at="soon", channel="pigeon", phone="9" * 50), NOW)
    assert [e.field for e in errors] == ["occurred_at", "channel", "phone"]


# -- the rules form --------------------------------------------------------------------

def test_parse_contact_rules():
    rules, errors = parse_contact_rules({"day_starts": "09:00", "day_ends": "20:30", "max_per_day": "2"})
    assert errors == [] and rules == ContactRules(time(9, 0), time(20, 30), 2)


@pytest.mark.parametrize("changes, field, message", [
    ({"day_starts": "21:00"}, "day_ends", "Must be later than the start of the allowed hours."),
    ({"day_ends": "25:00"}, "day_ends", "'25:00' is not a time of day (HH:MM)."),
    ({"day_starts": "8"}, "day_starts", "'8' is not a time of day (HH:MM)."),
    ({"max_per_day": "0"}, "max_per_day", "Must be at least 1."),
    ({"max_per_day": "2.5"}, "max_per_day", "Must be a whole number."),
])
def test_parse_contact_rules_messages(changes, field, message):
    values = {"day_starts": "08:00", "day_ends": "21:00", "max_per_day": "3", **changes}
    rules, errors = parse_contact_rules(values)
    assert rules is None
    assert [(e.field, e.message) for e in errors] == [(field, message)]


@pytest.mark.parametrize("rules", [ContactRules(), ContactRules(time(9, 30), time(18, 0), 1),
                                   ContactRules(time(0, 1), time(23, 59), 20)])
def test_flags_worked_on_stored_text_are_flag_logs(rules):
    """The store's fast re-flagging gives, contact by contact, what `flag_log` gives."""
    from datetime import date

    from debtdesk.domain.contacts import conduct_to_text, flags_to_text, format_occurred_at, stored_flag_texts
    from debtdesk.domain.demo_large import large_contacts

    contacts = [replace(c, id=n + 1, company=c.company if n % 3 else f" {c.company.upper()} ")
                for n, c in enumerate(large_contacts(date(2026, 11, 23), [], 4000))]
    contacts.append(at("2026-11-20T08:00", id=9000, company=""))
    expected = {c.id: flags_to_text(flags) for c, flags in flag_log(contacts, rules) if flags}
    rows = [(c.id, format_occurred_at(c.occurred_at), c.company, conduct_to_text(c.conduct)) for c in contacts]
    assert dict(stored_flag_texts(rows, rules)) == expected
    assert 0 < len(expected) < len(contacts)
