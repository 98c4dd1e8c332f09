"""The debts a complaint can be written about, without loading the whole contact log.

Same answer as `services.letter_inputs.debts_with_complaints` (the domain's rule decides from the
same debts and companies), read from one representative flagged contact per debt, and per company
of contacts about no debt (`store.flagged_sources`).
"""

from __future__ import annotations

from debtdesk.domain.complaints import lenders_complained_of
from debtdesk.domain.debt import Debt
from debtdesk.store.flagged_sources import flagged_representatives
from debtdesk.store.repository import Store


def debts_with_complaints(store: Store, debts: list[Debt] | None = None) -> list[Debt]:
    """The debts whose lender has flagged contacts (`debts`: the file's, when the caller has them)."""
    debts = store.debts() if debts is None else debts
    lenders = lenders_complained_of(flagged_representatives(store), debts)
    return [debt for debt in debts if debt.lender.name in lenders]
