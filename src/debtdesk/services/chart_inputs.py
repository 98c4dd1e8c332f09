"""What a chart is built from, read from a file: every debt's status and the latest budget."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
from debtdesk.charts.kinds import ChartInputs
from debtdesk.store.budgets import BudgetBook
from debtdesk.store.connection import StoreError
from debtdesk.store.repository import Store
from debtdesk.services.statuses import debt_statuses


def chart_inputs(store: Store, as_of: date, debt_id: int | None = None, **choices) -> ChartInputs:
    """`choices`: the other ChartInputs fields (monthly, strategy, payments, plans, currency)."""
    statuses = tuple(debt_statuses(store, as_of))
    if debt_id is not None and not any(s.debt.id == debt_id for s in statuses):
        raise StoreError(QT_TRANSLATE_NOOP("Store", "There is no debt number {debt_id}."),
                         debt_id=debt_id)
    inputs = ChartInputs(as_of, statuses, debt_id=debt_id, budget=BudgetBook(store).latest())
    return replace(inputs, **choices)
