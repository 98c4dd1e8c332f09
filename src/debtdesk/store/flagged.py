"""The flagged contacts that can count against some debts, found where the data is.

A letter to one lender needs the flagged contacts about that lender only; it
used to load and flag the whole log (100,000 contacts on a large file) for
each letter.  Here SQL picks the contacts about those debts, or about no debt
(the company name may still name the lender: `domain.complaints` decides),
and counts the whole log's contacts per company on just their days, for
'too many a day' as `domain.contacts.flag_log` counts it; the flags
themselves are the domain's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from debtdesk.domain.contacts import Contact, ContactRules, Flag, flags_for
from debtdesk.store.contact_rows import contact_from_row
from debtdesk.store.repository import Store
from debtdesk.store.settings import contact_rules


def flagged_about(store: Store, debt_ids: Iterable[int],
                  rules: ContactRules | None = None) -> list[tuple[Contact, frozenset[Flag]]]:
    """Flagged contacts linked to one of `debt_ids` or to no debt, in time order, with their flags."""
    rules = rules or contact_rules(store)
    ids = sorted(set(debt_ids))
    about = f"debt_id IS NULL OR debt_id IN ({', '.join('?' * len(ids)) or 'NULL'})"
    rows = store.conn.execute(f"SELECT * FROM contacts WHERE {about} ORDER BY occurred_at, id", ids).fetchall()
    if not rows:
        return []
    # 'Too many' counts per company and day over the whole log, only on the days these contacts fell on;
    # grouped by the company as written in SQL, then as the domain compares companies (casefold).
    per_day: Counter = Counter()
    for day, company, count in store.conn.execute(
            f"""SELECT substr(occurred_at, 1, 10) AS day, company, count(*) FROM contacts
                WHERE substr(occurred_at, 1, 10) IN (SELECT substr(occurred_at, 1, 10) FROM contacts WHERE {about})
                GROUP BY day, company""", ids):
        per_day[(day, company.strip().casefold())] += count
    found = []
    for row in rows:
        contact = contact_from_row(row)
        day = row["occurred_at"][:10]
        flags = flags_for(contact, per_day[(day, contact.company.strip().casefold())], rules)
        if flags:
            found.append((contact, flags))
    return found
