"""Saved proposals: a debt and the options asked for; the schedule is always recomputed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from debtdesk.domain.proposal_options import ProposalOptions, options_from_dict, options_to_dict
from debtdesk.store.repository import Store
from debtdesk.store.rows import ReadRow


@dataclass(frozen=True)
class SavedProposal:
    debt_id: int
    options: ProposalOptions
    created_on: date
    notes: str = ""
    status: str = "draft"
    id: int | None = None


class ProposalBook:
    def __init__(self, store: Store):
        self.store = store

    def _from_row(self, row: ReadRow) -> SavedProposal:
        return SavedProposal(row["debt_id"], options_from_dict(json.loads(row["options"])),
                             date.fromisoformat(row["created_on"]), row["notes"], row["status"], row["id"])

    def list(self, debt_id: int | None = None) -> list[SavedProposal]:
        sql = "SELECT * FROM proposals ORDER BY created_on DESC, id DESC"
        params: tuple[int, ...] = ()
        if debt_id is not None:
            sql, params = "SELECT * FROM proposals WHERE debt_id = ? ORDER BY created_on DESC, id DESC", (debt_id,)
        return [self._from_row(r) for r in self.store.conn.execute(sql, params)]

    def add(self, proposal: SavedProposal) -> SavedProposal:
        row = {
            "debt_id": proposal.debt_id,
            "options": json.dumps(options_to_dict(proposal.options), sort_keys=True),
            "created_on": proposal.created_on.isoformat(),
            "notes": proposal.notes,
            "status": proposal.status,
        }
        if proposal.id is not None:
            row["id"] = proposal.id
        with self.store.db.atomic():
            new_id = self.store.db["proposals"].insert(row).last_pk
        return SavedProposal(proposal.debt_id, proposal.options, proposal.created_on, proposal.notes,
                             proposal.status, new_id)

    def delete(self, proposal_id: int) -> None:
        with self.store.db.atomic():
            self.store.db["proposals"].delete(proposal_id)
