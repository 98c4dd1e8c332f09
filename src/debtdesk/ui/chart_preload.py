"""Loading the chart machinery after start-up, so the Charts page's first visit does not pay it.

matplotlib, numpy and the Qt Agg backend take half a second to a second to
import here: paid on the first visit to Charts, that visit cannot be quick;
paid before the window appears, start-up would be slower.  So the app's own
start (nothing else: not the command line, not tests that build a window)
calls `when_idle(window)`, and the preload waits until the window has been
painted, a large file's statuses have been worked out, and a poll tick came
on time (the window's thread is not in the middle of something).  Then:

1. a worker thread imports matplotlib, numpy and the charts package: pure
   Python imports that touch no Qt object and no matplotlib setting.  It
   never blocks the window's thread; it shares the interpreter with it, so
   work the window does meanwhile runs somewhat slower.  Measured on the
   large file (timer lateness in the window's thread over 4 s, p95 / max):
   no preload 2.7-3.7 / 42-68 ms, worker 2.8-3.4 / 30-37 ms, the same
   imports in the window's thread one module per event 3.5-6.8 / 117-326 ms
   (a module such as `matplotlib` itself cannot be split further);
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
POLL_MS = 100
LATE_MS = 50

#: What the worker imports: everything a chart needs that touches no Qt (numpy and matplotlib come with them).
WORKER_MODULES = (
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "matplotlib.dates",
    "matplotlib.ticker",
    "debtdesk.charts.style",
    "debtdesk.charts.build",
    "debtdesk.charts.owed",
    "debtdesk.charts.balance",
    "debtdesk.charts.waiting",
    "debtdesk.charts.monthly_budget",
    "debtdesk.charts.plans",
)


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
            return
        # The worker does not wait for a longer quiet spell: it holds no Qt object and never blocks the
        # window's thread, it only shares the interpreter with it (see the module's docstring).
        self._worker = threading.Thread(target=import_without_qt, name="chart-preload", daemon=True)
        self._worker.start()

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


def import_without_qt() -> None:
    """The worker's part: imports only (no Qt object, no matplotlib setting is touched)."""
    import importlib

    for name in WORKER_MODULES:
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
