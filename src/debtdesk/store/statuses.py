"""Loading every debt's status in one go (debts, payments, thresholds from the file)."""

from __future__ import annotations

from datetime import date

from debtdesk.domain.status import DebtStatus, debt_status
from debtdesk.store.repository import Store
from debtdesk.store.settings import lender_thresholds, stage_thresholds


def debt_statuses(store: Store, as_of: date) -> list[DebtStatus]:
    base = stage_thresholds(store)
    per_lender = lender_thresholds(store, base)
    payments = store.payments_by_debt()
    return [
        debt_status(debt, payments.get(debt.id, []), as_of, per_lender.get(debt.lender.id, base))
        for debt in store.debts()
    ]


def one_status(store: Store, debt_id: int, as_of: date) -> DebtStatus:
    debt = store.debt(debt_id)
    base = stage_thresholds(store)
    thresholds = lender_thresholds(store, base).get(debt.lender.id, base)
    return debt_status(debt, store.payments(debt_id), as_of, thresholds)
