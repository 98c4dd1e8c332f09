"""The letters' one font: the bundled CJK TrueType collection, registered with reportlab once.

Kept apart from the PDF writer because the pre-export check of printable
characters (`letters.glyphs`) and the schedule export need the font's
coverage without the letter layout, and the layout needs that check.
"""

from __future__ import annotations

import threading
from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_NAME = "WenQuanYiMicroHei"
FONT_FILE = "wqy-microhei.ttc"

_font_lock = threading.Lock()


def register_font() -> str:
    """Register the bundled TrueType collection's first face once; returns its reportlab name."""
    with _font_lock:
        if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            source = resources.files("debtdesk") / "resources" / "fonts" / FONT_FILE
            with resources.as_file(source) as path:
                pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
    return FONT_NAME
