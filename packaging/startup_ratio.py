"""Start-up of the bundle against the same code started from a virtual environment.

Both programs open the same demo file offscreen; the clock stops at the main
window's first flush to the screen, which Qt logs when
QT_LOGGING_RULES=qt.widgets.painting.debug=true (so nothing is injected into
either program), and the process is then killed.  Runs alternate, bundle and
venv, after one warm-up each; medians are compared.  Target: ratio ≤ 1.3.

    python packaging/startup_ratio.py [--bundle dist/debtdesk/debtdesk] [--runs 11]

Run it with the venv's Python (the one that has DebtDesk installed); exits 1
when the ratio is above --limit.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PAINTED = b"of MainWindow"


def time_to_paint(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    try:
        for line in process.stderr:
            if line.startswith(b"qt.widgets.painting: Flushing") and PAINTED in line:
                return time.perf_counter() - start
        raise SystemExit(f"startup_ratio: {command[0]} exited without painting its window")
    finally:
        process.kill()
        process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", default="dist/debtdesk/debtdesk")
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--limit", type=float, default=1.3)
    args = parser.parse_args()
    bundle = str(Path(args.bundle).resolve())
    venv = [sys.executable, "-m", "debtdesk"]
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, HOME=home, QT_QPA_PLATFORM="offscreen",
                   QT_LOGGING_RULES="qt.widgets.painting.debug=true")
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "MPLCONFIGDIR"):
            env.pop(name, None)
        db = os.path.join(home, "demo.debtdesk")
        subprocess.run([*venv, "demo", "--db", db, "--as-of", "2026-11-23"], check=True, env=env,
                       capture_output=True)
        opens = ["--db", db, "--as-of", "2026-11-23"]
        time_to_paint([bundle, *opens], env), time_to_paint([*venv, *opens], env)  # warm caches
        frozen, source = [], []
        for _ in range(args.runs):
            frozen.append(time_to_paint([bundle, *opens], env))
            source.append(time_to_paint([*venv, *opens], env))
    f, s = statistics.median(frozen), statistics.median(source)
    for name, median, times in (("bundle", f, frozen), ("venv:  ", s, source)):
        print(f"{name}: {median * 1000:.0f} ms  (median of {args.runs}; "
              f"min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})")
    print(f"ratio bundle / venv: {f / s:.2f}  (limit {args.limit})")
    return 0 if f / s <= args.limit else 1


if __name__ == "__main__":
    raise SystemExit(main())
