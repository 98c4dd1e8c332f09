"""Where the time line's contacts come from: a list already flagged, or the file, a few lanes at a time.

Loading and flagging all 100,000 contacts of a large file took 8 s; a lane
needs only its own debts' contacts, flagged with the per-day counts the "too
many contacts a day" rule is computed from (counted in SQL, for those days only).
"""

from __future__ import annotations

from datetime import date
from typing import Iterable, Protocol, Sequence

from debtdesk.domain.contacts import Contact, ContactRules, Flag, flag_log, flags_for
from debtdesk.store.repository import Store
from debtdesk.store.timeline_contacts import (companies_without_debt, company_key, contact_span,
                                              contacts_of_debts, contacts_per_day, contacts_without_debt)

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

    Iterating gives every contact with its flags (the whole log, as before), for callers that want that.
    """

    def __init__(self, store: Store, rules: ContactRules):
        self.store, self.rules = store, rules

    def __iter__(self):
        from debtdesk.store.contacts import ContactLog

        return iter(flag_log(ContactLog(self.store).list(), self.rules))

    def _flagged(self, contacts: list[Contact]) -> list[Flagged]:
        keys = [(c.occurred_at.date(), company_key(c.company)) for c in contacts]
        counts = contacts_per_day(self.store, keys)
        return [(c, flags_for(c, counts[key], self.rules)) for c, key in zip(contacts, keys)]

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
