"""Timeline benchmark: first visit, memory, scroll/zoom repaints and one edit, on a large file.

Runs the Timeline page as the main window builds it (`TimelineScreen` with the
file's contact log) in a fresh process on a copy of the file, offscreen:

- statuses: every debt's status computed into the session's cache first and
  timed apart (the window works them out in the background on opening; the
  timeline reads them from that cache, it does not compute them);
- first visit: constructing the page, showing it at 1200×700 and painting it
  once (`grab()`), as when its tab is first shown;
- memory: ru_maxrss before and after the first visit (peak, so an upper bound);
- scroll and zoom: each step moves the view (a page down into the large
  lenders' lanes, then a page sideways there, one zoom step out or in) and repaints it synchronously
  (`viewport().grab()`, which paints at once);
  median and worst of each;
- edit: one payment added to one debt (the store's write timed apart), then the
  session told what it touched (as the undo command does), until the page has
  refreshed and repainted.

    PYTHONPATH=src python benchmarks/timeline_bench.py [--db FILE] [--as-of 2026-11-23]

Make the file first: `python -m debtdesk demo --size large --db /tmp/timeline-large.debtdesk
--as-of 2026-11-23`.  Works against the old (one graphics item per event) and the new
timeline alike, so before/after come from the same script.  Targets (issue 17): first visit
≤ 300 ms, no repaint long enough to see (≤ 50 ms here), an edit refreshes only its debt.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal


def _mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/timeline-large.debtdesk")
    parser.add_argument("--as-of", default="2026-11-23")
    parser.add_argument("--steps", type=int, default=12)
    parser.add_argument("--contact-index", action="store_true",
                        help="index the copy's contacts by debt first, as schema 9 (the contact log's branch) does")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    as_of = date.fromisoformat(args.as_of)

    from PySide6.QtWidgets import QApplication

    from debtdesk.domain.debt import Payment
    from debtdesk.services.changes import PAYMENTS, Changes
    from debtdesk.store import Store
    from debtdesk.ui.session import Session

    app = QApplication.instance() or QApplication(sys.argv[:1])
    work = tempfile.mkdtemp(prefix="timeline-bench-")
    path = os.path.join(work, "copy.debtdesk")
    shutil.copy(args.db, path)
    if args.contact_index:
        import sqlite3

        with sqlite3.connect(path) as conn:
            conn.execute("CREATE INDEX IF NOT EXISTS contacts_by_debt ON contacts (debt_id, occurred_at)")
    store = Store.open(path)
    session = Session(store, as_of)
    rows = {}
    rows["statuses into the session's cache (not the page's)"] = _timed(session.debt_views)
    before = _mb()

    from debtdesk.ui.timeline_screen import TimelineScreen, file_contacts

    holder = {}

    def first_visit():
        screen = TimelineScreen(session, lambda: file_contacts(session))
        screen.resize(1200, 700)
        screen.show()
        screen.grab()
        holder["screen"] = screen

    rows["first visit (build, show, first paint)"] = _timed(first_visit)
    screen = holder["screen"]
    view = screen.view
    app.processEvents()
    after = _mb()

    def repaint():
        view.viewport().grab()  # a synchronous paint of what is on screen (repaint() may be deferred)

    def moves(bar, step, count):
        times = []
        for _ in range(count):
            bar.setValue(bar.value() + step)
            times.append(_timed(repaint))
        return times

    hbar, vbar = view.horizontalScrollBar(), view.verticalScrollBar()
    view.scroll_to(as_of)
    down = moves(vbar, vbar.pageStep(), args.steps)  # into the lenders with thousands of events each
    sideways = moves(hbar, -hbar.pageStep(), args.steps) + moves(hbar, hbar.pageStep(), args.steps)
    zooms = []
    for zoom in [view.zoom_out] * args.steps + [view.zoom_in] * args.steps:
        zooms.append(_timed(lambda zoom=zoom: (zoom(), repaint())))
    app.processEvents()

    debt_id = store.debt_ids()[len(store.debt_ids()) // 2]
    visible = getattr(view, "_visible_boxes", None)  # the painted view: edit a debt on screen (the worst case)
    if visible is not None and visible()[0].lane.debt_ids:
        debt_id = visible()[0].lane.debt_ids[0]
    written = {}

    def write():
        written["payment"] = store.add_payment(Payment(debt_id, as_of, Decimal("10.00")))

    def edit():
        session.notify(Changes.of(PAYMENTS, debts={written["payment"].debt_id}))
        app.processEvents()
        repaint()

    rows["edit: the store's write alone (not the page's)"] = _timed(write)
    rows["edit: one payment, the page refreshed and repainted"] = _timed(edit)
    peak = _mb()

    index = ", contacts indexed by debt" if args.contact_index else ""
    print(f"file: {args.db} ({len(store.debt_ids())} debts{index}), as of {as_of}")
    for name, ms in rows.items():
        print(f"{name:<52} {ms:9.1f} ms")
    for name, times in (("scroll sideways, per page + repaint", sideways), ("scroll down, per page + repaint", down),
                        ("zoom one step + repaint", zooms)):
        print(f"{name:<52} {statistics.median(times):9.1f} ms median, {max(times):.1f} ms worst")
    print(f"{'ru_maxrss before the page / after first visit / end':<52} "
          f"{before:.0f} / {after:.0f} / {peak:.0f} MB (page: +{after - before:.0f} MB)")
    screen.close()
    store.close()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
