"""Each slow chart kind chosen on the Charts page of a large file: time until drawn, and the worst stall.

    python benchmarks/chart_kinds.py FILE [--runs 3] [--as-of 2026-11-23] [--kinds waiting,plans]

For each kind (balance, waiting, plans, payoff) and run, a fresh Charts page on the file's statuses
(worked out once, before measuring) is shown, the kind is chosen, and the event loop runs until the chart
is drawn and painted.  A 10 ms timer in the window's thread records the gaps between its ticks: the
largest is the worst stall a person would see.  Prints the median of the runs, in ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

KINDS = ("balance", "waiting", "plans", "payoff")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--as-of", default="2026-11-23")
    parser.add_argument("--kinds", default=",".join(KINDS))
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from debtdesk.store import Store
    from debtdesk.ui.charts_screen import ChartsScreen
    from debtdesk.ui.session import Session

    app = QApplication.instance() or QApplication(sys.argv)
    session = Session(Store.open(args.path), date.fromisoformat(args.as_of))
    session.debt_views()  # the statuses, worked out before anything is measured
    import matplotlib.backends.backend_qtagg  # noqa: F401 - loaded before measuring, as the preload does

    results = {}
    for kind in args.kinds.split(","):
        totals, stalls = [], []
        for _ in range(args.runs):
            page = ChartsScreen(session)
            page.resize(1300, 720)
            page.show()
            QCoreApplication.processEvents()
            row = next(i for i in range(page.kinds.count())
                       if page.kinds.item(i).data(Qt.ItemDataRole.UserRole) == kind)
            gaps: list[int] = []
            clock = QElapsedTimer()
            timer = QTimer()
            timer.setInterval(10)
            timer.timeout.connect(lambda gaps=gaps, clock=clock: gaps.append(clock.restart()))
            started = time.perf_counter()
            clock.start()
            timer.start()
            page.kinds.setCurrentRow(row)
            panel = page.panels[kind]
            while getattr(panel, "working", False) or panel.chart is None:
                QCoreApplication.processEvents()
                time.sleep(0.002)
            panel.repaint()
            QCoreApplication.processEvents()
            gaps.append(clock.restart())
            totals.append(time.perf_counter() - started)
            timer.stop()
            stalls.append(max(gaps) if gaps else 0)
            page.close()
            page.deleteLater()
            QCoreApplication.processEvents()
        results[kind] = (statistics.median(totals) * 1000, statistics.median(stalls))
        print(f"{kind}: drawn after {results[kind][0]:.0f} ms, worst stall {results[kind][1]:.0f} ms "
              f"(median of {args.runs}; runs {[round(t * 1000) for t in totals]}, stalls {stalls})", flush=True)
    session.store.close()
    del app


if __name__ == "__main__":
    main()
