"""One funnel for unexpected errors: a calm dialog and a log file, never a lost traceback.

A double-clicked app has no terminal: an exception in a Qt slot is printed
to a stderr nobody sees, and the click simply does nothing.  `install()`
sends every uncaught exception (main thread, Python threads, QThreads) to
one place that writes it to a rotating log in the data folder and shows a
dialog saying that the data is safe (each change is saved in its own
transaction when it is made), with "Copy details" for whoever helps.

The previous hooks still run after ours, so a terminal still sees the
traceback and pytest-qt still fails a test on an exception in a slot.  The
funnel is installed by `app.run()` only, never by `make_application()`,
which the tests use.  A failure of the dialog itself (or an error while it
is open) is logged, never shown in a second dialog.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from debtdesk import __version__
from debtdesk.ui import msgbox

LOG_NAME = "debtdesk.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
log = logging.getLogger("debtdesk")


def setup_logging(folder: Path) -> Path | None:
    """A rotating UTF-8 log in `folder` (about 4 MB at most); None if it cannot be written."""
    path = folder / LOG_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in [h for h in log.handlers if isinstance(h, RotatingFileHandler)]:
        log.removeHandler(old)
        old.close()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


class CrashFunnel(QObject):
    """The hooks, the log and the dialog; lives in the GUI thread."""

    _from_thread = Signal(str)

    def __init__(self, log_path: Path | None, parent: QObject | None = None):
        super().__init__(parent)
        self.log_path = log_path
        self.showing = False
        self._previous = sys.excepthook
        self._previous_thread = threading.excepthook
        self._from_thread.connect(self.show)  # queued to the GUI thread when emitted elsewhere

    def install(self) -> None:
        self._previous, self._previous_thread = sys.excepthook, threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_hook

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous
        if threading.excepthook == self.thread_hook:
            threading.excepthook = self._previous_thread

    # -- the hooks --------------------------------------------------------------------
    def excepthook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous(exc_type, exc, tb)
            return
        details = self.record(exc_type, exc, tb)
        self._call_previous(self._previous, exc_type, exc, tb)
        if threading.current_thread() is threading.main_thread():
            self.show(details)
        else:
            self._from_thread.emit(details)

    def thread_hook(self, args) -> None:
        if args.exc_type is SystemExit:
            return
        details = self.record(args.exc_type, args.exc_value, args.exc_traceback)
        self._call_previous(self._previous_thread, args)
        self._from_thread.emit(details)

    @staticmethod
    def _call_previous(hook, *args) -> None:
        try:
            hook(*args)
        except Exception:  # a broken previous hook must not stop ours
            log.exception("The previous exception hook failed")

    # -- the log and the dialog -------------------------------------------------------
    def record(self, exc_type, exc, tb) -> str:
        """Log the error; return the text "Copy details" puts on the clipboard."""
        log.error("Unexpected error", exc_info=(exc_type, exc, tb))
        lines = [
            f"DebtDesk {__version__} · Python {platform.python_version()} · PySide6 {pyside_version} · "
            f"{platform.platform()}",
            datetime.now().isoformat(timespec="seconds"),
            "",
            "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
        ]
        if self.log_path is not None:
            lines += ["", f"Log: {self.log_path}"]
        return "\n".join(lines)

    def show(self, details: str) -> None:
        if self.showing:  # an error while the dialog is open: logged above, not a second dialog
            return
        self.showing = True
        try:
            text = self.tr("Something went wrong. Your data is safe: every change is saved when it is made.\n\n"
                           "What you did last may not have finished; you can carry on, or close DebtDesk and "
                           "open it again.")
            if self.log_path is not None:
                text += "\n\n" + self.tr("The details are kept in {path}.").format(path=self.log_path)
            msgbox.crash(QApplication.activeWindow(), self.tr("Something went wrong"), text, details)
        except BaseException:  # the dialog itself failed: never recurse into the hook
            log.exception("The error dialog could not be shown")
            print(details, file=sys.__stderr__)
        finally:
            self.showing = False


_installed: CrashFunnel | None = None


def install(data_folder: Path) -> CrashFunnel:
    """Start logging in `data_folder` and route every uncaught exception to the funnel."""
    global _installed
    if _installed is not None:
        _installed.uninstall()
    funnel = CrashFunnel(setup_logging(data_folder), QApplication.instance())
    funnel.install()
    _installed = funnel
    log.info("DebtDesk %s started", __version__)
    return funnel


def installed() -> CrashFunnel | None:
    return _installed
