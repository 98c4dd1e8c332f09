"""The open file and the date the app computes against, shared by every screen.

Screens never write to the store directly: they push undo commands, which
call the store and then `notify()`, so every view reloads from one place.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from debtdesk.domain.status import DebtStatus
from debtdesk.store import Store
from debtdesk.services.statuses import debt_statuses, one_status


class Session(QObject):
    changed = Signal()

    def __init__(self, store: Store, as_of: date, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.as_of = as_of
        self._version: int | None = None
        if getattr(store.opened, "why_read_only", "") == "in-use":
            self.follow_other_writer()

    def follow_other_writer(self, interval_ms: int = 1000) -> None:
        """Reload when the program that writes the file saves (a read-only window would go stale)."""
        self._version = self._data_version()
        timer = QTimer(self)
        timer.setObjectName("otherWriterTimer")
        timer.timeout.connect(self._check_other_writer)
        timer.start(interval_ms)

    def _data_version(self) -> int:
        return self.store.conn.execute("PRAGMA data_version").fetchone()[0]

    def _check_other_writer(self) -> None:
        try:
            version = self._data_version()
        except Exception:  # noqa: BLE001 - a closed or vanished file: nothing to follow any more
            return
        if version != self._version:
            self._version = version
            self.notify()

    def notify(self) -> None:
        """Every page reloads, all from one consistent state of the file (one read transaction)."""
        with self.store.reading():
            self.changed.emit()

    def debt_views(self) -> list[DebtStatus]:
        return debt_statuses(self.store, self.as_of)

    def debt_view(self, debt_id: int) -> DebtStatus:
        return one_status(self.store, debt_id, self.as_of)


class FollowsSession:
    """For pages that show the open file: reload when it changes, follow File ▸ Open.

    A page calls `follow(session)` once in its constructor and implements
    `reload()`; `forget_state()` may drop what belonged to the previous file.
    """

    session: Session

    def follow(self, session: Session) -> None:
        self.session = session
        session.changed.connect(self.reload)

    def set_session(self, session: Session) -> None:
        self.session.changed.disconnect(self.reload)
        self.follow(session)
        self.forget_state()
        self.reload()

    def forget_state(self) -> None:
        """Hook: clear selections or choices that pointed into the previous file."""

    def reload(self) -> None:  # pragma: no cover - every page implements it
        raise NotImplementedError
