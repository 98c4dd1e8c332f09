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
from debtdesk.store.repository import Store


def flagged_representatives(store: Store) -> list[tuple[Contact, frozenset[Flag]]]:
    """A flagged contact for each debt, and for each company of contacts about no debt, with its flags.

    A contact about a debt counts for that debt's lender whatever its company; one about no debt
    counts by its company's name.  Flags this version does not know are skipped, as everywhere.
    """
    contact_index.refresh_flags(store)  # the stored flags current (or current in memory, read-only)
    # Keys and ids first (which contact stands for its group does not matter: only its debt, company
    # and flags do), then the few contacts chosen: reading every flagged contact's whole row for the
    # grouping took half the time of the Letters page's first visit on a large file.
    groups = store.conn.execute(
        "SELECT min(c.id), c.debt_id, CASE WHEN c.debt_id IS NULL THEN c.company END, f.flags "
        "FROM contact_flags f JOIN contacts c ON c.id = f.contact_id WHERE f.flag_count > 0 "
        "GROUP BY c.debt_id, CASE WHEN c.debt_id IS NULL THEN c.company END, f.flags")
    chosen: dict[tuple[object, ...], tuple[int, frozenset[Flag]]] = {}
    for contact_id, debt_id, company, stored in groups:
        key = (debt_id, company)
        if key not in chosen and (flags := flags_from_text(stored)):
            chosen[key] = (contact_id, flags)
    rows = contact_index.contact_rows(store, [contact_id for contact_id, _ in chosen.values()])
    return [(rows[contact_id][0], flags) for contact_id, flags in chosen.values()]
