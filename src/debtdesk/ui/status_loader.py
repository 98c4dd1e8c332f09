"""Working out a large file's statuses after the window is on screen, not before.

On a file with thousands of debts the ledger takes seconds; the window paints
at once, says it is working, and fills in when a worker thread (with its own
read-only connection) is done.  Small files load as before, at once.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

#: From this many debts on, statuses are worked out in the background.
BACKGROUND_FROM = 300


class StatusLoader(QObject):
    """The worker touches no Qt object: it leaves its result, and a timer in the window's thread
    picks it up and emits `done` there (a signal emitted from a plain Python thread crashed the
    process now and then)."""

    done = Signal(object, object)  # (statuses, None) or (None, the exception)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._result: tuple | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._collect)

    def start(self, path: Path, as_of: date) -> None:
        threading.Thread(target=self._run, args=(path, as_of), name="statuses", daemon=True).start()
        self._timer.start()

    def _run(self, path: Path, as_of: date) -> None:
        from debtdesk.services.kept_statuses import load_statuses

        try:
            self._result = (load_statuses(path, as_of), None)
        except Exception as exc:  # noqa: BLE001 - reported in the window's thread, which falls back
            self._result = (None, exc)

    def _collect(self) -> None:
        if self._result is not None:
            self._timer.stop()
            statuses, problem = self._result
            self._result = None  # the session keeps what it needs; the loader stays alive with the window
            self.done.emit(statuses, problem)
