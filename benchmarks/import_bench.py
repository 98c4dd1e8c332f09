"""Peak memory and time of exporting and importing the JSON interchange file, at growing sizes.

Run by hand (not part of the tests; `benchmarks/run.py` measures the app):

    python benchmarks/import_bench.py                    # a tenth of the large file, then the large file
    python benchmarks/import_bench.py --sizes tenth      # quick
    python benchmarks/import_bench.py --sizes large,ten-times   # 10x the large file too (GBs of disk, minutes)
    python benchmarks/import_bench.py --json

The files are generated with `debtdesk demo --size large`'s generator
(`store.demo.write_large_demo`) with its counts scaled: `large` is the
issue-17 file (2,006 debts, 200,020 payments, 100,004 contacts).  Each export
and import runs in a fresh process, which reports its peak resident memory
(`VmHWM`, else `ru_maxrss`) and its time; the floor is a fresh process that only imports
the interchange module.  The import must give back the same bytes when
exported again (checked).  What to look for: import memory roughly flat
while the file grows ten-fold.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AS_OF = "2026-11-23"
SRC = Path(__file__).resolve().parents[1] / "src"

#: name -> (debts, payments per debt, contacts) for write_large_demo.
SIZES = {
    "tenth": (200, 100, 10_000),
    "large": (2000, 100, 100_000),
    "ten-times": (20_000, 100, 1_000_000),
}

_MEASURED = """
import json, resource, sys, time
from pathlib import Path
started = time.perf_counter()
from debtdesk.store import Store
from debtdesk.store.interchange import export_file, import_file
what, a, b = sys.argv[1:4]
if what == "export":
    with Store.open(a, read_only=True) as store:
        export_file(store, Path(b))
elif what == "import":
    import_file(Path(a), Path(b))
def peak_mb():
    # VmHWM: this process image's own peak; ru_maxrss also counts the parent's peak before exec on Linux
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": time.perf_counter() - started, "peak_mb": peak_mb()}))
"""


def _run(*args: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run([sys.executable, "-c", _MEASURED, *args], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def _generate(path: Path, size: str) -> dict:
    debts, per_debt, contacts = SIZES[size]
    code = ("import sys, json; from datetime import date; from pathlib import Path; "
            "from debtdesk.store.demo import write_large_demo; "
            f"print(json.dumps(write_large_demo(Path(sys.argv[1]), date.fromisoformat('{AS_OF}'), "
            f"{debts}, {per_debt}, {contacts})))")
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    out = subprocess.run([sys.executable, "-c", code, str(path)], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def _digest(path: Path) -> str:
    """A file's SHA-256, read in pieces (reading it whole would raise this process's peak, and the
    peak a child inherits on some systems)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for piece in iter(lambda: handle.read(1 << 20), b""):
            digest.update(piece)
    return digest.hexdigest()


def measure(size: str, folder: Path) -> dict:
    db, exported = folder / f"{size}.debtdesk", folder / f"{size}.json"
    counts = _generate(db, size)
    export = _run("export", str(db), str(exported))
    imported_db, again = folder / f"{size}-imported.debtdesk", folder / f"{size}-again.json"
    imported = _run("import", str(exported), str(imported_db))
    _run("export", str(imported_db), str(again))
    same = _digest(exported) == _digest(again)
    result = {"size": size, "rows": sum(counts.values()), "json_mb": exported.stat().st_size / 1e6,
              "export": export, "import": imported, "round_trip_identical": same}
    for path in (db, exported, imported_db, again):
        path.unlink()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="tenth,large", help=f"comma-separated, of: {', '.join(SIZES)}")
    parser.add_argument("--json", action="store_true", help="one JSON object instead of a table")
    args = parser.parse_args()
    sizes = [s for s in args.sizes.split(",") if s]
    unknown = [s for s in sizes if s not in SIZES]
    if unknown:
        parser.error(f"unknown size {unknown[0]!r}; choose from {', '.join(SIZES)}")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="import-bench-") as folder:
        floor = _run("floor", "-", "-")
        results = [measure(size, Path(folder)) for size in sizes]
    report = {"floor_peak_mb": floor["peak_mb"], "results": results, "seconds": time.perf_counter() - started}
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"floor (a process that only imports the interchange module): {floor['peak_mb']:.1f} MB peak")
    print(f"{'size':<10} {'rows':>9} {'JSON MB':>8} {'export MB':>10} {'export s':>9} {'import MB':>10} "
          f"{'import s':>9} {'import/floor':>13}  round trip")
    for r in results:
        print(f"{r['size']:<10} {r['rows']:>9} {r['json_mb']:>8.1f} {r['export']['peak_mb']:>10.1f} "
              f"{r['export']['seconds']:>9.1f} {r['import']['peak_mb']:>10.1f} {r['import']['seconds']:>9.1f} "
              f"{r['import']['peak_mb'] / floor['peak_mb']:>12.2f}x  "
              f"{'identical' if r['round_trip_identical'] else 'DIFFERENT'}")
    if len(results) > 1:
        first, last = results[0], results[-1]
        print(f"file {last['json_mb'] / first['json_mb']:.1f}x bigger -> import peak memory "
              f"{last['import']['peak_mb'] / first['import']['peak_mb']:.2f}x")
    return 0 if all(r["round_trip_identical"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
