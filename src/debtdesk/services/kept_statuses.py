"""The window's statuses: every debt's status on one date, computed once and kept until a change
can move it, with their summaries written back to the file (`services.status_summaries`).

Apart from `services.statuses`, which only computes: the summaries are computed from statuses,
and these keep both.
"""

from __future__ import annotations

import contextlib
import threading
from datetime import date

from debtdesk.domain.schedule import schedule_for
from debtdesk.domain.status import DebtStatus
from debtdesk.services.statuses import collector_paused, debt_statuses, one_status
from debtdesk.store import driver
from debtdesk.store.repository import Store


class StatusCache:
    """Every debt's status on one date, computed once and kept until a change can move it.

    The window used to recompute every debt's schedule, ledger and projections
    for each page on each change (four times per edit); now a change drops the
    statuses of the debts it touched (`Changes.moved_statuses`) and only those
    are computed again, once, for every page.
    """

    def __init__(self, store: Store, as_of: date):
        # A new file (File ▸ Open makes one cache per file): the schedules `schedule_for` remembers
        # belong to the previous one, and would keep it alive (85 MB for the large benchmark file)
        # until 4096 other debts pushed them out.
        schedule_for.cache_clear()
        self.store = store
        self.as_of = as_of
        self._by_id: dict[int, DebtStatus] | None = None  # None: nothing computed yet (or all dropped)
        self._order: list[int] | None = None
        #: Summaries computed but not yet written (see `hold_writes`), each stamped when computed.
        self._held: list = []
        self.holding = False

    @property
    def loaded(self) -> bool:
        return self._by_id is not None

    def prime(self, statuses: list[DebtStatus]) -> None:
        """Take statuses computed elsewhere (a worker thread) for the same file and date, and keep
        their summaries in the file when they came with them (`load_statuses`)."""
        self._by_id = {s.debt.id: s for s in statuses}
        self._order = [s.debt.id for s in statuses]
        if isinstance(statuses, LoadedStatuses) and statuses.pending is not None:
            from debtdesk.services.status_summaries import keep_summaries

            keep_summaries(self.store, statuses.pending)

    def _keep(self, statuses: list[DebtStatus]) -> None:
        """Keep the summaries of statuses just computed here, so `status --json` need not replay them."""
        if statuses and not self.store.read_only:
            from debtdesk.services.status_summaries import keep_summaries, pending_summaries

            pending = pending_summaries(self.store, statuses, self.as_of)  # stamped now, from what was read
            if self.holding:
                self._held.append(pending)
            else:
                keep_summaries(self.store, pending)

    def hold_writes(self) -> None:
        """Write summaries only at `write_held()`: the window's start paints first (a write is a
        transaction and a sync to disk, 8-20 ms here, that the first screen does not need)."""
        self.holding = True

    def write_held(self) -> None:
        """Write what `hold_writes` held back; the write still drops any a change made stale meanwhile."""
        from debtdesk.services.status_summaries import keep_summaries

        self.holding = False
        held, self._held = self._held, []
        for pending in held:
            # A summary not kept only loses time: it is computed again (and a damaged file is
            # reported by the full check that follows the first paint).
            with contextlib.suppress(driver.Error):
                keep_summaries(self.store, pending)

    def move_to(self, as_of: date) -> None:
        if as_of != self.as_of:
            self.as_of = as_of
            self.forget(None)

    def forget(self, debt_ids) -> None:
        """Drop the statuses of `debt_ids` (None: all of them); debts added or removed are noticed too."""
        if debt_ids is None or self._by_id is None:
            self._by_id, self._order = None, None
            return
        for debt_id in debt_ids:
            self._by_id.pop(debt_id, None)
        if debt_ids:
            self._order = None  # one of them may be new, or gone

    def all(self) -> list[DebtStatus]:
        if self._by_id is None:
            statuses = debt_statuses(self.store, self.as_of)
            self._by_id = {s.debt.id: s for s in statuses}
            self._order = [s.debt.id for s in statuses]
            self._keep(statuses)
            return statuses
        if self._order is None:
            self._order = self.store.debt_ids()
        computed = []
        for debt_id in self._order:
            if debt_id not in self._by_id:
                computed.append(one_status(self.store, debt_id, self.as_of))
                self._by_id[debt_id] = computed[-1]
        self._keep(computed)
        known = set(self._order)
        for gone in [d for d in self._by_id if d not in known]:
            del self._by_id[gone]
        return [self._by_id[d] for d in self._order]

    def one(self, debt_id: int) -> DebtStatus:
        if self._by_id is not None and debt_id in self._by_id:
            return self._by_id[debt_id]
        status = one_status(self.store, debt_id, self.as_of)
        if self._by_id is not None:
            self._by_id[debt_id] = status
        return status


class LoadedStatuses(list):
    """Statuses a worker computed, with their summaries for the file (`pending`), which only the
    window's own (writing) connection can keep."""

    def __init__(self, statuses, pending=None):
        super().__init__(statuses)
        self.pending = pending


def load_statuses(path, as_of: date) -> LoadedStatuses:
    """Every status from a file of its own connection, read-only (for a worker thread: SQLite
    connections stay in the thread that opened them), with their summaries stamped with the same
    snapshot (`StatusCache.prime` keeps them)."""
    from debtdesk.services.status_summaries import SUMMARY_FORMAT, pending_summaries
    from debtdesk.store.status_cache import valid_summaries

    threading.Thread(target=_import_writer, name="import sqlite-utils", daemon=True).start()
    with Store.open(path, read_only=True) as store, collector_paused():
        statuses = debt_statuses(store, as_of)
        pending = None
        if _has_summaries(store):
            kept = valid_summaries(store, as_of, SUMMARY_FORMAT)  # opened again today: most are kept
            pending = pending_summaries(store, [s for s in statuses if s.debt.id not in kept], as_of)
        return LoadedStatuses(statuses, pending)


def _import_writer() -> None:
    """Import sqlite-utils (every write goes through it) while the statuses are worked out, off the
    window's thread: otherwise the first payment saved after opening a large file paid its 60 ms
    (numpy, click, pluggy) before the window could answer."""
    import sqlite_utils  # noqa: F401


def _has_summaries(store: Store) -> bool:
    """An older file opened read-only is read through an upgraded copy; its stamps mean nothing."""
    return not store.opened.temporary_copy
