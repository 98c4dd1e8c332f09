"""Letters to lenders and regulators: editable content first, then a PDF.

    letter = negotiation_letter(borrower, status, plan, budget, evidence, "zh-Hans", date.today())
    letter.sections[0].paragraphs[1] = "..."          # the user edits the preview
    problems = unprintable(letter)                     # letters.glyphs: characters the font lacks
    findings = script_findings(letter)                 # letters.script_check: 简/繁 in the wrong letter
    render_pdf(letter, "letter.pdf")                   # reportlab, imported only here

No Qt here.  `render_pdf` and `letter_checksum` are loaded on first use, so
importing the content side does not import reportlab.
"""

from __future__ import annotations

from debtdesk.letters.complaint import complaint_letter, regulator_parties
from debtdesk.letters.content import (
    COMPLAINT,
    NEGOTIATION,
    SCHEDULE_SECTION,
    Letter,
    Party,
    Section,
    header_lines,
    is_note_row,
)
from debtdesk.letters.negotiation import enclosure_title, negotiation_letter
from debtdesk.letters.phrases import LANGUAGES, check_language

__all__ = [
    "COMPLAINT", "LANGUAGES", "NEGOTIATION", "SCHEDULE_SECTION", "Letter", "LetterWriteError", "Party", "Section",
    "check_language", "complaint_letter", "enclosure_title", "header_lines", "is_note_row", "letter_checksum",
    "negotiation_letter", "regulator_parties", "render_pdf",
]

_PDF_NAMES = ("render_pdf", "letter_checksum", "LetterWriteError")


def __getattr__(name: str):
    if name in _PDF_NAMES:
        from debtdesk.letters import pdf

        return getattr(pdf, name)
    raise AttributeError(f"module 'debtdesk.letters' has no attribute {name!r}")
