"""The contact log on a large file: first visit, sort by each column, filter keystrokes (issue 17).

Run by hand (not part of the tests), offscreen, on a copy of a large file:

    PYTHONPATH=src python -m debtdesk demo --size large --db /tmp/contacts-large.debtdesk
    PYTHONPATH=src QT_QPA_PLATFORM=offscreen python benchmarks/contacts_bench.py /tmp/contacts-large.debtdesk

Each app figure stands beside its floor, taken in the same run: the same
query in raw sqlite3 (a fresh connection, every id fetched).  A sort is
`sortByColumn` until the view has repainted; a keystroke is the time the
line edit's handler takes (the search itself runs once typing pauses) and
the search is the query run after the pause, until the view has repainted.
Targets: first visit <= 300 ms; sort <= 3x its floor; search <= 3x its
floor; no keystroke over 100 ms.  It also runs against older code (without
`apply_text_filter`, a filter runs on every keystroke, measured as such).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

TYPED = ("contact 4242", "催收公司 07", "Agent 12")


class _Painted(QObject):
    def __init__(self):
        super().__init__()
        self.painted = False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def _until_painted(app: QApplication, widget) -> None:
    watcher = _Painted()
    widget.installEventFilter(watcher)
    widget.update()
    deadline = time.perf_counter() + 30
    while not watcher.painted and time.perf_counter() < deadline:
        app.processEvents()
    widget.removeEventFilter(watcher)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _floor(path: Path, sql: str, params=()) -> float:
    """The query alone in raw sqlite3: best of three (the app's figure is a single run)."""
    times = []
    for _ in range(3):
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        start = time.perf_counter()
        conn.execute(sql, params).fetchall()
        times.append(time.perf_counter() - start)
        conn.close()
    return min(times)


def _sort_sql(screen, column: int, descending: bool) -> tuple[str, list]:
    query = getattr(screen.model, "query", None)
    if query is not None:  # this version: the model's own query
        from dataclasses import replace

        return replace(query, sort=screen.model.columns[column].sort, descending=descending).sql()
    names = ["occurred_at", "conduct", "channel", "company", "agent", "phone", "id", "summary"]
    return f"SELECT * FROM contacts ORDER BY {names[column]} {'DESC' if descending else ''}, id", []


def _filter_sql(screen, text: str) -> tuple[str, list]:
    model = screen.model
    if hasattr(model, "_text_filter"):
        from dataclasses import replace

        return replace(model.query, **model._text_filter(text)).sql()
    like = f"%{text}%"
    return ("SELECT * FROM contacts WHERE company LIKE ? OR agent LIKE ? OR phone LIKE ? OR summary LIKE ? "
            "OR promises LIKE ? ORDER BY occurred_at DESC", [like] * 5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--columns", default="0,1,2,3,4,5,6,7", help="columns to sort by (0-7)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from debtdesk.store import Store
    from debtdesk.ui.contacts_screen import ContactsScreen
    from debtdesk.ui.session import Session

    work = Path(tempfile.mkdtemp()) / "bench.debtdesk"
    shutil.copy(args.db, work)
    store = Store.open(work)
    start = time.perf_counter()
    try:
        from debtdesk.store.contact_index import refresh_flags

        refresh_flags(store)
        print(f"flags stored for the file's contacts (once, after an upgrade or an import): "
              f"{_ms(time.perf_counter() - start)} ms")
    except ImportError:
        pass
    count = store.conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
    print(f"{count} contacts in {args.db.name}")

    session = Session(store, date(2026, 11, 23))
    start = time.perf_counter()
    screen = ContactsScreen(session, QUndoStack())
    screen.resize(1180, 700)
    screen.show()
    _until_painted(app, screen.table.viewport())
    print(f"first visit (build, load, first paint): {_ms(time.perf_counter() - start)} ms   target <= 300 ms")

    print("\nsort                     app ms   floor ms   ratio (target <= 3)")
    for column in (int(c) for c in args.columns.split(",")):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            start = time.perf_counter()
            screen.table.sortByColumn(column, order)
            _until_painted(app, screen.table.viewport())
            spent = time.perf_counter() - start
            floor = _floor(work, *_sort_sql(screen, column, order == Qt.SortOrder.DescendingOrder))
            name = screen.model.headerData(column, Qt.Orientation.Horizontal)
            arrow = "up" if order == Qt.SortOrder.AscendingOrder else "down"
            print(f"{name:>14} {arrow:<5} {_ms(spent):>12} {_ms(floor):>10} {spent / floor:>7.2f}")

    screen.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    print("\nsearch                   keystroke ms  search ms  floor ms  ratio (targets: <= 100 ms, <= 3)")
    keystrokes = []
    for text in TYPED:
        for end in range(1, len(text) + 1):
            typed = text[:end]
            start = time.perf_counter()
            screen.search.setText(typed)
            keystrokes.append(time.perf_counter() - start)
            start = time.perf_counter()
            if hasattr(screen, "apply_text_filter"):
                screen.apply_text_filter()
            _until_painted(app, screen.table.viewport())
            spent = time.perf_counter() - start + (0 if hasattr(screen, "apply_text_filter") else keystrokes[-1])
            floor = _floor(work, *_filter_sql(screen, typed))
            print(f"{typed!r:>22} {_ms(keystrokes[-1]):>12} {_ms(spent):>10} {_ms(floor):>9} {spent / floor:>6.2f}"
                  f"   {screen.model.rowCount()} rows")
        screen.search.clear()
        if hasattr(screen, "apply_text_filter"):
            screen.apply_text_filter()
    print(f"keystrokes: median {_ms(statistics.median(keystrokes))} ms, worst {_ms(max(keystrokes))} ms")
    store.close()
    shutil.rmtree(work.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
