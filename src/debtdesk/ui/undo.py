"""Undo commands that never leave the stack lying about what was saved.

Every command's work is one service call, one transaction.  If that transaction fails
(a locked or read-only file, a full disk), nothing was written; the command
marks itself obsolete, so Qt drops it instead of keeping an entry whose undo
would act on rows that do not exist, and the failure is reported once,
through `failures`, for the window to show.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from debtdesk.services.errors import REFUSALS
from debtdesk.ui import msgbox


class CommandFailures(QObject):
    #: the command, the step that failed ('do', 'undo' or 'redo'), what went wrong
    failed = Signal(object, str, str)


failures = CommandFailures()


class StoreCommand(QUndoCommand):
    """Subclasses implement `apply()` and `revert()`; Qt calls redo() and undo()."""

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    _done_once = False  # set after the first successful redo (the push)
    _skip_next = False  # the stack is being stepped back to where the data really is

    def _guarded(self, step, name: str) -> None:
        if self._skip_next:
            self._skip_next = False
            return
        try:
            step()
        except REFUSALS as exc:
            if not self._done_once:
                # Never applied: Qt drops an obsolete command instead of pushing it.
                self.setObsolete(True)
            else:
                # The data is still as it was before this step; the window steps the stack
                # back (see `resync`) so the entry, and whatever it can restore, is kept.
                self._skip_next = True
            failures.failed.emit(self, name, msgbox.error_sentence(exc))
        else:
            self._done_once = True

    def redo(self) -> None:
        self._guarded(self.apply, "redo" if self._done_once else "do")

    def undo(self) -> None:
        self._guarded(self.revert, "undo")


def resync(stack, command: StoreCommand, step: str) -> None:
    """After a failed undo (or redo), move the stack's index back to where the data is."""
    if step == "undo":
        stack.redo()  # skipped by the command: nothing is written twice
    elif step == "redo":
        stack.undo()
