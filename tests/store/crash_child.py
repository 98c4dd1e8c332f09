"""A writer that is killed at random moments by tests/store/test_crash.py.

It opens the file the normal way (so it also recovers what the previous,
killed writer left) and then commits changes one after another, printing an
acknowledgement after each commit: a payment, a debt with payments in one
transaction, or now and then a backup (killed mid-copy, it leaves a `.part`).
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from debtdesk.domain.debt import Payment
from debtdesk.store import Store, backups


def main(path: str, seed: int) -> None:
    rng = random.Random(seed)
    store = Store.open(path)
    template = store.debts()[0]
    print("open", flush=True)
    i = 0
    while True:
        i += 1
        roll = rng.random()
        if roll < 0.6:
            payment = store.add_payment(Payment(template.id, date(2026, 1, 1) + timedelta(days=i % 300),
                                                Decimal("1.00"), note=f"{seed}-{i}"))
            print(f"P {payment.id} {seed}-{i}", flush=True)
        elif roll < 0.95:
            payments = [Payment(0, date(2026, 2, 1), Decimal("2.00"), note=f"{seed}-{i}-{k}") for k in range(3)]
            debt = store.add_debt(replace(template, id=None, notes=f"{seed}-{i}"), payments)
            print(f"D {debt.id} {seed}-{i}", flush=True)
        else:
            backups.make(store, "manual")
            print("B", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
