"""The full integrity check of the open file, run after the window is on screen.

The file was opened with SQLite's quick check (see `services.file_health`);
a worker thread with its own read-only connection runs the full one, and a
timer in the window's thread collects the answer (the worker touches no Qt
object).  Damage found is said at once, with what to do: the file is not
changed by the check.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from debtdesk.ui import msgbox


class BackgroundCheck(QObject):
    def __init__(self, window, path: Path):
        super().__init__(window)
        self.window, self.path = window, Path(path)
        self.finished = False
        self.damage = None
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._collect)
        threading.Thread(target=self._run, name="integrity-check", daemon=True).start()
        self._timer.start()

    def _run(self) -> None:
        from debtdesk.services.file_health import check_whole_file

        try:
            self.damage = check_whole_file(self.path)
        except Exception:  # noqa: BLE001 - a check that cannot run is not damage; File ▸ Check file can say more
            self.damage = None
        self.finished = True

    def _collect(self) -> None:
        if not self.finished:
            return
        self._timer.stop()
        store = self.window.store
        if store.path != self.path:
            return  # another file was opened meanwhile; it has its own check
        if self.damage is None:
            store.opened.checked_fully = True
            if not store.read_only:
                from debtdesk.ui.files import keep_todays_backup

                keep_todays_backup(store)  # a damaged file must never push a good backup out of the rotation
            return
        msgbox.error(self.window, QCoreApplication.translate("BackgroundCheck", "The file is damaged"),
                     QCoreApplication.translate(
                         "BackgroundCheck", "SQLite's full check found damage in {name}: {problem}\n\nDebtDesk "
                         "has not changed it because of this. Go back to a backup (File ▸ Restore from backup), "
                         "or copy everything still readable into a new file (File ▸ Check file…).").format(
                         name=self.path.name, problem=self.damage.problems[0]))  # never empty: DamagedFileError


def check_later(window) -> BackgroundCheck | None:
    """Start the full check of the window's file if opening it ran only the quick one."""
    store = window.store
    if store.opened.checked_fully or store.opened.temporary_copy or not store.path.is_file():
        return None
    window._background_check = BackgroundCheck(window, store.path)
    return window._background_check
