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


def test_a_copy_that_cannot_be_written_says_so_and_leaves_nothing(demo_path, tmp_path):
    import pytest

    from debtdesk.store import StoreError

    target = tmp_path / "no-such-folder" / "copy.debtdesk"
    with Store.open(demo_path) as store, pytest.raises(StoreError, match="Could not save a copy"):
        store.save_copy(target)
    assert not target.parent.exists()


def test_unknown_stored_category_is_shown_as_is_not_formatted():
    from debtdesk.letters.phrases import pick

    assert pick("en", "categories", "rent {x}") == "rent {x}"
    assert pick("zh-Hans", "categories", "food") != "food"


def test_a_lender_no_debt_uses_any_more_is_dropped_unless_it_has_settings(demo_path):
    from dataclasses import replace

    from debtdesk.domain.debt import Lender
    from debtdesk.domain.overdue import StageThresholds
    from debtdesk.store.settings import set_lender_thresholds

    with Store.open(demo_path) as store:
        debt = next(d for d in store.debts() if d.lender.name == "微粒贷")
        store.update_debt(replace(debt, lender=Lender("微粒贷 (微众银行)", debt.lender.kind)))
        names = [lender.name for lender in store.lenders()]
        assert "微粒贷" not in names and "微粒贷 (微众银行)" in names
        bank = next(d for d in store.debts() if d.lender.name == "中国建设银行")
        set_lender_thresholds(store, bank.lender.id, StageThresholds(1, 10, 40, 100))
        snapshot = store.delete_debt(bank.id)
        assert "中国建设银行" in [lender.name for lender in store.lenders()]  # kept: it has its own stages
        store.restore_debt(snapshot)
        assert store.debt(bank.id).lender.name == "中国建设银行"


def test_deleting_one_debt_never_drops_another_lender(demo_path):
    with Store.open(demo_path) as store:
        with store.db.atomic():  # a lender with no debts, e.g. left by an older version
            store.conn.execute("INSERT INTO lenders (name, kind) VALUES ('Old lender', 'bank')")
        store.delete_debt(store.debts()[0].id)
        assert "Old lender" in [lender.name for lender in store.lenders()]


def test_zero_has_no_decimal_places():
    from decimal import Decimal

    from debtdesk.domain.validation import decimal_places

    assert [decimal_places(Decimal(t)) for t in ("0.00", "0E-10", "4.900", "0.0000001")] == [0, 0, 1, 7]
