"""The application carries DebtDesk's icon, so windows and the task bar show it."""

from __future__ import annotations

from PySide6.QtCore import QSize


def test_application_icon_has_every_size(app):
    icon = app.windowIcon()
    assert not icon.isNull()
    assert {QSize(16, 16), QSize(48, 48), QSize(256, 256)} <= set(icon.availableSizes())
