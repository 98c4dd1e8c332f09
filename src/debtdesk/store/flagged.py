"""The flagged contacts that can count against some debts, found where the data is.

A letter to one lender needs the flagged contacts about that lender only; it
used to load and flag the whole log (100,000 contacts on a large file) for
each letter.  Here SQL picks the contacts about those debts, or about no debt
(the company name may still name the lender: `domain.complaints` decides),
that raise some flag, counting 'too many a day' over the whole log as
`domain.contacts.flag_log` does; the flags themselves are the domain's.
"""

from __future__ import annotations

from typing import Iterable

from debtdesk.domain.contacts import Contact, ContactRules, Flag, flags_for
from debtdesk.store.contacts import contact_from_row
from debtdesk.store.repository import Store
from debtdesk.store.settings import contact_rules


def flagged_about(store: Store, debt_ids: Iterable[int],
                  rules: ContactRules | None = None) -> list[tuple[Contact, frozenset[Flag]]]:
    """Flagged contacts linked to one of `debt_ids` or to no debt, in time order, with their flags."""
    rules = rules or contact_rules(store)
    ids = sorted(set(debt_ids))
    # 'Too many' counts per company and day, companies compared as the domain does (casefold).
    store.conn.create_function("dd_company", 1, lambda text: (text or "").strip().casefold(), deterministic=True)
    wanted = ", ".join("?" * len(ids)) or "NULL"
    rows = store.conn.execute(
        f"""
        WITH per AS (SELECT *, substr(occurred_at, 12, 5) || ':00' AS at_time,
                            count(*) OVER (PARTITION BY substr(occurred_at, 1, 10), dd_company(company)) AS that_day
                     FROM contacts)
        SELECT * FROM per
        WHERE (debt_id IS NULL OR debt_id IN ({wanted}))
          AND (conduct != '' OR at_time < ? OR at_time >= ? OR that_day > ?)
        ORDER BY occurred_at, id
        """,
        (*ids, rules.day_starts.strftime("%H:%M:%S"), rules.day_ends.strftime("%H:%M:%S"), rules.max_per_day),
    ).fetchall()
    found = []
    for row in rows:
        contact = contact_from_row(row)
        flags = flags_for(contact, row["that_day"], rules)
        if flags:
            found.append((contact, flags))
    return found
