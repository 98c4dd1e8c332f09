"""The household plan kept in the file: one per currency.

Each debt's proposal in the plan is its 'draft' row in `proposals` (the
proposal being prepared; letters record what was sent as 'sent' rows), so
deleting a debt and undoing it brings its treatment back with it.  A debt
without a draft is kept as contracted.  The start date and the lump sum live
in `household_plans` (schema 5).  Saving a plan is one transaction.
"""

from __future__ import annotations

import json
from datetime import date

from debtdesk.domain.household_spec import HouseholdSpec
from debtdesk.domain.money import from_minor, to_minor
from debtdesk.domain.proposal_options import options_from_dict, options_to_dict
from debtdesk.store.repository import Store

DRAFT = "draft"


class HouseholdBook:
    def __init__(self, store: Store):
        self.store = store

    def load(self, currency: str) -> HouseholdSpec:
        conn = self.store.conn
        row = conn.execute("SELECT start_on, lump_sum_minor FROM household_plans WHERE currency = ?",
                           (currency,)).fetchone()
        drafts = conn.execute(
            "SELECT p.debt_id, p.options FROM proposals p JOIN debts d ON d.id = p.debt_id "
            "WHERE p.status = ? AND d.currency = ? ORDER BY p.created_on, p.id", (DRAFT, currency))
        proposals = {debt_id: options_from_dict(json.loads(options)) for debt_id, options in drafts}  # newest wins
        return HouseholdSpec(
            currency=currency,
            start=date.fromisoformat(row["start_on"]) if row and row["start_on"] else None,
            proposals=tuple(sorted(proposals.items())),
            lump_sum=from_minor(row["lump_sum_minor"]) if row and row["lump_sum_minor"] is not None else None,
        )

    def save(self, spec: HouseholdSpec, on: date) -> None:
        """Make the file's plan for `spec.currency` exactly `spec`; `on` dates new drafts."""
        conn = self.store.conn
        with self.store.db.atomic():
            conn.execute(
                "INSERT INTO household_plans (currency, start_on, lump_sum_minor) VALUES (?, ?, ?) "
                "ON CONFLICT (currency) DO UPDATE SET start_on = excluded.start_on, "
                "lump_sum_minor = excluded.lump_sum_minor",
                (spec.currency, spec.start.isoformat() if spec.start else None,
                 to_minor(spec.lump_sum) if spec.lump_sum is not None else None))
            current = {debt_id: (options, created) for debt_id, options, created in conn.execute(
                "SELECT p.debt_id, p.options, p.created_on FROM proposals p JOIN debts d ON d.id = p.debt_id "
                "WHERE p.status = ? AND d.currency = ? ORDER BY p.created_on, p.id", (DRAFT, spec.currency))}
            wanted = {debt_id: json.dumps(options_to_dict(options), sort_keys=True)
                      for debt_id, options in spec.proposals}
            for debt_id in set(current) | set(wanted):
                if debt_id in current and current[debt_id][0] == wanted.get(debt_id):
                    continue  # unchanged: keeps its row and its date
                conn.execute("DELETE FROM proposals WHERE debt_id = ? AND status = ?", (debt_id, DRAFT))
                if debt_id in wanted:
                    conn.execute("INSERT INTO proposals (debt_id, created_on, options, notes, status) "
                                 "VALUES (?, ?, ?, '', ?)", (debt_id, on.isoformat(), wanted[debt_id], DRAFT))
