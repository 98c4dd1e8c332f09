"""Where the time line's contacts come from: a list already flagged, or the file, a few lanes at a time.

Loading and flagging all 100,000 contacts of a large file took 8 s; a lane
needs only its own debts' contacts, flagged with the per-day counts the "too
many contacts a day" rule is computed from (one grouped read, in the background
on a large log).
"""

from __future__ import annotations

import threading
from collections import Counter
from datetime import date
from typing import Iterable, Protocol, Sequence

from debtdesk.domain.contacts import Contact, ContactRules, Flag, flag_log, flags_for
from debtdesk.store.repository import Store
from debtdesk.store.timeline_contacts import (companies_without_debt, company_key, contact_count, contact_span,
                                              contacts_of_debts, contacts_per_company_day, contacts_per_day,
                                              contacts_without_debt)

Flagged = tuple[Contact, frozenset[Flag]]


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

    The "too many a day" flag needs every company's count for every day.  On a
    large log (`BACKGROUND_FROM` contacts) those counts are read by a worker
    thread with its own read-only connection while the time line paints;
    until they are in (`counting`), a lane's contacts carry the flags that need
    no count, and the page builds its lanes again once they are.  Iterating
    gives every contact with its flags (the whole log), for callers that want that.
    """

    BACKGROUND_FROM = 20_000

    def __init__(self, store: Store, rules: ContactRules, background: bool | None = None):
        self.store, self.rules = store, rules
        self._counts: Counter | None = None
        self._companies: list[str] | None = None
        self._worker: threading.Thread | None = None
        if background if background is not None else contact_count(store) >= self.BACKGROUND_FROM:
            self._worker = threading.Thread(target=self._count_elsewhere, name="contact-counts", daemon=True)
            self._worker.start()

    def _count_elsewhere(self) -> None:
        try:
            with Store.open(self.store.path, read_only=True) as other:
                self._counts = contacts_per_company_day(other)
        except Exception:
            self._counts = None

    @property
    def counting(self) -> bool:
        """The per-day counts are still being read in the background."""
        return self._worker is not None and self._worker.is_alive()

    def wait(self, timeout: float | None = None) -> None:
        if self._worker is not None:
            self._worker.join(timeout)

    def __iter__(self):
        from debtdesk.store.contacts import ContactLog

        return iter(flag_log(ContactLog(self.store).list(), self.rules))

    def _flagged(self, contacts: list[Contact]) -> list[Flagged]:
        if self.counting:
            counts: Counter | None = None
        else:
            if self._counts is None:  # a small log, or the worker failed: count here and now
                self._counts = contacts_per_company_day(self.store)
            counts = self._counts
        keys = [(c.occurred_at.date(), company_key(c.company)) for c in contacts]
        return [(c, flags_for(c, counts[key] if counts is not None else 0, self.rules))
                for c, key in zip(contacts, keys, strict=True)]

    def companies_without_debt(self) -> list[str]:
        """Read once: a change to the contact log makes a new FileContacts."""
        if self._companies is None:
            self._companies = companies_without_debt(self.store)
        return list(self._companies)

    def of_debts(self, debt_ids: Sequence[int]) -> list[Flagged]:
        return self._flagged(contacts_of_debts(self.store, debt_ids))

    def without_debt(self, company: str) -> list[Flagged]:
        return self._flagged(contacts_without_debt(self.store, company))

    def span(self) -> tuple[date, date] | None:
        return contact_span(self.store)

    def flags_of(self, contact: Contact) -> frozenset[Flag]:
        """Exact at once, counted or not: its own day's count is read for it."""
        key = (contact.occurred_at.date(), company_key(contact.company))
        return flags_for(contact, contacts_per_day(self.store, [key])[key], self.rules)
