"""Loading every debt's status in one go (debts, payments, thresholds and agreements from the file)."""

from __future__ import annotations

from datetime import date

from debtdesk.domain.agreement import Agreement, in_force
from debtdesk.domain.status import DebtStatus, debt_status
from debtdesk.store.repository import Store
from debtdesk.store.settings import lender_thresholds, stage_thresholds


def agreements_by_debt(store: Store) -> dict[int, list[Agreement]]:
    """Every recorded agreement, per debt (plain sqlite3: this runs on the way to the first window)."""
    from debtdesk.store.agreements import agreement_from_row

    result: dict[int, list[Agreement]] = {}
    for row in store.conn.execute("SELECT * FROM agreements ORDER BY debt_id, start_date, id"):
        result.setdefault(row["debt_id"], []).append(agreement_from_row(row))
    return result


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
