"""Writing the domain's demo data set into a new file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from debtdesk.domain.demo import (
    DEMO_BORROWER,
    DEMO_EVIDENCE_STATUS,
    DEMO_REASONS,
    demo_budget,
    demo_contacts,
    demo_debts,
)
from debtdesk.store.budgets import BudgetBook
from debtdesk.store.contacts import ContactLog
from debtdesk.store.evidence import EvidenceBook
from debtdesk.store.example import mark_example
from debtdesk.store.repository import Store
from debtdesk.store.settings import set_borrower_details


def fill_demo(store: Store, as_of: date, translate: Callable[[str], str] = lambda text: text,
              debts_only: bool = False) -> None:
    """Add the demo household to an open store, in one transaction, and mark the file as the example.

    `translate` turns the evidence checklist's English titles into the
    user's language (the UI passes Qt's translation).  With `debts_only`,
    just the debts and payments (what many tests start from).
    """
    with store.db.atomic():
        mark_example(store)  # the window shows a banner: nothing here is the user's
        debt_ids = {}
        for debt, payments in demo_debts(as_of):
            debt_ids[debt.lender.name] = store.add_debt(debt, payments).id
        if debts_only:
            return
        BudgetBook(store).add(demo_budget(as_of))
        evidence = EvidenceBook(store)
        for item in evidence.add_from_templates(DEMO_REASONS, translate):
            if item.template_key in DEMO_EVIDENCE_STATUS:
                status, days_ago = DEMO_EVIDENCE_STATUS[item.template_key]
                assert item.id is not None  # just added
                evidence.set_status(item.id, status, as_of - timedelta(days=days_ago))
        set_borrower_details(store, DEMO_BORROWER)
        log = ContactLog(store)
        for contact in demo_contacts(as_of):
            lender = next((name for name in debt_ids if name in contact.company), None)
            log.add(contact if lender is None else replace(contact, debt_id=debt_ids[lender]))


def write_demo(path: Path, as_of: date, debts_only: bool = False) -> dict[str, int]:
    """A new file holding the demo data; refuses to touch an existing file."""
    with Store.create(path) as store:
        fill_demo(store, as_of, debts_only=debts_only)
        return store.counts()


def write_large_demo(path: Path, as_of: date, debts: int = 2000, payments_per_debt: int = 100,
                     contacts: int = 100_000) -> dict[str, int]:
    """A new file with the demo household plus a large generated one (see `domain.demo_large`).

    Rows go in with `executemany` in one transaction: the point is a big file quickly, and
    the generated rows are valid by construction.
    """
    from debtdesk.domain.demo_large import large_contacts, large_debts
    from debtdesk.store.contact_rows import contact_to_row
    from debtdesk.store.rows import debt_to_row, payment_to_row

    with Store.create(path) as store:
        fill_demo(store, as_of)
        conn = store.conn
        with store.db.atomic():
            lender_ids: dict[str, int] = {}
            debt_ids: list[int] = []
            payment_rows: list[tuple[int, str, int, str]] = []  # (debt_id, paid_on, amount_minor, note)
            next_id = (conn.execute("SELECT max(id) FROM debts").fetchone()[0] or 0) + 1
            for debt, payments in large_debts(as_of, debts, payments_per_debt):
                name = debt.lender.name
                if name not in lender_ids:
                    lender_id = conn.execute("INSERT INTO lenders (name, kind) VALUES (?, ?)",
                                             (name, debt.lender.kind.value)).lastrowid
                    assert lender_id is not None  # set by every INSERT
                    lender_ids[name] = lender_id
                row = debt_to_row(debt, lender_ids[name])
                row["id"] = next_id
                conn.execute(f"INSERT INTO debts ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                             list(row.values()))
                debt_ids.append(next_id)
                payment_rows.extend((next_id, p.paid_on.isoformat(), payment_to_row(p)["amount_minor"], p.note)
                                    for p in payments)
                next_id += 1
            conn.executemany("INSERT INTO payments (debt_id, paid_on, amount_minor, note) VALUES (?, ?, ?, ?)",
                             payment_rows)
            names = ("debt_id", "occurred_at", "channel", "company", "agent", "phone", "summary", "promises",
                     "conduct")
            conn.executemany(
                f"INSERT INTO contacts ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                ([contact_to_row(c)[n] for n in names] for c in large_contacts(as_of, debt_ids, contacts)))
        counts = store.counts()
        counts["contacts"] = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
        return counts
