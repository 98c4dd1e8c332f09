"""The contact log as the time line reads it: a few lanes' contacts at a time, never all of them.

Loading and flagging all 100,000 contacts of a large file took 8 s; the time
line needs only the lanes on screen, plus the per-day counts that the "too
many contacts a day" flag is computed from (counted here with the time index).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta

from debtdesk.domain.contacts import Contact
from debtdesk.store.contact_rows import contact_from_row
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


def company_key(company: str) -> str:
    """How the "too many a day" rule tells companies apart (as `domain.contacts.flag_log` counts)."""
    return company.strip().casefold()


def contacts_per_day(store: Store, wanted: Iterable[tuple[date, str]]) -> Counter:
    """How many contacts each (day, company key) of `wanted` has in the whole log.

    One statement per few hundred days: each day is one range on the time index,
    and only the companies asked about are counted (by the same key as the rule).
    """
    by_day: dict[date, set[str]] = {}
    for day, key in wanted:
        by_day.setdefault(day, set()).add(key)
    store.conn.create_function("debtdesk_company_key", 1, company_key, deterministic=True)
    counts: Counter = Counter()
    days = sorted(by_day)
    for start in range(0, len(days), _CHUNK // 2):
        chunk = days[start:start + _CHUNK // 2]
        keys = sorted({key for day in chunk for key in by_day[day]})
        ranges = ",".join("(?, ?)" for _ in chunk)
        values = [v for day in chunk for v in (day.isoformat(), (day + timedelta(days=1)).isoformat())]
        rows = store.conn.execute(
            f"WITH days(first, after) AS (VALUES {ranges}) "
            "SELECT days.first, debtdesk_company_key(company) AS key, count(*) FROM days "
            "JOIN contacts ON contacts.occurred_at >= days.first AND contacts.occurred_at < days.after "
            f"WHERE debtdesk_company_key(company) IN ({','.join('?' * len(keys))}) GROUP BY days.first, key",
            [*values, *keys])
        for first, key, count in rows:
            day = date.fromisoformat(first)
            if key in by_day[day]:
                counts[(day, key)] += count
    return counts


def contacts_per_company_day(store: Store) -> Counter:
    """How many contacts each company made on each day, over the whole log (one grouped read)."""
    counts: Counter = Counter()
    rows = store.conn.execute("SELECT substr(occurred_at, 1, 10), company, count(*) FROM contacts GROUP BY 1, 2")
    for day, company, count in rows:
        counts[(date.fromisoformat(day), company_key(company))] += count
    return counts


def contact_count(store: Store) -> int:
    return store.conn.execute("SELECT count(*) FROM contacts").fetchone()[0]


def contact_span(store: Store) -> tuple[date, date] | None:
    """The days of the first and the last contact (two lookups on the time index)."""
    row = store.conn.execute("SELECT (SELECT min(occurred_at) FROM contacts), "
                             "(SELECT max(occurred_at) FROM contacts)").fetchone()
    if row[0] is None:
        return None
    return date.fromisoformat(row[0][:10]), date.fromisoformat(row[1][:10])
