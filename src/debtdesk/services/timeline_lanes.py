"""The time line's lanes, each built from the session's statuses only when it comes into view.

One lane per lender (register order), then one per company or recipient that
has contacts or letters with no debt named.  What a lane holds is the same as
`domain.timeline.timeline` gives for its debts; it is built on first use from
the statuses already computed (never recomputed here), kept in a bounded
least-recently-used store, and dropped when a change touches its debts.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Protocol, Sequence

from debtdesk.domain.contacts import Contact, ContactRules, Flag, flag_log, flags_for
from debtdesk.domain.status import DebtStatus
from debtdesk.domain.timeline import (Event, agreement_events, contact_events, debt_events, letter_events,
                                      limit_events)
from debtdesk.domain.timeline_index import LaneEvents
from debtdesk.store.repository import Store
from debtdesk.store.timeline_contacts import (companies_without_debt, contact_span, contacts_of_debts,
                                              contacts_per_day, contacts_without_debt)

Flagged = tuple[Contact, frozenset[Flag]]
LANES_KEPT = 48  # built lanes kept in memory: a few screens' worth, whatever the file's size


class ContactLanes(Protocol):
    """Where a lane's contacts come from: a list in memory, or the file, a few lanes at a time."""

    def companies_without_debt(self) -> list[str]: ...

    def of_debts(self, debt_ids: Sequence[int]) -> list[Flagged]: ...

    def without_debt(self, company: str) -> list[Flagged]: ...

    def span(self) -> tuple[date, date] | None: ...

    def flags_of(self, contact: Contact) -> frozenset[Flag]: ...


class ListedContacts:
    """Contacts already loaded and flagged (tests, small files, a caller's own source)."""

    def __init__(self, flagged: Iterable[Flagged]):
        self._by_debt: dict[int | None, list[Flagged]] = {}
        for pair in flagged:
            self._by_debt.setdefault(pair[0].debt_id, []).append(pair)

    def companies_without_debt(self) -> list[str]:
        return list(dict.fromkeys(c.company for c, _ in sorted(self._by_debt.get(None, []),
                                                               key=lambda p: p[0].occurred_at)))

    def of_debts(self, debt_ids: Sequence[int]) -> list[Flagged]:
        return [pair for d in debt_ids for pair in self._by_debt.get(d, [])]

    def without_debt(self, company: str) -> list[Flagged]:
        return [pair for pair in self._by_debt.get(None, []) if pair[0].company == company]

    def span(self) -> tuple[date, date] | None:
        days = [c.occurred_at.date() for pairs in self._by_debt.values() for c, _ in pairs]
        return (min(days), max(days)) if days else None

    def flags_of(self, contact: Contact) -> frozenset[Flag]:
        return next((flags for c, flags in self._by_debt.get(contact.debt_id, []) if c == contact), frozenset())


class FileContacts:
    """The file's contact log, read a few lanes at a time, flagged under the file's rules.

    Iterating gives every contact with its flags (the whole log, as before), for callers that want that.
    """

    def __init__(self, store: Store, rules: ContactRules):
        self.store, self.rules = store, rules

    def __iter__(self):
        from debtdesk.store.contacts import ContactLog

        return iter(flag_log(ContactLog(self.store).list(), self.rules))

    def _flagged(self, contacts: list[Contact]) -> list[Flagged]:
        counts = contacts_per_day(self.store, {c.occurred_at.date() for c in contacts})
        return [(c, flags_for(c, counts[(c.occurred_at.date(), c.company.strip().casefold())], self.rules))
                for c in contacts]

    def companies_without_debt(self) -> list[str]:
        return companies_without_debt(self.store)

    def of_debts(self, debt_ids: Sequence[int]) -> list[Flagged]:
        return self._flagged(contacts_of_debts(self.store, debt_ids))

    def without_debt(self, company: str) -> list[Flagged]:
        return self._flagged(contacts_without_debt(self.store, company))

    def span(self) -> tuple[date, date] | None:
        return contact_span(self.store)

    def flags_of(self, contact: Contact) -> frozenset[Flag]:
        return self._flagged([contact])[0][1]


@dataclass(frozen=True)
class Lane:
    """A lane before its events are built: enough to size it and name it."""

    key: str  # Event.lender of its events
    debt_ids: tuple[int, ...]  # in register order
    transitions: int  # stage changes, deadlines and limitation ends: how tall its top band may be
    company: str | None = None  # a lane of contacts with no debt named: their company


class TimelineLanes:
    """Every lane of one time line (all debts, or one), its events built on first use.

    `extra` holds the few events not read lane by lane (letters, agreements,
    breaches, court deadlines, limitation ends), already made for the debts shown.
    """

    def __init__(self, statuses: Sequence[DebtStatus], contacts: ContactLanes, extra: Iterable[Event] = (),
                 debt_id: int | None = None, kept: int = LANES_KEPT):
        self.debt_id = debt_id
        self.contacts = contacts
        self.kept = kept
        shown = [s for s in statuses if debt_id is None or s.debt.id == debt_id]
        self.statuses = {s.debt.id: s for s in shown}
        self.lenders = {s.debt.id: s.debt.lender.name for s in statuses}
        self._extra: dict[str, list[Event]] = {}
        for event in extra:
            if debt_id is None or event.debt_id == debt_id:
                self._extra.setdefault(event.lender, []).append(event)
        self._built: OrderedDict[str, LaneEvents] = OrderedDict()
        self.lanes = self._lanes(shown)
        self._by_key = {lane.key: lane for lane in self.lanes}

    def _lanes(self, shown: Sequence[DebtStatus]) -> list[Lane]:
        debts: dict[str, list[int]] = {}
        for status in shown:
            debts.setdefault(status.debt.lender.name, []).append(status.debt.id)
        companies = self.contacts.companies_without_debt() if self.debt_id is None else []
        self._companies = set(companies)
        lanes = []
        for key, ids in debts.items():
            top = sum(len(self.statuses[d].transitions) for d in ids)
            lanes.append(Lane(key, tuple(ids), top + _top_band(self._extra.get(key, ()))))
        known = set(debts)
        for company in companies:
            if company not in known:
                known.add(company)
                lanes.append(Lane(company, (), _top_band(self._extra.get(company, ())), company=company))
        for key in sorted(set(self._extra) - known, key=lambda k: min(e.on for e in self._extra[k])):
            lanes.append(Lane(key, (), _top_band(self._extra[key])))
        return lanes

    def lane(self, key: str) -> LaneEvents:
        """The lane's events, built now if they are not kept."""
        built = self._built.get(key)
        if built is not None:
            self._built.move_to_end(key)
            return built
        built = LaneEvents(self._events_of(self._by_key[key]))
        self._built[key] = built
        while len(self._built) > self.kept:
            self._built.popitem(last=False)
        return built

    def renewed(self, statuses: Sequence[DebtStatus], extra: Iterable[Event], touched: Iterable[str]) -> "TimelineLanes":
        """The same time line after a change: new statuses, the lanes in `touched` to be built again, the rest kept."""
        fresh = TimelineLanes(statuses, self.contacts, extra, self.debt_id, self.kept)
        touched = set(touched)
        for key, built in self._built.items():
            if key not in touched and key in fresh._by_key:
                fresh._built[key] = built
        return fresh

    def built(self) -> list[str]:
        return list(self._built)

    def forget(self, keys: Iterable[str]) -> None:
        for key in keys:
            self._built.pop(key, None)

    def _events_of(self, lane: Lane) -> list[Event]:
        events: list[Event] = []
        for debt_id in lane.debt_ids:
            events += debt_events(self.statuses[debt_id])
        if lane.debt_ids:
            pairs = self.contacts.of_debts(lane.debt_ids)
            if lane.key in self._companies:  # contacts with no debt, from a company named as the lender
                pairs += self.contacts.without_debt(lane.key)
        else:
            pairs = self.contacts.without_debt(lane.company) if lane.company is not None else []
        events += contact_events(pairs, self.lenders)
        events += self._extra.get(lane.key, [])
        return events

    def span(self) -> tuple[date, date] | None:
        """The first and last day of any event, found without building the lanes."""
        days: list[date] = []
        for status in self.statuses.values():
            parts = status.effective_allocations
            if parts:
                days += [min(p.instalment.due_date for p in (parts[0], parts[-1])),
                         max(p.instalment.due_date for p in (parts[0], parts[-1]))]
            if status.payments:
                days += [status.payments[0].paid_on, min(status.payments[-1].paid_on, status.state.as_of)]
            if status.transitions:
                days.append(status.transitions[-1].on)
        days += [e.on for events in self._extra.values() for e in events]
        contacts = self.contacts.span() if self.debt_id is None else self._debt_contact_span()
        days += list(contacts or ())
        return (min(days), max(days)) if days else None

    def _debt_contact_span(self) -> tuple[date, date] | None:
        days = [c.occurred_at.date() for c, _ in self.contacts.of_debts(tuple(self.statuses))]
        return (min(days), max(days)) if days else None

    def all_events(self) -> list[Event]:
        """Every event of every lane (builds them all: for tests and small files)."""
        return [e for lane in self.lanes for e in self.lane(lane.key).events]


def _top_band(events: Iterable[Event]) -> int:
    from debtdesk.domain.timeline import EventKind

    return sum(e.kind in (EventKind.STAGE_TRANSITION, EventKind.DEADLINE, EventKind.LIMITATION) for e in events)


def extra_events(statuses: Sequence[DebtStatus], letters, follow_up) -> list[Event]:
    """Letters, agreements, breaches, court deadlines and limitation ends, as `domain.timeline` makes them."""
    lenders = {s.debt.id: s.debt.lender.name for s in statuses}
    as_of = statuses[0].state.as_of if statuses else date.max
    return (agreement_events(follow_up.agreements, follow_up.checks, lenders, as_of)
            + limit_events(follow_up.deadlines, follow_up.limitations, lenders, as_of)
            + letter_events(letters, lenders))


class ListedLanes:
    """Lanes over a list of events already made (a caller's own list; tests), in `order` then by first event."""

    def __init__(self, events: Iterable[Event], order: Sequence[str] = ()):
        by_lane: dict[str, list[Event]] = {}
        for event in sorted(events, key=lambda e: e.on):
            by_lane.setdefault(event.lender, []).append(event)
        keys = [k for k in dict.fromkeys([*order, *by_lane]) if k in by_lane]
        self._events = {k: LaneEvents(by_lane[k]) for k in keys}
        self.lanes = [Lane(k, tuple(dict.fromkeys(e.debt_id for e in by_lane[k] if e.debt_id is not None)),
                           _top_band(by_lane[k])) for k in keys]

    def lane(self, key: str) -> LaneEvents:
        return self._events[key]

    def forget(self, keys: Iterable[str]) -> None:
        """Nothing to drop: every event is in memory already."""

    def span(self) -> tuple[date, date] | None:
        spans = [lane.span() for lane in self._events.values() if lane.span() is not None]
        return (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None

    def all_events(self) -> list[Event]:
        return [e for lane in self._events.values() for e in lane.events]
