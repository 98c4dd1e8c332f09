"""The time line's lanes, built lane by lane from the file, say what the whole-file time line says."""

from __future__ import annotations

from datetime import datetime

import pytest

from debtdesk.domain.contacts import Channel, Contact, ContactRules, flag_log
from debtdesk.domain.timeline import EventKind, timeline
from debtdesk.services.follow_up import follow_up
from debtdesk.services.statuses import debt_statuses
from debtdesk.services.timeline_contacts import FileContacts, ListedContacts
from debtdesk.services.timeline_lanes import TimelineLanes, timeline_facts
from debtdesk.store import Store
from debtdesk.store.contacts import ContactLog
from debtdesk.store.settings import contact_rules
from debtdesk.store.timeline_contacts import company_key, contacts_per_company_day, contacts_per_day


@pytest.fixture
def house(household_path):
    with Store.open(household_path) as store:
        yield store


def _key(e):
    return e.on, e.kind, e.lender, e.title, e.flagged, e.projected, e.debt_id


def _busy_day(store: Store, debt_id: int) -> None:
    """Five contacts in one day from one company, spelt three ways, about two debts in two lanes (the rule
    counts them all together: three in one lane alone would not be too many)."""
    log = ContactLog(store)
    other = next(d.id for d in store.debts() if d.lender.name != store.debt(debt_id).lender.name)
    for hour, company in zip(range(9, 14), ["ACME 催收", " acme 催收", "Acme 催收 ", "ACME 催收", "acme 催收"],
                             strict=True):
        log.add(Contact(datetime(2026, 11, 2, hour), Channel.CALL, company=company,
                        debt_id=debt_id if hour < 12 else other))
    log.add(Contact(datetime(2026, 11, 3, 10), Channel.SMS, company="Walk-in", debt_id=None))


@pytest.mark.parametrize("background", [False, True])
def test_lanes_hold_exactly_the_whole_time_line(house, as_of, background):
    _busy_day(house, house.debts()[0].id)
    statuses = debt_statuses(house, as_of)
    rules = contact_rules(house)
    flagged = flag_log(ContactLog(house).list(), rules)
    data = follow_up(house, as_of, statuses=statuses)
    whole = timeline(statuses, flagged, None, data.letters, agreements=data.agreements, checks=data.checks,
                     deadlines=data.deadlines, limitations=data.limitations)
    contacts = FileContacts(house, rules, background=background)
    contacts.wait()
    lanes = TimelineLanes(statuses, contacts, timeline_facts(house, statuses, as_of))
    assert sorted(map(_key, lanes.all_events())) == sorted(map(_key, whole))
    busy = [e for e in lanes.all_events()
            if e.on == datetime(2026, 11, 2).date() and e.kind is EventKind.CONTACT]
    assert len(busy) == 5 and all(e.flagged for e in busy) and len({e.lender for e in busy}) == 2
    assert "Walk-in" in [lane.key for lane in lanes.lanes]  # contacts with no debt: a lane of their company
    first, last = lanes.span()
    assert first == min(e.on for e in whole) and last >= max(e.on for e in whole)


def test_one_debts_time_line_leaves_the_others_out(house, as_of):
    statuses = debt_statuses(house, as_of)
    debt_id = statuses[3].debt.id
    lanes = TimelineLanes(statuses, FileContacts(house, contact_rules(house)), timeline_facts(house, statuses, as_of),
                          debt_id=debt_id)
    data = follow_up(house, as_of, statuses=statuses)
    one = timeline(statuses, flag_log(ContactLog(house).list(), contact_rules(house)), debt_id, data.letters,
                   limitations=data.limitations)
    assert [lane.key for lane in lanes.lanes] == [statuses[3].debt.lender.name]
    assert sorted(map(_key, lanes.all_events())) == sorted(map(_key, one))


def test_per_day_counts_match_the_rule(house, as_of):
    debt_id = house.debts()[0].id
    _busy_day(house, debt_id)
    everything = contacts_per_company_day(house)
    day = datetime(2026, 11, 2).date()
    assert everything[(day, company_key("ACME 催收"))] == 5
    assert contacts_per_day(house, [(day, "acme 催收"), (day, "nobody")]) == {(day, "acme 催收"): 5}
    contacts = FileContacts(house, ContactRules(max_per_day=3))
    busy = [c for c in ContactLog(house).list() if c.occurred_at.date() == day]
    assert all(contacts.flags_of(c) for c in busy)
    assert all(flags for _, flags in contacts.of_debts([debt_id]) if _.occurred_at.date() == day)


def test_only_so_many_lanes_are_kept_and_a_change_rebuilds_only_its_own(house, as_of):
    statuses = debt_statuses(house, as_of)
    contacts = ListedContacts([])
    lanes = TimelineLanes(statuses, contacts, timeline_facts(house, statuses, as_of), kept=2)
    keys = [lane.key for lane in lanes.lanes]
    for key in keys[:3]:
        lanes.lane(key)
    assert lanes.built() == keys[1:3]  # the least recently used went first
    kept = lanes.lane(keys[2])
    renewed = lanes.renewed(statuses, timeline_facts(house, statuses, as_of), touched={keys[1]})
    assert renewed.built() == [keys[2]] and renewed.lane(keys[2]) is kept
    assert renewed.lane(keys[1]) is not lanes.lane(keys[1])
