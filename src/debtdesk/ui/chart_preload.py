"""Loading the chart machinery after start-up, so the Charts page's first visit does not pay it.

matplotlib, numpy and the Qt Agg backend take half a second to a second to
import here: paid on the first visit to Charts, that visit cannot be quick;
paid before the window appears, start-up would be slower.  So the app's own
start (nothing else: not the command line, not tests that build a window)
calls `when_idle(window)`, and the preload waits until the window has been
painted, a large file's statuses have been worked out, and the window's
thread has been free for `IDLE_MS` (every poll tick on time).  Then:

1. a worker thread imports matplotlib, numpy and the charts package, one
   module at a time: pure Python imports that touch no Qt object and no
   matplotlib setting.  It never blocks the window's thread, and before each
   module it waits while that thread is at work (its poll tick overdue), so
   the two share the interpreter only briefly when the user acts meanwhile.
   Measured on the large file (timer lateness in the window's thread over
   4 s, p95 / max): no preload 2.7-3.7 / 42-68 ms, worker 2.8-3.4 / 30-37 ms,
   the same imports in the window's thread one module per event 3.5-6.8 /
   117-326 ms (a module such as `matplotlib` itself cannot be split further);
2. back in the window's thread, one step per on-time tick: the Qt backend
   and the bundled font, the Charts page's modules, and a small canvas
   painted off screen (Qt makes its enum types and paint paths on first use).

If the user opens Charts first, the page imports what it needs itself (an
import under way in the worker is waited for, not repeated).
"""

from __future__ import annotations

import sys
import threading
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: How often the preload looks; a tick later than `LATE_MS` means the window's thread was busy.
POLL_MS = 50
LATE_MS = 25
#: How long the window's thread must have been free (every tick on time) before the worker starts. With 0
#: (start as soon as the statuses are in), a benchmark clicking through every tab at once got Charts in
#: 190-270 ms instead of ~600, but the tabs visited meanwhile 30-190 ms slower each: the preload waits
#: for a pause instead, which a person reading the overview makes and the benchmark's robot does not.
IDLE_MS = 1000

#: What the worker imports, in order, one step each (numpy and matplotlib's parts first, so that no
#: single step is long: the longest, matplotlib's own package, took 86 ms of CPU here); none touches Qt.
WORKER_MODULES = (
    "numpy", "PIL.Image", "pyparsing", "dateutil.rrule", "matplotlib", "matplotlib.font_manager",
    "matplotlib.text", "matplotlib.collections", "matplotlib.backend_bases", "matplotlib.image",
    "matplotlib.legend", "matplotlib.axis", "matplotlib.axes", "matplotlib.projections", "matplotlib.figure",
    "matplotlib.backends.backend_agg", "matplotlib.dates", "matplotlib.ticker",
    "debtdesk.charts.style", "debtdesk.charts.build", "debtdesk.charts.owed", "debtdesk.charts.balance",
    "debtdesk.charts.waiting", "debtdesk.charts.monthly_budget", "debtdesk.charts.plans",
)
#: While the window's thread is busy, the worker checks again after this long before its next step.
PAUSE_S = 0.02


def charts_loaded() -> bool:
    """Whether a chart can be drawn without importing anything big (the preload, or a chart, ran)."""
    return "matplotlib.backends.backend_qtagg" in sys.modules


def when_idle(window: QWidget) -> ChartPreload | None:
    """Load the chart machinery once `window` is painted, its statuses are loaded and it is idle."""
    if charts_loaded():
        return None
    return ChartPreload(window)


class ChartPreload(QObject):
    """Watches the window until it is idle, then loads; `done` once the charts need no more imports."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.painted = False
        self.done = False
        self._last_tick = time.monotonic()
        self._free_since: float | None = None
        self._worker: threading.Thread | None = None
        self._steps = [load_qt_backend, load_charts_page, paint_a_canvas]
        window.installEventFilter(self)
        # A repeating timer, not a single-shot one: nothing waits for it, and it dies with the window.
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.painted = True
            self.window.removeEventFilter(self)
        return False

    def _tick(self) -> None:
        now = time.monotonic()
        late = (now - self._last_tick) * 1000 > POLL_MS + LATE_MS
        self._last_tick = now
        if self._worker is not None:
            if not self._worker.is_alive() and not late:
                self._finish()
            return
        if charts_loaded():  # the user opened a chart first: nothing left to do
            self._stop()
            return
        if not self.painted or late or getattr(getattr(self.window, "session", None), "loading", False):
            self._free_since = None
            return
        if self._free_since is None:
            self._free_since = now
        if (now - self._free_since) * 1000 < IDLE_MS:
            return
        # The worker holds no Qt object and never blocks the window's thread; it pauses between modules
        # while the window's thread is at work (see the module's docstring).
        self._worker = threading.Thread(target=import_without_qt, args=(self.window_busy,), name="chart-preload",
                                        daemon=True)
        self._worker.start()

    def window_busy(self) -> bool:
        """Whether the window's thread is at work now: its poll tick is overdue (read from the worker)."""
        return (time.monotonic() - self._last_tick) * 1000 > POLL_MS + LATE_MS

    def _finish(self) -> None:
        """In the window's thread, one step per tick (each a few tens of ms, so a keystroke between
        them waits little): the Qt backend and the bundled font, the Charts page's modules, then one
        small canvas painted off screen (Qt makes its enum types and paint paths on first use)."""
        step = self._steps.pop(0)
        step()
        if not self._steps:
            self._stop()

    def _stop(self) -> None:
        self._timer.stop()
        self.done = True


def import_without_qt(window_busy=lambda: False) -> None:
    """The worker's part: imports only (no Qt object, no matplotlib setting is touched), one module at a
    time, pausing before each while `window_busy()` says the window's thread is at work."""
    import importlib

    for name in WORKER_MODULES:
        while window_busy():
            time.sleep(PAUSE_S)
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - a failed preload only means the first chart imports it itself
            return


def load_qt_backend() -> None:
    import matplotlib.backends.backend_qtagg  # noqa: F401 - loaded now so the first chart need not

    from debtdesk.charts.style import use_bundled_font

    use_bundled_font()


def load_charts_page() -> None:
    import debtdesk.ui.charts_screen  # noqa: F401 - with the panel and the table views it uses


def paint_a_canvas() -> None:
    """A small figure's canvas rendered into a pixmap, never shown."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from debtdesk.charts.style import LIGHT, new_figure

    figure = new_figure(LIGHT, 1.0, 1.0)
    canvas = FigureCanvasQTAgg(figure)
    canvas.resize(60, 60)
    canvas.grab()
    canvas.deleteLater()
