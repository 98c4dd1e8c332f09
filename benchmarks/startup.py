"""Start-up benchmark: time from process start to the first painted main window.

Measured against a floor taken in the same run: a bare QMainWindow in a fresh
interpreter.  Prints medians over N runs and the ratio.  Not a test: run it
by hand (`python benchmarks/startup.py [--runs 7]`).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

FLOOR = """
import time, sys
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1180, 760); w.show()
QTimer.singleShot(0, app.quit); app.exec()
"""

DEBTDESK = """
import sys
from datetime import date
from PySide6.QtCore import QTimer
from debtdesk.ui.app import make_application
from debtdesk.ui.main_window import MainWindow
from debtdesk.ui.session import Session
from debtdesk.store import Store
app = make_application()
w = MainWindow(Session(Store.open(sys.argv[1]), date(2026, 11, 23))); w.show()
QTimer.singleShot(0, app.quit); app.exec()
"""


def timed(code: str, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=ENV)
    return time.perf_counter() - start


ENV = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "demo.debtdesk")
        subprocess.run([sys.executable, "-m", "debtdesk", "demo", "--db", db, "--as-of", "2026-11-23"],
                       check=True, env=ENV, capture_output=True)
        timed(FLOOR), timed(DEBTDESK, db)  # warm the OS file cache
        floor = statistics.median(timed(FLOOR) for _ in range(args.runs))
        ours = statistics.median(timed(DEBTDESK, db) for _ in range(args.runs))
    print(f"bare Qt window: {floor * 1000:.0f} ms (median of {args.runs})")
    print(f"DebtDesk window with demo data: {ours * 1000:.0f} ms")
    print(f"ratio: {ours / floor:.2f}")


if __name__ == "__main__":
    main()
