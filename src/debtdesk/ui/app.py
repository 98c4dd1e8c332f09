"""Start-up: the application object, fonts, translations, the first file, the window.

Kept light on purpose: no matplotlib, reportlab or sqlite-utils before the
window is painted (sqlite-utils loads on the first write).  The file's quick
check starts in a thread before the window's modules load (`store.check_ahead`),
and what the first screen does not need waits for the first paint
(`MainWindow.after_first_paint`): answering a second DebtDesk, the collector,
the full integrity check.
"""

from __future__ import annotations

import gc
import sys
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal, Slot
from PySide6.QtWidgets import QApplication

from debtdesk import APP_NAME, ORG_NAME
from debtdesk.ui.import_hook import read_sources_directly

read_sources_directly()  # PySide6 scans every module imported after it: faster so (see import_hook)

from debtdesk.ui.app_icon import app_icon  # noqa: E402 - after the scan is made faster
from debtdesk.ui.fonts import install_bundled_font  # noqa: E402

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


# Where `ui.files` remembers the last file (read here without loading `ui.files` and what it needs).
LAST_FILE_KEY = "files/last"


def check_file_ahead(db_path: str | None) -> None:
    """Start the quick check of the file about to open (the one asked for, else the last one)."""
    from debtdesk.store import check_ahead

    path = db_path or QSettings().value(LAST_FILE_KEY, "", type=str)
    if path:
        check_ahead.start(path)


def run(db_path: str | None = None, as_of: date | None = None) -> int:
    app = make_application()
    check_file_ahead(db_path)  # runs beside the imports below
    from debtdesk.ui import files, msgbox, single_instance
    from debtdesk.ui.main_window import UNREADABLE, MainWindow
    from debtdesk.ui.session import Session

    funnel = CrashFunnelLater(files.data_dir())  # here, not in make_application: tests keep pytest-qt's own hook
    try:  # one DebtDesk per user: a second start hands its file to the first (see single_instance)
        instance = single_instance.claim(open_path=db_path, listen=False)
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
    window.after_first_paint(funnel.install)
    window.after_first_paint(instance.listen)  # a second start retries until then
    window.after_first_paint(collect_from_now_on)
    window.after_first_paint(lambda: _check_whole_file(window))
    window.after_first_paint(lambda: _preload_charts(window))
    return app.exec()


class CrashFunnelLater:
    """The crash funnel (`ui.crash`: its log, its dialog) installed after the first paint, or at the
    first uncaught exception before it, whichever comes first.

    Why: the funnel's rotating log loads `logging.handlers` (sockets, pickle, queues), ~5 ms the
    first screen does not need.  Until then these stand-in hooks catch what the funnel would, put
    the real funnel in place, and hand the exception to it: nothing raised while the window is
    built is lost.
    """

    def __init__(self, data_folder):
        import threading

        self.folder = data_folder
        self._before = sys.excepthook, threading.excepthook
        self.funnel = None
        # The funnel is a QObject that must live in the GUI thread: an error in a worker thread is
        # handed over to this thread (queued), and the funnel is made there.
        self._relay = _ToGuiThread(self._thread_error_here)
        sys.excepthook, threading.excepthook = self._excepthook, self._thread_hook

    def install(self):
        """Put the real funnel in place (once), the stand-in hooks out of the way first."""
        import threading

        from debtdesk.ui import crash

        if self.funnel is None:
            if sys.excepthook == self._excepthook:
                sys.excepthook = self._before[0]
            if threading.excepthook == self._thread_hook:
                threading.excepthook = self._before[1]
            self.funnel = crash.install(self.folder)
        return self.funnel

    def _excepthook(self, exc_type, exc, tb) -> None:
        import threading

        if threading.current_thread() is threading.main_thread():
            self.install().excepthook(exc_type, exc, tb)
        else:  # sys.excepthook called by hand in a worker: as an uncaught error of that thread
            self._relay.caught.emit(threading.ExceptHookArgs((exc_type, exc, tb, threading.current_thread())))

    def _thread_hook(self, args) -> None:
        import threading

        if threading.current_thread() is threading.main_thread():
            self._thread_error_here(args)
        else:
            self._relay.caught.emit(args)

    def _thread_error_here(self, args) -> None:
        """In the GUI thread: the funnel in place, then the worker's error shown as the funnel shows it."""
        self.install().thread_hook(args)


class _ToGuiThread(QObject):
    """Carries a worker thread's uncaught error to the GUI thread, where this object lives."""

    caught = Signal(object)

    def __init__(self, handle):
        super().__init__()
        self._handle = handle
        self.caught.connect(self._deliver)  # queued: the receiver lives in the GUI thread

    @Slot(object)
    def _deliver(self, args) -> None:
        self._handle(args)


def _preload_charts(window) -> None:
    from debtdesk.ui import chart_preload

    chart_preload.when_idle(window)  # matplotlib loaded once the window is painted, loaded and idle


def _check_whole_file(window) -> None:
    from debtdesk.ui.background_check import check_later

    check_later(window)  # the full integrity check, in a thread


def collect_from_now_on() -> None:
    """Once the window stands: what start-up built lives as long as the window, so the collector
    leaves it aside (gc.freeze) and watches only what comes after; the CLI disabled collecting
    while the window was being built, as nothing built then is garbage."""
    gc.freeze()
    gc.enable()
