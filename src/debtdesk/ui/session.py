"""The open file and the date the app computes against, shared by every screen.

Screens never write to the store directly: they push undo commands, which
call the store and then `notify()`, so every view reloads from one place.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from debtdesk.domain.status import DebtStatus
from debtdesk.store import Store
from debtdesk.store.statuses import debt_statuses, one_status


class Session(QObject):
    changed = Signal()

    def __init__(self, store: Store, as_of: date, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.as_of = as_of

    def notify(self) -> None:
        self.changed.emit()

    def debt_views(self) -> list[DebtStatus]:
        return debt_statuses(self.store, self.as_of)

    def debt_view(self, debt_id: int) -> DebtStatus:
        return one_status(self.store, debt_id, self.as_of)
