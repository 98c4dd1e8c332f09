"""Working out a large file's statuses after the window is on screen, not before.

On a file with thousands of debts the ledger takes seconds; the window paints
at once, says it is working, and fills in when a worker thread (with its own
read-only connection) is done.  Small files load as before, at once.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal

#: From this many debts on, statuses are worked out in the background.
BACKGROUND_FROM = 300


class StatusLoader(QObject):
    done = Signal(object, object)  # (statuses, None) or (None, the exception)

    def start(self, path: Path, as_of: date) -> None:
        threading.Thread(target=self._run, args=(path, as_of), name="statuses", daemon=True).start()

    def _run(self, path: Path, as_of: date) -> None:
        from debtdesk.services.statuses import load_statuses

        try:
            result = load_statuses(path, as_of)
        except Exception as exc:  # noqa: BLE001 - reported in the window's thread, which falls back
            self.done.emit(None, exc)
            return
        self.done.emit(result, None)
