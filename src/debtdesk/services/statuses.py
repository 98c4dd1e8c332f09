"""Every debt's status from the file (debts, payments, thresholds and agreements), computed with the domain."""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from datetime import date
from typing import Collection

from debtdesk.domain.agreement import in_force
from debtdesk.domain.status import DebtStatus, debt_status
from debtdesk.store.agreements import AgreementBook, agreements_by_debt
from debtdesk.store.repository import Store
from debtdesk.store.settings import lender_thresholds, stage_thresholds


class _CollectorPause:
    """Python's cyclic garbage collector paused while statuses are built, then as it was.

    A large file's statuses are half a million small acyclic objects (payments, instalments,
    allocations); each of them created triggers the collector's walks over everything alive,
    which cost a quarter of the load.  Reference counting still frees what is dropped.  Nested
    and concurrent uses (the window's worker and its own thread) keep one count, so the
    collector comes back when the last one ends, only if it was on before the first.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._was_enabled = False

    @contextmanager
    def __call__(self):
        with self._lock:
            if self._depth == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._depth += 1
        try:
            yield
        finally:
            with self._lock:
                self._depth -= 1
                if self._depth == 0 and self._was_enabled:
                    gc.enable()


collector_paused = _CollectorPause()


def debt_statuses(store: Store, as_of: date, only: Collection[int] | None = None) -> list[DebtStatus]:
    """Every debt's status (or only those of the debts in `only`), in debt order."""
    with collector_paused():
        return _debt_statuses(store, as_of, only)


def _debt_statuses(store: Store, as_of: date, only: Collection[int] | None) -> list[DebtStatus]:
    base = stage_thresholds(store)
    per_lender = lender_thresholds(store, base)
    debts = store.debts()
    if only is None:
        payments = store.payments_by_debt()
    else:
        debts = [debt for debt in debts if debt.id in only]
        payments = {debt.id: store.payments(debt.id) for debt in debts}
    agreements = agreements_by_debt(store)
    return [
        debt_status(debt, payments.get(debt.id, []), as_of, per_lender.get(debt.lender.id, base),
                    agreement=in_force(agreements.get(debt.id, ()), as_of))
        for debt in debts
    ]


def one_status(store: Store, debt_id: int, as_of: date) -> DebtStatus:
    """One debt's status, reading only that debt's rows (its payments and its own agreements)."""
    debt = store.debt(debt_id)
    base = stage_thresholds(store)
    thresholds = lender_thresholds(store, base).get(debt.lender.id, base)
    agreements = AgreementBook(store).agreements(debt_id)
    return debt_status(debt, store.payments(debt_id), as_of, thresholds, agreement=in_force(agreements, as_of))
