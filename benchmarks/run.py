"""DebtDesk's speed and memory, each figure a ratio against a floor taken in the same run.

Run by hand (not part of the tests):

    python benchmarks/run.py            # every measure, 5 runs each
    python benchmarks/run.py --quick    # 3 runs, the small file only where possible
    python benchmarks/run.py --json     # one JSON object for machines

Each measure runs whole fresh processes, alternating floor and app, and takes
medians.  The large file is generated once per run with
`debtdesk demo --size large` (2,006 debts, 200,020 payments, 100,004 collector
contacts).  Targets are from issue 17; a figure above its target is marked.

The interaction rows (sorting, filtering, saving a payment, first visit to
each tab) drive the real window on the large file in a child process, see
`benchmarks/interactions.py`: ratios to the same query in raw sqlite3, or
milliseconds until the window is idle where the issue sets a time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

AS_OF = "2026-11-23"

# -- the programs measured ------------------------------------------------------------------

#: Quits at the main window's first Paint event and prints the peak RSS in kB.
_FIRST_PAINT = """
import os, resource, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow

class _Quit(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
            os._exit(0)
        return False

_show = QMainWindow.show
def _show_and_watch(self):
    self._bench_filter = _Quit()
    self.installEventFilter(self._bench_filter)
    _show(self)
QMainWindow.show = _show_and_watch
"""

FLOOR_WINDOW = _FIRST_PAINT + """
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1180, 760); w.show()
app.exec()
"""

APP_WINDOW = _FIRST_PAINT + f"""
from debtdesk.cli import main
main(["--db", sys.argv[1], "--as-of", "{AS_OF}"])
"""

#: Reading the same rows `status --json` reads, with nothing computed.
FLOOR_STATUS = """
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
rows = {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in ("lenders", "debts", "payments")}
json.dump({t: len(r) for t, r in rows.items()}, sys.stdout)
"""

#: A reportlab document with the same font and one matplotlib figure, as the letter's appendix has.
FLOOR_PDF = """
import io, sys
from importlib import resources
import matplotlib
matplotlib.use("Agg")
from matplotlib.figure import Figure
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate
from reportlab.lib.styles import ParagraphStyle
font = next(p for p in resources.files("debtdesk.resources.fonts").iterdir() if p.name.endswith((".ttf", ".ttc")))
pdfmetrics.registerFont(TTFont("F", str(font)))
fig = Figure(figsize=(6, 3)); ax = fig.add_subplot(); ax.bar(["收入", "支出"], [7000, 4800])
png = io.BytesIO(); fig.savefig(png, format="png", dpi=150); png.seek(0)
style = ParagraphStyle("b", fontName="F", fontSize=11, wordWrap="CJK")
doc = SimpleDocTemplate(sys.argv[1], pagesize=A4)
doc.build([Paragraph("尊敬的贷款机构：" * 40, style) for _ in range(6)] + [Image(png, 400, 200)])
"""


@dataclass
class Measure:
    """A figure with its floor and target: a ratio to the floor, or (floor_label None) milliseconds."""

    name: str
    floor_label: str | None
    target: float  # the highest acceptable ratio, or milliseconds when there is no floor
    floor: list[float] = field(default_factory=list)
    app: list[float] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.floor_label is None:
            return None
        return statistics.median(self.app) / statistics.median(self.floor)

    @property
    def met(self) -> bool:
        if self.floor_label is None:
            return statistics.median(self.app) * 1000 <= self.target
        return self.ratio <= self.target

    def row(self) -> dict:
        absolute = self.floor_label is None
        return {"measure": self.name, "floor": self.floor_label,
                "floor_median": None if absolute else statistics.median(self.floor),
                "app_median": statistics.median(self.app), "ratio": None if absolute else round(self.ratio, 2),
                "target": self.target, "unit": "ms" if absolute else "ratio", "met": self.met, **self.extra}


def _env(home: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=f"{home}/config",
               XDG_DATA_HOME=f"{home}/data", XDG_CACHE_HOME=f"{home}/cache")
    env.pop("DISPLAY", None)
    # An installed app runs from compiled bytecode; without this every run compiled ~90 modules
    # afresh (0.1 s), which the floor (one compiled extension) never pays.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _timed(argv: list[str], env: dict) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"benchmark step failed: {' '.join(argv[:4])}…\n{done.stderr[-2000:]}")
    return elapsed, done.stdout


def _alternate(measure: Measure, floor_argv, app_argv, env, runs: int, memory: Measure | None = None) -> None:
    _timed(floor_argv, env), _timed(app_argv, env)  # warm the OS file cache
    for _ in range(runs):
        t, out = _timed(floor_argv, env)
        measure.floor.append(t)
        if memory is not None:
            memory.floor.append(float(out.strip().splitlines()[-1]))
        t, out = _timed(app_argv, env)
        measure.app.append(t)
        if memory is not None:
            memory.app.append(float(out.strip().splitlines()[-1]))


def run(quick: bool) -> list[Measure]:
    runs = 3 if quick else 5
    py = sys.executable
    measures: list[Measure] = []
    with tempfile.TemporaryDirectory() as tmp:
        env = _env(tmp)
        small, large = f"{tmp}/demo.debtdesk", f"{tmp}/large.debtdesk"
        subprocess.run([py, "-m", "debtdesk", "demo", "--db", small, "--as-of", AS_OF], env=env, check=True,
                       capture_output=True)
        subprocess.run([py, "-m", "debtdesk", "demo", "--size", "large", "--db", large, "--as-of", AS_OF],
                       env=env, check=True, capture_output=True)

        m = Measure("start to first paint, demo", "bare QMainWindow", 2.0)
        _alternate(m, [py, "-c", FLOOR_WINDOW], [py, "-c", APP_WINDOW, small], env, runs)
        measures.append(m)

        m = Measure("start to first paint, large file", "bare QMainWindow", 2.5)
        mem = Measure("peak memory at first paint, large file (kB)", "bare QMainWindow", 3.0)
        _alternate(m, [py, "-c", FLOOR_WINDOW], [py, "-c", APP_WINDOW, large], env, runs, memory=mem)
        measures += [m, mem]

        measures += interaction_measures(py, large, env, 1 if quick else 3, window_memory=mem)

        m = Measure("status --json, large file", "the same rows read with sqlite3", 3.0)
        _alternate(m, [py, "-c", FLOOR_STATUS, large],
                   [py, "-m", "debtdesk", "status", "--db", large, "--as-of", AS_OF, "--json"], env, runs)
        measures.append(m)

        m = Measure("letter PDF with the budget-chart appendix", "reportlab + font + one matplotlib figure", 2.0)
        _alternate(m, [py, "-c", FLOOR_PDF, f"{tmp}/floor.pdf"],
                   [py, "-m", "debtdesk", "letter", "--db", small, "--debt", "4", "--lang", "zh-Hans", "--appendix",
                    "--out", f"{tmp}/letter.pdf", "--as-of", AS_OF], env, runs)
        measures.append(m)

        exported = Path(f"{tmp}/large.json")
        t0 = time.perf_counter()
        export = subprocess.run([py, "-m", "debtdesk", "export", "--db", large, "--out", str(exported)], env=env,
                                capture_output=True, text=True)
        t1 = time.perf_counter()
        imported = subprocess.run([py, "-m", "debtdesk", "import", "--db", f"{tmp}/again.debtdesk",
                                   str(exported)], env=env, capture_output=True, text=True)
        t2 = time.perf_counter()
        accepted = export.returncode == 0 and imported.returncode == 0
        m = Measure("a household's own export, imported again", "export time", 3.0,
                    floor=[t1 - t0], app=[t2 - t1],
                    extra={"accepted": accepted, "message": (imported.stderr or export.stderr).strip()[:200]})
        measures.append(m)
    return measures


def interaction_measures(py: str, large: str, env: dict, runs: int, window_memory: Measure) -> list[Measure]:
    """Sorting, filtering, saving and first tab visits in the real window on the large file.

    Each run is one floor process (the same queries in raw sqlite3) and one window driven by
    `benchmarks/interactions.py`, alternating; every sample of every run goes into the medians.
    """
    driver = str(Path(__file__).with_name("interactions.py"))
    env = dict(env, LC_ALL="C.UTF-8", LANG="C.UTF-8")  # English headers: the driver finds columns by title
    sort_reg = Measure("sort the register, large file", "the same ORDER BY in raw sqlite3", 3.0)
    sort_con = Measure("sort the contact log, large file", "the same ORDER BY in raw sqlite3", 3.0)
    keystroke = Measure("filter the contact log, median keystroke", "the same LIKE in raw sqlite3", 3.0)
    worst = Measure("filter the contact log, worst keystroke (ms)", None, 100)
    save = Measure("save one payment until idle, large (ms)", None, 100)
    undo = Measure("undo that payment until idle, large (ms)", None, 100)
    memory = Measure("peak memory after every tab, sorts, filter, one edit (kB)", "bare QMainWindow", 3.0,
                     floor=window_memory.floor)
    visits: dict[str, Measure] = {}
    paused = Measure("first visit to Charts after 5 s on the Overview, large (ms)", None, 300)
    for _ in range(runs):
        floor = json.loads(_timed([py, driver, "floor", large], env)[1])
        app = json.loads(_timed([py, driver, "app", large], env)[1].strip().splitlines()[-1])
        sort_reg.floor.append(floor["sort_register"])
        sort_reg.app += app["sort_register"]
        sort_con.floor.append(floor["sort_contacts"])
        sort_con.app += app["sort_contacts"]
        keystroke.floor.append(floor["filter_keystroke"])
        keystroke.app += app["filter"]
        worst.app.append(max(app["filter"]))
        worst.extra["floor_worst_ms"] = round(floor["filter_worst"] * 1000, 1)
        save.app.append(app["save_payment"])
        undo.app.append(app["undo_payment"])
        memory.app.append(float(app["peak_rss_kb"]))
        for tab, seconds in app["first_visit"].items():
            visits.setdefault(tab, Measure(f"first visit to {tab}, large (ms)", None, 300)).app.append(seconds)
        later = json.loads(_timed([py, driver, "after-pause", large], env)[1].strip().splitlines()[-1])
        paused.app.append(later["charts_after_pause"])
    return [sort_reg, sort_con, keystroke, worst, save, undo, *visits.values(), paused, memory]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    measures = run(args.quick)
    rows = [m.row() for m in measures]
    if args.json:
        json.dump({"as_of": AS_OF, "measures": rows}, sys.stdout, indent=2)
        print()
        return
    width = max(len(r["measure"]) for r in rows)
    print(f"{'measure':<{width}}  {'floor':>10}  {'app':>10}  {'ratio':>6}  target")
    for r in rows:
        mark = "" if r["met"] else "  <- above target"
        if r["unit"] == "ms":
            print(f"{r['measure']:<{width}}  {'—':>10}  {r['app_median'] * 1000:>8.0f}ms  {'':>6}  "
                  f"≤ {r['target']} ms{mark}")
            continue
        print(f"{r['measure']:<{width}}  {r['floor_median']:>10.3f}  {r['app_median']:>10.3f}  "
              f"{r['ratio']:>6.2f}  ≤ {r['target']}×{mark}")
        if "accepted" in r:
            print(f"{'':<{width}}  accepted: {r['accepted']} {r['message']}")


if __name__ == "__main__":
    main()
