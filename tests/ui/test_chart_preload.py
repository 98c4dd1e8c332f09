"""matplotlib is loaded after the window's first paint, by the app's own start only.

The app's start (`debtdesk` with a file) must paint the window without
matplotlib, then load it in the background so that the Charts page's first
visit does not wait for it; the command line and windows built by tests load
nothing of it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

HEAVY = ("matplotlib", "numpy", "matplotlib.backends.backend_qtagg")

# Starts DebtDesk through its entry point; a filter on the application notes which heavy modules are
# loaded when the main window's first Paint event arrives, then waits for the preload to finish.
START_AND_WATCH = """
import json, os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
HEAVY = {heavy!r}
seen = {{}}


def report(**more):
    print(json.dumps({{**seen, **more}}), flush=True)
    os._exit(0)


def wait_for_preload(started=None):
    try:
        look(started or time.monotonic())
    except Exception as exc:
        report(failed=repr(exc))


def look(started):
    from debtdesk.ui.chart_preload import ChartPreload

    window = next(w for w in app.topLevelWidgets() if w.objectName() == "MainWindow")
    preload = window.findChild(ChartPreload)
    if preload is not None and preload.done:
        report(after_preload=[m for m in HEAVY if m in sys.modules])
    if time.monotonic() - started > 90:
        report(after_preload=None)
    QTimer.singleShot(50, lambda: wait_for_preload(started))


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.objectName() == "MainWindow" and not seen:
            seen["at_first_paint"] = [m for m in HEAVY if m in sys.modules]
            QTimer.singleShot(0, wait_for_preload)
        return False


hook = FirstPaint()
app.installEventFilter(hook)
from debtdesk.cli import main

main(["--db", {path!r}, "--as-of", "2026-11-23"])
"""


def isolated_env(tmp_path) -> dict[str, str]:
    """No real settings or data; the same sources as this test run (PYTHONPATH), matplotlib's usual cache."""
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "c"),
           "XDG_DATA_HOME": str(tmp_path / "d"), "XDG_RUNTIME_DIR": str(tmp_path / "r"), "PATH": "/usr/bin:/bin"}
    env.update({k: v for k, v in os.environ.items() if k in ("PYTHONPATH", "MPLCONFIGDIR")})
    return env


def test_the_app_paints_without_matplotlib_then_loads_it(household_path, tmp_path):
    (tmp_path / "r").mkdir(mode=0o700)
    code = START_AND_WATCH.format(heavy=HEAVY, path=str(household_path))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=isolated_env(tmp_path),
                          timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["at_first_paint"] == [], "matplotlib was loaded before the window's first paint"
    assert seen["after_preload"] == list(HEAVY), done.stderr[-2000:]


def test_a_command_loads_no_matplotlib(household_path, tmp_path):
    code = ("import sys\nfrom debtdesk.cli import main\n"
            f"main(['status', '--db', {str(household_path)!r}, '--as-of', '2026-11-23', '--json'])\n"
            f"print([m for m in {HEAVY!r} if m in sys.modules], file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=isolated_env(tmp_path),
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stderr.strip().splitlines()[-1] == "[]"


def test_nothing_to_load_when_a_chart_came_first(app, qtbot, household_path, as_of):
    """In a process that has drawn a chart already (as this test run has), the preload stays out of the way."""
    import matplotlib.backends.backend_qtagg  # noqa: F401 - as after a first chart

    from debtdesk.store import Store
    from debtdesk.ui.chart_preload import when_idle
    from debtdesk.ui.main_window import MainWindow
    from debtdesk.ui.session import Session

    window = MainWindow(Session(Store.open(household_path), as_of))
    qtbot.addWidget(window)
    assert when_idle(window) is None
    window.close()
