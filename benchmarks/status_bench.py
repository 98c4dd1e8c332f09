"""How long statuses take on a large file, each figure against its floor measured in the same run.

    python benchmarks/status_bench.py [--db FILE] [--runs 5] [--src src] [--json]

Without `--db` it generates the large demo file (`debtdesk demo --size large`: 2,006 debts,
200,020 payments) in a temporary folder.  Every measure runs in fresh processes, floor and app
alternating, and reports the median wall and CPU (user + system) time of `--runs` runs:

* `status --json`, cold (no kept summaries) and warm (summaries kept by a writer, as the window
  leaves them), against the floor: a Python process reading the same tables' rows with raw
  sqlite3 (settings, lenders, debts, payments, agreements);
* the window's background status load (`services.kept_statuses.load_statuses`, what the worker runs);
* sorting the register (2,006 rows, offscreen) by three columns, against the same `ORDER BY` in
  raw sqlite3.

`--src` picks the code measured (e.g. another worktree's `src`, for before/after figures; an
older version needs a file it can read, so give it its own `--db`).  Not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AS_OF = "2026-11-23"
FLOOR_READ = """
import sqlite3, sys
c = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
for t in ("settings", "lenders", "debts", "payments", "agreements"):
    c.execute(f"SELECT * FROM {t}").fetchall()
"""
WINDOW_LOAD = """
import sys, time
from datetime import date
from debtdesk.services.kept_statuses import load_statuses
start = time.perf_counter(); cpu = time.process_time()
statuses = load_statuses(sys.argv[1], date.fromisoformat(sys.argv[2]))
print(time.perf_counter() - start, time.process_time() - cpu, len(statuses))
"""
REGISTER_SORT = """
import sys, time
from datetime import date
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from debtdesk.services.kept_statuses import load_statuses
from debtdesk.ui.debts_model import DebtsModel
from debtdesk.ui.register import Register
app = QApplication([])
register = Register(); register.resize(1200, 800); register.show()
register.set_views(load_statuses(sys.argv[1], date.fromisoformat(sys.argv[2])))
app.processEvents()
start = time.perf_counter(); cpu = time.process_time()
for column, order in ((DebtsModel.OUTSTANDING, Qt.SortOrder.AscendingOrder), (DebtsModel.LENDER,
        Qt.SortOrder.AscendingOrder), (DebtsModel.NEXT_DUE, Qt.SortOrder.DescendingOrder)):
    register.table.sortByColumn(column, order)
    app.processEvents()
print((time.perf_counter() - start) / 3, (time.process_time() - cpu) / 3, register.proxy.rowCount())
"""
FLOOR_SORT = """
import sqlite3, sys, time
c = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
start = time.perf_counter(); cpu = time.process_time()
for sql in ("SELECT * FROM debts ORDER BY principal_minor", "SELECT d.* FROM debts d JOIN lenders l ON "
            "l.id = d.lender_id ORDER BY l.name", "SELECT * FROM debts ORDER BY start_date DESC"):
    c.execute(sql).fetchall()
print((time.perf_counter() - start) / 3, (time.process_time() - cpu) / 3, 0)
"""


def timed(argv: list[str], env: dict) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one fresh process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{' '.join(argv[:4])}… failed: {proc.stderr.read().decode()[-600:]}")
    return wall, usage.ru_utime + usage.ru_stime


def reported(argv: list[str], env: dict) -> tuple[float, float]:
    """Wall and CPU seconds a script measured itself and printed."""
    out = subprocess.run(argv, env=env, check=True, capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1])


def median_pairs(pairs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)


def alternate(runs: int, floor, app) -> dict:
    floors, apps = [], []
    for _ in range(runs):
        floors.append(floor())
        apps.append(app())
    (fw, fc), (aw, ac) = median_pairs(floors), median_pairs(apps)
    return {"floor_wall": fw, "floor_cpu": fc, "wall": aw, "cpu": ac, "ratio_wall": aw / fw, "ratio_cpu": ac / fc}


def forget_summaries(path: Path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'status_summaries'").fetchone():
            conn.execute("DELETE FROM status_summaries")
    conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="a large .debtdesk file (default: generate one)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--src", type=Path, default=Path(__file__).resolve().parents[1] / "src")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(args.src.resolve()), "QT_QPA_PLATFORM": "offscreen"}
    py = sys.executable
    work = Path(tempfile.mkdtemp(prefix="status-bench-"))
    try:
        db = work / "large.debtdesk"
        if args.db:
            shutil.copyfile(args.db, db)
        else:
            subprocess.run([py, "-m", "debtdesk", "demo", "--size", "large", "--db", str(db)], env=env, check=True,
                           stdout=subprocess.DEVNULL)
        status = [py, "-m", "debtdesk", "status", "--db", str(db), "--json", "--as-of", AS_OF]
        # A writer opens the file once (upgrading it if needed, as the window would).
        subprocess.run([py, "-c", "import sys; from debtdesk.store import Store; Store.open(sys.argv[1]).close()",
                        str(db)], env=env, check=True)
        floor = lambda: timed([py, "-c", FLOOR_READ, str(db)], env)  # noqa: E731
        results = {}

        def cold():
            forget_summaries(db)
            return timed(status, env)
        results["status --json, cold"] = alternate(args.runs, floor, cold)
        prime = ("import sys; from datetime import date; from debtdesk.store import Store\n"
                 "try:\n    from debtdesk.services.status_summaries import status_summaries\n"
                 "except ImportError:\n    sys.exit(0)\n"
                 "with Store.open(sys.argv[1]) as s: status_summaries(s, date.fromisoformat(sys.argv[2]))")
        subprocess.run([py, "-c", prime, str(db), AS_OF], env=env, check=True)
        results["status --json, warm"] = alternate(args.runs, floor, lambda: timed(status, env))
        results["window status load"] = alternate(
            args.runs, floor, lambda: reported([py, "-c", WINDOW_LOAD, str(db), AS_OF], env))
        results["register sort (per sort)"] = alternate(
            args.runs, lambda: reported([py, "-c", FLOOR_SORT, str(db)], env),
            lambda: reported([py, "-c", REGISTER_SORT, str(db), AS_OF], env))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{'measure':28} {'floor wall/cpu':>16} {'app wall/cpu':>16} {'ratio wall/cpu':>16}  target")
    for name, r in results.items():
        print(f"{name:28} {r['floor_wall']:7.3f}/{r['floor_cpu']:.3f} {r['wall']:8.3f}/{r['cpu']:.3f} "
              f"{r['ratio_wall']:8.1f}×/{r['ratio_cpu']:.1f}×  {'≤ 3×' if 'json' in name or 'sort' in name else '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
