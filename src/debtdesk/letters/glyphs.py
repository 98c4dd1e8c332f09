"""Which characters a letter cannot print, checked before export instead of printing blanks.

The letter is set in the bundled WenQuanYi Micro Hei: Latin, Greek,
Cyrillic, Chinese (simplified and traditional), kana and Hangul.  A
character outside its cmap would print as an empty gap ("致：" followed by
nothing for an Arabic lender name).  Bundling another font would not be
enough for the scripts people most often meet here: reportlab does no
Arabic shaping and no right-to-left reordering, so Arabic or Hebrew would
print as disconnected letters in the wrong order.  So the letter refuses
them, naming the field and the characters, and the user writes those names
in Latin letters or Chinese.  Emoji are refused the same way.

Invisible formatting characters (zero-width joiners, direction marks,
variation selectors) are dropped and unusual spaces become plain ones:
they print as nothing anyway, so they are no reason to refuse a letter.
"""

from __future__ import annotations

import re
import unicodedata

from debtdesk.letters.content import Letter
from debtdesk.letters.fields import LetterField, describe, letter_fields
from debtdesk.letters.font_coverage import covered_code_points

__all__ = ["UnprintableText", "describe_problems", "missing_characters", "printable_text", "unprintable"]

#: How many different characters a message lists before '…'.
LIST_LIMIT = 8

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class UnprintableText(ValueError):
    """The letter holds characters its font cannot print; the message names the fields and characters."""


def _covered() -> frozenset[int]:
    """Code points the bundled font has a glyph for: from the coverage file shipped with it, so the
    dialog checking a letter does not parse the font (see `letters.font_coverage`)."""
    return covered_code_points()


def _invisible(ch: str) -> bool:
    code = ord(ch)
    return unicodedata.category(ch) == "Cf" or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


def printable_text(text: str) -> str:
    """The text as the PDF sets it: composed (NFC), invisible marks dropped, any space a plain space."""
    covered = _covered()
    result = []
    for ch in unicodedata.normalize("NFC", _CONTROL.sub(" ", str(text))):
        if ord(ch) in covered or ch in "\n\t":
            result.append(ch)
        elif ch.isspace():
            result.append(" ")
        elif not _invisible(ch):
            result.append(ch)  # kept, so that `missing_characters` finds it
    return "".join(result)


def missing_characters(text: str) -> str:
    """The different characters of `text` the font cannot print, in order of appearance."""
    covered = _covered()
    seen: dict[str, None] = {}
    for ch in printable_text(text):
        if ord(ch) not in covered and not ch.isspace():
            seen.setdefault(ch)
    return "".join(seen)


def unprintable(letter: Letter) -> list[tuple[LetterField, str]]:
    """Each field holding characters the font lacks, with those characters; [] when all prints."""
    return [(f, missing) for f in letter_fields(letter) if (missing := missing_characters(f.text))]


def character_list(chars: str) -> str:
    """'"م" (U+0645), "😀" (U+1F600)': each character with its code, so a reader can find it."""
    shown = ", ".join(f'"{ch}" (U+{ord(ch):04X})' for ch in chars[:LIST_LIMIT])
    return shown + (", …" if len(chars) > LIST_LIMIT else "")


def describe_problems(problems: list[tuple[LetterField, str]]) -> str:
    """One English sentence for the command line: where, which characters, and what to do."""
    parts = "; ".join(f"{describe(f)} has {character_list(chars)}" for f, chars in problems)
    return (f"The letter cannot print some characters ({parts}): its font has no Arabic, Hebrew, Thai or emoji "
            "characters, and right-to-left text cannot be laid out, so write these in Latin letters or "
            "Chinese characters.")
