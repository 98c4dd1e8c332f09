"""Writing the domain's demo data set into a new file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from debtdesk.domain.demo import demo_debts
from debtdesk.store.repository import Store


def fill_demo(store: Store, as_of: date) -> None:
    """Add the demo debts and payments to an open store, in one transaction."""
    with store.db.atomic():
        for debt, payments in demo_debts(as_of):
            store.add_debt(debt, payments)


def write_demo(path: Path, as_of: date) -> dict[str, int]:
    """A new file holding the demo data; refuses to touch an existing file."""
    with Store.create(path) as store:
        fill_demo(store, as_of)
        return store.counts()
