"""The interaction rows of issue 17, measured in the real window (run as a child of benchmarks/run.py).

    python benchmarks/interactions.py app FILE     # drives DebtDesk, prints one JSON object
    python benchmarks/interactions.py floor FILE   # the same ORDER BY / LIKE in raw sqlite3
    python benchmarks/interactions.py after-pause FILE  # Charts first opened after 5 s on the Overview

The app side starts DebtDesk through its own entry point (`debtdesk.cli.main`),
waits for the window to stand and for the statuses of a large file to be
worked out, then acts as a person would, only through objects a user reaches:
the tab widget (objectName "pages"), the tables' header sort
(`sortByColumn`, i.e. the model's `sort`), the contact filter's line edit
("contactSearch", `setText` per keystroke) and the "Record a payment" action
with its dialog's Save button, then Undo.  Pages, tables and columns are
found by objectName, by class name or by their English header text, never
by private attributes, so the driver survives rewrites of the models.
Each step is timed until the event loop is idle: pending events processed,
then a zero-timer fired, with any single-shot timer the window started
(a debounced filter) waited for and counted.
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import statistics
import sys
import time

AS_OF = "2026-11-23"
#: How often each sort is repeated within one run (ascending and descending alternate).
SORT_REPEATS = 4
#: At most this many characters of the commonest collector company are typed one by one, then the field cleared.
FILTER_CHARS = 12


def filter_text(path: str) -> str:
    """What a person types: the name of the company that calls most, whole (the same text for floor and app).

    Typed whole, not only its start: on the large file every company is "催收公司 NN", so the first
    keystrokes match every contact and the last ones narrow the log down to one company's.
    """
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    row = conn.execute("SELECT company FROM contacts WHERE company != '' GROUP BY company "
                       "ORDER BY count(*) DESC, company LIMIT 1").fetchone()
    conn.close()
    return (row[0] if row else "a")[:FILTER_CHARS]


def keystrokes(text: str) -> list[str]:
    """The field's contents after each keystroke: every prefix, then empty again (clearing is a keystroke)."""
    return [text[:n] for n in range(1, len(text) + 1)] + [""]


# -- the floor: the same queries in raw sqlite3 ---------------------------------------------------

REGISTER_ORDER = ("SELECT debts.*, lenders.name FROM debts JOIN lenders ON lenders.id = debts.lender_id "
                  "ORDER BY lenders.name {}")
CONTACTS_ORDER = "SELECT * FROM contacts ORDER BY company {}"
CONTACTS_LIKE = ("SELECT * FROM contacts WHERE company LIKE :p OR agent LIKE :p OR phone LIKE :p "
                 "OR summary LIKE :p ORDER BY occurred_at DESC")
CONTACTS_ALL = "SELECT * FROM contacts ORDER BY occurred_at DESC"


def _timed_query(conn, sql: str, params=()) -> float:
    start = time.perf_counter()
    conn.execute(sql, params).fetchall()
    return time.perf_counter() - start


def floor(path: str) -> dict:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    orders = ["ASC", "DESC"] * (SORT_REPEATS // 2)
    typed = []
    for text in keystrokes(filter_text(path)):
        typed.append(_timed_query(conn, CONTACTS_LIKE, {"p": f"%{text}%"}) if text else
                     _timed_query(conn, CONTACTS_ALL))
    return {
        "sort_register": statistics.median(_timed_query(conn, REGISTER_ORDER.format(o)) for o in orders),
        "sort_contacts": statistics.median(_timed_query(conn, CONTACTS_ORDER.format(o)) for o in orders),
        "filter_keystroke": statistics.median(typed),
        "filter_worst": max(typed),
    }


# -- the app -------------------------------------------------------------------------------------

#: How long a person looks at the Overview before the `after-pause` run opens Charts (seconds).
PAUSE_S = 5.0


def app(path: str, after_pause: bool = False) -> None:
    """Start the real window; the measurements run once it is shown, then the process exits.

    With `after_pause`, only one thing is measured: the first visit to Charts after the window
    has stood idle for `PAUSE_S` once the statuses are in, as when a person reads the Overview
    first (the window loads the chart machinery in such a pause, see `ui/chart_preload.py`).
    The plain run clicks through every tab at once, as no person does, and keeps that row too."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMainWindow

    show = QMainWindow.show

    def show_then_drive(window):
        show(window)
        if window.objectName() == "MainWindow" and not hasattr(sys, "_bench_started"):
            sys._bench_started = time.perf_counter()
            QTimer.singleShot(0, lambda: (_drive_after_pause if after_pause else _drive)(window, path))

    QMainWindow.show = show_then_drive
    _refuse_message_boxes()
    from debtdesk.cli import main

    main(["--db", path, "--as-of", AS_OF])


def _refuse_message_boxes() -> None:
    """A message box during a benchmark is a failure, never a modal wait."""
    from debtdesk.ui import msgbox

    def refuse(parent, title, text, *rest):
        _fail(f"a message box appeared: {title}: {text}")

    for name in ("error", "information", "confirm"):
        setattr(msgbox, name, refuse)


#: What was measured so far (printed with the reason when a step fails).
_measured: dict = {}


def _fail(why: str) -> None:
    print(f"interaction benchmark: {why}; measured so far: {json.dumps(_measured)}", file=sys.stderr, flush=True)
    os._exit(1)


def _settle(window) -> None:
    """Until the event loop is idle: events processed, a zero-timer fired, the window's own timers done."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    app = QCoreApplication.instance()
    deadline = time.perf_counter() + 120
    while True:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()
        pending = [t for t in window.findChildren(QTimer) if t.isActive() and t.isSingleShot()]
        if not pending:
            return
        if time.perf_counter() > deadline:
            _fail("the window kept starting timers for two minutes")
        time.sleep(0.001)


def _timed(window, act) -> float:
    start = time.perf_counter()
    act()
    _settle(window)
    return time.perf_counter() - start


def _wait_until_loaded(window) -> float:
    """Seconds from the window's show until a large file's statuses are worked out (background loader)."""
    from PySide6.QtCore import QCoreApplication

    deadline = time.perf_counter() + 600
    while getattr(window.session, "loading", False):
        QCoreApplication.processEvents()
        time.sleep(0.005)
        if time.perf_counter() > deadline:
            _fail("the statuses were still loading after ten minutes")
    _settle(window)
    return time.perf_counter() - sys._bench_started


def _table_with_column(page, title: str):
    """The table on `page` with a column headed `title` (English), and that column's index."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    for table in page.findChildren(QTableView):
        model = table.model()
        for column in range(model.columnCount()):
            if model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == title:
                return table, column
    _fail(f"no table with a column headed {title!r} on {page.objectName() or type(page).__name__}")


def _tab_named(tabs, *names: str) -> int:
    """The index of the tab whose page (or its placeholder) has one of these objectNames or class names."""
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page.objectName() in names or type(page).__name__ in names:
            return index
    _fail(f"no tab for {names}")


def _sort_times(window, table, column: int) -> list[float]:
    from PySide6.QtCore import Qt

    orders = [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder] * (SORT_REPEATS // 2)
    return [_timed(window, lambda o=order: table.sortByColumn(column, o)) for order in orders]


def _drive(window, path: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QTabWidget

    try:
        result = _measured
        result["statuses_ready_s"] = _wait_until_loaded(window)
        tabs = window.findChild(QTabWidget, "pages")
        first_visits = {}
        for index in range(tabs.count()):
            title = tabs.tabText(index).replace("&", "")
            first_visits[title] = _timed(window, lambda i=index: tabs.setCurrentIndex(i))
        result["first_visit"] = first_visits

        debts = _tab_named(tabs, "DebtsPage", "debtsPage")
        tabs.setCurrentIndex(debts)
        _settle(window)
        table, column = _table_with_column(tabs.widget(debts), "Lender")
        result["sort_register"] = _sort_times(window, table, column)

        contacts = _tab_named(tabs, "ContactsScreen", "placeholder_contacts")
        tabs.setCurrentIndex(contacts)
        _settle(window)
        page = tabs.widget(contacts)
        table, column = _table_with_column(page, "Company")
        result["sort_contacts"] = _sort_times(window, table, column)
        search = page.findChild(QLineEdit, "contactSearch")
        if search is None:
            _fail("no line edit named contactSearch on the contacts page")
        result["filter"] = [_timed(window, lambda t=text: search.setText(t)) for text in keystrokes(filter_text(path))]

        tabs.setCurrentIndex(debts)
        _settle(window)
        table, column = _table_with_column(tabs.widget(debts), "Days past due")
        table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        table.selectRow(0)  # the most overdue debt, as a person picks one to pay
        _settle(window)
        result["save_payment"], result["undo_payment"] = _save_and_undo_payment(window)
        result["peak_rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    except Exception as exc:
        import traceback

        traceback.print_exc()
        _fail(f"{type(exc).__name__}: {exc}")
    print(json.dumps(result), flush=True)
    os._exit(0)


def _drive_after_pause(window, path: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QTabWidget

    try:
        result = _measured
        result["statuses_ready_s"] = _wait_until_loaded(window)
        idle_until = time.perf_counter() + PAUSE_S
        while time.perf_counter() < idle_until:  # the window's own timers run, nothing else happens
            QCoreApplication.processEvents()
            time.sleep(0.01)
        tabs = window.findChild(QTabWidget, "pages")
        charts = next((i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == "Charts"), None)
        if charts is None:
            _fail("no tab titled Charts")
        result["charts_after_pause"] = _timed(window, lambda: tabs.setCurrentIndex(charts))
    except Exception as exc:
        import traceback

        traceback.print_exc()
        _fail(f"{type(exc).__name__}: {exc}")
    print(json.dumps(result), flush=True)
    os._exit(0)


def _save_and_undo_payment(window) -> tuple[float, float]:
    """Record a payment of what is due on the selected debt (Save clicked), then Undo; each until idle."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

    timing = {}
    exec_ = QDialog.exec

    def fill_and_save(dialog):
        if dialog.objectName() != "PaymentDialog":
            return exec_(dialog)
        suggest = dialog.findChild(QPushButton, "suggestAmount")
        if suggest is None or suggest.isHidden():
            _fail("the first debt in the register has nothing due to pay")
        suggest.click()
        box = dialog.findChild(QDialogButtonBox)
        save = next(b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
        timing["start"] = time.perf_counter()
        save.click()
        return dialog.result()

    QDialog.exec = fill_and_save
    try:
        action = window.findChild(QAction, "paymentAction")
        if action is None or not action.isEnabled():
            _fail("the Record a payment action is missing or disabled on the debts page")
        before = window.undo_stack.count()
        action.trigger()
        _settle(window)
        saved = time.perf_counter() - timing.get("start", float("nan"))
        if window.undo_stack.count() != before + 1:
            _fail("the payment was not recorded")
    finally:
        QDialog.exec = exec_
    undone = _timed(window, window.undo_stack.undo)
    return saved, undone


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("app", "floor", "after-pause"):
        raise SystemExit(__doc__)
    if sys.argv[1] == "floor":
        print(json.dumps(floor(sys.argv[2])))
    else:
        app(sys.argv[2], after_pause=sys.argv[1] == "after-pause")
