"""Deleting a debt and undoing it gives back what hung on it: proposals, contact links."""

from __future__ import annotations

import json
from datetime import date

from debtdesk.store import Store


def test_restore_brings_back_proposals_and_contact_links(demo_path):
    with Store.open(demo_path) as store:
        debt = store.debts()[1]
        with store.db.atomic():
            store.db["proposals"].insert({"debt_id": debt.id, "created_on": "2026-11-23",
                                          "options": json.dumps({"deferral": "2"}), "notes": "", "status": "draft"})
            contact_id = store.db["contacts"].insert({"debt_id": debt.id, "occurred_at": "2026-11-20T22:10",
                                                      "channel": "call", "summary": "夜间来电"}).last_pk
        snapshot = store.delete_debt(debt.id)
        assert store.conn.execute("SELECT count(*) FROM proposals").fetchone()[0] == 0
        assert store.conn.execute("SELECT debt_id FROM contacts WHERE id = ?", (contact_id,)).fetchone()[0] is None
        store.restore_debt(snapshot)
        assert store.debt(debt.id) == debt
        assert [r[0] for r in store.conn.execute("SELECT debt_id FROM proposals")] == [debt.id]
        assert store.conn.execute("SELECT debt_id FROM contacts WHERE id = ?", (contact_id,)).fetchone()[0] == debt.id
        assert date.fromisoformat(store.conn.execute("SELECT created_on FROM proposals").fetchone()[0])
