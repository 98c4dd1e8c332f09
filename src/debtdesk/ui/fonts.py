"""The bundled CJK font, so Chinese shows as Chinese on machines without one.

WenQuanYi Micro Hei covers Latin and CJK (simplified and traditional).  It is
registered with Qt and appended to the application font's family list, so
Qt falls back to it for any character the system font lacks, on every
platform (fontconfig alone would do it on Linux only).
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

FONT_FILE = "wqy-microhei.ttc"


def font_path() -> str:
    return str(resources.files("debtdesk") / "resources" / "fonts" / FONT_FILE)


def install_bundled_font(app: QApplication) -> list[str]:
    """Register the font; returns the families it provides (empty on failure)."""
    font_id = QFontDatabase.addApplicationFont(font_path())
    if font_id < 0:
        return []
    families = QFontDatabase.applicationFontFamilies(font_id)
    base = app.font()
    base.setFamilies([base.family(), *families])
    app.setFont(base)
    return families

