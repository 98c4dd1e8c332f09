"""Every debt's status from the file (debts, payments, thresholds and agreements), computed with the domain."""

from __future__ import annotations

from datetime import date

from debtdesk.domain.agreement import in_force
from debtdesk.domain.status import DebtStatus, debt_status
from debtdesk.store.agreements import agreements_by_debt
from debtdesk.store.repository import Store
from debtdesk.store.settings import lender_thresholds, stage_thresholds


def debt_statuses(store: Store, as_of: date) -> list[DebtStatus]:
    base = stage_thresholds(store)
    per_lender = lender_thresholds(store, base)
    payments = store.payments_by_debt()
    agreements = agreements_by_debt(store)
    return [
        debt_status(debt, payments.get(debt.id, []), as_of, per_lender.get(debt.lender.id, base),
                    agreement=in_force(agreements.get(debt.id, ()), as_of))
        for debt in store.debts()
    ]


def one_status(store: Store, debt_id: int, as_of: date) -> DebtStatus:
    debt = store.debt(debt_id)
    base = stage_thresholds(store)
    thresholds = lender_thresholds(store, base).get(debt.lender.id, base)
    agreements = agreements_by_debt(store).get(debt_id, ())
    return debt_status(debt, store.payments(debt_id), as_of, thresholds, agreement=in_force(agreements, as_of))
