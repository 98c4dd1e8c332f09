"""The open file and the date the app computes against, shared by every screen.

Screens never write to the store directly: they push undo commands, which
call the store and then `notify(changes)`, saying what they touched.  The
session keeps every debt's status, computed once, and drops only the ones a
change can have moved; pages reload only for changes to what they show, and
pages out of sight only once they are shown again.
"""

from __future__ import annotations

import gc

from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from debtdesk.domain.status import DebtStatus
from debtdesk.services.changes import EVERYTHING, Changes
from debtdesk.services.household_cache import HouseholdCache
from debtdesk.services.kept_statuses import StatusCache
from debtdesk.store import Store


class Session(QObject):
    changed = Signal()
    #: What the last change touched (emitted just before `changed`).
    touched = Signal(object)

    def __init__(self, store: Store, as_of: date, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.statuses = StatusCache(store, as_of)
        self.households = HouseholdCache()  # the household plan, shared by the pages that show it
        self.last_changes: Changes = EVERYTHING
        self.loading = False  # statuses being worked out in the background (see status_loader)
        self._changed_while_loading = False
        self._loader = None
        self._loader_waits = False
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

    @property
    def as_of(self) -> date:
        return self.statuses.as_of

    @as_of.setter
    def as_of(self, value: date) -> None:
        self.statuses.move_to(value)  # every status is computed against the date

    def load_in_background(self, from_debts: int | None = None, start: bool = True) -> bool:
        """On a large file, work the statuses out in a worker thread; pages show that they wait.

        With `start=False` the worker waits for `start_loading()`: the app's own start calls it
        once the window is painted, so the worker does not hold the interpreter meanwhile.
        """
        from debtdesk.ui import status_loader

        debts = len(self.store.debt_ids())
        if self.statuses.loaded or debts < (from_debts or status_loader.BACKGROUND_FROM):
            return False
        self.loading = True
        self._changed_while_loading = False
        self.waiting_for = debts
        self._loader = status_loader.StatusLoader(self)
        self._loader.done.connect(self._loaded)
        self._loader_waits = not start
        if start:
            self._loader.start(self.store.path, self.as_of)
        return True

    def start_loading(self) -> None:
        """Start the worker that `load_in_background(start=False)` prepared (no-op otherwise)."""
        if self._loader is not None and self._loader_waits:
            self._loader_waits = False
            self._loader.start(self.store.path, self.as_of)

    def _loaded(self, statuses, problem) -> None:
        as_of_then = self.as_of
        self.loading = False
        fresh = not self._changed_while_loading and not self.statuses.loaded
        if statuses is not None and fresh and all(s.state.as_of == as_of_then for s in statuses):
            self.statuses.prime(statuses)  # nothing changed meanwhile (a change would have computed them)
            # A large file's statuses are hundreds of thousands of long-lived objects: set them aside from
            # the cyclic collector (as start-up does), or its next full pass (~0.3 s) lands on some page's
            # first visit. Reference counting still frees each one as a change replaces it.
            gc.freeze()
        self._announce(EVERYTHING)

    def notify(self, changes: Changes = EVERYTHING) -> None:
        """Pages showing what `changes` touched reload, all from one consistent state of the file."""
        if self.loading:
            self._changed_while_loading = True  # the worker's figures may predate this change
        self.statuses.forget(changes.moved_statuses())
        self._announce(changes)

    def _announce(self, changes: Changes) -> None:
        """Tell the pages, which all read from one consistent state of the file (one read transaction)."""
        self.last_changes = changes
        self.households.forget(changes)
        with self.store.reading():
            self.touched.emit(changes)
            self.changed.emit()

    def debt_views(self) -> list[DebtStatus]:
        """Every debt's status on `as_of`, computed once and kept until a change can move it.

        While a large file's statuses are worked out in the background, pages that can wait
        check `loading` first; anything that asks anyway gets them computed here and now.
        """
        return self.statuses.all()

    def debt_view(self, debt_id: int) -> DebtStatus:
        return self.statuses.one(debt_id)


class FollowsSession:
    """For pages that show the open file: reload when what they show changes, follow File ▸ Open.

    A page calls `follow(session)` once in its constructor and implements
    `reload()`; `forget_state()` may drop what belonged to the previous file.
    `watches` names the kinds of change (`services.changes`) the page shows;
    a page out of sight is marked stale and reloads when it is shown again.
    """

    session: Session
    watches: frozenset[str] | None = None  # None: every kind of change

    def follow(self, session: Session) -> None:
        self.session = session
        self._stale = False
        session.touched.connect(self._on_touched)

    def set_session(self, session: Session) -> None:
        self.session.touched.disconnect(self._on_touched)
        self.follow(session)
        self.forget_state()
        self.reload()

    def _on_touched(self, changes: Changes) -> None:
        if self.watches is not None and not changes.touches(self.watches):
            return
        if self._out_of_sight():
            self._stale = True
            return
        self.reload()

    def _out_of_sight(self) -> bool:
        """A page in a hidden tab of a window on screen (a window not shown yet keeps every page current)."""
        widget = self if isinstance(self, QWidget) else None
        if widget is None or widget.parentWidget() is None or not widget.window().isVisible():
            return False
        return not widget.isVisible()

    def refresh_if_stale(self) -> None:
        """Called when the page comes into sight: catch up with the changes it missed."""
        if getattr(self, "_stale", False):
            self._stale = False
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.refresh_if_stale()
        super().showEvent(event)

    def forget_state(self) -> None:
        """Hook: clear selections or choices that pointed into the previous file."""

    def reload(self) -> None:  # pragma: no cover - every page implements it
        raise NotImplementedError
