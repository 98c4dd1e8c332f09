"""The window and application icon, from PNGs rendered from resources/io.github.debtdesk.DebtDesk.svg.

PNGs rather than the SVG so no SVG plugin loads before the first window
(packaging/render_icons.py --runtime rewrites them).
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources.files("debtdesk") / "resources" / "icons"
    for size in SIZES:
        icon.addFile(str(folder / f"debtdesk-{size}.png"), QSize(size, size))
    return icon
