"""Generate the bundled font's coverage file: `python -m debtdesk.tools.font_coverage` (from a checkout).

Parses `src/debtdesk/resources/fonts/wqy-microhei.ttc` with reportlab (as the PDF writer
does) and writes the code points its first face maps to a glyph into
`wqy-microhei.coverage` beside it, the file `letters.glyphs` reads instead of the font
(see `letters.font_coverage`).  Run it whenever the font changes; `--check` writes nothing
and exits with 1 when the file does not match the font (the test suite checks the same).
"""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

from debtdesk.letters.font_coverage import COVERAGE_FILE, coverage_text


def font_code_points() -> frozenset[int]:
    """What the font itself maps: the truth the coverage file is generated from (about 0.2 s)."""
    from reportlab.pdfbase import pdfmetrics

    from debtdesk.letters.font import register_font

    return frozenset(pdfmetrics.getFont(register_font()).face.charToGlyph)


def coverage_path() -> Path:
    """The coverage file in the package sources (a checkout, not an installed copy)."""
    return Path(str(resources.files("debtdesk") / "resources" / "fonts" / COVERAGE_FILE))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only; exit with 1 on a difference")
    args = parser.parse_args(argv)
    wanted, path = coverage_text(font_code_points()), coverage_path()
    current = path.read_text(encoding="ascii") if path.exists() else None
    if args.check:
        if current != wanted:
            print(f"{path} does not match the font: run python -m debtdesk.tools.font_coverage", file=sys.stderr)
            return 1
        return 0
    if current != wanted:
        path.write_text(wanted, encoding="ascii")
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
