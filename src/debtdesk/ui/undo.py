"""Undo commands that never leave the stack lying about what was saved.

Every command's work is one store transaction.  If that transaction fails
(a locked or read-only file, a full disk), nothing was written; the command
marks itself obsolete, so Qt drops it instead of keeping an entry whose undo
would act on rows that do not exist, and the failure is reported once,
through `failures`, for the window to show.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from debtdesk.store import StoreError


class CommandFailures(QObject):
    failed = Signal(str, str)  # what was being done, what went wrong


failures = CommandFailures()


class StoreCommand(QUndoCommand):
    """Subclasses implement `apply()` and `revert()`; Qt calls redo() and undo()."""

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def _guarded(self, step) -> None:
        try:
            step()
        except (StoreError, sqlite3.Error, OSError) as exc:
            self.setObsolete(True)
            failures.failed.emit(self.text(), str(exc))

    def redo(self) -> None:
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)
