"""First-chart benchmark: from asking for the Charts page to the first chart painted.

Floor, measured in the same run: in a window already shown, import
matplotlib's Qt backend and paint one simple figure (a line of 12 points).
App: in DebtDesk's window already shown with the demo household, switch to
the Charts tab (the page, matplotlib, the ledger figures, the chart and its
table are all built then) until the chart is painted.  Both stop when
`FigureCanvasQTAgg.paintEvent` returns the first time, so both include
rendering the figure.  Runs alternate floor/app in fresh processes; medians.

    python benchmarks/first_chart.py [--runs 9]

Target (issue 20): the app at most 1.5 × the floor.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

_HOOK = """
import os, sys, time

def watch_first_paint(start):
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    original = FigureCanvasQTAgg.paintEvent

    def paint(self, event):
        original(self, event)
        print(f"{time.perf_counter() - start:.6f}", flush=True)
        os._exit(0)

    FigureCanvasQTAgg.paintEvent = paint
"""

FLOOR = _HOOK + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.resize(1180, 760); window.show(); app.processEvents()
start = time.perf_counter()
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
watch_first_paint(start)
figure = Figure(figsize=(7, 4))
figure.add_subplot().plot(range(12), [x * x for x in range(12)])
window.setCentralWidget(FigureCanvasQTAgg(figure))
app.exec()
"""

APP = _HOOK + """
from datetime import date
from debtdesk.ui.app import make_application
from debtdesk.ui.main_window import MainWindow
from debtdesk.ui.session import Session
from debtdesk.store import Store
app = make_application()
window = MainWindow(Session(Store.open(sys.argv[1]), date(2026, 11, 23))); window.show(); app.processEvents()
assert "matplotlib" not in sys.modules
titles = [window.pages.tabText(i) for i in range(window.pages.count())]
start = time.perf_counter()
import matplotlib.backends.backend_qtagg  # the hook needs the class; counted in the app's time too
watch_first_paint(start)
window.pages.setCurrentIndex(titles.index("Charts"))
app.exec()
"""


def timed(code: str, env: dict, *args: str) -> float:
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(done.stderr[-2000:])
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=tmp, XDG_CONFIG_HOME=f"{tmp}/config",
                   XDG_DATA_HOME=f"{tmp}/data", XDG_CACHE_HOME=f"{tmp}/cache", MPLCONFIGDIR=f"{tmp}/mpl")
        env.pop("DISPLAY", None)
        db = os.path.join(tmp, "demo.debtdesk")
        subprocess.run([sys.executable, "-m", "debtdesk", "demo", "--db", db, "--as-of", "2026-11-23"],
                       check=True, env=env, capture_output=True)
        timed(FLOOR, env), timed(APP, env, db)  # warm the OS file cache and matplotlib's font cache
        floor, app = [], []
        for _ in range(args.runs):
            floor.append(timed(FLOOR, env))
            app.append(timed(APP, env, db))
    f, a = statistics.median(floor), statistics.median(app)
    print(f"floor: import matplotlib's Qt backend and paint one simple figure: {f * 1000:.0f} ms "
          f"(median of {args.runs}; {', '.join(f'{x * 1000:.0f}' for x in floor)})")
    print(f"DebtDesk: Charts tab to the first chart painted (demo household): {a * 1000:.0f} ms "
          f"({', '.join(f'{x * 1000:.0f}' for x in app)})")
    print(f"ratio: {a / f:.2f} (target at most 1.5)")


if __name__ == "__main__":
    main()
