"""One flagged contact for each debt, and for each company of contacts about no debt: enough to
tell which lenders a complaint can be written about.

Whether a lender can be complained of depends only on a flagged contact's debt, its company and
that it has flags (`domain.complaints.lenders_complained_of`).  Loading the whole log for that
(100,000 contacts on a large file) made the Letters page take two seconds to appear; SQL keeps
one representative of each instead (about 2,000 there).
"""

from __future__ import annotations

from debtdesk.domain.contacts import Contact, Flag, flags_from_text
from debtdesk.store import contact_index
from debtdesk.store.contact_rows import contact_from_row
from debtdesk.store.repository import Store


def flagged_representatives(store: Store) -> list[tuple[Contact, frozenset[Flag]]]:
    """A flagged contact for each debt, and for each company of contacts about no debt, with its flags.

    A contact about a debt counts for that debt's lender whatever its company; one about no debt
    counts by its company's name.  Flags this version does not know are skipped, as everywhere.
    """
    contact_index.refresh_flags(store)  # the stored flags current (or current in memory, read-only)
    rows = store.conn.execute(
        "SELECT c.*, f.flags AS stored_flags FROM contacts c JOIN contact_flags f ON f.contact_id = c.id "
        "WHERE f.flag_count > 0 "
        "GROUP BY c.debt_id, CASE WHEN c.debt_id IS NULL THEN c.company END, f.flags")
    found: dict[tuple[object, ...], tuple[Contact, frozenset[Flag]]] = {}
    for row in rows:
        key = (row["debt_id"], None if row["debt_id"] is not None else row["company"])
        if key in found:
            continue
        flags = flags_from_text(row["stored_flags"])
        if flags:
            found[key] = (contact_from_row(row), flags)
    return list(found.values())
