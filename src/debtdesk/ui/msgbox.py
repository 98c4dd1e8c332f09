"""Every message box goes through here (as qutebrowser's misc/msgbox.py).

User text is always shown as plain text, never as rich text, and tests can
replace these functions in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)


def error_sentence(error) -> str:
    """An error as one sentence in the window's language: every store error shown goes through here.

    Store and service errors (and their `Sentence` parts) keep an English
    template marked in context "Store" and its values; domain errors a
    template in "Validation" (see `debtdesk.store.errors`).  The template is
    translated, then filled in; values that are sentences are translated
    the same way and dates written as the reader writes them.  Anything else
    (an OSError, a sentence the window already translated) is shown as it is.
    """
    from debtdesk.i18n.catalogue import render_error
    from debtdesk.ui.i18n import marked, show_date

    return render_error(error, marked, show_date)


def _box(parent: QWidget | None, icon, title: str, text: str, buttons, default) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(default)
    return box


def error(parent: QWidget | None, title: str, text: str) -> None:
    _box(parent, QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
         QMessageBox.StandardButton.Ok).exec()


def information(parent: QWidget | None, title: str, text: str) -> None:
    _box(parent, QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok,
         QMessageBox.StandardButton.Ok).exec()


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str, no_text: str) -> bool:
    """A question with two named buttons; True for the first."""
    box = _box(parent, QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
               QMessageBox.StandardButton.NoButton)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes


def crash_dialog(parent: QWidget | None, title: str, text: str, details: str) -> QDialog:
    """The unexpected-error dialog: a calm sentence, "Copy details" (which keeps it open) and Close."""
    from PySide6.QtWidgets import QStyle  # its many enums cost ~7 ms to load: not before the first window

    dialog = QDialog(parent)
    dialog.setObjectName("CrashDialog")
    dialog.setWindowTitle(title)
    icon = QLabel()
    size = dialog.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
    icon.setPixmap(dialog.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
    icon.setAlignment(Qt.AlignmentFlag.AlignTop)
    label = QLabel(text)
    label.setObjectName("crashText")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    row = QHBoxLayout()
    row.addWidget(icon)
    row.addWidget(label, 1)
    buttons = QDialogButtonBox()
    copy = QPushButton(QCoreApplication.translate("MessageBox", "Copy details"))
    copy.setObjectName("copyDetails")
    buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)  # does not close the dialog
    close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
    close.setDefault(True)

    def copy_details() -> None:
        QGuiApplication.clipboard().setText(details)
        copy.setText(QCoreApplication.translate("MessageBox", "Copied"))

    copy.clicked.connect(copy_details)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(row)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(460)
    return dialog


def crash(parent: QWidget | None, title: str, text: str, details: str) -> None:
    crash_dialog(parent, title, text, details).exec()
def choose(parent: QWidget | None, title: str, text: str, buttons: list[str]) -> int | None:
    """A question with several named buttons; the index of the one pressed, None when dismissed."""
    box = _box(parent, QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton,
               QMessageBox.StandardButton.NoButton)
    added = [box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for label in buttons]
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(added[0] if added else cancel)
    box.exec()
    clicked = box.clickedButton()
    return added.index(clicked) if clicked in added else None
