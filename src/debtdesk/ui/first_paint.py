"""The window's first paint, and what waits for it.

Why: the time a person waits is the time to the first painted window.  What
the first screen does not show (the Debts page, the reminders, answering a
second DebtDesk, the crash log, the full integrity check, writing status
summaries) is queued with `MainWindow.after_first_paint` and runs once the window has
painted, in the order it was asked for.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


#: A window shown but never painted (started minimised, on a screen that is off) still gets its work
#: done this long after it was shown: the statuses, the full check and the crash log must not wait
#: for a paint that may never come.
UNPAINTED_MS = 3000


class FirstPaint(QObject):
    """Calls `then` once, just after the window's first paint, or `UNPAINTED_MS` after it was shown
    without painting (then takes itself away)."""

    def __init__(self, window: QWidget, then):
        super().__init__(window)
        self._then = then
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._fire)
        elif kind == QEvent.Type.Show:
            QTimer.singleShot(UNPAINTED_MS, self._fire)
        return False

    def _fire(self) -> None:
        if not self._done:
            self._done = True
            self._then()
