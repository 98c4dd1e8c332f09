"""`payments_by_debt` reads tuples and builds values cheaply: the values must be those of `payment_from_row`."""

from __future__ import annotations

from debtdesk.store import Store
from debtdesk.store.rows import payment_from_row


def test_every_payment_is_the_value_payment_from_row_gives(demo_path):
    with Store.open(demo_path) as store:
        store.conn.execute("UPDATE payments SET amount_minor = 7 WHERE id = (SELECT min(id) FROM payments)")
        store.conn.commit()
        loaded = store.payments_by_debt()
        rows = [dict(r) for r in store.conn.execute("SELECT * FROM payments ORDER BY debt_id, paid_on, id")]
    expected: dict[int, list] = {}
    for row in rows:
        expected.setdefault(row["debt_id"], []).append(payment_from_row(row))
    assert loaded == expected
    flat = [p for payments in loaded.values() for p in payments]
    wanted = [e for payments in expected.values() for e in payments]
    assert [str(p.amount) for p in flat] == [str(e.amount) for e in wanted]  # written alike, not only equal
    assert any(str(p.amount) == "0.07" for p in flat)  # two places even for a few cents
    assert sum(len(p) for p in loaded.values()) == len(rows) > 10
