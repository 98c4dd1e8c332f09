"""A small label in the main window saying what the open file's state asks the user to know.

Read-only (and why), an interrupted change that was undone on opening, an
older file shown through a temporary copy, leftovers cleaned up, today's
backup that could not be made: each is a sentence in the status bar, kept
there (not a passing message) for as long as it is true.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from debtdesk.ui.widgets import plain_label, plain_tooltip


def install(window: QMainWindow) -> QLabel:
    banner = plain_label()
    banner.setObjectName("fileBanner")
    banner.setWordWrap(False)
    banner.hide()
    window.statusBar().insertPermanentWidget(0, banner, 1)
    return banner


def texts(store) -> list[str]:
    opened = store.opened
    found = []
    if opened.why_read_only == "in-use":
        found.append(QCoreApplication.translate(
            "FileBanner", "Read-only: another program has this file open for writing."))
    elif opened.why_read_only == "file":
        found.append(QCoreApplication.translate(
            "FileBanner", "Read-only: this file or its folder cannot be written; changes cannot be saved. "
            "File ▸ Save a copy makes a copy you can change."))
    elif opened.read_only:
        found.append(QCoreApplication.translate("FileBanner", "Read-only."))
    if opened.temporary_copy:
        found.append(QCoreApplication.translate(
            "FileBanner", "An older DebtDesk wrote this file; it is shown through an updated copy and was not changed."))
    if opened.recovered:
        found.append(QCoreApplication.translate(
            "FileBanner", "DebtDesk was interrupted while saving last time; that unfinished change was undone and "
            "everything saved before it is intact."))
    if opened.upgraded_from is not None:
        found.append(QCoreApplication.translate(
            "FileBanner", "Upgraded from an older DebtDesk; the file as it was is kept in its backups folder."))
    if opened.swept:
        found.append(QCoreApplication.translate(
            "FileBanner", "Removed what an interrupted import, copy or backup had left behind."))
    if opened.backup_problem:
        found.append(QCoreApplication.translate(
            "FileBanner", "Today's backup could not be made: {problem}").format(problem=opened.backup_problem))
    return found


def refresh(banner: QLabel, store) -> None:
    shown = texts(store)
    banner.setText("  ·  ".join(shown))
    banner.setToolTip(plain_tooltip("\n".join(shown)))
    banner.setVisible(bool(shown))
