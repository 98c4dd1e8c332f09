"""Every message box goes through here (as qutebrowser's misc/msgbox.py).

User text is always shown as plain text, never as rich text, and tests can
replace these functions in one place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


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
