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
from typing import Iterable, Sequence

from debtdesk.domain.agreement import Agreement
from debtdesk.domain.agreement_check import AgreementCheck
from debtdesk.domain.status import DebtStatus
from debtdesk.domain.time_limits import CourtDeadline, LegalEvent, Limitation, LimitRules, add_years, court_deadline
from debtdesk.domain.timeline import (Event, EventKind, agreement_events, contact_events, debt_events,
                                      letter_events, limit_events)
from debtdesk.domain.timeline_index import LaneEvents
from debtdesk.services.follow_up import agreement_checks, debt_limitation
from debtdesk.services.timeline_contacts import ContactLanes
from debtdesk.store.agreements import AgreementBook, agreements_by_debt, limit_rules
from debtdesk.store.letters import LetterLog
from debtdesk.store.repository import Store

LANES_KEPT = 48  # built lanes kept in memory: a few screens' worth, whatever the file's size


@dataclass(frozen=True)
class Lane:
    """A lane before its events are built: enough to size it and name it."""

    key: str  # Event.lender of its events
    debt_ids: tuple[int, ...]  # in register order
    transitions: int  # stage changes, deadlines and limitation ends: how tall its top band may be
    company: str | None = None  # a lane of contacts with no debt named: their company


@dataclass(frozen=True)
class TimelineFacts:
    """What the time line shows besides statuses and contacts: agreements and their checks, court
    deadlines, letters, and what a debt's limitation period is worked out from (per lane, when built)."""

    as_of: date
    by_debt: dict[int, list[Agreement]]
    checks: tuple[AgreementCheck, ...]
    legal_events: tuple[LegalEvent, ...]
    deadlines: tuple[CourtDeadline, ...]
    letters: tuple
    rules: LimitRules

    def limitation(self, status: DebtStatus) -> Limitation | None:
        return debt_limitation(status, self.by_debt.get(status.debt.id, ()), self.legal_events, self.rules,
                               self.as_of)

    def events(self, lenders: dict[int, str]) -> list[Event]:
        """Agreements, breaches, court deadlines and letters (limitation ends come lane by lane)."""
        agreements = [a for group in self.by_debt.values() for a in group]
        return (agreement_events(agreements, self.checks, lenders, self.as_of)
                + limit_events(self.deadlines, (), lenders, self.as_of) + letter_events(self.letters, lenders))


def timeline_facts(store: Store, statuses: Sequence[DebtStatus], as_of: date) -> TimelineFacts:
    """One read of the agreements, legal events and letters (the limitation periods are left for the lanes)."""
    by_debt = agreements_by_debt(store)
    checks = agreement_checks(store, by_debt, {s.debt.id: s.debt for s in statuses}, as_of)
    events = tuple(AgreementBook(store).legal_events())
    rules = limit_rules(store)
    deadlines = tuple(d for d in (court_deadline(e, rules) for e in events) if d is not None)
    return TimelineFacts(as_of, by_debt, tuple(checks), events, deadlines, tuple(LetterLog(store).list()), rules)


class TimelineLanes:
    """Every lane of one time line (all debts, or one), its events built on first use.

    `facts` gives the few events read for all lanes at once (letters, agreements,
    breaches, court deadlines); limitation ends and contacts are worked out per lane.
    """

    def __init__(self, statuses: Sequence[DebtStatus], contacts: ContactLanes, facts: TimelineFacts | None = None,
                 debt_id: int | None = None, kept: int = LANES_KEPT, extra: Iterable[Event] = ()):
        self.debt_id = debt_id
        self.contacts = contacts
        self.facts = facts
        self.kept = kept
        shown = [s for s in statuses if debt_id is None or s.debt.id == debt_id]
        self.statuses = {s.debt.id: s for s in shown}
        self.lenders = {s.debt.id: s.debt.lender.name for s in statuses}
        self._extra: dict[str, list[Event]] = {}
        for event in [*(facts.events(self.lenders) if facts else ()), *extra]:
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
            top = sum(len(self.statuses[d].transitions) + self._may_limit(self.statuses[d]) for d in ids)
            lanes.append(Lane(key, tuple(ids), top + _top_band(self._extra.get(key, ()))))
        known = set(debts)
        for company in companies:
            if company not in known:
                known.add(company)
                lanes.append(Lane(company, (), _top_band(self._extra.get(company, ())), company=company))
        for key in sorted(set(self._extra) - known, key=lambda k: min(e.on for e in self._extra[k])):
            lanes.append(Lane(key, (), _top_band(self._extra[key])))
        return lanes

    def _may_limit(self, status: DebtStatus) -> int:
        """1 when a limitation end will be shown for the debt (it has an overdue instalment)."""
        oldest = status.state.oldest_unpaid
        return int(self.facts is not None and oldest is not None and oldest.due_date < status.state.as_of)

    def lane(self, key: str) -> LaneEvents:
        """The lane's events, built now if they are not kept."""
        built = self._built.get(key)
        if built is None:
            self.prepare([key])
            built = self._built[key]
        self._built.move_to_end(key)
        return built

    def prepare(self, keys: Sequence[str]) -> None:
        """Build these lanes together (one read of their contacts), keeping at most `kept` lanes."""
        missing = [self._by_key[k] for k in dict.fromkeys(keys) if k not in self._built and k in self._by_key]
        if not missing:
            return
        ids = [d for lane in missing for d in lane.debt_ids]
        contacts: dict[int | None, list] = {}
        for pair in (self.contacts.of_debts(ids) if ids else []):
            contacts.setdefault(pair[0].debt_id, []).append(pair)
        for lane in missing:
            pairs = [pair for d in lane.debt_ids for pair in contacts.get(d, [])]
            if lane.key in self._companies:  # contacts with no debt, from a company named as the lane
                pairs += self.contacts.without_debt(lane.key)
            self._built[lane.key] = LaneEvents(self._events_of(lane, pairs))
        while len(self._built) > max(self.kept, len(missing)):
            self._built.popitem(last=False)

    def renewed(self, statuses: Sequence[DebtStatus], facts: TimelineFacts | None,
                touched: Iterable[str]) -> "TimelineLanes":
        """The same time line after a change: new statuses, the lanes in `touched` to be built again, the rest kept."""
        fresh = TimelineLanes(statuses, self.contacts, facts, self.debt_id, self.kept)
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

    def _events_of(self, lane: Lane, pairs) -> list[Event]:
        events: list[Event] = []
        limits = []
        for debt_id in lane.debt_ids:
            status = self.statuses[debt_id]
            events += debt_events(status)
            item = self.facts.limitation(status) if self.facts is not None else None
            if item is not None:
                limits.append(item)
        if limits:
            events += limit_events((), limits, self.lenders, self.facts.as_of)
        events += contact_events(pairs, self.lenders)
        events += self._extra.get(lane.key, [])
        return events

    def span(self) -> tuple[date, date] | None:
        """The first and last day of any event, found without building the lanes (one pass over the debts)."""
        firsts: list[date] = []
        lasts: list[date] = []
        years = self.facts.rules.limitation_years if self.facts is not None else 0
        for status in self.statuses.values():
            parts, payments, as_of = status.effective_allocations, status.payments, status.state.as_of
            if parts:
                firsts.append(parts[0].instalment.due_date)
                lasts.append(parts[-1].instalment.due_date)
            if payments:
                firsts.append(payments[0].paid_on)
                lasts.append(min(payments[-1].paid_on, as_of))
            if status.transitions:
                lasts.append(status.transitions[-1].on)
            if self._may_limit(status):  # it runs from the oldest overdue instalment or a later payment
                lasts.append(add_years(max(as_of, payments[-1].paid_on) if payments else as_of, years))
        for events in self._extra.values():
            firsts += [e.on for e in events]
            lasts += [e.on for e in events]
        contacts = self.contacts.span() if self.debt_id is None else self._debt_contact_span()
        if contacts:
            firsts.append(contacts[0])
            lasts.append(contacts[1])
        return (min(firsts), max(lasts)) if firsts and lasts else None

    def _debt_contact_span(self) -> tuple[date, date] | None:
        days = [c.occurred_at.date() for c, _ in self.contacts.of_debts(tuple(self.statuses))]
        return (min(days), max(days)) if days else None

    def all_events(self) -> list[Event]:
        """Every event of every lane (builds them all: for tests and small files)."""
        self.kept = max(self.kept, len(self.lanes))
        self.prepare([lane.key for lane in self.lanes])
        return [e for lane in self.lanes for e in self.lane(lane.key).events]


def _top_band(events: Iterable[Event]) -> int:
    return sum(e.kind in (EventKind.STAGE_TRANSITION, EventKind.DEADLINE, EventKind.LIMITATION) for e in events)


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

    def prepare(self, keys: Sequence[str]) -> None:
        """Nothing to build: every event is in memory already."""

    def span(self) -> tuple[date, date] | None:
        spans = [lane.span() for lane in self._events.values() if lane.span() is not None]
        return (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None

    def all_events(self) -> list[Event]:
        return [e for lane in self._events.values() for e in lane.events]
