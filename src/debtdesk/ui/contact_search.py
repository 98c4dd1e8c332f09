"""The contact log's text search in a worker thread, so no keystroke waits for a scan.

A search of one or two characters cannot use the trigram index and scans
100,000 contacts (0.5–1.4 s).  The query runs on a read-only connection of
its own in a plain Python thread; the log shown stays until the result
arrives.  A newer search supersedes an older one: the older connection is
interrupted and its result dropped.  The worker touches no Qt object: a
timer in the window's thread collects the result (as `status_loader` does).
"""

from __future__ import annotations

import threading
from typing import Callable

from PySide6.QtCore import QObject, QTimer

from debtdesk.store.contact_index import ContactQuery
from debtdesk.store.contact_reader import ids_on, open_apart

#: How often the window's thread looks for a finished search (ms).
COLLECT_MS = 15


class BackgroundSearch(QObject):
    """Runs one id query at a time in a worker; `deliver(query, ids)` runs in the window's thread.

    `ids` is None when the worker could not read the file: the caller then runs the query itself,
    on its own connection, where any problem is reported as for any other query.
    """

    def __init__(self, deliver: Callable[[ContactQuery, list[int]], None], parent: QObject | None = None):
        super().__init__(parent)
        self._deliver = deliver
        self._lock = threading.Lock()
        self._generation = 0
        self._running: dict[int, object] = {}  # generation -> its open connection
        self._result: tuple[int, ContactQuery, list[int] | None, Exception | None] | None = None
        self.pending: ContactQuery | None = None  # the query asked for and not yet shown
        self._timer = QTimer(self)
        self._timer.setInterval(COLLECT_MS)
        self._timer.timeout.connect(self._collect)

    def start(self, source, query: ContactQuery) -> None:
        """Run `query` on the file `source` names; any search still running is superseded."""
        with self._lock:
            self._generation += 1
            generation = self._generation
            self._interrupt_all()
            self._result = None
        self.pending = query
        threading.Thread(target=self._run, args=(generation, source, query), name="contact search",
                         daemon=True).start()
        self._timer.start()

    def cancel(self) -> None:
        """Drop the search still running (a synchronous query replaces it)."""
        with self._lock:
            self._generation += 1
            self._interrupt_all()
            self._result = None
        self.pending = None
        self._timer.stop()

    def wait(self, timeout: float = 30.0) -> bool:
        """Block until the pending search is shown (for tests and callers that need the rows now)."""
        import time

        deadline = time.monotonic() + timeout
        while self.pending is not None and time.monotonic() < deadline:
            time.sleep(0.002)
            self._collect()
        return self.pending is None

    def _interrupt_all(self) -> None:
        for conn in self._running.values():
            conn.interrupt()

    def _run(self, generation: int, source, query: ContactQuery) -> None:
        ids, problem = None, None
        try:
            conn = open_apart(source)
        except Exception as exc:  # noqa: BLE001 - reported in the window's thread
            conn, problem = None, exc
        if conn is not None:
            with self._lock:
                superseded = generation != self._generation
                if not superseded:
                    self._running[generation] = conn
            try:
                if not superseded:
                    ids = ids_on(conn, query)
            except Exception as exc:  # noqa: BLE001 - an interrupted query, or reported in the window's thread
                problem = exc
            finally:
                with self._lock:
                    self._running.pop(generation, None)
                conn.close()
        with self._lock:
            if generation == self._generation:
                self._result = (generation, query, ids, problem)

    def _collect(self) -> None:
        with self._lock:
            result, self._result = self._result, None
            current = self._generation
        if result is None:
            return
        generation, query, ids, problem = result
        if generation != current:
            return
        self._timer.stop()
        self.pending = None
        self._deliver(query, None if problem is not None else ids)
