"""The contact log as the time line reads it: a few lanes' contacts at a time, never all of them.

Loading and flagging all 100,000 contacts of a large file took 8 s; the time
line needs only the lanes on screen, plus the per-day counts that the "too
many contacts a day" flag is computed from (counted here with the time index).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Iterable

from debtdesk.domain.contacts import Contact
from debtdesk.store.contacts import contact_from_row
from debtdesk.store.repository import Store

_CHUNK = 500  # SQLite's variable limit is far above; keeps each statement short


def contacts_of_debts(store: Store, debt_ids: Iterable[int]) -> list[Contact]:
    """The contacts recorded against these debts, oldest first."""
    ids = sorted(set(debt_ids))
    found: list[Contact] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = store.conn.execute(f"SELECT * FROM contacts WHERE debt_id IN ({marks})", chunk)
        found += [contact_from_row(row) for row in rows]
    return sorted(found, key=lambda c: (c.occurred_at, c.id or 0))


def contacts_without_debt(store: Store, company: str) -> list[Contact]:
    """The contacts with no debt named, from this company (as typed), oldest first."""
    rows = store.conn.execute("SELECT * FROM contacts WHERE debt_id IS NULL AND company = ? "
                              "ORDER BY occurred_at, id", (company,))
    return [contact_from_row(row) for row in rows]


def companies_without_debt(store: Store) -> list[str]:
    """The companies (as typed) of contacts with no debt named, by their first contact."""
    rows = store.conn.execute("SELECT company, min(occurred_at) AS first FROM contacts WHERE debt_id IS NULL "
                              "GROUP BY company ORDER BY first, company")
    return [row[0] for row in rows]


def contacts_per_day(store: Store, days: Iterable[date]) -> Counter:
    """How many contacts each company made on each of these days, keyed as `domain.contacts.flag_log` counts.

    Each day is one range on the time index (the stored 'YYYY-MM-DD HH:MM' sorts as text).
    """
    counts: Counter = Counter()
    for day in sorted(set(days)):
        rows = store.conn.execute("SELECT company, count(*) FROM contacts WHERE occurred_at >= ? "
                                  "AND occurred_at < ? GROUP BY company",
                                  (day.isoformat(), (day + timedelta(days=1)).isoformat()))
        for company, count in rows:
            counts[(day, company.strip().casefold())] += count
    return counts


def contact_span(store: Store) -> tuple[date, date] | None:
    """The days of the first and the last contact (two lookups on the time index)."""
    row = store.conn.execute("SELECT (SELECT min(occurred_at) FROM contacts), "
                             "(SELECT max(occurred_at) FROM contacts)").fetchone()
    if row[0] is None:
        return None
    return date.fromisoformat(row[0][:10]), date.fromisoformat(row[1][:10])
