"""Start-up: the application object, fonts, translations, the first file, the window.

Kept light on purpose: no matplotlib, reportlab or sqlite-utils before the
window is painted (sqlite-utils loads on the first write).
"""

from __future__ import annotations

import gc
import sys
from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from debtdesk import APP_NAME, ORG_NAME
from debtdesk.ui import msgbox
from debtdesk.ui.app_icon import app_icon
from debtdesk.ui.fonts import install_bundled_font

DESKTOP_FILE_ID = "io.github.debtdesk.DebtDesk"


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names set before anything asks QStandardPaths."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(DESKTOP_FILE_ID)
    app.setWindowIcon(app_icon())
    install_bundled_font(app)
    from debtdesk.ui import i18n

    i18n.install(i18n.startup_language())  # DebtDesk's texts and Qt's own dialogs and buttons
    return app


def problem_text(exc: BaseException) -> str:
    """One readable sentence even for exceptions whose str() is empty or cryptic."""
    text = str(exc)
    return text if text and not text.startswith("[<class") else type(exc).__name__


def run(db_path: str | None = None, as_of: date | None = None) -> int:
    from debtdesk.ui import files, single_instance
    from debtdesk.ui.main_window import UNREADABLE, MainWindow
    from debtdesk.ui.session import Session

    app = make_application()
    from debtdesk.ui import crash

    crash.install(files.data_dir())  # here, not in make_application: tests keep pytest-qt's own hook
    try:  # one DebtDesk per user: a second start hands its file to the first (see single_instance)
        instance = single_instance.claim(open_path=db_path)
    except single_instance.AlreadyRunning as running:
        if not running.answered:
            msgbox.error(None, APP_NAME, QCoreApplication.translate(
                "App", "DebtDesk is already running but does not answer; close it and try again."))
        return 0 if running.answered else 1
    files.tidy_up()
    as_of = as_of or date.today()
    store = None
    try:
        store = files.initial_store(None, db_path, as_of)
        window = MainWindow(Session(store, as_of), paint_first=True)
    except UNREADABLE as exc:
        # The last file cannot be shown: say so, forget it, and start as on a first run.
        if store is not None:
            store.close()
        msgbox.error(None, APP_NAME, problem_text(exc))
        if db_path:
            return 1
        files.forget_last()
        store = None
        try:
            store = files.first_run_store(None, as_of)
            window = MainWindow(Session(store, as_of), paint_first=True)
        except UNREADABLE as again:
            if store is not None:
                store.close()
            files.forget_last()  # never loop into the same unreadable file at the next start
            msgbox.error(None, APP_NAME, problem_text(again))
            return 1
    window.show()
    instance.serve(window)
    QTimer.singleShot(0, collect_from_now_on)
    from debtdesk.ui.background_check import check_later

    QTimer.singleShot(0, lambda: check_later(window))  # the full integrity check, after the first paint
    from debtdesk.ui import chart_preload

    chart_preload.when_idle(window)  # matplotlib loaded once the window is painted, loaded and idle
    return app.exec()


def collect_from_now_on() -> None:
    """Once the window stands: what start-up built lives as long as the window, so the collector
    leaves it aside (gc.freeze) and watches only what comes after; the CLI disabled collecting
    while the window was being built, as nothing built then is garbage."""
    gc.freeze()
    gc.enable()
