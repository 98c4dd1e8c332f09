"""Writing the domain's demo data set into a new file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from datetime import timedelta

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


def fill_demo(store: Store, as_of: date, translate=lambda text: text, debts_only: bool = False) -> None:
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
