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


class FirstPaint(QObject):
    """Calls `then` once, just after the window's first paint (then takes itself away)."""

    def __init__(self, window: QWidget, then):
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False
