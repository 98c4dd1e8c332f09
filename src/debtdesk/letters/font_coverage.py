"""Which code points the bundled font can print, read from a small file instead of the font.

Parsing the 5 MB TrueType collection with reportlab to learn its character map took about
a quarter of a second of CPU, and the letter dialog paid it on opening, only to check which
characters a letter may hold (`letters.glyphs`).  The map is fixed for a given font, so it is
shipped beside the font as `wqy-microhei.coverage`: one hexadecimal code point or range
(`4E00-9FA5`) a line, in order, `#` comments at the top (about 200 ranges, 1.5 KB).

The file is generated from the font by `python -m debtdesk.tools.font_coverage` (from a
checkout; `--check` only compares), and `tests/letters/test_font_coverage.py` generates it
again from the font and compares, so it cannot drift from the font it describes.  The PDF
writer still registers the real font when it writes (`letters.font`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources

COVERAGE_FILE = "wqy-microhei.coverage"

HEADER = ("# Code points the bundled font (wqy-microhei.ttc, first face) has a glyph for: hexadecimal,\n"
          "# one code point or inclusive range a line. Generated: python -m debtdesk.tools.font_coverage\n")


def coverage_text(code_points: Iterable[int]) -> str:
    """The file's text for these code points: the header, then the runs of consecutive code points."""
    runs: list[list[int]] = []
    for code in sorted(set(code_points)):
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return HEADER + "".join(f"{a:X}\n" if a == b else f"{a:X}-{b:X}\n" for a, b in runs)


def parse_coverage(text: str) -> frozenset[int]:
    """The code points a coverage file lists; ValueError naming the line when one is not a code point or range."""
    codes: list[int] = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        first, _, last = line.partition("-")
        try:
            start, end = int(first, 16), int(last or first, 16)
        except ValueError:
            raise ValueError(f"font coverage line {number}: {line!r} is not a hexadecimal code point "
                             "or range") from None
        if not 0 <= start <= end <= 0x10FFFF:
            raise ValueError(f"font coverage line {number}: {line!r} is not a range of Unicode code points")
        codes.extend(range(start, end + 1))
    return frozenset(codes)


@functools.lru_cache(maxsize=1)
def covered_code_points() -> frozenset[int]:
    """The code points the bundled font can print, from the shipped coverage file (read once)."""
    source = resources.files("debtdesk") / "resources" / "fonts" / COVERAGE_FILE
    return parse_coverage(source.read_text(encoding="ascii"))
