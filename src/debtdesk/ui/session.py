"""The open file and the date the app computes against, shared by every screen.

Screens never write to the store directly: they push undo commands, which
call the store and then `notify()`, so every view reloads from one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, Signal

from debtdesk.domain.debt import Debt, Payment
from debtdesk.domain.overdue import OverdueState, overdue_state
from debtdesk.domain.schedule import Schedule, schedule_for
from debtdesk.store import Store


@dataclass(frozen=True)
class DebtView:
    """A debt with everything a screen shows about it, computed once per change."""

    debt: Debt
    schedule: Schedule
    payments: tuple[Payment, ...]
    state: OverdueState


class Session(QObject):
    changed = Signal()

    def __init__(self, store: Store, as_of: date, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.as_of = as_of

    def notify(self) -> None:
        self.changed.emit()

    def debt_views(self) -> list[DebtView]:
        payments = self.store.payments_by_debt()
        return [self.view_of(debt, payments.get(debt.id, [])) for debt in self.store.debts()]

    def debt_view(self, debt_id: int) -> DebtView:
        return self.view_of(self.store.debt(debt_id), self.store.payments(debt_id))

    def view_of(self, debt: Debt, payments: list[Payment]) -> DebtView:
        schedule = schedule_for(debt)
        state = overdue_state(schedule, payments, self.as_of, debt.grace_days)
        return DebtView(debt, schedule, tuple(payments), state)
