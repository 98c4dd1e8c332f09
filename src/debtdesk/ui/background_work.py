"""Work worked out off the window's thread, newest request first: a chart's numbers, fair shares.

A large file's cost of waiting, payoff plans or fair-share plan take seconds of
pure Python; the window must not stall for them.  `BackgroundWork.start(compute,
done, failed)` runs `compute()` on a plain thread that touches no Qt object (it
reads only the frozen inputs the caller captured) and leaves its result; a timer
in the window's thread picks it up and calls `done(result)` there.  A newer
`start` supersedes the older request (its result is dropped when it arrives),
and `cancel` drops whatever is under way (the file changed).  One thread at a
time: a request made while one runs waits for it, so superseded work does not
pile up on a loaded machine.
"""

from __future__ import annotations

import threading
from typing import Callable

from PySide6.QtCore import QObject, QTimer

#: How often the window's thread looks for a finished result (ms).
POLL_MS = 30

Failed = Callable[[BaseException], None] | None


class BackgroundWork(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._request = 0  # the newest request's number; results of older ones are dropped
        self._waiting: tuple[int, Callable[[], object], Callable[[object], None], Failed] | None = None
        self._running: tuple[int, Callable[[object], None], Failed] | None = None
        self._finished: tuple[int, object, BaseException | None] | None = None  # set by the thread
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._collect)

    @property
    def busy(self) -> bool:
        """A request is waiting or being worked out (and not cancelled)."""
        return self._waiting is not None or (self._running is not None and self._running[0] == self._request)

    def start(self, compute: Callable[[], object], done: Callable[[object], None], failed: Failed = None) -> None:
        """`done(result)` in the window's thread; if `compute` raises, `failed(exc)` there (the page puts
        itself back as it was), then the error goes on to the crash funnel as any other."""
        self._request += 1
        self._waiting = (self._request, compute, done, failed)
        if self._running is None:
            self._next()
        self._timer.start()

    def cancel(self) -> None:
        """Drop the request under way and the one waiting (their results are never delivered)."""
        self._request += 1
        self._waiting = None

    def _next(self) -> None:
        if self._waiting is None:
            return
        number, compute, done, failed = self._waiting
        self._waiting = None
        self._running = (number, done, failed)
        threading.Thread(target=self._run, args=(number, compute), name="background work", daemon=True).start()

    def _run(self, number: int, compute: Callable[[], object]) -> None:
        try:
            self._finished = (number, compute(), None)
        except Exception as exc:  # noqa: BLE001 - raised again in the window's thread
            self._finished = (number, None, exc)

    def _collect(self) -> None:
        finished = self._finished
        if finished is None:
            return
        self._finished = None
        number, result, problem = finished
        done, failed = self._running[1:] if self._running is not None else (None, None)
        self._running = None
        self._next()
        if self._running is None and self._waiting is None:
            self._timer.stop()
        if number != self._request or done is None:
            return  # superseded or cancelled: dropped
        if problem is not None:
            if failed is not None:
                failed(problem)
            raise problem
        done(result)
