"""Start-up benchmark: spawn to the main window's first Paint event, as `benchmarks/run.py` measures it.

The programs are run.py's own (`FLOOR_WINDOW`, a bare QMainWindow, and `APP_WINDOW`, the
`debtdesk` entry point), so the figures here are the ones run.py reports.  Floor and app
runs alternate, and the medians are compared.  With `--compare SRC` a second source tree
(say main's `src`) runs in the same alternation, so a before/after pair is measured under
the same machine load:

    python benchmarks/startup.py --runs 7 --large /tmp/L.debtdesk --compare /work/main/src

Not a test: run it by hand.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import APP_WINDOW, AS_OF, FLOOR_WINDOW, _env, _timed  # run.py is beside this file

HERE_SRC = str(Path(__file__).resolve().parent.parent / "src")


def _cpu_seconds() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def measure(files: dict[str, str], trees: dict[str, str], runs: int, env: dict) -> dict:
    """Median wall seconds, CPU seconds and peak kB for the floor and each tree on each file, runs interleaved.

    CPU time is printed beside wall time because it moves less when other programs load the machine.
    """
    py = sys.executable
    samples: dict[tuple[str, str], list[tuple[float, float, float]]] = {}
    programs = [("floor", None)] + [(name, src) for name, src in trees.items()]
    for label, path in files.items():
        for _ in range(runs + 1):  # the first round warms the OS file cache and bytecode
            for name, src in programs:
                argv = [py, "-c", FLOOR_WINDOW] if src is None else [py, "-c", APP_WINDOW, path]
                cpu = _cpu_seconds()
                seconds, out = _timed(argv, dict(env, PYTHONPATH=src or HERE_SRC))
                samples.setdefault((label, name), []).append(
                    (seconds, _cpu_seconds() - cpu, float(out.strip().splitlines()[-1])))
    return {key: tuple(statistics.median(column) for column in zip(*taken[1:], strict=True))
            for key, taken in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--large", help="a large .debtdesk file to measure beside the demo file")
    parser.add_argument("--compare", metavar="SRC", help="another source tree to measure in the same runs")
    args = parser.parse_args()
    trees = {"this tree": HERE_SRC}
    if args.compare:
        trees["compared"] = args.compare
    with tempfile.TemporaryDirectory() as tmp:
        env = _env(tmp)
        demo = f"{tmp}/demo.debtdesk"
        subprocess.run([sys.executable, "-m", "debtdesk", "demo", "--db", demo, "--as-of", AS_OF],
                       env=dict(env, PYTHONPATH=HERE_SRC), check=True, capture_output=True)
        files = {"demo": demo}
        if args.large:  # a copy beside the demo, as run.py keeps its large file (opening sweeps the folder)
            files["large"] = shutil.copy(args.large, f"{tmp}/large.debtdesk")
        results = measure(files, trees, args.runs, env)
    print(f"median of {args.runs} alternating runs, spawn to first paint (wall, CPU, peak memory)")
    for label in files:
        floor, floor_cpu, floor_kb = results[(label, "floor")]
        print(f"{label}: bare QMainWindow {floor * 1000:.0f} ms, CPU {floor_cpu * 1000:.0f} ms, "
              f"{floor_kb / 1024:.0f} MB")
        for name in trees:
            seconds, cpu, kb = results[(label, name)]
            print(f"  {name:10} {seconds * 1000:5.0f} ms ×{seconds / floor:.2f}   CPU {cpu * 1000:4.0f} ms "
                  f"×{cpu / floor_cpu:.2f}   {kb / 1024:4.0f} MB ×{kb / floor_kb:.2f}")


if __name__ == "__main__":
    main()
