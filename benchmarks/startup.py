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
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import APP_WINDOW, AS_OF, FLOOR_WINDOW, _env, _timed  # noqa: E402  (run.py is beside this file)

HERE_SRC = str(Path(__file__).resolve().parent.parent / "src")


def measure(files: dict[str, str], trees: dict[str, str], runs: int, env: dict) -> dict:
    """Median seconds and peak kB for the floor and each tree on each file, runs interleaved."""
    py = sys.executable
    times: dict[tuple[str, str], list[float]] = {}
    memory: dict[tuple[str, str], list[float]] = {}
    programs = [("floor", None)] + [(name, src) for name, src in trees.items()]
    for label, path in files.items():
        for _ in range(runs + 1):  # the first round warms the OS file cache and bytecode
            for name, src in programs:
                argv = [py, "-c", FLOOR_WINDOW] if src is None else [py, "-c", APP_WINDOW, path]
                tree_env = dict(env, PYTHONPATH=src or HERE_SRC)
                seconds, out = _timed(argv, tree_env)
                times.setdefault((label, name), []).append(seconds)
                memory.setdefault((label, name), []).append(float(out.strip().splitlines()[-1]))
    return {key: (statistics.median(ts[1:]), statistics.median(memory[key][1:])) for key, ts in times.items()}


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
        files = {"demo": demo} | ({"large": args.large} if args.large else {})
        results = measure(files, trees, args.runs, env)
    print(f"median of {args.runs} alternating runs, spawn to first paint")
    for label in files:
        floor, floor_kb = results[(label, "floor")]
        print(f"{label}: bare QMainWindow {floor * 1000:.0f} ms, {floor_kb / 1024:.0f} MB")
        for name in trees:
            seconds, kb = results[(label, name)]
            print(f"  {name:10} {seconds * 1000:5.0f} ms  ×{seconds / floor:.2f}   "
                  f"{kb / 1024:4.0f} MB ×{kb / floor_kb:.2f}")


if __name__ == "__main__":
    main()
